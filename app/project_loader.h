// Opens what the user points the viewer at and turns it into a Project (records, schematic geometry,
// districts, layout report): a notice or gazette as text (.txt, .md, any encoding) or PDF (its text
// layer), handed to geo/project's ProjectBuilder; or a project GeoPackage saved by
// `luming parse -o x.gpkg`, read back by geo/store. Safe to call on a worker thread.
#pragma once

#include "core/notice_region.h"
#include "core/project.h"
#include "render/map_scene.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace luming::app {

struct ProjectLoad {
    std::optional<Project> project;
    std::optional<MapScene> scene; // the project projected for the map, built on the same thread
    QString error;                 // one sentence naming the file, when project is empty
    QStringList warnings;          // what was left out (district boundaries, anchors, layout problems)
    bool fromCache = false;        // the built project came from ProjectCache (parse and layout skipped)
    double elapsedMs = 0;
};

enum class CacheUse { ReadWrite, Off };

class ProjectLoader {
    Q_DECLARE_TR_FUNCTIONS(ProjectLoader)
public:
    // Also builds the map scene (projection to the region's zone, simplification, spatial index), so that
    // work stays off the GUI thread too. Notices go through ProjectCache unless `cache` is Off or
    // LUMING_PROJECT_CACHE=0; a freshly built project is written to the cache in the background.
    [[nodiscard]] static ProjectLoad load(const QString& path, CacheUse cache = CacheUse::ReadWrite);
    // A notice laid out in the region the user chose (the viewer's region picker), never from the cache;
    // a project .gpkg keeps the region it was laid out in (an error says to open its notice instead).
    [[nodiscard]] static ProjectLoad loadInRegion(const QString& path, const NoticeRegion& region);
    // File dialog filter for everything load() reads.
    static QString fileFilter();
};

} // namespace luming::app
