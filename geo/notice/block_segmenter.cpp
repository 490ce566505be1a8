#include "notice/block_segmenter.h"

#include "notice/item_splitter.h"
#include "notice/source_lines.h"
#include "notice/table_row_reader.h"

#include <algorithm>

namespace luming {

namespace {

Block spanBlock(BlockKind kind, const NormalizedText& norm, qsizetype from, qsizetype to) {
    Block b;
    b.kind = kind;
    b.from = from;
    b.to = to;
    b.firstLine = norm.lineAt(norm.toOriginal(from));
    b.lastLine = norm.lineAt(norm.toOriginal(std::max(from, to - 1)));
    return b;
}

} // namespace

QList<Block> segmentBody(const MatchingText& text, const NormalizedText& norm, qsizetype from, qsizetype to) {
    const QList<SourceLine> lines = sourceLines(norm, from, to);
    const BodySplit split = splitBody(text, lines, norm, tableGrids(lines, norm.original()));
    QList<Block> blocks;
    for (const auto& h : split.sections)
        blocks.append(spanBlock(BlockKind::Heading, norm, h.start, h.end));
    for (const auto& item : split.items) {
        Block b = spanBlock(BlockKind::ListItem, norm, item.markerStart, item.end);
        b.marker = item.style;
        b.name = item.name;
        blocks.append(b);
    }
    QList<bool> inTable(split.freeLines.size(), false);
    for (const TableGrid& grid : tableGrids(split.freeLines, norm.original())) {
        for (const qsizetype i : grid.headerLines)
            inTable[i] = true;
        for (const auto& row : grid.rows) {
            Block b = spanBlock(BlockKind::TableRow, norm, split.freeLines[row.lines.first()].from,
                                split.freeLines[row.lines.last()].to);
            b.cells = row.cells;
            blocks.append(b);
            for (const qsizetype i : row.lines)
                inTable[i] = true;
        }
    }
    for (qsizetype i = 0; i < split.freeLines.size(); ++i)
        if (!inTable[i])
            blocks.append(
                spanBlock(BlockKind::Paragraph, norm, split.freeLines[i].from, split.freeLines[i].to));
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const Block& a, const Block& b) { return a.from < b.from; });
    return blocks;
}

QList<Block> segmentText(const QString& original) {
    const NormalizedText norm = NormalizedText::fromOriginal(original);
    const MatchingText text(norm.text());
    return segmentBody(text, norm, 0, text.shown().size());
}

} // namespace luming
