// How each export format is written through GDAL: driver, options, field naming, allowed CRSs and the
// files it produces. One place to read when asking "what exactly does the GBK shapefile contain?".
#pragma once

#include "export/export_options.h"
#include "export/field_dictionary.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

struct ExportFormatProfile {
    QString driver;                   // GDAL short name
    QString description;              // for messages: "ESRI Shapefile (GBK, LDID 77, .cpg 936)"
    bool asciiFieldNames = false;     // DBF codes (DLMC …) instead of Chinese names
    QStringList datasetOptions;       // KEY=VALUE
    QStringList layerOptions;         // KEY=VALUE
    std::optional<ExportCrs> onlyCrs; // formats defined in one CRS (GeoJSON RFC 7946, KML)
    ExportCrs defaultCrs = ExportCrs::Cgcs2000Geographic;
    bool writesPrj = false;        // CSV: GDAL reads <base>.prj beside a .csv but does not write one
    QString dbfCodec;              // shapefile: the DBF's text encoding for QStringEncoder ("UTF-8", "GBK")
    QString cpgContent;            // written by us when GDAL would not write the right .cpg; else empty
    bool writesDictionary = false; // data dictionary CSV beside the file
    QString rereadDriver;          // the GDAL driver that reads it back whole (KML: LIBKML keeps
                                   // Placemarks without geometry, the KML reader drops them)
    QStringList rereadOpenOptions; // e.g. GeoJSON dates as the strings we wrote
    // Field code → the name GDAL gives that field when it reads the file back, where it differs from the
    // written one (KML: the road name is the Placemark's <name>, read as "Name").
    QHash<QString, QString> rereadNames;
    // Suffixes (after the base name) of every file an export of this format may leave beside the
    // main one, including stale ones from earlier exports that must go when it is replaced.
    QStringList familySuffixes;
    // Those of them that hold the data (not sidecars such as .prj or an index): if one exists, an
    // export there replaces someone's work and must be asked for.
    QStringList dataSuffixes;

    QString layerName(const QString& baseName) const;
    QString fieldName(const ExportField& field) const;         // as written
    QString rereadFieldName(const ExportField& field) const;   // as GDAL reads it back
    [[nodiscard]] bool writes(const ExportField& field) const; // flag fields of DBF cuts: shapefile only
    // The value this format holds: cut to the DBF limit in a shapefile (dbf_value.h), else as given.
    QVariant value(const ExportField& field, const RoadRow& row) const;
};

ExportFormatProfile exportFormatProfile(ExportFormat format, ShapefileEncoding encoding);

// The same profile for any layer (luming export FILE): without what is the roads' own — the shapefile's
// line type (the layer's geometry type decides), the GeoPackage identifier 道路, KML's description field —
// and with the layer's name field (as written; empty: none) as each KML Placemark's <name>.
ExportFormatProfile layerExportFormatProfile(ExportFormat format, ShapefileEncoding encoding,
                                             const QString& nameField);

} // namespace luming
