#include "layer_source.h"

#include "export/layer_exporter.h"
#include "store/road_store.h"

#include <QFileInfo>
#include <QStringList>

namespace luming::cli {

namespace {

bool isNoticeText(const QString& path) {
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("markdown"),
                                      QStringLiteral("text"), QStringLiteral("pdf")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

bool isVectorLayer(const QString& path) {
    if (isNoticeText(path) || !QFileInfo(path).isFile())
        return false;
    if (QFileInfo(path).suffix().compare(QStringLiteral("gpkg"), Qt::CaseInsensitive) == 0)
        return !RoadStore::isProject(path);
    return opensAsVectorLayer(path); // a notice may have any other name (roads.dbf holding text)
}

} // namespace luming::cli
