#include "project_source.h"

#include "exit_status.h"
#include "help_text.h"
#include "project/project_builder.h"
#include "store/road_store.h"

#include <QFileInfo>

namespace luming::cli {

OpenedProject openProject(const QString& path, QTextStream& err, const NoticeRegion& region) {
    OpenedProject opened;
    if (QFileInfo(path).suffix().compare(QStringLiteral("gpkg"), Qt::CaseInsensitive) == 0) {
        if (region.known()) {
            err << Help::tr(
                       "luming: --region applies when a notice text is read; %1 was laid out when it was "
                       "written: parse the notice again with --region and -o")
                       .arg(path)
                << "\n";
            opened.status = UsageError;
            return opened;
        }
        LoadResult loaded = RoadStore::load(path);
        if (!loaded.ok) {
            err << "luming: " << loaded.error << "\n";
            opened.status = InputUnreadable;
            return opened;
        }
        for (const auto& w : loaded.warnings)
            err << Help::tr("luming: warning: %1").arg(w) << "\n";
        opened.project = std::move(loaded.project);
        return opened;
    }
    ProjectBuild build = ProjectBuilder::fromNoticeFile(path, region);
    if (build.status != ParseStatus::Ok) {
        err << "luming: " << build.error << "\n";
        opened.status = build.status == ParseStatus::NoNotice ? NoNotice : InputUnreadable;
        return opened;
    }
    for (const auto& w : build.warnings)
        err << Help::tr("luming: warning: %1").arg(w) << "\n";
    opened.project = std::move(build.project);
    return opened;
}

} // namespace luming::cli
