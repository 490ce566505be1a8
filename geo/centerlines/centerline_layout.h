// A road layer as the real geometry of a project's roads (issue 11 point 7): each notice's roads matched to
// the layer's lines (CenterlineMatcher), the ones that pass drawn from the layer (geometry_source
// layer:<file>, with their residuals), the rest laid out again around them (matched roads are fixed for the
// solver) and given a finding that says which check failed and by how much. The layout report gets one
// "centerline" row per road and a summary row of the counts.
#pragma once

#include "centerlines/centerline_matcher.h"
#include "centerlines/centerline_options.h"
#include "core/feedback.h"
#include "core/project.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace luming {

struct CenterlineOutcome {
    QString error; // the layer could not be read (names the file): the project is unchanged
    QStringList warnings;
    int matched = 0;
    int failed = 0;
    QHash<CenterlineCheck, int> failedBy; // each failure by the check it failed
    qsizetype layerLines = 0;
    double readMs = 0;  // reading the layer
    double matchMs = 0; // matching and laying out again
};

// Changes `project` in place (its roads, layout report and layout findings), notice by notice; a notice
// whose region is unknown is left as it is (a warning says so). Cancelled: the project is unchanged.
[[nodiscard]] CenterlineOutcome useCenterlines(Project& project, const CenterlineOptions& options,
                                               Feedback* feedback = nullptr);

// Same with a network already read (in the metric CRS of every notice's region).
[[nodiscard]] CenterlineOutcome useCenterlines(Project& project, const CenterlineNetwork& network,
                                               const CenterlineOptions& options);

} // namespace luming
