#include "project_loader.h"

#include "core/background.h"
#include "io/notice_json_reader.h"
#include "project/project_builder.h"
#include "project_cache.h"
#include "store/road_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace luming::app {

namespace {

std::optional<Project> projectFrom(ProjectBuild build, ProjectLoad& load) {
    load.warnings = build.warnings;
    if (build.status != ParseStatus::Ok) {
        load.error = build.error;
        return std::nullopt;
    }
    return std::move(build.project);
}

// Text, Markdown or PDF (geo/ reads a PDF's text layer through poppler), or the notice JSON of
// `luming parse` (its records as written, laid out again).
std::optional<Project> build(const QFileInfo& info, ProjectLoad& load, const NoticeRegion& region = {}) {
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        Result<ParseResult> parsed = NoticeJsonReader::read(info.absoluteFilePath());
        if (!parsed) {
            load.error = parsed.errorString();
            return std::nullopt;
        }
        return projectFrom(ProjectBuilder::fromParse(std::move(*parsed), region), load);
    }
    return projectFrom(ProjectBuilder::fromNoticeFile(info.absoluteFilePath(), region), load);
}

void addScene(ProjectLoad& load) {
    if (!load.project)
        return;
    Result<MapScene> scene = MapScene::fromProject(*load.project);
    if (scene)
        load.scene = std::move(*scene);
    else
        load.warnings << ProjectLoader::tr("The map cannot be drawn: %1").arg(scene.errorString());
}

} // namespace

ProjectLoad ProjectLoader::load(const QString& path, CacheUse cacheUse) {
    QElapsedTimer timer;
    timer.start();
    ProjectLoad load;
    const QFileInfo info(path);
    if (!info.isFile()) {
        load.error = tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path));
        return load;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("gpkg")) {
        // A project saved by `luming parse -o x.gpkg`: records, geometry, districts, report as stored.
        LoadResult stored = RoadStore::load(info.absoluteFilePath());
        load.warnings = stored.warnings;
        if (stored.ok)
            load.project = std::move(stored.project);
        else
            load.error = stored.error;
    } else {
        const bool useCache = cacheUse == CacheUse::ReadWrite && ProjectCache::enabledByEnvironment();
        const ProjectCache cache;
        const QString key = useCache ? cache.keyFor(info.absoluteFilePath()) : QString();
        if (!key.isEmpty()) {
            load.project = cache.load(key, info.absoluteFilePath());
            load.fromCache = load.project.has_value();
        }
        if (!load.project) {
            load.project = build(info, load);
            // Written in the background: the first frame does not wait for it, and its future is
            // dropped (background.h: the pool finishes it before the program exits); RoadStore writes
            // atomically either way.
            if (load.project && !key.isEmpty())
                (void)runInBackground([cache, key, project = *load.project] {
                    const QString error = cache.save(key, project);
                    if (!error.isEmpty())
                        qWarning().noquote() << "luming-viewer: project cache not written:" << error;
                });
        }
    }
    addScene(load);
    load.elapsedMs = timer.nsecsElapsed() / 1e6;
    return load;
}

ProjectLoad ProjectLoader::loadInRegion(const QString& path, const NoticeRegion& region) {
    QElapsedTimer timer;
    timer.start();
    ProjectLoad load;
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0) {
        load.error = tr("%1 was laid out when it was saved; open its notice to choose another region.")
                         .arg(info.fileName());
        return load;
    }
    if (!info.isFile()) {
        load.error = tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path));
        return load;
    }
    load.project = build(info, load, region);
    addScene(load);
    load.elapsedMs = timer.nsecsElapsed() / 1e6;
    return load;
}

QString ProjectLoader::fileFilter() {
    return tr(
        "Notices, gazettes and projects (*.txt *.md *.pdf *.json *.gpkg);;Text (*.txt *.md);;PDF (*.pdf);;"
        "Notice JSON (*.json);;Luming project (*.gpkg);;All files (*)");
}

} // namespace luming::app
