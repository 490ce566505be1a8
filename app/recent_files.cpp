#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace luming::app {

namespace {
const QString kKey = QStringLiteral("recentFiles");

void store(const QStringList& files) {
    QSettings().setValue(kKey, files);
}
} // namespace

QStringList RecentFiles::list() {
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeIf([](const QString& f) { return !QFileInfo(f).isFile(); });
    return files.mid(0, kMaxEntries);
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    store(files.mid(0, kMaxEntries));
}

void RecentFiles::remove(const QString& path) {
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear() {
    store({});
}

} // namespace luming::app
