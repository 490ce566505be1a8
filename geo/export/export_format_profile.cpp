#include "export/export_format_profile.h"

#include "export/dbf_value.h"

#include <QCoreApplication>

namespace luming {

QString ExportFormatProfile::layerName(const QString& baseName) const {
    // A shapefile's layer is its file name; in a GeoPackage the table keeps the project's name.
    return driver == QLatin1String("GPKG") ? QStringLiteral("roads") : baseName;
}

QString ExportFormatProfile::fieldName(const ExportField& field) const {
    return asciiFieldNames ? field.code : field.chineseName;
}

QString ExportFormatProfile::rereadFieldName(const ExportField& field) const {
    return rereadNames.value(field.code, fieldName(field));
}

bool ExportFormatProfile::writes(const ExportField& field) const {
    return !field.dbfOnly() || !dbfCodec.isEmpty();
}

QVariant ExportFormatProfile::value(const ExportField& field, const RoadRow& row) const {
    return dbfCodec.isEmpty() ? field.value(row) : dbfValue(field, row, dbfCodec);
}

ExportFormatProfile exportFormatProfile(ExportFormat format, ShapefileEncoding encoding) {
    ExportFormatProfile p;
    const auto finish = [&p, format] {
        p.dataSuffixes =
            format == ExportFormat::Shapefile
                ? QStringList{QStringLiteral(".shp"), QStringLiteral(".shx"), QStringLiteral(".dbf")}
                : QStringList{QLatin1Char('.') + exportFormatExtension(format)};
        if (p.rereadDriver.isEmpty())
            p.rereadDriver = p.driver;
        return p;
    };
    switch (format) {
    case ExportFormat::Shapefile:
        p.driver = QStringLiteral("ESRI Shapefile");
        p.asciiFieldNames = true;
        p.writesDictionary = true;
        p.layerOptions = {QStringLiteral("SHPT=ARC")};
        // ICU's "GBK" is Windows code page 936, the table GDAL's iconv CP936 uses (LDID 77).
        p.dbfCodec = encoding == ShapefileEncoding::Gbk ? QStringLiteral("GBK") : QStringLiteral("UTF-8");
        if (encoding == ShapefileEncoding::Gbk) {
            // LDID 77 (0x4D) is code page 936 in the DBF language-driver table; GDAL then recodes to
            // CP936 but writes no .cpg for an LDID, so we write "936" (ArcGIS reads both, .cpg first).
            p.layerOptions.append(QStringLiteral("ENCODING=LDID/77"));
            p.cpgContent = QStringLiteral("936");
            p.description = QStringLiteral("ESRI Shapefile, GBK (DBF LDID 77, .cpg 936)");
        } else {
            // GDAL writes a .cpg saying UTF-8 (and LDID 0); never its Latin-1 default LDID/87.
            p.layerOptions.append(QStringLiteral("ENCODING=UTF-8"));
            p.description = QStringLiteral("ESRI Shapefile, UTF-8 (.cpg UTF-8)");
        }
        p.familySuffixes = {
            QStringLiteral(".shp"), QStringLiteral(".shx"),           QStringLiteral(".dbf"),
            QStringLiteral(".prj"), QStringLiteral(".cpg"),           QStringLiteral(".qix"),
            QStringLiteral(".sbn"), QStringLiteral(".sbx"),           QStringLiteral(".shp.xml"),
            QStringLiteral(".qmd"), QStringLiteral("_dictionary.csv")};
        break;
    case ExportFormat::GeoPackage:
        p.driver = QStringLiteral("GPKG");
        p.description = QStringLiteral("GeoPackage");
        p.layerOptions = {QStringLiteral("GEOMETRY_NAME=geom"), QStringLiteral("FID=fid"),
                          QStringLiteral("IDENTIFIER=道路"), QStringLiteral("SPATIAL_INDEX=YES")};
        // A stale hot journal or WAL beside a replaced file would be applied to the new one.
        p.familySuffixes = {QStringLiteral(".gpkg"), QStringLiteral(".gpkg-journal"),
                            QStringLiteral(".gpkg-wal"), QStringLiteral(".gpkg-shm")};
        break;
    case ExportFormat::GeoJson:
        p.driver = QStringLiteral("GeoJSON");
        p.description = QStringLiteral("GeoJSON (RFC 7946)");
        p.layerOptions = {QStringLiteral("RFC7946=YES"), QStringLiteral("WRITE_NAME=YES")};
        p.rereadOpenOptions = {QStringLiteral("DATE_AS_STRING=YES")};
        p.onlyCrs = ExportCrs::Wgs84Geographic;
        p.defaultCrs = ExportCrs::Wgs84Geographic;
        p.familySuffixes = {QStringLiteral(".geojson")};
        break;
    case ExportFormat::Kml:
        p.driver = QStringLiteral("KML");
        p.description = QStringLiteral("KML");
        // The road name becomes each Placemark's <name>, which viewers show as its label.
        p.datasetOptions = {QStringLiteral("NameField=道路名称"), QStringLiteral("DescriptionField=备注")};
        p.rereadDriver = QStringLiteral("LIBKML");
        p.rereadNames = {{QStringLiteral("DLMC"), QStringLiteral("Name")},
                         {QStringLiteral("BZ"), QStringLiteral("description")}};
        p.onlyCrs = ExportCrs::Wgs84Geographic;
        p.defaultCrs = ExportCrs::Wgs84Geographic;
        p.familySuffixes = {QStringLiteral(".kml")};
        break;
    case ExportFormat::Csv:
        p.driver = QStringLiteral("CSV");
        p.description =
            QCoreApplication::translate("luming::Geo", "CSV (UTF-8 with BOM, WKT geometry, CRS in .prj)");
        p.layerOptions = {QStringLiteral("GEOMETRY=AS_WKT"), QStringLiteral("WRITE_BOM=YES"),
                          QStringLiteral("LINEFORMAT=CRLF"), QStringLiteral("SEPARATOR=COMMA"),
                          QStringLiteral("STRING_QUOTING=IF_NEEDED")};
        p.writesPrj = true;
        p.familySuffixes = {QStringLiteral(".csv"), QStringLiteral(".csvt"), QStringLiteral(".prj")};
        break;
    }
    return finish();
}

ExportFormatProfile layerExportFormatProfile(ExportFormat format, ShapefileEncoding encoding,
                                             const QString& nameField) {
    ExportFormatProfile p = exportFormatProfile(format, encoding);
    const auto roadsOnly = [](const QString& option) {
        return option.startsWith(QLatin1String("SHPT=")) || option.startsWith(QLatin1String("IDENTIFIER=")) ||
               option.startsWith(QLatin1String("NameField=")) ||
               option.startsWith(QLatin1String("DescriptionField="));
    };
    p.layerOptions.removeIf(roadsOnly);
    p.datasetOptions.removeIf(roadsOnly);
    p.rereadNames.clear();
    if (format == ExportFormat::Kml && !nameField.isEmpty()) {
        p.datasetOptions.append(QStringLiteral("NameField=") + nameField);
        p.rereadNames.insert(nameField, QStringLiteral("Name"));
    }
    return p;
}

} // namespace luming
