// Finds a project's records by key or by name, and words the hover tooltip. Holds pointers into the
// Project it was built from: rebuild it whenever that Project changes.
#pragma once

#include "road_key.h"

#include <QCoreApplication>
#include <QString>

namespace luming {
struct Notice;
struct Project;
struct RoadRecord;
} // namespace luming

namespace luming::app {

class RoadLookup {
    Q_DECLARE_TR_FUNCTIONS(RoadLookup)
public:
    RoadLookup() = default;
    explicit RoadLookup(const Project& project);

    const RoadRecord* record(const RoadKey& key) const;
    const Notice* notice(const RoadKey& key) const;
    // The road printed with this name (the first, in notice order); failing that the first whose name key
    // is the same (NameKey: spaces, 繁/简, look-alikes: 荷叶路 → 荷葉路, 凤集路 → 风集路). Invalid key when
    // none.
    RoadKey findByName(const QString& name) const;

    // "祈福街 — 447 m long, 18 m wide — 东 观音祠路 → 西 规划十号支路" as rich text lines.
    QString toolTip(const RoadKey& key) const;

private:
    const Project* project_ = nullptr; // joins through Project::recordOf (one table, built once)
};

} // namespace luming::app
