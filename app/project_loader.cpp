#include "project_loader.h"

#include "pdf_text_extractor.h"
#include "project/project_builder.h"
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

} // namespace

ProjectLoad ProjectLoader::load(const QString& path) {
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
    } else if (suffix == QLatin1String("pdf")) {
        const PdfText pdf = PdfTextExtractor::extract(path);
        if (!pdf.error.isEmpty()) {
            load.error = pdf.error;
            return load;
        }
        ParseOutcome parsed =
            NoticeParser::parseText(pdf.text, info.absoluteFilePath(), QStringLiteral("PDF text"));
        if (parsed.status != ParseStatus::Ok) {
            load.error = parsed.error;
            return load;
        }
        load.project = projectFrom(ProjectBuilder::fromParse(std::move(parsed.result)), load);
    } else {
        load.project = projectFrom(ProjectBuilder::fromNoticeFile(info.absoluteFilePath()), load);
    }
    load.elapsedMs = timer.nsecsElapsed() / 1e6;
    return load;
}

QString ProjectLoader::fileFilter() {
    return tr("Notices, gazettes and projects (*.txt *.md *.pdf *.gpkg);;Text (*.txt *.md);;PDF (*.pdf);;"
              "Luming project (*.gpkg);;All files (*)");
}

} // namespace luming::app
