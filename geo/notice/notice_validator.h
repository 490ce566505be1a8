// Checks a parsed notice and records what a planner must look at, as findings (data, not logs):
// counts against the declared ones, numbering, unreadable items, name variants (one character or
// 繁/简 apart), endpoints that are not roads of the notice, impossible values.
#pragma once

#include "core/notice.h"

namespace luming {

struct ItemProblem {
    int seq = 0;
    QString text;        // the item as printed
    QStringList missing; // fields not read
};

// A count the notice declares (a heading's "(9条)", "16条道路更名") and how many roads were read for it.
struct DeclaredCount {
    QString label; // "市中区", "renamed"
    int declared = 0;
    int read = 0;
};

struct ValidationInput {
    QList<ItemProblem> problems;   // items the parser could not read fully
    QList<DeclaredCount> counts;   // per heading and per kind (the total is checked from the notice)
    QList<QList<int>> numberRuns;  // printed item numbers, one list per independently numbered run
    QList<Finding> readerFindings; // what the readers noticed (names that disagree, bridges, …)
};

// Appends findings to notice.findings.
void validateNotice(Notice& notice, const ValidationInput& input);

} // namespace luming
