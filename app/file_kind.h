// What a file the user hands the viewer is (command line, drag and drop, File → Open): a notice to read
// (text, Markdown, PDF, or the notice JSON `luming parse` writes), a Luming project (a GeoPackage with
// Luming's tables), or a vector source GDAL reads (any other GeoPackage, shapefile, GeoJSON, KML,
// FlatGeobuf, an OSM .pbf/.osm through GDAL's OSM driver, a zipped shapefile). Decided by content where
// the suffix can mislead (.gpkg, .json), and how the layer is to be opened (/vsizip/, OSM's lines layer).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace luming::app {

enum class FileKind { Notice, Project, VectorLayer, Unreadable };

struct FileClass {
    FileKind kind = FileKind::Unreadable;
    QString path;      // as given
    QString gdalPath;  // VectorLayer: what GDAL opens (a .zip as /vsizip/…)
    QString layerName; // VectorLayer: the one OGR layer to read ("lines" of an OSM file); empty: all
    QString error;     // Unreadable: why, naming the file
};

class FileClassifier {
    Q_DECLARE_TR_FUNCTIONS(FileClassifier)
public:
    [[nodiscard]] static FileClass classify(const QString& path);
    // The file the user gave for a FileClass::gdalPath: "/vsizip/x.zip" → "x.zip"; others as they are.
    [[nodiscard]] static QString givenPath(const QString& gdalPath);
    // File dialog filter for everything classify() may accept.
    static QString fileFilter();
};

} // namespace luming::app
