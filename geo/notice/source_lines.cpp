#include "notice/source_lines.h"

#include "notice/glued_table.h"
#include "text/cjk_chars.h"

#include <algorithm>

namespace luming {

namespace {

// First normalised index in [lo, hi] whose original offset is at least `original`. The normaliser never
// adds characters, so a line that begins d characters later in the original begins at most d later
// in the normalised text: the caller bounds `hi` by that.
qsizetype firstAtOrAfter(const NormalizedText& norm, qsizetype original, qsizetype lo, qsizetype hi) {
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (norm.toOriginal(mid) < original)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

// A printed line break inside an item marker ("(三" | "十一)", as a PDF text layer wraps it) is no line
// start: the marker is one token, and the normaliser has already joined it.
bool insideMarker(const QString& text, qsizetype at) {
    qsizetype b = at;
    while (b > 0 && at - b < 6 && isChineseNumeral(text[b - 1].unicode()))
        --b;
    if (b == at || b == 0 || text[b - 1] != u'(')
        return false;
    qsizetype e = at;
    while (e < text.size() && e - at < 6 && isChineseNumeral(text[e].unicode()))
        ++e;
    return e > at && e < text.size() && text[e] == u')';
}

// A table whose separators were lost runs on in one line with the words around it ("…公示如下:一、道路
// 命名表序号拟名称…1涌秀巷…2…二、道路示意图"): the introduction before it, its header, each of its rows
// and what follows it are read as lines of their own.
QList<SourceLine> splitGluedTables(const NormalizedText& norm, const QList<SourceLine>& lines) {
    QList<SourceLine> out;
    out.reserve(lines.size());
    for (const SourceLine& line : lines) {
        const QStringView text = QStringView(norm.text()).sliced(line.from, line.to - line.from);
        const QList<std::pair<qsizetype, qsizetype>> spans =
            text.contains(u'号') || text.contains(u'號')
                ? gluedTableSpans(text, QStringView(norm.original())
                                            .sliced(line.originalFrom, line.originalTo - line.originalFrom))
                : QList<std::pair<qsizetype, qsizetype>>();
        if (spans.isEmpty()) {
            out.append(line);
            continue;
        }
        QList<std::pair<qsizetype, qsizetype>> parts{{0, spans.first().first}};
        parts += spans;
        parts.append({spans.last().second, text.size()});
        for (const auto& [from, to] : parts) {
            qsizetype a = line.from + from;
            qsizetype b = line.from + to;
            while (a < b && norm.text()[a].isSpace())
                ++a;
            while (b > a && norm.text()[b - 1].isSpace())
                --b;
            if (a >= b)
                continue;
            SourceLine part = line;
            part.from = a;
            part.to = b;
            part.originalFrom = norm.toOriginal(a);
            part.originalTo = b == line.to ? line.originalTo : norm.toOriginal(b);
            out.append(part);
        }
    }
    return out;
}

} // namespace

QList<SourceLine> sourceLines(const NormalizedText& norm, qsizetype from, qsizetype to) {
    const QString& text = norm.text();
    const QString& original = norm.original();
    to = std::min(to, text.size());
    QList<qsizetype> starts{from};
    qsizetype prevNorm = from;
    qsizetype prevOrig = norm.toOriginal(from);
    const qsizetype origEnd = norm.toOriginal(to);
    // Searches stop at the end of the range: a gazette of many notices on one printed line would
    // otherwise be scanned to its end once per notice.
    const auto breakAt = [&original, origEnd](qsizetype from) -> qsizetype {
        if (from >= origEnd)
            return -1;
        const qsizetype at = QStringView(original).sliced(from, origEnd - from).indexOf(u'\n');
        return at < 0 ? -1 : from + at;
    };
    for (qsizetype nl = breakAt(prevOrig); nl >= 0 && nl + 1 < origEnd; nl = breakAt(nl + 1)) {
        const qsizetype lineOrig = nl + 1;
        const qsizetype hi = std::min(to, prevNorm + (lineOrig - prevOrig) + 1);
        const qsizetype at = firstAtOrAfter(norm, lineOrig, prevNorm, hi);
        if (at > starts.last() && at < to && !insideMarker(text, at))
            starts.append(at);
        prevNorm = at;
        prevOrig = lineOrig;
    }
    // Line breaks the normaliser put in (OCR merged two items on one line) are line starts too.
    const QStringView range = QStringView(text).sliced(std::min(from, to), std::max<qsizetype>(0, to - from));
    for (qsizetype nl = range.indexOf(u'\n'); nl >= 0 && from + nl + 1 < to;
         nl = range.indexOf(u'\n', nl + 1))
        starts.append(from + nl + 1);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    QList<SourceLine> lines;
    lines.reserve(starts.size());
    qsizetype nextBreak = breakAt(norm.toOriginal(from));
    for (qsizetype i = 0; i < starts.size(); ++i) {
        SourceLine line;
        line.from = starts[i];
        line.to = i + 1 < starts.size() ? starts[i + 1] : to;
        while (line.to > line.from && (text[line.to - 1] == u'\n' || text[line.to - 1] == u' '))
            --line.to;
        while (line.from < line.to && text[line.from] == u' ')
            ++line.from;
        if (line.from >= line.to)
            continue;
        line.originalFrom = norm.toOriginal(line.from);
        line.originalTo = norm.toOriginal(line.to);
        // The printed line runs to its own line break. Lines come in order, so the break found for one
        // line serves the next ones until they pass it: one scan of the original in all (a search per
        // line would rescan a long printed line once for every line the normaliser split it into).
        if (nextBreak >= 0 && nextBreak < line.originalFrom)
            nextBreak = breakAt(line.originalFrom);
        if (nextBreak >= 0 && nextBreak < line.originalTo)
            line.originalTo = nextBreak;
        lines.append(line);
    }
    return splitGluedTables(norm, lines);
}

} // namespace luming
