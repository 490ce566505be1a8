#include "project_loader.h"

#include "notice/notice_parser.h"
#include "pdf_text_extractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace luming::app {

namespace {

// Text → Project. The one place to switch to the lead's full pipeline (parse + layout + districts).
std::optional<Project> projectFromParse(ParseOutcome outcome, QString* error) {
    if (outcome.status != ParseStatus::Ok) {
        *error = outcome.error;
        return std::nullopt;
    }
    Project project;
    project.parse = std::move(outcome.result);
    return project;
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
    if (info.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        const PdfText pdf = PdfTextExtractor::extract(path);
        if (!pdf.error.isEmpty()) {
            load.error = pdf.error;
            return load;
        }
        load.project = projectFromParse(
            NoticeParser::parseText(pdf.text, info.absoluteFilePath(), QStringLiteral("PDF text")),
            &load.error);
    } else {
        load.project = projectFromParse(NoticeParser::parseFile(info.absoluteFilePath()), &load.error);
    }
    load.elapsedMs = timer.nsecsElapsed() / 1e6;
    return load;
}

QString ProjectLoader::fileFilter() {
    return tr("Notices and gazettes (*.txt *.md *.pdf);;Text (*.txt *.md);;PDF (*.pdf);;All files (*)");
}

} // namespace luming::app
