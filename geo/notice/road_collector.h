// Gathers the roads of one notice body from every reader — numbered items, table rows, prose — in
// reading order, with the place the introduction gives all of them as their last fallback.
#pragma once

#include "core/feedback.h"
#include "notice/item_parser.h"
#include "notice/item_splitter.h"
#include "notice/matching_text.h"
#include "notice/place_reader.h"
#include "notice/prose_reader.h"
#include "text/normalized_text.h"

#include <optional>

namespace luming {

// A road read by any of the readers, before numbering and validation.
struct CollectedRoad {
    ItemParse parsed;
    std::optional<int> printedSeq;
    qsizetype from = 0; // normalised span of the item as printed
    qsizetype to = 0;
    int section = -1;
    ProseRecord::Phase phase = ProseRecord::Phase::None;
};

struct CollectedRoads {
    QList<CollectedRoad> roads;       // in reading order
    QList<ProseRecord> structures;    // bridges and tunnels described like roads
    QList<SourceLine> proseLines;     // free lines that are not table rows
    QList<SourceLine> tableHeaders;   // the header lines of the tables read: read, though no record
    QList<DeclaredCount> groupCounts; // "三条道路依次命名为X、Y": the count a group naming states
    bool cancelled = false;           // the feedback asked to stop: the lists are partial, use none of them
};

// Lines and items between two looks at Feedback::isCanceled() (and progress updates).
inline constexpr qsizetype kFeedbackEvery = 64;

[[nodiscard]] CollectedRoads collectRoads(const MatchingText& text, const NormalizedText& norm,
                                          const BodySplit& split, const Place& preamblePlace,
                                          Feedback* feedback = nullptr);

} // namespace luming
