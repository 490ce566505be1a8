#include "render/archive_guard.h"

#include "gdal/cpl_error_collector_p.h"

#include <QCoreApplication>
#include <QDir>
#include <cpl_string.h>
#include <cpl_vsi.h>

namespace luming {

namespace {

// The archive file inside a path: "/vsizip/a/b.zip/roads.shp" and "a/b.zip" both give "a/b.zip";
// empty when the path names no .zip. (Nested archives are checked at their outermost level.)
QString archiveOf(const QString& path) {
    QString p = path;
    if (p.startsWith(QLatin1String("/vsizip/"), Qt::CaseInsensitive)) {
        p = p.mid(8);
        if (p.startsWith(u'{')) { // /vsizip/{archive}/entry
            const qsizetype close = p.indexOf(u'}');
            return close > 0 ? p.mid(1, close - 1) : QString();
        }
    }
    for (qsizetype at = p.indexOf(QLatin1String(".zip"), 0, Qt::CaseInsensitive); at >= 0;
         at = p.indexOf(QLatin1String(".zip"), at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + 4;
        if (end == p.size() || p[end] == u'/')
            return p.left(end);
    }
    return {};
}

} // namespace

QString checkArchive(const QString& path, const ArchiveLimits& limits) {
    const QString archive = archiveOf(path);
    if (archive.isEmpty())
        return {};
    const gdal::CplErrorCollector quiet;
    const QString shown = QDir::toNativeSeparators(archive);
    VSIStatBufL stat;
    if (VSIStatL(archive.toUtf8().constData(), &stat) != 0)
        return {}; // not there: opening it will say so
    const auto compressed = qint64(stat.st_size);
    const QByteArray root = (QStringLiteral("/vsizip/") + archive).toUtf8();
    const CPLStringList entries(VSIReadDirRecursive(root.constData()));
    qint64 total = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const QByteArray entry = root + '/' + entries[i];
        VSIStatBufL entryStat;
        if (VSIStatL(entry.constData(), &entryStat) != 0 || VSI_ISDIR(entryStat.st_mode))
            continue;
        total += qint64(entryStat.st_size);
        if (total > limits.maxUncompressedBytes)
            return QCoreApplication::translate(
                       "luming::Geo",
                       "%1 is refused: it would unpack to more than %2 MiB (the limit for an archive)")
                .arg(shown)
                .arg(limits.maxUncompressedBytes >> 20);
    }
    const double ratio = compressed > 0 ? double(total) / double(compressed) : 0;
    if (ratio > limits.maxRatio)
        return QCoreApplication::translate(
                   "luming::Geo",
                   "%1 is refused: %2 bytes would unpack to %3 (%4 : 1, above the %5 : 1 a real "
                   "layer reaches); it looks like a decompression bomb")
            .arg(shown)
            .arg(compressed)
            .arg(total)
            .arg(qRound64(ratio))
            .arg(limits.maxRatio);
    return {};
}

} // namespace luming
