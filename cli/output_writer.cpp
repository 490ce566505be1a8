#include "output_writer.h"

#include "fs/write_target.h"
#include "help_text.h"
#include "io/notice_csv_writer.h"
#include "io/notice_json_writer.h"
#include "project/project_builder.h"
#include "store/road_store.h"

#include <QFileInfo>

namespace luming::cli {

namespace {
QString suffixOf(const QString& path) {
    return QFileInfo(path).suffix().toLower();
}

QList<Notice> allNotices(const QList<ParseResult>& results) {
    QList<Notice> notices;
    for (const auto& r : results)
        notices += r.notices;
    return notices;
}

// The GeoPackage holds geometry too: lay the roads out before storing them.
QString writeGeoPackage(const QString& path, const QList<ParseResult>& results, const NoticeRegion& region) {
    for (const auto& parse : results) {
        const ProjectBuild build = ProjectBuilder::fromParse(parse, region);
        const StoreResult saved = RoadStore::save(path, build.project);
        if (!saved.ok)
            return saved.error;
    }
    return {};
}
} // namespace

bool isSupportedOutput(const QString& path) {
    const QString s = suffixOf(path);
    return s == u"json" || s == u"csv" || s == u"gpkg";
}

QString writeOutput(const QString& path, const QList<ParseResult>& results, const NoticeRegion& region) {
    QStringList inputs;
    for (const auto& r : results)
        inputs << r.file;
    if (const QString input = sourceNamedBy(path, inputs); !input.isEmpty())
        return Help::tr("Cannot write %1: it is the input file %2; write to another file").arg(path, input);
    const QString s = suffixOf(path);
    if (s == u"json") {
        const WriteResult w = NoticeJsonWriter::write(path, allNotices(results));
        return w.ok ? QString() : w.error;
    }
    if (s == u"csv") {
        const WriteResult w = NoticeCsvWriter::write(path, allNotices(results));
        return w.ok ? QString() : w.error;
    }
    if (s == u"gpkg")
        return writeGeoPackage(path, results, region);
    return Help::tr("%1: unsupported output type").arg(path);
}

} // namespace luming::cli
