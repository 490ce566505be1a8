// Nothing unread goes unsaid (issue 8 point 4): a line of a notice body that holds a road-like name and a
// course, measure or act cue, but that no record was read from, becomes an unread_candidate finding
// quoting it with its line.
#pragma once

#include "core/notice.h"
#include "notice/matching_text.h"
#include "notice/source_lines.h"
#include "text/normalized_text.h"

#include <QList>

namespace luming {

struct ReadSpan {
    qsizetype from = 0; // normalised offsets of text a record (or a reported non-road) was read from
    qsizetype to = 0;
};

// True when `folded` mentions something that ends like a road (路, 街, 胡同 …; not 道路, 街道, 路段).
[[nodiscard]] bool mentionsRoad(QStringView folded);
// True when `folded` reads like a road record: a road mention and a course, measure or act cue.
[[nodiscard]] bool looksLikeRecord(QStringView folded);

// One finding per line of `lines` that looks like a record and overlaps no span of `read`.
[[nodiscard]] QList<Finding> unreadCandidates(const MatchingText& text, const NormalizedText& norm,
                                              const QList<SourceLine>& lines, const QList<ReadSpan>& read);

} // namespace luming
