// Plain geometry values shared by layout, store, export and the viewer. Coordinates are
// always (lon, lat) in degrees, CGCS2000 (EPSG:4490), unless a name says metres.
#pragma once

#include "core/road_enums.h"
#include "core/road_id.h"

#include <QList>
#include <QString>
#include <optional>

namespace luming {

struct LonLat {
    double lon = 0;
    double lat = 0;
};

using LonLatLine = QList<LonLat>;
using LonLatRing = QList<LonLat>;

// The drawn line of one road of one notice.
struct RoadGeometry {
    RoadId id; // the record it draws
    LonLatLine points;
    GeometrySource source = GeometrySource::Schematic; // how the line was made
    double drawnLengthM = 0;                           // along the line, in metres of the region's GK zone
    Placement placement = Placement::None;             // what the layout placed it by
    // GeometrySource::Layer: the layer file the line was taken from (its file name), and how the line meets
    // the text in metres — each end's distance to the named start / end road, drawn minus stated length.
    // nullopt where the text gives nothing to check.
    QString sourceFile{};
    std::optional<double> startGapM{};
    std::optional<double> endGapM{};
    std::optional<double> lengthErrorM{};
};

// One administrative polygon (rings: first outer, then holes; several parts allowed).
struct DistrictPolygon {
    QString name;
    QString adcode;
    QList<QList<LonLatRing>> parts;
    QString source;
};

// One line of the layout report: a road's stated vs drawn length, a tie's distance, a cluster anchor.
struct LayoutReportRow {
    NoticeId notice;
    int seq = 0; // 0 for cluster rows
    QString name;
    ReportKind kind = ReportKind::Length;
    QString detail; // human-readable
    double valueM = 0;
};

} // namespace luming
