// Checks a parsed notice and records what a planner must look at, as findings (data, not logs):
// counts against the declared ones, numbering, unreadable items, name variants (one character or
// 繁/简 apart), endpoints that are not roads of the notice, impossible values.
#pragma once

#include "core/notice.h"
#include "notice/item_splitter.h"

namespace luming {

struct ItemProblem {
    int seq = 0;
    QString text;        // the item as printed
    QStringList missing; // fields not read
};

// Appends findings to notice.findings. `problems` are items the parser could not read fully.
void validateNotice(Notice& notice, const QList<ItemProblem>& problems);

} // namespace luming
