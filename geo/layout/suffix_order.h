// The order that road names imply: X北街 lies north of X街, which lies north of X南街; X西路 west of X路
// west of X东路 (also 北路/南路, 东街/西街 …).
#pragma once

#include "layout/constraint_graph.h"

#include <QList>
#include <QString>

namespace luming {

class SuffixOrder {
public:
    // Relations between names of the list (indices into it). A leading "规划" is ignored.
    static QList<OrderRelation> relations(const QList<QString>& names);
};

} // namespace luming
