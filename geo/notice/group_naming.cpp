#include "notice/group_naming.h"

#include "notice/chinese_numeral.h"
#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"
#include "notice/reader_evidence.h"

#include <QRegularExpression>

namespace luming {

namespace {

// No list of names runs longer than this: the scan stays linear whatever follows the verb.
constexpr qsizetype kMaxList = 400;

bool isOpenQuote(QChar c) {
    return c == u'“' || c == u'"' || c == u'「' || c == u'『';
}
bool isCloseQuote(QChar c) {
    return c == u'”' || c == u'」' || c == u'』';
}
// Characters that end one name of the list; 。 ; and line ends also end the list.
bool separatesNames(QChar c) {
    return c == u'、' || c == u',' || isCloseQuote(c) || isOpenQuote(c) || c == u'(' || c == u' ';
}
bool endsList(QChar c) {
    return c == u'。' || c == u';' || c == u'\n' || c == u':';
}

// "甲路和乙路": a part joined by 和/及/与 is two names only when both sides read as roads (和平路 is one).
QList<std::pair<qsizetype, qsizetype>> splitJoined(QStringView folded, qsizetype from, qsizetype to) {
    for (qsizetype k = from + 2; k + 2 < to; ++k) {
        if (folded[k] != u'和' && folded[k] != u'及' && folded[k] != u'与')
            continue;
        if (looksLikeRoadName(folded.mid(from, k - from).toString()) &&
            looksLikeRoadName(folded.mid(k + 1, to - k - 1).toString()))
            return {{from, k}, {k + 1, to}};
    }
    return {{from, to}};
}

// "长度分别为1200米、1180米、1150米", "宽依次为24、20、16米": one measure per road of the list, in its order;
// "宽均为16米": one for all.
// Sets the `index`th of `count` into `r` where the list has exactly `count` values and `r` has none.
void takeRespective(const TextSlice& text, qsizetype from, qsizetype to, qsizetype index, qsizetype count,
                    RoadRecord& r) {
    static const QRegularExpression respective(
        expandPatternMacros(QStringLiteral("(?<what>长|宽)(?:度)?(?:分别|依次)(?:为|是)?:?\\s*(?<approx>约)?"
                                           "(?<list>{NUM}\\s*(?:公里|千米|米|km|m)?(?:\\s*[、,和及]\\s*{NUM}"
                                           "\\s*(?:公里|千米|米|km|m)?){1,30})")));
    static const QRegularExpression value(
        expandPatternMacros(QStringLiteral("(?<v>{NUM})\\s*(?<unit>公里|千米|米|km|m)?")));
    const QStringView f = QStringView(text.folded).mid(from, to - from);
    // A length or width the record has not got yet, with the clause as its evidence.
    const auto take = [&](const QRegularExpressionMatch& m, double metres, const QString& rule) {
        const FieldEvidence why =
            evidenceIn(text, from + m.capturedStart(), from + m.capturedEnd(), rule, LexCategory::Measure);
        if (m.capturedView(u"what") == u"长" && !r.lengthM) {
            r.lengthM = metres;
            r.lengthApprox = m.capturedLength(u"approx") > 0;
            noteEvidence(r.evidence, {FieldId::LengthM}, why);
        } else if (m.capturedView(u"what") == u"宽" && !r.widthMinM) {
            r.widthMinM = r.widthMaxM = metres;
            noteEvidence(r.evidence, {FieldId::WidthMinM, FieldId::WidthMaxM}, why);
        }
    };
    // "宽均为16米" after the list: one measure for every road of it.
    static const QRegularExpression common(expandPatternMacros(
        QStringLiteral("(?<what>长|宽)(?:度)?(?:均|都)(?:为|是)?:?\\s*(?<approx>约)?"
                       "(?<v>{NUM})\\s*(?<unit>公里|千米|米|km|m)(?![、,和及]\\s*{NUM})")));
    for (auto it = common.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        const double metres = toMetres(m.capturedView(u"v").toDouble(), m.captured(u"unit"));
        take(m, metres, QStringLiteral("measure.common"));
    }
    for (auto it = respective.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        QList<std::pair<double, QString>> values;
        for (auto v = value.globalMatch(m.capturedView(u"list")); v.hasNext();) {
            const auto vm = v.next();
            values.append({vm.capturedView(u"v").toDouble(), vm.captured(u"unit")});
        }
        if (values.size() != count)
            continue;
        // A unit printed once, after the last value, is every value's.
        QString unit = values.last().second.isEmpty() ? QStringLiteral("米") : values.last().second;
        const auto& [number, own] = values[index];
        const double metres = toMetres(number, own.isEmpty() ? unit : own);
        take(m, metres, QStringLiteral("measure.respective"));
    }
}

} // namespace

std::optional<GroupNaming> findGroupNaming(const TextSlice& text) {
    const auto& g = NoticeGrammar::instance();
    auto it = g.groupNaming.globalMatch(text.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        GroupNaming out;
        out.verbFrom = m.capturedStart();
        out.cancel = m.capturedLength(u"cancel") > 0;
        const QStringView f = text.folded;
        const qsizetype limit = std::min(f.size(), m.capturedEnd() + kMaxList);
        qsizetype i = m.capturedEnd();
        qsizetype partFrom = -1;
        bool stop = false;
        const auto closePart = [&](qsizetype to) {
            if (partFrom < 0)
                return;
            // "…天达路,以上三路均东起A": a part with a course or a subject word is the next clause.
            static const QRegularExpression clause(QStringLiteral("^\\s*(?:该|以上|上述|此|其)"));
            const QStringView part = f.mid(partFrom, to - partFrom);
            if (clause.match(part).hasMatch() || g.itemContent.match(part).hasMatch()) {
                stop = true;
                return;
            }
            for (const auto& [a, b] : splitJoined(f, partFrom, to)) {
                if (!looksLikeRoadName(f.mid(a, b - a).trimmed().toString())) {
                    stop = true;
                    return;
                }
                out.names.append(text.cut(a, b));
                out.listEnd = b;
            }
            partFrom = -1;
        };
        for (; i < limit && !stop && !endsList(f[i]); ++i) {
            if (f[i] == u'(') { // pinyin or a remark after a name: not a name of the list
                closePart(i);
                while (i < limit && f[i] != u')' && !endsList(f[i]))
                    ++i;
                continue;
            }
            if (separatesNames(f[i]))
                closePart(i);
            else if (partFrom < 0)
                partFrom = i;
        }
        if (!stop)
            closePart(i);
        if (out.names.size() < 2)
            continue;
        // "三条道路依次命名为…": the count the sentence gives, within its clause before the verb.
        static const QRegularExpression count(
            expandPatternMacros(QStringLiteral("(?<n>\\d{1,3}|{CN})条(?:[^,。;]{0,12}?)$")));
        qsizetype clause = out.verbFrom;
        while (clause > 0 && out.verbFrom - clause < 60 && f[clause - 1] != u'。' && f[clause - 1] != u';')
            --clause;
        if (const auto c = count.match(f.mid(clause, out.verbFrom - clause)); c.hasMatch())
            out.declared = parseCount(c.capturedView(u"n"));
        // The next sentence, when its subject is the roads just named, all of them ("该三条道路均…",
        // "三条道路均…").
        static const QRegularExpression shared(expandPatternMacros(
            QStringLiteral("^[”\"」』。;,\\s]{0,4}(?:(?:该|以上|上述|这|此|前述)(?:\\d{1,2}|{CN}"
                           ")?|(?:\\d{1,2}|{CN})(?=条))(?:条|个)?"
                           "(?:道路|路段|条路|路)?"
                           "(?:均|都|皆|全部|统一)")));
        const qsizetype after = out.listEnd;
        if (const auto sm = shared.match(f.mid(after, std::min<qsizetype>(40, f.size() - after)));
            sm.hasMatch()) {
            out.sharedFrom = after + sm.capturedEnd();
            qsizetype to = out.sharedFrom;
            while (to < f.size() && to - out.sharedFrom < kMaxList && f[to] != u'。' && f[to] != u';' &&
                   f[to] != u'\n')
                ++to;
            out.sharedTo = to;
        }
        return out;
    }
    return std::nullopt;
}

ItemParse groupRoad(const TextSlice& text, const TextSlice& described, const GroupNaming& group,
                    const QString& name, const ItemContext& context) {
    ItemParse parsed = parseDescribedRoad(described, name, context);
    if (group.sharedTo > group.sharedFrom && parsed.record.start.isEmpty() && parsed.record.end.isEmpty()) {
        const ItemParse more =
            parseDescribedRoad(text.mid(group.sharedFrom, group.sharedTo - group.sharedFrom), name, context);
        RoadRecord& r = parsed.record;
        const RoadRecord& m = more.record;
        r.startDir = m.startDir;
        r.start = m.start;
        r.endDir = m.endDir;
        r.end = m.end;
        r.via = m.via;
        r.shape = m.shape;
        r.plannedRefs = m.plannedRefs;
        QList<FieldId> taken{FieldId::StartDir, FieldId::Start, FieldId::EndDir,     FieldId::End,
                             FieldId::Via,      FieldId::Shape, FieldId::PlannedRefs};
        if (!r.lengthM && m.lengthM) {
            r.lengthM = m.lengthM;
            r.lengthApprox = m.lengthApprox;
            taken << FieldId::LengthM << FieldId::LengthApprox;
        }
        if (!r.widthMinM && m.widthMinM) {
            r.widthMinM = m.widthMinM;
            r.widthMaxM = m.widthMaxM;
            r.widthParts = m.widthParts;
            taken << FieldId::WidthMinM << FieldId::WidthMaxM << FieldId::WidthParts;
        }
        for (const FieldId id : taken) {
            r.evidence.remove(id);
            if (more.record.evidence.contains(id))
                r.evidence.insert(id, more.record.evidence.value(id));
        }
        parsed.missing.clear();
        listMissing(parsed);
    }
    // Measures given road by road, before the verb or in the sentence after the list.
    if (const qsizetype index = group.names.indexOf(name); index >= 0) {
        const RoadRecord before = parsed.record;
        takeRespective(described, 0, described.folded.size(), index, group.names.size(), parsed.record);
        // The sentence after the list: the shared one where there is one ("…“C”。三条道路均…,长度分别为…").
        const qsizetype from = group.sharedTo > group.sharedFrom ? group.sharedFrom : group.listEnd;
        qsizetype sentenceEnd = from;
        while (sentenceEnd < text.folded.size() && text.folded[sentenceEnd] != u'。' &&
               text.folded[sentenceEnd] != u'\n')
            ++sentenceEnd;
        takeRespective(text, from, sentenceEnd, index, group.names.size(), parsed.record);
        if (parsed.record.lengthM != before.lengthM || parsed.record.widthMinM != before.widthMinM) {
            parsed.missing.clear();
            listMissing(parsed);
        }
    }
    if (group.cancel) {
        parsed.record.action = RoadAction::Cancel;
        noteEvidence(parsed.record.evidence, {FieldId::Action},
                     evidenceIn(text, group.verbFrom, group.listEnd, QStringLiteral("action.cancel_list"),
                                LexCategory::ActCancel));
        parsed.missing.clear();
        listMissing(parsed);
    }
    return parsed;
}

std::optional<DeclaredCount> groupCount(const GroupNaming& group) {
    if (!group.declared)
        return std::nullopt;
    return DeclaredCount{group.names.join(u'、'), *group.declared, int(group.names.size())};
}

} // namespace luming
