#include "notice/prose_reader.h"

#include "notice/action_classifier.h"
#include "notice/chinese_numeral.h"
#include "notice/endpoint_parser.h"
#include "notice/group_naming.h"
#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"
#include "notice/place_reader.h"
#include "notice/reader_evidence.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace luming {

namespace {

constexpr qsizetype kMaxParenthetical = 300;
constexpr qsizetype kMaxName = 24;

bool isNameChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

bool endsSentence(QChar c) {
    return c == u'。' || c == u';' || c == u'\n';
}

// A road's description is a sentence, and no sentence about one road runs longer than this: the bound
// keeps every scan of a paragraph linear, whatever the text.
constexpr qsizetype kMaxSentence = 400;

// Where the description that begins at `from` ends: the end of its sentence.
qsizetype sentenceEnd(QStringView folded, qsizetype from) {
    qsizetype i = from;
    qsizetype clause = from; // where the clause holding i began, for a stray 。 inside a reference
    for (; i < folded.size() && i - from < kMaxSentence; ++i) {
        if (folded[i] == u',')
            clause = i + 1;
        if (endsSentence(folded[i]) && !(folded[i] == u'。' && isStrayStop(folded, clause, i, folded.size())))
            break;
    }
    return i;
}

// Where the sentence holding `at` begins (or the clause after a colon, with `colonEnds`).
qsizetype sentenceStart(QStringView folded, qsizetype at, bool colonEnds = false) {
    qsizetype i = at;
    for (; i > 0 && at - i < kMaxSentence; --i) {
        if (colonEnds && folded[i - 1] == u':')
            break;
        if (!endsSentence(folded[i - 1]))
            continue;
        if (folded[i - 1] != u'。')
            break;
        qsizetype clause = i - 1; // the clause before the stop, for a stray 。 inside a reference
        while (clause > 0 && i - 1 - clause <= 12 && folded[clause - 1] != u',' &&
               !endsSentence(folded[clause - 1]))
            --clause;
        if (!isStrayStop(folded, clause, i - 1, folded.size()))
            break;
    }
    return i;
}

struct Anchor {
    qsizetype nameEnd;  // the name ends here (exclusive)
    qsizetype bodyFrom; // the description
    qsizetype bodyTo;
    qsizetype recordEnd; // past any closing bracket
    // A name the sentence gives after its verb ("…的道路更名为“外麻东路”"), instead of before the body.
    qsizetype nameFrom = -1;
    qsizetype nameTo = -1;
    // "X(A~B)": the bare pair's separator (start before it, end after it).
    qsizetype pairFrom = -1;
    qsizetype pairTo = -1;
    // The place the naming sentence prints between its verb and the name ("注销A街道辖区内…的“X”").
    qsizetype placeFrom = -1;
    qsizetype placeTo = -1;
};

struct NameFound {
    QString name;
    QString foldedName;
    qsizetype from = -1;
    Place place; // a place printed in front of the name ("市北区劲松三路")
};

// "X路(A开发区)", "X路(位于A街道)": where the bracket that closes at `end` opens, when it holds
// nothing but a place (the road's, after its name); else -1.
qsizetype placeBracketOpen(QStringView folded, qsizetype end, qsizetype floor) {
    constexpr qsizetype kBracket = 24;
    if (end - floor <= 4 || folded[end - 1] != u')')
        return -1;
    const qsizetype reach = std::max(floor, end - kBracket);
    const qsizetype found = folded.mid(reach, end - reach).lastIndexOf(u'(');
    if (found <= 0)
        return -1;
    const qsizetype open = reach + found;
    QStringView inside = folded.mid(open + 1, end - 1 - (open + 1));
    if (inside.startsWith(QStringLiteral("位于")) || inside.startsWith(QStringLiteral("地处")))
        inside = inside.sliced(2);
    return NoticeGrammar::instance().barePlaceLine.match(inside).hasMatch() ? open : -1;
}

// The road name that ends at `end`, read backwards over name characters, without the function
// words before it ("分别是金兰巷", "…辖区的桃源大道", "市北区延长了劲松三路").
NameFound nameBefore(const TextSlice& text, qsizetype end, qsizetype floor) {
    const auto& g = NoticeGrammar::instance();
    NameFound out;
    // "X路(A开发区):原南起…": the place in brackets after the name is the road's.
    Place bracketPlace;
    if (const qsizetype open = placeBracketOpen(text.folded, end, floor); open > 0) {
        bracketPlace = readPlaceAfterLeadIn(text.mid(open + 1, end - 1 - (open + 1)));
        end = open;
    }
    qsizetype from = end;
    while (from > floor && end - from < 48 && isNameChar(text.folded[from - 1]))
        --from;
    if (from == end)
        return out;
    // "位于A乡的X是此次命名道路中最长的一条,西起…": the road is the subject before 是, the rest says of it.
    {
        static const QRegularExpression oneOf(
            QStringLiteral("是[^,,。;:]{0,24}?的?(?:一条|一段)(?:道路|路)?$"));
        if (const auto m = oneOf.match(text.folded.mid(from, end - from));
            m.hasMatch() && m.capturedStart() >= 2)
            end = from + m.capturedStart();
    }
    const QStringView run = text.folded.mid(from, end - from);
    qsizetype cut = 0;
    auto it = g.nameLeadIn.globalMatch(run);
    while (it.hasNext()) {
        const auto m = it.next();
        if (run.size() - m.capturedEnd() >= 2)
            cut = m.capturedEnd();
    }
    // "A(…)、B(…)和C(…)": the conjunction before a list's last road (which still reads as a road of three
    // characters or more without it: 和平路 stays).
    static const QRegularExpression conjunction(QStringLiteral("^(?:以及|和|及|与)"));
    if (const auto m = conjunction.match(run.sliced(cut));
        m.hasMatch() && from > 0 && QStringView(u")、”").contains(text.folded[from - 1]) &&
        run.size() - cut - m.capturedLength() >= 3 &&
        looksLikeRoadName(run.sliced(cut + m.capturedLength()).toString()))
        cut += m.capturedLength();
    // Counts never begin a name ("8条…").
    for (qsizetype i = cut; i < run.size(); ++i)
        if (run[i].isDigit() && i + 1 < run.size() && run[i + 1] == u'条')
            cut = i + 2;
    from += cut;
    // "花溪路位于花果街道,东起A": the name ends at 位于, and what follows it is its place.
    if (const qsizetype at = text.folded.mid(from, end - from).indexOf(QStringLiteral("位于")); at >= 2) {
        const Place where = readPlace(text.mid(from + at + 2, end - from - at - 2));
        if (!where.isEmpty() && looksLikeRoadName(text.folded.mid(from, at).toString())) {
            out.place = where;
            end = from + at;
        }
    }
    // A district or subdistrict printed in front of the name.
    const TextSlice candidate = text.mid(from, end - from);
    const Place place = readPlace(candidate);
    if (!place.isEmpty()) {
        qsizetype placeEnd = 0;
        const QString last = place.subdistricts.isEmpty() ? place.district : place.subdistricts.last();
        placeEnd = candidate.shown.indexOf(last) + last.size();
        if (placeEnd > 0 && candidate.size() - placeEnd >= 3 &&
            looksLikeRoadName(candidate.folded.mid(placeEnd).toString())) {
            out.place = place;
            from += placeEnd;
        }
    }
    if (end - from > kMaxName || end - from < 2)
        return out;
    out.name = text.shown.mid(from, end - from).toString();
    out.foldedName = text.folded.mid(from, end - from).toString();
    out.from = from;
    if (out.place.isEmpty())
        out.place = bracketPlace;
    return out;
}

QList<Anchor> findAnchors(const TextSlice& text) {
    const auto& g = NoticeGrammar::instance();
    const QStringView f = text.folded;
    static const QRegularExpression startToken(
        QStringLiteral("(?:东南|东北|西南|西北|东|西|南|北)起|起点|自原(?:起|止|终)点|(?<=,)起(?![点止讫到])|"
                       // "X路由A至B,…": the pair of ends after the name.
                       "由(?!于)(?=[^,;。:\\n]{1,30}?至)"));
    QList<Anchor> anchors;

    // "X(南起A,北至B)"
    for (qsizetype p = f.indexOf(u'('); p >= 0; p = f.indexOf(u'(', p + 1)) {
        int depth = 0;
        qsizetype q = p;
        for (; q < f.size() && q - p < kMaxParenthetical; ++q) {
            if (f[q] == u'(')
                ++depth;
            else if (f[q] == u')' && --depth == 0)
                break;
        }
        static const QRegularExpression fromTo(QStringLiteral("起.{1,40}?(?:至|止|到)"));
        // "X(A~B)", "X(A至B)": a bare pair of ends, in an inline list of roads.
        static const QRegularExpression barePair(
            QStringLiteral("^[^,;。:()~至—-]{2,30}(?<sep>~|至|—|--|-|到)[^,;。:()~至—-]{2,30}$"));
        const QStringView inside = f.mid(p + 1, q - p - 1);
        if (q >= f.size() || f[q] != u')' ||
            (!startToken.match(inside).hasMatch() && !fromTo.match(inside).hasMatch() &&
             !barePair.match(inside).hasMatch()))
            continue;
        Anchor a{p, p + 1, q, q + 1};
        if (const auto pair = barePair.match(inside); pair.hasMatch()) {
            a.pairFrom = p + 1 + pair.capturedStart(u"sep");
            a.pairTo = p + 1 + pair.capturedEnd(u"sep");
        }
        anchors.append(a);
        p = q;
    }
    // "X:东起A,西止B", "X(Pinyin):位于…,南至A,北至B", "X:自原止点A…延长止B,原起点不变"
    static const QRegularExpression endsToken(
        QStringLiteral("(?:东南|东北|西南|西北|东|西|南|北)(?:起|至|止)|起点|终点|止点"));
    for (qsizetype p = f.indexOf(u':'); p >= 0; p = f.indexOf(u':', p + 1)) {
        qsizetype end = sentenceEnd(f, p + 1);
        const auto m = startToken.match(f.mid(p + 1, 8), 0, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
        const auto bare = g.omittedStart.match(f.mid(p + 1, 8));
        if (!m.hasMatch() && !bare.hasMatch() && !endsToken.match(f.mid(p + 1, end - p - 1)).hasMatch())
            continue;
        // An extension runs to its "原…点不变" even past a stray 。 ("峪夼。水库北岸").
        for (const auto& ext : g.extensions) {
            const auto e = ext.regex.match(f.mid(p + 1, 160), 0, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (e.hasMatch()) {
                end = std::max(end, p + 1 + e.capturedEnd());
                break;
            }
        }
        // Pinyin in parentheses before the colon goes with the name: the body starts at its bracket.
        qsizetype nameEnd = p;
        if (p > 0 && f[p - 1] == u')') {
            const qsizetype floor = std::max<qsizetype>(0, p - 64);
            const qsizetype found = f.mid(floor, p - floor).lastIndexOf(u'(');
            const qsizetype open = found < 0 ? -1 : floor + found;
            if (open > 0 && p - open < 64 && f[open + 1].isLetter() && f[open + 1].unicode() < 0x3000)
                nameEnd = open;
        }
        anchors.append({nameEnd, nameEnd == p ? p + 1 : nameEnd, end, end});
    }
    // "跨海大桥高架路西起A,东止B", "…的桃源大道,西起A…"
    auto it = startToken.globalMatch(f);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype p = m.capturedStart();
        if (p == 0)
            continue;
        qsizetype nameEnd = f[p - 1] == u',' ? p - 1 : p;
        // "X路(位于A街道) 东起…": the name, its place in brackets, a gap, the course.
        while (nameEnd > 1 && f[nameEnd - 1] == u' ' && f[nameEnd - 2] == u')')
            --nameEnd;
        if (nameEnd == 0 || (!isNameChar(f[nameEnd - 1]) && placeBracketOpen(f, nameEnd, 0) < 0))
            continue;
        const qsizetype end = sentenceEnd(f, p);
        anchors.append({nameEnd, p, end, end});
    }
    // "将X位于A区,起止点调整为北至B": an extent change names its road before its verb; the course
    // after the verb is the record's.
    static const QRegularExpression changedTo(QStringLiteral("(?:调整|变更)(?:后)?为"));
    for (auto changes = changedTo.globalMatch(f); changes.hasNext();) {
        const qsizetype p = changes.next().capturedEnd();
        const qsizetype from = sentenceStart(f, p);
        if (g.adjustedObject.match(f.mid(from, p - from)).hasMatch()) {
            const qsizetype end = sentenceEnd(f, p);
            anchors.append({p, p, end, end});
        }
    }
    // "原江翠路…,起江海四路,至五邑路,…的道路更名为“外麻东路”": the sentence is the record.
    for (const auto& pattern : g.names) {
        if (pattern.leading || !pattern.mayMatch(f))
            continue;
        auto named = pattern.regex.globalMatch(f);
        while (named.hasNext()) {
            const auto m = named.next();
            const qsizetype from = sentenceStart(f, m.capturedStart(), true);
            const qsizetype end = sentenceEnd(f, m.capturedEnd());
            anchors.append({m.capturedStart(), from, end, end, m.capturedStart(u"name"),
                            m.capturedEnd(u"name"), -1, -1, m.capturedStart(u"place"),
                            m.capturedEnd(u"place")});
        }
    }
    std::sort(anchors.begin(), anchors.end(),
              [](const Anchor& a, const Anchor& b) { return a.bodyFrom < b.bodyFrom; });
    // "…定名为X。该路北起A,南至B。": a sentence whose subject is the road just told of (该路, 此路) goes on
    // describing it; its course is the record's (and 该路 names no road of its own).
    for (Anchor& a : anchors) {
        if (a.recordEnd != a.bodyTo || a.bodyTo >= f.size())
            continue;
        const auto m = g.siblingSubject.match(f.mid(a.bodyTo, std::min<qsizetype>(12, f.size() - a.bodyTo)));
        // Without a subject word the next sentence is the road's only when its own sentence gave no
        // course: "…,命名为X。位于A街道,起于B…" opens the next road of a 批复 that names last.
        if (m.hasMatch() && (m.capturedLength(u"subject") > 0 || m.capturedLength(u"change") > 0 ||
                             !g.courseCue.match(f.mid(a.bodyFrom, a.bodyTo - a.bodyFrom)).hasMatch()))
            a.bodyTo = a.recordEnd = sentenceEnd(f, a.bodyTo + m.capturedEnd());
    }
    // "将X向西延伸至A。延伸段东起B,…,延伸后统一使用“X”名称。": the next sentence names the same road again;
    // it goes on describing it (one road, one record).
    const auto nameOf = [&f](const Anchor& a) {
        return a.nameFrom >= 0 ? f.mid(a.nameFrom, a.nameTo - a.nameFrom) : QStringView();
    };
    for (qsizetype i = 0; i + 1 < anchors.size();) {
        Anchor& a = anchors[i];
        const Anchor& b = anchors[i + 1];
        const QStringView between =
            b.bodyFrom >= a.bodyTo ? f.mid(a.bodyTo, b.bodyFrom - a.bodyTo) : QStringView();
        const bool adjacent = b.bodyFrom >= a.bodyTo && between.size() <= 3 &&
                              std::all_of(between.begin(), between.end(),
                                          [](QChar c) { return c.isSpace() || c == u'。' || c == u';'; });
        if (adjacent && a.recordEnd == a.bodyTo && !nameOf(a).isEmpty() && nameOf(a) == nameOf(b)) {
            a.bodyTo = b.bodyTo;
            a.recordEnd = b.recordEnd;
            anchors.removeAt(i + 1);
            continue;
        }
        ++i;
    }
    // One description per road: the reader skips anchors inside a description it has read.
    return anchors;
}

// The paragraph's own words between records: they set the action and the place of what follows.
void updateContext(const TextSlice& segment, ItemContext& ctx) {
    const auto& g = NoticeGrammar::instance();
    // "对5条道路予以命名,对1条道路予以更名": words naming several acts say of no road which is its own.
    if (const auto cue = actionCueIn(segment.folded, g.actionKeywords);
        cue && !soleActionOf(segment.folded, g.actionKeywords)) {
        ctx.action.reset();
        ctx.evidence.remove(FieldId::Action);
    } else if (cue) {
        ctx.action = cue->action;
        noteEvidence(ctx.evidence, {FieldId::Action},
                     evidenceIn(segment, cue->from, cue->to, QStringLiteral("action.sentence"),
                                actionCategory(cue->action)));
    }
    if (const QString reason = cancelReasonIn(segment); !reason.isEmpty())
        ctx.cancelReason = reason;
    qsizetype lastAt = -1;
    Place place;
    auto places = g.prosePlace.globalMatch(segment.folded);
    while (places.hasNext()) {
        const auto m = places.next();
        const Place p = readPlaceAfterLeadIn(segment.mid(m.capturedStart(u"run"), m.capturedLength(u"run")));
        if (!p.isEmpty()) {
            place = p;
            place.evidence = placeEvidence(p, QStringLiteral("sentence"));
            lastAt = m.capturedStart();
        }
    }
    // A place read from a match's "place" group, later than the last one read, wins.
    const auto takePlace = [&](const QRegularExpressionMatch& m, const QString& how) {
        const Place p =
            readPlaceAfterLeadIn(segment.mid(m.capturedStart(u"place"), m.capturedLength(u"place")));
        if (!p.isEmpty() && m.capturedStart(u"place") > lastAt) {
            place = p;
            place.evidence = placeEvidence(p, how);
            lastAt = m.capturedStart(u"place");
        }
    };
    // "…;宝盖镇坑东村的东华路(…)": the place printed before the name (and its village) is the next
    // roads' place.
    if (const auto m = g.prosePlacePrefix.match(segment.folded); m.hasMatch())
        takePlace(m, QStringLiteral("name_prefix"));
    // "A街道3条。": the count's place is the next roads' place.
    for (auto it = g.prosePlaceCount.globalMatch(segment.folded); it.hasNext();)
        takePlace(it.next(), QStringLiteral("count"));
    // "…3条道路均位于马塘街道,分别是X(…)": the place the sentence gives the roads after it.
    for (auto it = g.locationClause.globalMatch(segment.folded); it.hasNext();)
        takePlace(it.next(), QStringLiteral("location"));
    auto districts = g.proseDistrict.globalMatch(segment.folded);
    Place earlier; // a district the sentence names before the 街道 it places the roads in
    while (districts.hasNext()) {
        const auto m = districts.next();
        // "同意对你区5条…": the addressee (你区) or the issuer (我区) names no district.
        if (isGenericArea(m.capturedView(u"district")))
            continue;
        if (m.capturedStart() <= lastAt) {
            earlier = Place{segment.cut(m.capturedStart(u"district"), m.capturedEnd(u"district")), {}, {}};
            noteEvidence(earlier.evidence, {FieldId::District},
                         evidenceIn(segment, m.capturedStart(u"district"), m.capturedEnd(u"district"),
                                    QStringLiteral("district.sentence"), LexCategory::PlaceDistrict));
        } else {
            place = Place{segment.cut(m.capturedStart(u"district"), m.capturedEnd(u"district")), {}, {}};
            noteEvidence(place.evidence, {FieldId::District},
                         evidenceIn(segment, m.capturedStart(u"district"), m.capturedEnd(u"district"),
                                    QStringLiteral("district.sentence"), LexCategory::PlaceDistrict));
            lastAt = m.capturedStart();
        }
    }
    // "A区新命名的2条道路均位于B街道": the 街道 lies in the district the sentence opened with.
    if (place.district.isEmpty() && !place.subdistricts.isEmpty() && !earlier.district.isEmpty()) {
        place.district = earlier.district;
        place.evidence.insert(FieldId::District, earlier.evidence.value(FieldId::District));
    }
    if (!place.isEmpty()) {
        // A place that names only its 街道 lies in the district already told of.
        if (!place.district.isEmpty() || place.subdistricts.isEmpty()) {
            ctx.district = place.district;
            ctx.evidence.remove(FieldId::District);
        }
        ctx.subdistricts = place.subdistricts;
        ctx.evidence.remove(FieldId::Subdistricts);
        for (auto it = place.evidence.cbegin(); it != place.evidence.cend(); ++it)
            ctx.evidence.insert(it.key(), it.value());
    }
}

// "注销道路六条市北区,平阴路、金乡路、…": one record per listed road.
void readCancelLists(const TextSlice& text, ItemContext ctx, ProseRead& out, QList<Span>& taken) {
    const auto& g = NoticeGrammar::instance();
    auto it = g.cancelList.globalMatch(text.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        updateContext(text.mid(0, m.capturedStart()), ctx);
        if (m.capturedLength(u"place") > 0) {
            ctx.district = text.cut(m.capturedStart(u"place"), m.capturedEnd(u"place"));
            noteEvidence(ctx.evidence, {FieldId::District},
                         evidenceIn(text, m.capturedStart(u"place"), m.capturedEnd(u"place"),
                                    QStringLiteral("district.cancel_list"), LexCategory::PlaceDistrict));
        }
        const FieldEvidence actionWhy =
            evidenceIn(text, m.capturedStart(), m.capturedStart(u"n"), QStringLiteral("action.cancel_list"),
                       LexCategory::ActCancel);
        const qsizetype listFrom = m.capturedStart(u"list");
        const QStringView list = m.capturedView(u"list");
        qsizetype from = 0;
        qsizetype listEnd = listFrom;
        for (qsizetype k = 0; k <= list.size(); ++k) {
            if (k < list.size() && list[k] != u'、' && list[k] != u',')
                continue;
            const QString folded = list.mid(from, k - from).trimmed().toString();
            if (!looksLikeRoadName(folded))
                break;
            ProseRecord rec;
            rec.parsed.record.action = RoadAction::Cancel;
            rec.parsed.record.name = text.cut(listFrom + from, listFrom + k);
            rec.parsed.record.district = ctx.district;
            rec.parsed.record.subdistricts = ctx.subdistricts;
            FieldEvidenceMap& why = rec.parsed.record.evidence;
            why = ctx.evidence;
            noteEvidence(why, {FieldId::Action}, actionWhy);
            noteEvidence(why, {FieldId::Name},
                         evidenceIn(text, listFrom + from, listFrom + k, QStringLiteral("name.cancel_list")));
            dropEvidenceOfEmptyFields(rec.parsed.record);
            rec.parsed.record.note = cancelReasonIn(text.mid(m.capturedStart()));
            if (rec.parsed.record.note.isEmpty())
                rec.parsed.record.note = ctx.cancelReason;
            rec.from = text.offset + listFrom + from;
            rec.to = text.offset + listFrom + k;
            out.records.append(rec);
            listEnd = listFrom + k;
            from = k + 1;
        }
        if (listEnd > listFrom)
            taken.append({m.capturedStart(), listEnd});
    }
}

// The roads of a cancel list `list` (at `listFrom` in `text`), entries split at 、,; outside brackets:
// "仓山区建新镇“建新支路”(东起建新北路,西至洪湾北路)", "“茶会巷”", "茶会横巷". Each takes its place (printed
// before it, or carried from the entry before) and the course in its brackets; `note` is the cancel's
// reason. The list ends at the first entry that is no road. Returns where the last road's entry ends.
qsizetype readListedRoads(const TextSlice& text, qsizetype listFrom, QStringView list, ItemContext& ctx,
                          const QString& note, QList<ProseRecord>& records) {
    static const QRegularExpression quoted(QStringLiteral("[“\"「『]([^“”\"「」『』]{2,30})[”\"」』]"));
    qsizetype listEnd = listFrom;
    qsizetype from = 0;
    int depth = 0;
    for (qsizetype k = 0; k <= list.size(); ++k) {
        if (k < list.size()) {
            const QChar c = list[k];
            depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
            if (depth > 0 || !QStringView(u"、,;").contains(c))
                continue;
        }
        qsizetype a = from;
        qsizetype b = k;
        from = k + 1;
        while (a < b && list[a].isSpace())
            ++a;
        while (b > a && list[b - 1].isSpace())
            --b;
        qsizetype headEnd = b;
        TextSlice course;
        if (b > a && list[b - 1] == u')') {
            const qsizetype open = list.first(b).lastIndexOf(u'(');
            if (open > a) {
                headEnd = open;
                course = text.mid(listFrom + open + 1, b - 1 - open - 1);
            }
        }
        const QStringView head = list.sliced(a, headEnd - a);
        qsizetype nameFrom = a;
        qsizetype nameTo = headEnd;
        qsizetype placeTo = a;
        if (const auto q = quoted.match(head); q.hasMatch()) {
            nameFrom = a + q.capturedStart(1);
            nameTo = a + q.capturedEnd(1);
            placeTo = a + q.capturedStart();
        } else if (const qsizetype p = leadingPlaceEnd(head); p > 0) {
            nameFrom = placeTo = a + p;
        }
        const QString folded = list.sliced(nameFrom, nameTo - nameFrom).toString();
        if (!looksLikeRoadName(folded))
            break;
        if (placeTo > a) {
            const Place place = readPlace(text.mid(listFrom + a, placeTo - a));
            if (!place.isEmpty()) {
                // The place goes on to the entries after it ("…街道“茶会巷”、“茶会横巷”").
                ctx.district = place.district.isEmpty() ? ctx.district : place.district;
                ctx.subdistricts = place.subdistricts;
                ctx.evidence.remove(FieldId::District);
                ctx.evidence.remove(FieldId::Subdistricts);
                const FieldEvidenceMap why = placeEvidence(place, QStringLiteral("cancel_list"));
                for (auto w = why.cbegin(); w != why.cend(); ++w)
                    ctx.evidence.insert(w.key(), w.value());
            }
        }
        ProseRecord rec;
        const QString name = text.cut(listFrom + nameFrom, listFrom + nameTo);
        rec.parsed = parseDescribedRoad(course, name, ctx);
        noteEvidence(
            rec.parsed.record.evidence, {FieldId::Name},
            evidenceIn(text, listFrom + nameFrom, listFrom + nameTo, QStringLiteral("name.cancel_list")));
        rec.parsed.record.note = note.isEmpty() ? ctx.cancelReason : note;
        rec.from = text.offset + listFrom + a;
        rec.to = text.offset + listFrom + b;
        records.append(rec);
        listEnd = listFrom + b;
    }
    return listEnd;
}

// "…其名称予以注销:仓山区建新镇“建新支路”(东起建新北路,西至洪湾北路);晋安区茶园街道“茶会巷”、“茶会横巷”":
// a cancel verb and a colon before the list.
void readCancelColonLists(const TextSlice& text, ItemContext ctx, ProseRead& out, QList<Span>& taken) {
    const auto& g = NoticeGrammar::instance();
    for (auto it = g.cancelColonList.globalMatch(text.folded); it.hasNext();) {
        const auto m = it.next();
        updateContext(text.mid(0, m.capturedStart()), ctx);
        ctx.action = RoadAction::Cancel;
        noteEvidence(ctx.evidence, {FieldId::Action},
                     evidenceIn(text, m.capturedStart(), m.capturedStart(u"list"),
                                QStringLiteral("action.cancel_list"), LexCategory::ActCancel));
        const qsizetype listFrom = m.capturedStart(u"list");
        const qsizetype listEnd =
            readListedRoads(text, listFrom, m.capturedView(u"list"), ctx,
                            cancelReasonIn(text.mid(0, m.capturedStart())), out.records);
        if (listEnd > listFrom)
            taken.append({m.capturedStart(), listEnd});
    }
}

// "将A至B的两条道路分别命名为X、Y": one record per name, each with what the sentence says before its verb.
void readGroupNamings(const TextSlice& text, ItemContext ctx, ProseRead& out, QList<Span>& taken) {
    qsizetype consumed = 0;
    while (consumed < text.size()) {
        const TextSlice rest = text.mid(consumed);
        const auto group = findGroupNaming(rest);
        if (!group)
            return;
        qsizetype from = group->verbFrom;
        while (from > 0 && group->verbFrom - from < kMaxSentence && !endsSentence(rest.folded[from - 1]))
            --from;
        updateContext(text.mid(0, consumed + from), ctx);
        if (const auto count = groupCount(*group))
            out.groupCounts.append(*count);
        for (const QString& name : group->names) {
            ProseRecord rec;
            rec.parsed = groupRoad(rest, rest.mid(from, group->verbFrom - from), *group, name, ctx);
            rec.from = rest.offset + from;
            rec.to = rest.offset + group->end();
            out.records.append(rec);
        }
        taken.append({consumed + from, consumed + group->end()});
        consumed += group->end();
    }
}

} // namespace

QList<ProseRecord> readCancelledSubjects(const TextSlice& item, ItemContext context) {
    const auto m = NoticeGrammar::instance().cancelSubjectList.match(item.folded);
    if (!m.hasMatch())
        return {};
    context.action = RoadAction::Cancel;
    noteEvidence(context.evidence, {FieldId::Action},
                 evidenceIn(item, m.capturedEnd(u"list"), m.capturedEnd(),
                            QStringLiteral("action.cancel_list"), LexCategory::ActCancel));
    QList<ProseRecord> records;
    readListedRoads(item, m.capturedStart(u"list"), m.capturedView(u"list"), context, cancelReasonIn(item),
                    records);
    // "A区“X”因…,注销该道路名称(原东起B,西至C)": one road's course after its cancel.
    if (records.size() == 1 && records.front().parsed.record.start.isEmpty() &&
        records.front().parsed.record.end.isEmpty())
        if (const auto c = NoticeGrammar::instance().courseRemark.match(item.folded, m.capturedEnd());
            c.hasMatch()) {
            setCourse(records.front().parsed.record,
                      parseEndpoints(item.mid(c.capturedStart(u"course"), c.capturedLength(u"course"))));
        }
    return records;
}

ProseRead readProse(const MatchingText& text, const SourceLine& paragraph, const ItemContext& context) {
    const auto& g = NoticeGrammar::instance();
    ProseRead out;
    const TextSlice para = text.slice(paragraph.from, paragraph.to);
    QList<Span> taken;
    // "A镇“X”因道路已拆除并入Y,其名称予以注销": a paragraph cancelling the roads it opens with.
    if (const QList<ProseRecord> cancelled = readCancelledSubjects(para, context); !cancelled.isEmpty()) {
        out.records += cancelled;
        const qsizetype stop = para.folded.indexOf(u'。');
        taken.append({0, stop < 0 ? para.size() : stop + 1});
    }
    readCancelLists(para, context, out, taken);
    readCancelColonLists(para, context, out, taken);
    readGroupNamings(para, context, out, taken);

    ItemContext ctx = context;
    qsizetype consumed = 0;   // paragraph text up to here is read
    QSet<QString> structures; // bridges and tunnels reported once each
    for (Anchor a : findAnchors(para)) {
        if (a.nameFrom >= 0)
            a.bodyFrom = std::max(a.bodyFrom, consumed);
        if (a.bodyFrom < consumed)
            continue;
        const bool inCancelList = std::any_of(taken.cbegin(), taken.cend(), [&](const Span& s) {
            return a.bodyFrom >= s.from && a.bodyFrom < s.to;
        });
        if (inCancelList)
            continue;
        NameFound name;
        if (a.nameFrom >= 0) {
            name.name = para.cut(a.nameFrom, a.nameTo);
            name.foldedName = para.folded.mid(a.nameFrom, a.nameTo - a.nameFrom).trimmed().toString();
            name.from = a.bodyFrom;
            // "南湖新区新命名的X,西起…": the place printed before the participle is the road's.
            if (a.nameFrom > a.bodyFrom)
                if (const auto m =
                        g.prosePlacePrefix.match(para.folded.mid(a.bodyFrom, a.nameFrom - a.bodyFrom));
                    m.hasMatch())
                    name.place = readPlace(
                        para.mid(a.bodyFrom + m.capturedStart(u"place"), m.capturedLength(u"place")));
            if (name.place.isEmpty() && a.placeFrom >= 0 && a.placeTo > a.placeFrom)
                name.place = readPlaceAfterLeadIn(para.mid(a.placeFrom, a.placeTo - a.placeFrom));
        } else {
            name = nameBefore(para, a.nameEnd, consumed);
        }
        // "将X位于A区,起止点调整为东起…": the words before the course are the verb; the road is the
        // object of 将 before them, and the record an adjustment.
        std::optional<FieldEvidence> adjustedWhy;
        if (a.nameFrom < 0 && !looksLikeRoadName(name.foldedName)) {
            const qsizetype from = std::max(consumed, sentenceStart(para.folded, a.nameEnd));
            const auto m = g.adjustedObject.match(para.folded.mid(from, a.nameEnd - from));
            if (m.hasMatch()) {
                name = {};
                name.name = para.cut(from + m.capturedStart(u"name"), from + m.capturedEnd(u"name"));
                name.foldedName = m.captured(u"name");
                name.from = from + m.capturedStart(u"name");
                adjustedWhy = evidenceIn(para, from + m.capturedStart(), from + m.capturedEnd(),
                                         QStringLiteral("action.adjusted_object"), LexCategory::ActAdjust);
                if (m.capturedLength(u"place") > 0)
                    name.place =
                        readPlace(para.mid(from + m.capturedStart(u"place"), m.capturedLength(u"place")));
            }
        }
        const bool structure = isNonRoadStructure(name.foldedName);
        if (name.name.isEmpty() || (!structure && !looksLikeRoadName(name.foldedName)))
            continue; // not a road's description: leaves the text to other anchors
        const TextSlice before = para.mid(consumed, name.from - consumed);
        updateContext(before, ctx);
        ItemContext here = ctx;
        if (!name.place.isEmpty()) {
            // A place that names only its 街道 lies in the district already told of.
            if (!name.place.district.isEmpty()) {
                here.district = name.place.district;
                here.evidence.remove(FieldId::District);
            }
            here.subdistricts = name.place.subdistricts;
            here.evidence.remove(FieldId::Subdistricts);
            const FieldEvidenceMap placeWhy = placeEvidence(name.place, QStringLiteral("name_prefix"));
            for (auto it = placeWhy.cbegin(); it != placeWhy.cend(); ++it)
                here.evidence.insert(it.key(), it.value());
        }
        // "如南起A,北至B的路取名X", "再如A区的X,东起…": a road given as an example is no decision.
        const qsizetype sentenceFrom = std::min(sentenceStart(para.folded, name.from), a.bodyFrom);
        // "拟将A命名为“X”,因与现有地名重名,不予同意": a proposal the sentence turns down.
        // "与去年命名的A(东起…)等道路共同构成…": a road the text mentions beside its decisions.
        if (g.exampleCue.match(para.folded.mid(sentenceFrom, std::max(name.from, a.nameFrom) - sentenceFrom))
                .hasMatch() ||
            g.rejectedCue.match(para.folded.mid(sentenceFrom, a.recordEnd - sentenceFrom)).hasMatch() ||
            (a.nameFrom < 0 &&
             (g.mentionedAmong.match(para.folded.mid(a.recordEnd, 24)).hasMatch() ||
              g.namedEarlier.match(para.folded.mid(sentenceFrom, name.from - sentenceFrom)).hasMatch()))) {
            consumed = a.recordEnd;
            continue;
        }
        if (adjustedWhy) {
            here.action = RoadAction::Adjust;
            noteEvidence(here.evidence, {FieldId::Action}, *adjustedWhy);
        }
        ProseRecord rec;
        rec.parsed = parseDescribedRoad(para.mid(a.bodyFrom, a.bodyTo - a.bodyFrom), name.name, here);
        // Where the name was read: the naming sentence ("…命名为X"), or the name before its course.
        if (a.nameFrom >= 0)
            noteEvidence(rec.parsed.record.evidence, {FieldId::Name},
                         evidenceIn(para, a.nameEnd, a.nameTo, QStringLiteral("name.prose_naming_sentence"),
                                    LexCategory::ActName));
        else
            noteEvidence(rec.parsed.record.evidence, {FieldId::Name},
                         evidenceIn(para, name.from, a.nameEnd, QStringLiteral("name.prose_before_course")));
        if (a.pairFrom >= 0 && rec.parsed.record.start.isEmpty() && rec.parsed.record.end.isEmpty()) {
            rec.parsed.record.start = para.cut(a.bodyFrom, a.pairFrom);
            rec.parsed.record.end = para.cut(a.pairTo, a.bodyTo);
            rec.parsed.missing.clear();
            listMissing(rec.parsed);
        }
        rec.from = para.offset + name.from;
        rec.to = para.offset + a.recordEnd;
        if (g.adjustBefore.match(before.folded).hasMatch())
            rec.phase = ProseRecord::Phase::Before;
        else if (g.adjustAfter.match(before.folded).hasMatch())
            rec.phase = ProseRecord::Phase::After;
        consumed = a.recordEnd;
        if (structure) {
            if (!structures.contains(name.foldedName))
                out.nonRoads.append(rec);
            structures.insert(name.foldedName);
        } else {
            out.records.append(rec);
        }
    }
    std::sort(out.records.begin(), out.records.end(),
              [](const ProseRecord& a, const ProseRecord& b) { return a.from < b.from; });
    return out;
}

} // namespace luming
