#include "notice/item_splitter.h"

#include "notice/chinese_numeral.h"
#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

namespace {

// The first line inside [from, to) that closes the notice (signature, date, 印发, 特此通知).
qsizetype findTrailer(const QString& text, qsizetype from, qsizetype to) {
    const auto& trailer = NoticeGrammar::instance().trailerLine;
    for (qsizetype nl = text.indexOf(u'\n', from); nl >= 0 && nl < to; nl = text.indexOf(u'\n', nl + 1)) {
        const qsizetype lineStart = nl + 1;
        if (trailer.match(QStringView(text).mid(lineStart, std::min<qsizetype>(60, to - lineStart)))
                .hasMatch())
            return nl;
    }
    return -1;
}

} // namespace

BodySplit splitBody(const QString& text, qsizetype bodyStart, qsizetype bodyEnd) {
    const auto& g = NoticeGrammar::instance();
    const QStringView body = QStringView(text).mid(bodyStart, bodyEnd - bodyStart);
    BodySplit split;

    // Headings first: their "(N条)" marks them apart from items that share a marker style.
    auto headings = g.sectionHeading.globalMatch(body);
    while (headings.hasNext()) {
        const auto m = headings.next();
        split.sections.append({m.captured(u"title"), parseCount(m.captured(u"count")).value_or(0),
                               bodyStart + m.capturedStart()});
    }

    auto markers = g.itemMarker.globalMatch(body);
    while (markers.hasNext()) {
        const auto m = markers.next();
        ItemSpan item;
        item.numeral = m.captured(u"num");
        item.seq = parseChineseNumeral(item.numeral);
        item.markerStart = bodyStart + m.capturedStart();
        item.textStart = bodyStart + m.capturedEnd();
        split.items.append(item);
    }

    // Each item runs to the next item or heading; the last one to the closing lines.
    for (qsizetype i = 0; i < split.items.size(); ++i) {
        ItemSpan& item = split.items[i];
        qsizetype end = i + 1 < split.items.size() ? split.items[i + 1].markerStart : bodyEnd;
        for (qsizetype s = split.sections.size() - 1; s >= 0; --s) {
            if (split.sections[s].start < item.markerStart) {
                item.section = int(s);
                break;
            }
        }
        for (const auto& section : split.sections)
            if (section.start > item.markerStart && section.start < end)
                end = section.start;
        if (i + 1 == split.items.size()) {
            split.trailerStart = findTrailer(text, item.textStart, end);
            if (split.trailerStart >= 0)
                end = split.trailerStart;
        }
        while (end > item.textStart && text[end - 1].isSpace())
            --end;
        item.end = end;
    }
    const qsizetype firstItem = split.items.isEmpty() ? bodyEnd : split.items.first().markerStart;
    const qsizetype firstSection = split.sections.isEmpty() ? bodyEnd : split.sections.first().start;
    split.preambleEnd = std::min(firstItem, firstSection);
    return split;
}

} // namespace luming
