// One road as exported: its notice, its record and (when laid out) its line. Pointers into the
// Project passed to collectRoadRows(), which must outlive the rows.
#pragma once

#include "core/project.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace luming {

struct RoadRow {
    const Notice* notice = nullptr;
    const RoadRecord* record = nullptr;
    const RoadGeometry* geometry = nullptr; // null, or fewer than 2 points: exported without geometry
    std::optional<double> drawnLengthM;     // measured by the exporter in the region's GK zone

    [[nodiscard]] bool hasLine() const { return geometry && geometry->points.size() >= 2; }
    // "济政字〔2021〕62号 #29 港田路" — how messages name a road (an untitled notice by its title line).
    QString label() const;
};

// Every record of every notice, in notice then record order, each joined to its geometry by RoadId
// (Project::geometryOf).
QList<RoadRow> collectRoadRows(const Project& project);

// The roads whose 区 is `district` (exactly, as the notice names it), and the 区 the project names, in
// first-seen order (what `--district` accepts).
QSet<RoadId> roadsOfDistrict(const Project& project, const QString& district);
QStringList districtsOf(const Project& project);

} // namespace luming
