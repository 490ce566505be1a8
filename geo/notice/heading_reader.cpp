#include "notice/heading_reader.h"

#include "notice/action_classifier.h"
#include "notice/chinese_numeral.h"
#include "notice/notice_grammar.h"
#include "notice/place_reader.h"
#include "notice/table_columns.h"

#include <QRegularExpression>
#include <utility>

namespace luming {

namespace {

bool hasSentencePunctuation(QStringView text) {
    for (QChar c : text)
        if (c == u'。' || c == u',' || c == u';')
            return true;
    return false;
}

// Words of an item's content (东起, 长N米, 注销 …). A line that ends in a count ("注销的道路(1条)")
// counts roads of a kind: the action word alone does not make it an item.
bool looksLikeItem(QStringView folded, bool endsInCount) {
    auto it = NoticeGrammar::instance().itemContent.globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!endsInCount || !actionOfKeywords(m.captured(), NoticeGrammar::instance().actionKeywords))
            return true;
    }
    return false;
}

// A heading's words without what decorates them: a leading emoji or symbol (📍, ★, ▌) and a colon
// after them ("淡水街道:" over its roads). A repost dresses its headings so; the words are the heading.
TextSlice undecorated(const TextSlice& text) {
    qsizetype from = 0;
    qsizetype to = text.size();
    const auto decoration = [&text](qsizetype i) {
        const QChar c = text.folded[i];
        switch (c.category()) {
        case QChar::Symbol_Math:
        case QChar::Symbol_Modifier:
        case QChar::Symbol_Other:
        case QChar::Other_Surrogate:
        case QChar::Other_Format: // variation selectors, zero-width joiners of emoji
        case QChar::Mark_NonSpacing:
            return true;
        default:
            return c.isSpace() || c == u'・' || c == u'·' || c == u'•';
        }
    };
    while (from < to && decoration(from))
        ++from;
    while (to > from && (text.folded[to - 1].isSpace() || text.folded[to - 1] == u':'))
        --to;
    // "【西藏】A市B区6条新建道路正式命名": a repost's column tag before a headline is no part of it.
    if (const qsizetype close = text.folded.indexOf(u'】', from);
        from < to && text.folded[from] == u'【' && close > from + 1 && close - from <= 8 && close + 2 < to)
        from = close + 1;
    // "【A区】", "〖A街道〗", "[更名]": a repost's heading in a bracket pair of its own.
    static constexpr std::pair<char16_t, char16_t> kPairs[] = {{u'【', u'】'}, {u'〖', u'〗'}, {u'[', u']'}};
    for (const auto& [open, close] : kPairs) {
        if (to - from > 2 && text.folded[from] == QChar(open) && text.folded[to - 1] == QChar(close) &&
            text.folded.mid(from + 1, to - from - 2).indexOf(QChar(open)) < 0) {
            ++from;
            --to;
            break;
        }
    }
    return text.mid(from, to - from);
}

} // namespace

std::optional<SectionHeading> readHeading(const TextSlice& line, qsizetype markerEnd) {
    const auto& g = NoticeGrammar::instance();
    TextSlice text = undecorated(line.mid(markerEnd));
    // "东津新区3条道路均位于东津镇,分别是:": the words that announce the list after it are no part of the
    // heading.
    static const QRegularExpression announces(
        QStringLiteral(",\\s*(?:分别是|分别为|具体是|具体为|包括|依次是|依次为)\\s*$"));
    if (const auto m = announces.match(text.folded); m.hasMatch())
        text = text.mid(0, m.capturedStart());
    const QStringView folded = text.folded.trimmed();
    if (folded.isEmpty() || folded.size() > g.headingMaxLength || hasSentencePunctuation(folded))
        return std::nullopt;
    // "现就A区、B区部分道路命名通告如下:": a sentence announcing what follows introduces; it heads nothing.
    if (folded.endsWith(QStringLiteral("如下")))
        return std::nullopt;
    const auto count = g.headingCount.match(text.folded);
    // "道路地名注销", "注销道路名称": a short line naming a kind of change to roads in general (道路, 地名)
    // and no road of its own heads a section, like a counted one.
    static const QRegularExpression kindWord(QStringLiteral("道路|地名|路名"));
    const bool kindOfChange = folded.size() <= 12 && kindWord.match(folded).hasMatch() &&
                              !folded.contains(u'将') && !folded.contains(u'把');
    // "一、道路名称:甲一路": a form's name field opens an item; it heads no section.
    if (const auto field = g.nameFieldLabel.match(folded);
        field.hasMatch() && field.capturedEnd() < folded.size())
        return std::nullopt;
    // "所在地:甲镇", "起止点:北起A,南至B": a field of a form (its label a column's header) is the item's.
    if (formFieldOf(folded))
        return std::nullopt;
    // "一、更名", "二、注销道路": a line of nothing but an act heads the section of that act.
    static const QRegularExpression actOnly(
        expandPatternMacros(QStringLiteral("^(?:道路|路名|地名)?(?:命名|更名|注销|销名|撤销|调整|起止点调整|"
                                           "命名更名|更名命名)(?:道路|路名|地名)?$")));
    if (actOnly.match(folded).hasMatch()) {
        SectionHeading h;
        h.start = line.offset;
        h.end = line.offset + line.size();
        h.title = text.cut(0, text.size());
        h.action = soleActionOf(folded, g.actionKeywords);
        h.rank = 0;
        return h;
    }
    if (looksLikeItem(folded, kindOfChange || (count.hasMatch() &&
                                               text.folded.sliced(count.capturedEnd()).trimmed().isEmpty())))
        return std::nullopt;

    SectionHeading h;
    h.start = line.offset;
    h.end = line.offset + line.size();
    TextSlice title = text;
    if (count.hasMatch()) {
        h.declaredCount = parseCount(count.capturedLength(u"count") > 0 ? count.capturedView(u"count")
                                                                        : count.capturedView(u"bare"));
        title = text.mid(0, count.capturedStart());
    }
    h.title = title.cut(0, title.size());
    const bool namesAct = actionOfKeywords(title.folded, g.actionKeywords).has_value();
    h.action = soleActionOf(title.folded, g.actionKeywords);

    Place place;
    if (const auto paren = g.headingParenPlace.match(title.folded); paren.hasMatch()) {
        place = readPlace(title.mid(paren.capturedStart(u"place"), paren.capturedLength(u"place")));
        // "甲高新区(乙街道)": the place before the brackets is the district of the 街道 in them.
        const TextSlice before = title.mid(0, paren.capturedStart());
        if (place.district.isEmpty() && g.barePlaceLine.match(before.folded).hasMatch()) {
            const Place outer = readPlaceAfterLeadIn(before);
            place.district = outer.district;
            if (outer.evidence.contains(FieldId::District))
                place.evidence.insert(FieldId::District, outer.evidence.value(FieldId::District));
        }
    } else if (const auto bare = g.barePlaceLine.match(title.folded); bare.hasMatch())
        // "新乡平原城乡一体化示范区": a line that is only a place is read whole (城乡 holds no 乡 of its
        // own).
        place = readPlaceAfterLeadIn(title.mid(bare.capturedStart(u"place"), bare.capturedLength(u"place")));
    else if (const auto lead = g.headingPlace.match(title.folded.trimmed()); lead.hasMatch()) {
        // "现对位于A区的以下道路予以命名": the words before the place are not part of it.
        const qsizetype at = title.folded.indexOf(lead.capturedView(u"place"));
        place = readPlaceAfterLeadIn(title.mid(at, lead.capturedLength(u"place")));
        // "A区B新区181条道路…": a heading over roads of several districts says of none which it is in.
        if (g.district.match(title.folded.mid(at + lead.capturedLength(u"place"))).hasMatch())
            place = {};
    }
    h.district = place.district;
    h.subdistricts = place.subdistricts;
    if (count.hasMatch() && count.capturedLength(u"at") > 0 && h.subdistricts.isEmpty())
        h.subdistricts =
            readPlace(text.mid(count.capturedStart(u"at"), count.capturedLength(u"at"))).subdistricts;

    const bool marked = markerEnd > 0;
    // "鸠江区:3条道路获得新名": a place, a colon, a subtitle (news and reposts head their sections so).
    const bool placeColon = !place.isEmpty() && g.headingPlace.match(title.folded.trimmed()).hasMatch() &&
                            title.folded.trimmed().indexOf(u':') ==
                                g.headingPlace.match(title.folded.trimmed()).capturedEnd(u"place");
    const bool onlyPlace = (g.barePlaceLine.match(title.folded).hasMatch() && !place.isEmpty()) || placeColon;
    const bool kindLine = namesAct && (h.declaredCount || folded.contains(QStringLiteral("道路")));
    // An unmarked line is a heading only when it is nothing but a place, or names a kind of road.
    if (!marked && !onlyPlace && !kindLine)
        return std::nullopt;
    if (!h.subdistricts.isEmpty())
        h.rank = 2;
    else if (!h.district.isEmpty())
        h.rank = 1;
    else if (namesAct)
        h.rank = 0;
    return h;
}

} // namespace luming
