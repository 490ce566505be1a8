// Splits a notice body into section headings, numbered items, closing lines and the lines left over
// (read as tables and prose). Items are numbered in any of the grammar's marker styles; a marked line
// that only names a place or a kind of road is a heading.
#pragma once

#include "notice/heading_reader.h"
#include "notice/item_parser.h"
#include "notice/matching_text.h"
#include "notice/source_lines.h"
#include "notice/table_cells.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace luming {

struct ItemSpan {
    QString numeral; // as printed: "五十九", "3"
    std::optional<int> seq;
    QString style;             // the marker style: "paren-cn", "arabic-dot", …
    qsizetype markerStart = 0; // absolute offsets in the normalised text
    qsizetype textStart = 0;   // after the marker
    qsizetype end = 0;
    int section = -1; // innermost heading, -1 before any
    // A name the segmenter read where the item reader has no pattern for it (`X,…`, X alone on its
    // line): the item is read as the description from bodyStart of the road `name`.
    QString name;
    qsizetype bodyStart = 0;
    // Opened only because its marker repeats, with none of an item's words: a road only if it is
    // named like one.
    bool shapeOnly = false;
    ItemContext context; // from the headings above the item
};

struct BodySplit {
    QList<SectionHeading> sections;
    QList<ItemSpan> items;
    QList<SourceLine> freeLines; // lines in no item, heading or closing part
    // The context the headings give at the start of each free line (same order as freeLines).
    QList<ItemContext> freeContexts;
    qsizetype trailerStart = -1;   // the first closing / signature / date line after an item, -1 if none
    qsizetype firstStructure = -1; // first heading or item, -1 if none
    // Whether any line of the body is a table's: without one, the free lines (a subset) hold none either,
    // and the table readers need not look again.
    bool hasTables = false;
    QList<TableGrid> tables; // line indices into freeLines
};

// Reads normalised [bodyStart, bodyEnd) of `text` (whose lines are `lines`).
// The lines of `tables` (grids found among `lines`, by index) are table rows: they end an item and stay
// free; the split keeps the grids, their indices into its free lines.
[[nodiscard]] BodySplit splitBody(const MatchingText& text, const QList<SourceLine>& lines,
                                  const NormalizedText& norm, const QList<TableGrid>& tables);

} // namespace luming
