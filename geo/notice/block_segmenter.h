// The segment stage of the reader (issue 8): a notice body as blocks — headings, list items, table rows
// and paragraphs — each with its span in the normalised text and its printed lines. List items start
// at any line-start shape that repeats (item_splitter, list_starts), table rows come from line tables
// and flattened tables with their cells in place (table_row_reader, flat_table), and what is neither
// is a paragraph.
#pragma once

#include "notice/matching_text.h"
#include "text/normalized_text.h"

#include <QList>
#include <QStringList>

namespace luming {

enum class BlockKind { Heading, ListItem, TableRow, Paragraph };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    qsizetype from = 0; // normalised offsets, [from, to)
    qsizetype to = 0;
    int firstLine = 0; // printed lines, 1-based
    int lastLine = 0;
    QString marker;    // list item: its marker style or list-start shape ("arabic-dot", "bullet ◆")
    QString name;      // list item: a name the segmenter read (`X,…`, X alone on its line)
    QStringList cells; // table row: its cells in column order, blanks empty
};

// The blocks of normalised [from, to) of `text`, in reading order.
[[nodiscard]] QList<Block> segmentBody(const MatchingText& text, const NormalizedText& norm, qsizetype from,
                                       qsizetype to);

// The blocks of a whole text (tests and tools): normalised, folded and segmented from start to end.
[[nodiscard]] QList<Block> segmentText(const QString& original);

} // namespace luming
