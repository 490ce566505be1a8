// Opens what the user points the viewer at and turns it into a Project (records, schematic geometry,
// districts, layout report): a notice or gazette as text (.txt, .md, any encoding) or PDF (text layer
// through poppler-qt6), handed to geo/project's ProjectBuilder; or a project GeoPackage saved by
// `luming parse -o x.gpkg`, read back by geo/store. Safe to call on a worker thread.
#pragma once

#include "core/project.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace luming::app {

struct ProjectLoad {
    std::optional<Project> project;
    QString error;        // one sentence naming the file, when project is empty
    QStringList warnings; // what was left out (district boundaries, anchors, layout problems)
    double elapsedMs = 0;
};

class ProjectLoader {
    Q_DECLARE_TR_FUNCTIONS(ProjectLoader)
public:
    [[nodiscard]] static ProjectLoad load(const QString& path);
    // File dialog filter for everything load() reads.
    static QString fileFilter();
};

} // namespace luming::app
