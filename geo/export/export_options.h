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
// 4490, 4326, and the CGCS2000 3° Gauss–Krüger zone of the project's region (EPSG:4534–4554; 济南: 4548).
enum class ExportCrs { Cgcs2000Geographic, Wgs84Geographic, Cgcs2000GaussKruger };
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

// The command-line spellings: "shp" "gpkg" "geojson" "kml" "csv"; "EPSG:4490" "EPSG:4326" and any zone
// "EPSG:4534"–"EPSG:4554" (a bare number too; which zone fits is checked against the region by
// exportCrsZoneMismatch); "UTF-8" "GBK" (also "utf8", "cp936", "936"). nullopt for anything else.
std::optional<ExportFormat> exportFormatFromCode(const QString& code);
std::optional<ExportCrs> exportCrsFromCode(const QString& code);
std::optional<ShapefileEncoding> shapefileEncodingFromCode(const QString& code);

QString exportFormatCode(ExportFormat format);      // "shp", …
QString exportFormatExtension(ExportFormat format); // "shp", "gpkg", "geojson", "kml", "csv"
// regionEpsg: the Gauss–Krüger zone of the project's region (RegionProfile::metricEpsg), the EPSG code of
// Cgcs2000GaussKruger; 0 when the region is unknown.
QString exportCrsCode(ExportCrs crs, int regionEpsg); // "EPSG:4548"
int exportCrsEpsg(ExportCrs crs, int regionEpsg);     // 4548
// Why `code` (as given to exportCrsFromCode) does not fit a region working in `regionEpsg`: another
// Gauss–Krüger zone than the region's, or a zone for a region that is unknown. Empty when it fits.
QString exportCrsZoneMismatch(const QString& code, int regionEpsg);
QString shapefileEncodingCode(ShapefileEncoding encoding); // "UTF-8" | "GBK"
QStringList exportFormatCodes();                           // for help texts

} // namespace luming
