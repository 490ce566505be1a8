// Keeps the built Project of each notice the viewer opened (records, schematic layout, districts,
// report) as a GeoPackage in the user's cache folder, so the next launch on the same notice skips
// parsing and the layout solve and draws its first frame sooner.
//
// The key is a SHA-256 over everything the build depends on: the notice's bytes, the layout anchors
// and district boundaries (resources/), and the program itself (path, size, modification time), so a
// changed notice, an edited anchors.csv or a rebuilt viewer never sees an old entry. Entries are
// written atomically by RoadStore (a cache write that fails leaves nothing half-written) and only the
// newest kMaxEntries are kept. Thread-safe: every call works on its own files and GDAL handles.
#pragma once

#include "core/project.h"

#include <QString>
#include <optional>

namespace luming::app {

class ProjectCache {
public:
    static constexpr int kMaxEntries = 16;

    // `folder` empty: <cache location>/projects. Created when first written.
    explicit ProjectCache(QString folder = {});

    // Empty when the notice cannot be read (nothing to cache then).
    [[nodiscard]] QString keyFor(const QString& noticePath) const;
    [[nodiscard]] std::optional<Project> load(const QString& key, const QString& noticePath) const;
    // Returns an empty string on success, otherwise why the entry was not written.
    QString save(const QString& key, const Project& project) const;

    QString folder() const { return folder_; }
    QString entryPath(const QString& key) const;

    // Off when LUMING_PROJECT_CACHE=0 (measuring, debugging the layout).
    [[nodiscard]] static bool enabledByEnvironment();

private:
    void prune() const;

    QString folder_;
};

} // namespace luming::app
