#include "export/export_options.h"

namespace luming {

namespace {
constexpr ExportFormat kFormats[] = {ExportFormat::Shapefile, ExportFormat::GeoPackage, ExportFormat::GeoJson,
                                     ExportFormat::Kml, ExportFormat::Csv};
constexpr ExportCrs kCrss[] = {ExportCrs::Cgcs2000Geographic, ExportCrs::Wgs84Geographic,
                               ExportCrs::Cgcs2000GaussKruger117};
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

int exportCrsEpsg(ExportCrs crs) {
    switch (crs) {
    case ExportCrs::Cgcs2000Geographic:
        return 4490;
    case ExportCrs::Wgs84Geographic:
        return 4326;
    case ExportCrs::Cgcs2000GaussKruger117:
        return 4548;
    }
    return 0;
}

QString exportCrsCode(ExportCrs crs) {
    return QStringLiteral("EPSG:%1").arg(exportCrsEpsg(crs));
}

std::optional<ExportCrs> exportCrsFromCode(const QString& code) {
    QString c = code.trimmed().toUpper();
    if (c.startsWith(QLatin1String("EPSG:")))
        c = c.mid(5);
    bool ok = false;
    const int epsg = c.toInt(&ok);
    if (!ok)
        return std::nullopt;
    for (auto crs : kCrss)
        if (exportCrsEpsg(crs) == epsg)
            return crs;
    return std::nullopt;
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
