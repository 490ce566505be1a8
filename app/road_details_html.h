// The details of one road as an HTML page: every record field, the item as printed, where it was
// published, and the findings and layout misfits that concern it. Kept apart from the widget so
// tests can read what a planner will see.
#pragma once

#include "core/road_enums.h"
#include "road_key.h"

#include <QCoreApplication>
#include <QString>

namespace luming {
struct Project;
struct RoadRecord;
} // namespace luming

namespace luming::app {

class RoadDetailsHtml {
    Q_DECLARE_TR_FUNCTIONS(RoadDetailsHtml)
public:
    // Empty string when the project holds no such road.
    [[nodiscard]] static QString build(const Project& project, const RoadKey& key);
    // Shown while no road is selected: each notice's title, provenance, roads per district (declared
    // and read) and all of its findings.
    [[nodiscard]] static QString summary(const Project& project);

private:
    // The record's rows, iterating the record field table.
    [[nodiscard]] static QString recordRows(const RoadRecord& road);
    [[nodiscard]] static QString placementText(Placement placement);
};

} // namespace luming::app
