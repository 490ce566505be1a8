#include "export/export_options.h"

#include "crs/gauss_kruger_zone.h"

#include <QCoreApplication>

namespace luming {

namespace {
constexpr ExportFormat kFormats[] = {ExportFormat::Shapefile, ExportFormat::GeoPackage, ExportFormat::GeoJson,
                                     ExportFormat::Kml, ExportFormat::Csv};
constexpr ExportCrs kCrss[] = {ExportCrs::Cgcs2000Geographic, ExportCrs::Wgs84Geographic,
                               ExportCrs::Cgcs2000GaussKruger};

// "EPSG:4548", "epsg:4548", "4548" → 4548; 0 when not a number.
int epsgOfCode(const QString& code) {
    QString c = code.trimmed().toUpper();
    if (c.startsWith(QLatin1String("EPSG:")))
        c = c.mid(5);
    bool ok = false;
    const int epsg = c.toInt(&ok);
    return ok ? epsg : 0;
}
} // namespace

QString exportFormatCode(ExportFormat format) {
    switch (format) {
    case ExportFormat::Shapefile:
        return QStringLiteral("shp");
    case ExportFormat::GeoPackage:
        return QStringLiteral("gpkg");
    case ExportFormat::GeoJson:
        return QStringLiteral("geojson");
    case ExportFormat::Kml:
        return QStringLiteral("kml");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString exportFormatExtension(ExportFormat format) {
    return exportFormatCode(format);
}

QStringList exportFormatCodes() {
    QStringList codes;
    for (auto f : kFormats)
        codes.append(exportFormatCode(f));
    return codes;
}

std::optional<ExportFormat> exportFormatFromCode(const QString& code) {
    const QString c = code.trimmed().toLower();
    for (auto f : kFormats)
        if (exportFormatCode(f) == c)
            return f;
    if (c == QLatin1String("shapefile") || c == QLatin1String("esri shapefile"))
        return ExportFormat::Shapefile;
    if (c == QLatin1String("json"))
        return ExportFormat::GeoJson;
    return std::nullopt;
}

int exportCrsEpsg(ExportCrs crs, int regionEpsg) {
    switch (crs) {
    case ExportCrs::Cgcs2000Geographic:
        return 4490;
    case ExportCrs::Wgs84Geographic:
        return 4326;
    case ExportCrs::Cgcs2000GaussKruger:
        return regionEpsg;
    }
    return 0;
}

QString exportCrsCode(ExportCrs crs, int regionEpsg) {
    const int epsg = exportCrsEpsg(crs, regionEpsg);
    return epsg != 0 ? QStringLiteral("EPSG:%1").arg(epsg)
                     : QCoreApplication::translate("luming::Geo",
                                                   "the region's Gauss-Krüger zone (region unknown)");
}

std::optional<ExportCrs> exportCrsFromCode(const QString& code) {
    const int epsg = epsgOfCode(code);
    if (gaussKrugerZoneFromEpsg(epsg))
        return ExportCrs::Cgcs2000GaussKruger;
    for (auto crs : kCrss)
        if (crs != ExportCrs::Cgcs2000GaussKruger && exportCrsEpsg(crs, 0) == epsg)
            return crs;
    return std::nullopt;
}

QString exportCrsZoneMismatch(const QString& code, int regionEpsg) {
    const auto asked = gaussKrugerZoneFromEpsg(epsgOfCode(code));
    if (!asked || asked->epsg == regionEpsg)
        return {};
    const auto own = gaussKrugerZoneFromEpsg(regionEpsg);
    if (!own)
        return QCoreApplication::translate(
                   "luming::Geo",
                   "EPSG:%1 is a Gauss-Krüger zone, but the notice's region is unknown, so its "
                   "roads have no coordinates to put in it; give the region (--region)")
            .arg(asked->epsg);
    return QCoreApplication::translate(
               "luming::Geo", "EPSG:%1 (CM %2°E) is not the zone of the notice's region; its roads lie in "
                              "EPSG:%3 (%4): give that, EPSG:4490 or EPSG:4326")
        .arg(asked->epsg)
        .arg(asked->centralMeridian)
        .arg(own->epsg)
        .arg(own->description());
}

QString shapefileEncodingCode(ShapefileEncoding encoding) {
    return encoding == ShapefileEncoding::Gbk ? QStringLiteral("GBK") : QStringLiteral("UTF-8");
}

std::optional<ShapefileEncoding> shapefileEncodingFromCode(const QString& code) {
    const QString c = code.trimmed().toUpper().remove(QLatin1Char('-'));
    if (c == QLatin1String("UTF8"))
        return ShapefileEncoding::Utf8;
    if (c == QLatin1String("GBK") || c == QLatin1String("CP936") || c == QLatin1String("936"))
        return ShapefileEncoding::Gbk;
    return std::nullopt;
}

} // namespace luming
