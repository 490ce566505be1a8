#include "notice/item_splitter.h"

#include "notice/chinese_numeral.h"
#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

namespace {

struct Mark {
    qsizetype start = -1;
    qsizetype textStart = -1;
    QString numeral;
    QString style;
    bool isValid() const { return start >= 0; }
};

// The marker a line begins with, in the grammar's order of styles.
Mark leadingMarker(const MatchingText& text, const SourceLine& line, const QString& original) {
    const auto& g = NoticeGrammar::instance();
    for (const auto& style : g.itemMarkers) {
        if (style.text == MarkerText::Original) {
            const auto m = style.regex.match(
                QStringView(original).mid(line.originalFrom, line.originalTo - line.originalFrom), 0,
                QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                continue;
            // The normalised line begins with the same number (the space after it is gone).
            const QString num = m.captured(u"num");
            if (QStringView(text.folded()).mid(line.from, num.size()) != num)
                continue;
            return {line.from, line.from + num.size(), num, style.name};
        }
        const auto m =
            style.regex.match(QStringView(text.folded()).mid(line.from, line.to - line.from), 0,
                              QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            return {line.from, line.from + m.capturedEnd(), m.captured(u"num"), style.name};
    }
    return {};
}

// Markers that may stand anywhere ("(三十一)" after item 30 on the same OCR line), after `from`.
QList<Mark> inlineMarkers(const MatchingText& text, qsizetype from, qsizetype to) {
    const auto& g = NoticeGrammar::instance();
    QList<Mark> marks;
    for (const auto& style : g.itemMarkers) {
        if (style.place != MarkerPlace::Anywhere)
            continue;
        auto it = style.regex.globalMatch(QStringView(text.folded()).mid(from, to - from));
        while (it.hasNext()) {
            const auto m = it.next();
            marks.append({from + m.capturedStart(), from + m.capturedEnd(), m.captured(u"num"), style.name});
        }
    }
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.start < b.start; });
    return marks;
}

bool hasContent(const MatchingText& text, qsizetype from, qsizetype to) {
    return NoticeGrammar::instance()
        .itemContent.match(QStringView(text.folded()).mid(from, to - from))
        .hasMatch();
}

// A line the normaliser joined to the one before (OCR broke it) belongs to whatever came before.
bool joinedToPrevious(const MatchingText& text, const SourceLine& line) {
    return line.from > 0 && text.shown()[line.from - 1] != u'\n';
}

void applyHeading(ItemContext& ctx, const SectionHeading& h) {
    if (h.action)
        ctx.action = h.action;
    switch (h.rank) {
    case 0:
        ctx.district.clear();
        ctx.subdistricts.clear();
        break;
    case 1:
        ctx.district = h.district;
        ctx.subdistricts = h.subdistricts;
        break;
    case 2:
        if (!h.district.isEmpty())
            ctx.district = h.district;
        ctx.subdistricts = h.subdistricts;
        break;
    default:
        break;
    }
}

} // namespace

BodySplit splitBody(const MatchingText& text, const QList<SourceLine>& lines, const QString& original,
                    const QSet<qsizetype>& tableLines) {
    const auto& g = NoticeGrammar::instance();
    BodySplit split;
    ItemContext ctx;
    bool inItem = false;

    auto closeItem = [&](qsizetype at) {
        if (!inItem)
            return;
        ItemSpan& item = split.items.last();
        qsizetype end = std::max(at, item.textStart);
        while (end > item.textStart && text.shown()[end - 1].isSpace())
            --end;
        item.end = end;
        inItem = false;
    };
    auto openItem = [&](const Mark& m) {
        ItemSpan item;
        item.numeral = m.numeral;
        item.seq = parseCount(m.numeral);
        item.style = m.style;
        item.markerStart = m.start;
        item.textStart = m.textStart;
        item.end = m.textStart;
        item.section = int(split.sections.size()) - 1;
        item.context = ctx;
        split.items.append(item);
        inItem = true;
        if (split.firstStructure < 0)
            split.firstStructure = m.start;
    };

    for (qsizetype li = 0; li < lines.size(); ++li) {
        const SourceLine& line = lines[li];
        const TextSlice ls = text.slice(line.from, line.to);
        if (!split.items.isEmpty() && g.trailerLine.match(ls.folded).hasMatch()) {
            closeItem(line.from);
            split.trailerStart = line.from;
            break;
        }
        if (tableLines.contains(li)) {
            closeItem(line.from);
            split.freeLines.append(line);
            split.freeContexts.append(ctx);
            if (split.firstStructure < 0)
                split.firstStructure = line.from;
            continue;
        }
        const Mark lead = leadingMarker(text, line, original);
        if (const auto heading = readHeading(ls, lead.isValid() ? lead.textStart - line.from : 0)) {
            closeItem(line.from);
            split.sections.append(*heading);
            applyHeading(ctx, *heading);
            if (split.firstStructure < 0)
                split.firstStructure = line.from;
            continue;
        }

        QList<Mark> marks;
        const bool nextJoined = li + 1 < lines.size() && joinedToPrevious(text, lines[li + 1]);
        if (lead.isValid() && (hasContent(text, lead.textStart, line.to) || nextJoined))
            marks.append(lead);
        for (const Mark& m : inlineMarkers(text, lead.isValid() ? lead.textStart : line.from, line.to))
            marks.append(m);
        // An inline marker counts only when the text up to the next marker reads like an item.
        for (qsizetype i = marks.size() - 1; i >= 0; --i) {
            const qsizetype to = i + 1 < marks.size() ? marks[i + 1].start : line.to;
            if (marks[i].style != lead.style || marks[i].start != lead.start)
                if (!hasContent(text, marks[i].textStart, to) && !(i + 1 == marks.size() && nextJoined))
                    marks.removeAt(i);
        }

        if (marks.isEmpty()) {
            const bool continues =
                inItem && (joinedToPrevious(text, line) || hasContent(text, line.from, line.to));
            if (!continues) {
                closeItem(line.from);
                split.freeLines.append(line);
                split.freeContexts.append(ctx);
            }
            continue;
        }
        if (marks.first().start > line.from) {
            // Text before the first marker on the line continues the item before, or is free.
            if (!inItem) {
                SourceLine head = line;
                head.to = marks.first().start;
                split.freeLines.append(head);
                split.freeContexts.append(ctx);
            }
        }
        for (const Mark& m : marks) {
            closeItem(m.start);
            openItem(m);
        }
    }
    if (inItem)
        closeItem(split.trailerStart >= 0 ? split.trailerStart : (lines.isEmpty() ? 0 : lines.last().to));
    return split;
}

} // namespace luming
