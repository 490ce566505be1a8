// The project GeoPackage (BRIEF.md "GeoPackage schema"): notices, roads (LINESTRING, EPSG:4490),
// findings, districts (MULTIPOLYGON), layout_report and the road_name_fts name index.
//
// Saving is atomic: the existing file (if any) is copied to a hidden temp file in the same folder,
// changed there in one transaction, re-opened and checked, then renamed over the target. On any failure
// the target is left byte-for-byte as it was and the temp file is removed. A notice already in the file
// with the same document number is replaced; other notices are kept.
#pragma once

#include "core/project.h"

#include <QString>
#include <QStringList>

namespace luming {

struct StoreCounts { // what the file holds after saving (all notices, not only the saved ones)
    qint64 notices = 0;
    qint64 roads = 0;
    qint64 roadsWithGeometry = 0;
    qint64 findings = 0;
    qint64 districts = 0;
    qint64 layoutRows = 0;
    qint64 nameIndexRows = 0;
};

struct StoreResult {
    bool ok = false;
    QString error;        // "Cannot save /x/roads.gpkg: <why, in GDAL's or SQLite's words>"
    QStringList warnings; // data that was not stored as given, and GDAL warnings
    StoreCounts counts;
};

struct LoadResult {
    bool ok = false;
    QString error; // "Cannot open /x/roads.gpkg: <why>"
    QStringList warnings;
    Project project; // parse.file = the GeoPackage path
};

class RoadStore {
public:
    [[nodiscard]] static StoreResult save(const QString& gpkgPath, const Project& project);
    [[nodiscard]] static LoadResult load(const QString& gpkgPath);
    // A GeoPackage written by Luming (it has the notices layer), not another program's layers.
    [[nodiscard]] static bool isProject(const QString& gpkgPath);
};

} // namespace luming
