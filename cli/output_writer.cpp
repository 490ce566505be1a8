#include "output_writer.h"

#include "io/notice_json_writer.h"

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
} // namespace

bool isSupportedOutput(const QString& path) {
    const QString s = suffixOf(path);
    return s == u"json";
}

QString writeOutput(const QString& path, const QList<ParseResult>& results) {
    const QString s = suffixOf(path);
    if (s == u"json") {
        const WriteResult w = NoticeJsonWriter::write(path, allNotices(results));
        return w.ok ? QString() : w.error;
    }
    return QStringLiteral("%1: unsupported output type").arg(path);
}

} // namespace luming::cli
