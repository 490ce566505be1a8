// What the user asked an export to produce: format, CRS, shapefile encoding, target path, and the
// Feedback a front end uses to show progress and cancel.
#pragma once

#include "core/road_id.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace luming {
class Feedback;
}

namespace luming {

enum class ExportFormat { Shapefile, GeoPackage, GeoJson, Kml, Csv };
enum class ExportCrs { Cgcs2000Geographic, Wgs84Geographic, Cgcs2000GaussKruger117 }; // 4490, 4326, 4548
enum class ShapefileEncoding { Utf8, Gbk }; // GBK = code page 936, for older ArcGIS
// An output that is already there is someone's work: refused unless replacing it was asked for
// (`luming export --overwrite`, as ogr2ogr; the viewer's dialog after asking).
enum class ExistingOutput { Refuse, Replace };

struct ExportOptions {
    ExportFormat format = ExportFormat::Shapefile;
    // Unset: the format's own default (EPSG:4490; EPSG:4326 for GeoJSON and KML, which only allow it).
    std::optional<ExportCrs> crs;
    ShapefileEncoding encoding = ShapefileEncoding::Utf8; // GBK is refused for the other formats
    QString path; // the file to produce; the format's extension is appended when missing
    ExistingOutput existing = ExistingOutput::Refuse;
    // Files open elsewhere (the viewer's extra layers): never replaced, even with Replace.
    QStringList openFiles;
    // Only these roads (the viewer's selection, one 区); unset = every road of the project.
    std::optional<QSet<RoadId>> only;
    // Progress per feature written (100 once the files are in place); cancel polled before each feature
    // and before the files replace the old ones: a cancelled export leaves nothing behind and any earlier
    // file as it was. Not owned; may be null.
    Feedback* feedback = nullptr;
};

// The command-line spellings: "shp" "gpkg" "geojson" "kml" "csv"; "EPSG:4490" "EPSG:4326" "EPSG:4548"
// (a bare number too); "UTF-8" "GBK" (also "utf8", "cp936", "936"). nullopt for anything else.
std::optional<ExportFormat> exportFormatFromCode(const QString& code);
std::optional<ExportCrs> exportCrsFromCode(const QString& code);
std::optional<ShapefileEncoding> shapefileEncodingFromCode(const QString& code);

QString exportFormatCode(ExportFormat format);             // "shp", …
QString exportFormatExtension(ExportFormat format);        // "shp", "gpkg", "geojson", "kml", "csv"
QString exportCrsCode(ExportCrs crs);                      // "EPSG:4548"
int exportCrsEpsg(ExportCrs crs);                          // 4548
QString shapefileEncodingCode(ShapefileEncoding encoding); // "UTF-8" | "GBK"
QStringList exportFormatCodes();                           // for help texts

} // namespace luming
