// The closed vocabularies of a road record and its geometry. Modules pass these values; the printed
// words and file codes ("东南", "L", "schematic") live only in the code tables of road_codes.cpp, used
// where text is read (notice grammar, JSON, GeoPackage) or written (JSON, CSV, GeoPackage, export).
#pragma once

#include <QPointF>
#include <QString>
#include <optional>
#include <utility>

namespace luming {

// A compass direction as a notice prints it (东起, 西南至 …); None when the text gives none.
enum class Direction { None, East, SouthEast, South, SouthWest, West, NorthWest, North, NorthEast };

// The direction pointing the other way (东 ↔ 西, 东南 ↔ 西北); None stays None.
Direction opposite(Direction direction);
// Unit vector in a metres frame (x east, y north); diagonals have both components 1/√2; None → (0, 0).
QPointF unitVector(Direction direction);

// How the road runs, as the notice says or its headings make it.
enum class Shape { None, Straight, L, Z, Loop, Turn };

// How a road's line was made.
enum class GeometrySource { None, Schematic, Layer };

// Where the layout put a road: at a named anchor, in its district, at the city fallback centre.
// Layer: the cluster holds roads taken from a centerline layer and stays where they are.
enum class Placement { None, Anchor, District, City, Layer };

// Kinds of layout report rows.
// Bend, Crossing, Overlap: a straight road drawn bent, two same-orientation roads crossing, two roads running
// together (issue 9 point 5); Readability: the one-line summary of those and the worst figures.
enum class ReportKind {
    Length,
    Tie,
    Direction,
    Order,
    Anchor,
    Conflict,
    InsideDistrict,
    Bend,
    Crossing,
    Overlap,
    Readability,
    Centerline, // a road matched to a centerline layer, or why not; and the matched / failed counts
};

// Code tables: the words and codes on disk and in the notices. xFromCode(code) is nullopt for an
// unknown code; the empty code is the None value where there is one.
QString directionCode(Direction direction); // "东南"; "" for None
std::optional<Direction> directionFromCode(QStringView code);
QString shapeCode(Shape shape); // "straight", "L", "Z", "loop", "turn"; "" for None
std::optional<Shape> shapeFromCode(QStringView code);
QString geometrySourceCode(GeometrySource source); // "schematic", "layer"; "" for None
std::optional<GeometrySource> geometrySourceFromCode(QStringView code);
// geometry_source as stored and exported: the code, for Layer "layer:<file>" (file: the layer's file name).
QString geometrySourceText(GeometrySource source, const QString& file);
// Back: "layer:roads.gpkg" → (Layer, "roads.gpkg"), "schematic" → (Schematic, ""); nullopt for an unknown
// code.
std::optional<std::pair<GeometrySource, QString>> geometrySourceFromText(QStringView text);
QString placementCode(Placement placement); // "anchor", "district", "city", "layer"; "" for None
std::optional<Placement> placementFromCode(QStringView code);
QString reportKindCode(ReportKind kind); // "length", "tie", …, "inside_district"
std::optional<ReportKind> reportKindFromCode(QStringView code);

} // namespace luming
