#include "file_kind.h"

#include "pdf/pdf_text_extractor.h"
#include "render/vector_probe.h"
#include "store/road_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace luming::app {

namespace {

// How much of a .json is looked at to tell GeoJSON from a notice JSON: both name their kind in the
// first members (GeoJSON's "type", the notice JSON's "notices").
constexpr qint64 kJsonHeadBytes = 4096;

bool startsWith(const QString& path, QByteArrayView magic) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(magic.size()) == magic;
}

FileClass vectorLayer(const QString& path, const QString& gdalPath, const QString& layerName = {}) {
    return FileClass{FileKind::VectorLayer, path, gdalPath, layerName, {}};
}

FileClass unreadable(const QString& path, const QString& error) {
    return FileClass{FileKind::Unreadable, path, {}, {}, error};
}

} // namespace

FileClass FileClassifier::classify(const QString& path) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.isFile())
        return unreadable(path, tr("%1 does not exist or is not a file.").arg(name));
    if (!info.isReadable())
        return unreadable(path, tr("%1 cannot be read (permission denied).").arg(name));
    const QString file = info.absoluteFilePath();
    const QString suffix = info.suffix().toLower();

    if (PdfTextExtractor::looksLikePdf(file))
        return FileClass{FileKind::Notice, path, {}, {}, {}};
    if (startsWith(file, QByteArrayView("SQLite format 3\0", 16))) {
        if (RoadStore::isProject(file))
            return FileClass{FileKind::Project, path, {}, {}, {}};
    } else if (suffix == QLatin1String("txt") || suffix == QLatin1String("md") ||
               suffix == QLatin1String("markdown")) {
        return FileClass{FileKind::Notice, path, {}, {}, {}};
    } else if (suffix == QLatin1String("json")) {
        QFile json(file);
        const QByteArray head = json.open(QIODevice::ReadOnly) ? json.read(kJsonHeadBytes) : QByteArray();
        if (head.contains("\"notices\"") && !head.contains("\"FeatureCollection\""))
            return FileClass{FileKind::Notice, path, {}, {}, {}};
    }

    const bool zip = suffix == QLatin1String("zip");
    const QString gdalPath = zip ? QStringLiteral("/vsizip/") + file : file; // givenPath() undoes it
    const VectorProbe probe = probeVectorFile(gdalPath);
    if (!probe.refused.isEmpty())
        return unreadable(path, probe.refused);
    if (probe.opened && probe.hasGeometry)
        return vectorLayer(path, gdalPath,
                           probe.driver == QLatin1String("OSM") ? QStringLiteral("lines") : QString());
    if (probe.opened)
        return unreadable(path, tr("%1 has no layer with geometry to draw.").arg(name));
    return unreadable(path, tr("%1 is neither a notice (text, Markdown, PDF, notice JSON), a Luming project "
                               "nor a vector file GDAL reads.")
                                .arg(name));
}

QString FileClassifier::givenPath(const QString& gdalPath) {
    static const QString zipPrefix = QStringLiteral("/vsizip/");
    if (gdalPath.startsWith(zipPrefix) && gdalPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return gdalPath.mid(zipPrefix.size());
    return gdalPath;
}

QString FileClassifier::fileFilter() {
    return tr("Everything Luming opens (*.txt *.md *.pdf *.json *.gpkg *.shp *.geojson *.kml *.fgb *.pbf "
              "*.osm *.zip *.gml *.tab *.mif *.sqlite);;Notices (*.txt *.md *.pdf *.json);;"
              "Vector layers (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.pbf *.osm *.zip);;All files (*)");
}

} // namespace luming::app
