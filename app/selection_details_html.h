// The details page for several roads selected together (a 区 or 街道, or the roads of a finding): what
// was picked, how many roads, and each road's item, name, 街道 and stated length.
#pragma once

#include "road_key.h"

#include <QCoreApplication>
#include <QString>

namespace luming {
struct Project;
}

namespace luming::app {

class SelectionDetailsHtml {
    Q_DECLARE_TR_FUNCTIONS(SelectionDetailsHtml)
public:
    // `place` names the 区/街道 the roads are of; empty for another selection.
    [[nodiscard]] static QString build(const Project& project, const QList<RoadKey>& keys,
                                       const QString& place);
};

} // namespace luming::app
