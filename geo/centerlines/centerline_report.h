// What a match says in the layout report and, for a road that stays schematic, in a finding.
#pragma once

#include "centerlines/centerline_matcher.h"
#include "core/geometry_types.h"
#include "core/notice.h"

#include <QHash>

namespace luming {

// The "centerline" row of one road: taken (with its residuals) or why not.
[[nodiscard]] LayoutReportRow centerlineRow(const NoticeId& notice, const RoadRecord& record,
                                            const CenterlineMatch& match, const CenterlineOptions& options,
                                            const QString& fileName);

// The finding of a road that stays schematic (FindingCode::CenterlineRejected); matched roads have none.
[[nodiscard]] Finding centerlineFinding(const RoadRecord& record, const CenterlineMatch& match,
                                        const CenterlineOptions& options, const QString& fileName);

// The summary row: how many roads were taken, how many stay schematic and why.
[[nodiscard]] LayoutReportRow centerlineSummaryRow(const NoticeId& notice, int matched,
                                                   const QHash<CenterlineCheck, int>& failedBy,
                                                   const QString& fileName);

// Why a road stays schematic, in English: a word of the findings' table, translated when shown.
[[nodiscard]] QString centerlineCheckText(CenterlineCheck check);

} // namespace luming
