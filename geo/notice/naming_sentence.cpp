#include "notice/naming_sentence.h"

#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"
#include "notice/place_reader.h"
#include "notice/reader_evidence.h"

#include <QRegularExpression>

namespace luming {

namespace {

// The length of a place prefix "A区B街道" before 的 in a leading name, or 0.
qsizetype placePrefixEnd(QStringView foldedName) {
    static const QRegularExpression prefix(expandPatternMacros(
        QStringLiteral("^[^的]{2,20}?(?:") +
        NoticeLexicon::instance().alternation(LexCategory::PlaceDistrict) + u'|' +
        NoticeLexicon::instance().alternation(LexCategory::PlaceSub) + QStringLiteral("){PY}(?=的.)")));
    const auto m = prefix.match(foldedName);
    if (!m.hasMatch() || isGenericArea(m.capturedView()))
        return 0;
    return m.capturedEnd();
}

// "位于A区B街道的X": the locator verb in front of a place prefix, whose length it returns (else 0).
qsizetype locatorBeforePrefix(QStringView folded) {
    constexpr qsizetype kLocator = 2; // 位于
    return folded.startsWith(QStringLiteral("位于")) && placePrefixEnd(folded.sliced(kLocator)) > 0 ? kLocator
                                                                                                    : 0;
}

// A leading form that is really a sentence ("同意将位于…的道路命名为X。") is not a name; "位于A区的X" is
// a name after its place.
bool plausibleLeadingName(QStringView folded) {
    folded = folded.sliced(locatorBeforePrefix(folded));
    return !folded.contains(QStringLiteral("位于")) && !folded.contains(QStringLiteral("命名")) &&
           !folded.contains(QStringLiteral("更名")) && folded.size() <= 24 &&
           !NoticeGrammar::instance().placeNotRoad.match(folded).hasMatch();
}

// "X起止点调整为:", "X向北延伸至Y。", "X止点" (由A变更为B, masked): where a change of the road's extent
// begins inside a leading name
// (the road is what stands before it), or -1.
qsizetype extentChangeIn(QStringView folded) {
    static const QRegularExpression change(expandPatternMacros(QStringLiteral(
        "(?:起止点|起讫点|起点|止点|终点)(?:(?:调整|变更)?为|$)|(?:向{DIR})?(?:延伸|延长)(?:至|到)")));
    const auto m = change.match(folded);
    return m.hasMatch() && m.capturedStart() >= 2 &&
                   looksLikeRoadName(folded.first(m.capturedStart()).toString())
               ? m.capturedStart()
               : -1;
}

// "A区原“X”“Y”合并更名": the quoted names of [from, to), joined with 、 (label convention: merged roads).
QString quotedNames(const TextSlice& item, qsizetype from, qsizetype to) {
    static const QRegularExpression quoted(QStringLiteral("[“\"「『]([^“”\"「」『』\\n]{2,20}?)[”\"」』]"));
    QStringList names;
    for (auto it = quoted.globalMatch(item.folded.sliced(from, to - from)); it.hasNext();) {
        const auto q = it.next();
        names.append(item.cut(from + q.capturedStart(1), from + q.capturedEnd(1)));
    }
    return names.join(u'、');
}

// "“工业路北段”更名为…": a renamed segment's road is the old name (label convention: the segment is a
// note), when what is left ends like a road.
QString withoutSegment(const QString& old) {
    static const QRegularExpression segment(expandPatternMacros(QStringLiteral("(?:{DIR}|中)(?:半)?段$")));
    const QString folded = foldForMatching(old); // folding keeps offsets: 東段 is 东段
    if (const auto m = segment.match(folded); m.hasMatch()) {
        QString road = old.first(m.capturedStart());
        if (looksLikeRoadName(foldForMatching(road)))
            return road;
    }
    // "秀峰支路坂中路以东(路段)", "秀峰支路坂中路至赤桥路(段)": the road, then the part of it that is
    // renamed, told by another road; the road is the shortest head that ends like one.
    static const QRegularExpression part(expandPatternMacros(
        QStringLiteral("^[^,;。]{2,16}?(?:以{DIR}|(?:至|到)[^,;。]{2,16}?)(?:路段|段|部分)?$")));
    // A head that stops inside a 街道 ("A区B街|道X路…") is a place, not the road.
    for (qsizetype k = 2; k + 4 <= folded.size(); ++k)
        if (looksLikeRoadName(folded.first(k)) && folded[k] != u'道' &&
            part.match(QStringView(folded).sliced(k)).hasMatch())
            return old.first(k);
    return old;
}

// Pinyin on a line of its own ("地名汉语拼音拼写形式:…", "汉语拼音为“…”") and the former name ("原X").
void readPinyinLinesAndOldName(const TextSlice& item, ItemName& out) {
    const auto& g = NoticeGrammar::instance();
    auto lines = g.pinyinLine.globalMatch(item.folded);
    while (lines.hasNext()) {
        const auto p = lines.next();
        if (out.pinyin.isEmpty()) {
            out.pinyin = item.cut(p.capturedStart(u"py"), p.capturedEnd(u"py"));
            noteEvidence(out.evidence, {FieldId::Pinyin},
                         evidenceIn(item, p.capturedStart(), p.capturedEnd(), QStringLiteral("pinyin.line")));
        }
        out.spans.append({p.capturedStart(), p.capturedEnd()});
    }

    for (const auto& re : g.oldNames) {
        const auto m = re.match(item.folded);
        if (!m.hasMatch())
            continue;
        QString old = m.capturedLength(u"list") > 0
                          ? quotedNames(item, m.capturedStart(u"list"), m.capturedEnd(u"list"))
                          : item.cut(m.capturedStart(u"old"), m.capturedEnd(u"old"));
        if (old.isEmpty() || old == out.name)
            continue;
        // "将晋安区新店镇秀峰支路…更名为": the place printed before the former name is the road's.
        if (m.capturedLength(u"list") == 0 && m.capturedLength(u"place") == 0) {
            const qsizetype at = m.capturedStart(u"old");
            const QString road = withoutSegment(m.captured(u"old")); // a head of it, offsets kept
            if (const qsizetype k = leadingPlaceEnd(road); k > 0) {
                if (!out.placePrefix.isValid())
                    out.placePrefix = {at, at + k};
                old = item.cut(at + k, m.capturedEnd(u"old"));
            }
        }
        out.oldName = withoutSegment(old);
        const qsizetype oldFrom =
            m.capturedLength(u"list") > 0 ? m.capturedStart(u"list") : m.capturedStart(u"old");
        const qsizetype oldTo =
            m.capturedLength(u"list") > 0 ? m.capturedEnd(u"list") : m.capturedEnd(u"old");
        out.spans.append({oldFrom - 1, oldTo});
        // "将A区原“X”更名为Y": the place printed before the former name.
        if (m.capturedLength(u"place") > 0 && !out.placePrefix.isValid())
            out.placePrefix = {m.capturedStart(u"place"), m.capturedEnd(u"place")};
        // From the 原 (or 将) on: the delimiter the pattern starts at is not part of it.
        qsizetype from = m.capturedStart();
        while (from < oldFrom && QStringView(u",:;。—–").contains(item.folded[from]))
            ++from;
        noteEvidence(
            out.evidence, {FieldId::OldName},
            evidenceIn(item, from, m.capturedEnd(), QStringLiteral("old_name.former"), LexCategory::Before));
        break;
    }
}

// A bare leading name ("X,", a header line) ends like a road and holds no course of its own
// ("起于A路," is the start of a sentence, not a name).
bool bareNameLike(const QString& foldedName) {
    static const QRegularExpression endWord(QStringLiteral("[至止到]"));
    return looksLikeRoadName(foldedName) &&
           !NoticeGrammar::instance().itemContent.match(foldedName).hasMatch() &&
           !endWord.match(foldedName).hasMatch();
}

} // namespace

bool looksLikeRoadName(const QString& foldedName) {
    const auto& g = NoticeGrammar::instance();
    return foldedName.size() >= 2 && g.roadSuffix.match(foldedName).hasMatch() &&
           !g.nonRoadSuffix.match(foldedName).hasMatch() && !g.genericRoadName.match(foldedName).hasMatch() &&
           !g.placeNotRoad.match(foldedName).hasMatch();
}

qsizetype leadingPlaceEnd(QStringView folded) {
    // What follows the place must be a name of three or more characters (高新区科技大道; never 开发区 +
    // 大道).
    static const QRegularExpression place(expandPatternMacros(
        QStringLiteral("^(?:[^的,;。“”]{1,10}?(?:") +
        NoticeLexicon::instance().alternation(LexCategory::PlaceDistrict) +
        QStringLiteral("))?(?:[^的,;。“”]{1,10}?(?:") +
        NoticeLexicon::instance().alternation(LexCategory::PlaceSub) + QStringLiteral("))?")));
    const auto m = place.match(folded);
    const qsizetype end = m.hasMatch() ? m.capturedEnd() : 0;
    if (end == 0 || folded.size() - end < 3 || isGenericArea(folded.first(end)) ||
        !looksLikeRoadName(folded.sliced(end).toString()))
        return 0;
    return end;
}

bool isNonRoadStructure(const QString& foldedName) {
    return NoticeGrammar::instance().nonRoadSuffix.match(foldedName).hasMatch();
}

ItemName readItemName(const TextSlice& printed) {
    const auto& g = NoticeGrammar::instance();
    // "止点由A变更为B" changes an end and names no road: the name patterns do not see it (from 由 on).
    TextSlice item = printed;
    QString masked;
    for (auto it = g.endChange.globalMatch(printed.folded); it.hasNext();) {
        const auto m = it.next();
        if (masked.isEmpty())
            masked = printed.folded.toString();
        for (qsizetype i = m.capturedStart(u"change"); i < m.capturedEnd(); ++i)
            masked[i] = u',';
    }
    if (!masked.isEmpty())
        item.folded = masked;
    ItemName out;
    qsizetype nameEnd = 0;     // after the leading name
    qsizetype sentenceEnd = 0; // after the naming sentence's name
    FieldEvidence leadingWhy, sentenceWhy;
    for (const auto& pattern : g.names) {
        if (!pattern.mayMatch(item.folded))
            continue;
        const auto m = pattern.regex.match(item.folded);
        if (!m.hasMatch())
            continue;
        const QString name = item.cut(m.capturedStart(u"name"), m.capturedEnd(u"name"));
        if (name.isEmpty())
            continue;
        if (pattern.leading) {
            const qsizetype change = extentChangeIn(m.capturedView(u"name"));
            const QStringView lead =
                change > 0 ? m.capturedView(u"name").first(change) : m.capturedView(u"name");
            const qsizetype locator = locatorBeforePrefix(lead);
            if (!out.leadingName.isEmpty() || !plausibleLeadingName(lead) ||
                (pattern.roadLike && !bareNameLike(lead.sliced(locator).toString())))
                continue;
            out.leadingName =
                change > 0 ? item.cut(m.capturedStart(u"name"), m.capturedStart(u"name") + change) : name;
            out.rule = pattern.rule;
            // "晋安区岳峰镇“X”…": the place the pattern read before the name.
            if (m.capturedLength(u"place") > 0 && !out.placePrefix.isValid())
                out.placePrefix = {m.capturedStart(u"place"), m.capturedEnd(u"place")};
            // "A区B街道的X": the place is context (the record's district), not part of the name.
            if (const qsizetype k = placePrefixEnd(m.capturedView(u"name").sliced(locator)); k > 0) {
                const qsizetype from = m.capturedStart(u"name") + locator;
                out.placePrefix = {from, from + k};
                out.leadingName = item.cut(from + k + 1, m.capturedEnd(u"name"));
            } else if (const qsizetype k = change > 0 ? leadingPlaceEnd(lead) : 0; k > 0) {
                // "复兴区化林路向西延伸至B": the place printed before the road whose extent changes.
                const qsizetype from = m.capturedStart(u"name");
                out.placePrefix = {from, from + k};
                out.leadingName = item.cut(from + k, from + change);
            }
            // A change of the extent after the name is the item's text, not part of the name's span.
            const qsizetype spanEnd = change > 0 ? m.capturedStart(u"name") + change : m.capturedEnd();
            nameEnd = spanEnd;
            out.spans.append({m.capturedStart(), spanEnd});
            leadingWhy =
                evidenceIn(item, m.capturedStart(u"name"), spanEnd, QStringLiteral("name.") + pattern.rule);
        } else if (out.sentenceName.isEmpty()) {
            // "N条道路" names how many roads, never one.
            if ((pattern.roadLike && (!looksLikeRoadName(m.captured(u"name")) ||
                                      m.capturedView(u"name").endsWith(QStringLiteral("道路")))) ||
                (pattern.withoutLeading && looksLikeRoadName(foldForMatching(out.leadingName))))
                continue;
            out.sentenceName = name;
            // "注销A区“X”路名": the place printed between the verb and the name.
            if (m.capturedLength(u"place") > 0 && !out.placePrefix.isValid())
                out.placePrefix = {m.capturedStart(u"place"), m.capturedEnd(u"place")};
            sentenceEnd = m.capturedEnd();
            if (out.rule.isEmpty())
                out.rule = pattern.rule;
            out.spans.append({m.capturedStart(), m.capturedEnd()});
            sentenceWhy = evidenceIn(item, m.capturedStart(), m.capturedEnd(),
                                     QStringLiteral("name.") + pattern.rule, LexCategory::ActName);
        }
    }
    // The naming sentence is the act itself; a leading form that differs is reported by the caller.
    // "● A区B街道:将“X”更名为“Y”": the place before the colon is the road's.
    if (!out.placePrefix.isValid())
        if (const auto m = g.placeColon.match(item.folded); m.hasMatch())
            out.placePrefix = {m.capturedStart(u"place"), m.capturedEnd(u"place")};
    out.name = out.sentenceName.isEmpty() ? out.leadingName : out.sentenceName;
    noteEvidence(out.evidence, {FieldId::Name}, out.sentenceName.isEmpty() ? leadingWhy : sentenceWhy);

    // Pinyin: right after the name (in parentheses or not), or on a line of its own.
    for (const qsizetype at : {nameEnd, sentenceEnd}) {
        if (at <= 0 || !out.pinyin.isEmpty())
            continue;
        for (const auto* re : {&g.pinyinInParens, &g.pinyinAfterName}) {
            const auto p = re->match(item.folded.mid(at));
            if (p.hasMatch()) {
                out.pinyin = item.cut(at + p.capturedStart(u"py"), at + p.capturedEnd(u"py"));
                out.spans.append({at + p.capturedStart(u"py"), at + p.capturedEnd(u"py")});
                noteEvidence(out.evidence, {FieldId::Pinyin},
                             evidenceIn(item, at + p.capturedStart(u"py"), at + p.capturedEnd(u"py"),
                                        QStringLiteral("pinyin.after_name")));
                break;
            }
        }
    }
    readPinyinLinesAndOldName(item, out);
    return out;
}

ItemName describedName(const TextSlice& body, const QString& name) {
    ItemName out;
    out.name = name;
    out.rule = QStringLiteral("prose");
    // "X(Línjiǔ Lù):…", "X Línjiǔ Lù⏎…": the body begins with the name's pinyin.
    const auto& g = NoticeGrammar::instance();
    for (const auto* re : {&g.pinyinInParens, &g.pinyinAfterName}) {
        const auto p = re->match(body.folded);
        if (!p.hasMatch())
            continue;
        out.pinyin = body.cut(p.capturedStart(u"py"), p.capturedEnd(u"py"));
        out.spans.append({p.capturedStart(u"py"), p.capturedEnd(u"py")});
        noteEvidence(out.evidence, {FieldId::Pinyin},
                     evidenceIn(body, p.capturedStart(u"py"), p.capturedEnd(u"py"),
                                QStringLiteral("pinyin.after_name")));
        break;
    }
    readPinyinLinesAndOldName(body, out);
    return out;
}

} // namespace luming
