#include "project_cache.h"

#include "project/resource_locator.h"
#include "store/road_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace luming::app {

namespace {

// Bumped when what goes into a Project changes in a way the program's identity would not show.
constexpr char kFormat[] = "luming-viewer project cache 1";

bool addFile(QCryptographicHash& hash, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return hash.addData(&file);
}

void addText(QCryptographicHash& hash, const QString& text) {
    hash.addData(text.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
}

} // namespace

ProjectCache::ProjectCache(QString folder) : folder_(std::move(folder)) {
    if (folder_.isEmpty())
        folder_ = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                      .filePath(QStringLiteral("projects"));
}

bool ProjectCache::enabledByEnvironment() {
    return qEnvironmentVariable("LUMING_PROJECT_CACHE") != QLatin1String("0");
}

QString ProjectCache::entryPath(const QString& key) const {
    return QDir(folder_).filePath(key + QStringLiteral(".gpkg"));
}

QString ProjectCache::keyFor(const QString& noticePath) const {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addText(hash, QString::fromLatin1(kFormat));
    if (!addFile(hash, noticePath))
        return {};
    // The resources the layout and the district check read (absent ones count as absent).
    QStringList resources{QStringLiteral("jinan_districts.geojson")};
    const QString anchors = findResource(QStringLiteral("anchors"));
    const QStringList anchorFiles =
        anchors.isEmpty() ? QStringList()
                          : QDir(anchors).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString& file : anchorFiles)
        resources.append(QStringLiteral("anchors/") + file);
    for (const QString& resource : resources) {
        const QString path = findResource(resource);
        addText(hash, resource);
        if (path.isEmpty() || !addFile(hash, path))
            addText(hash, QStringLiteral("(none)"));
    }
    // The program: a rebuilt viewer may parse or lay out differently.
    const QFileInfo program(QCoreApplication::applicationFilePath());
    addText(hash, program.absoluteFilePath());
    addText(hash, QString::number(program.size()));
    addText(hash, QString::number(program.lastModified().toMSecsSinceEpoch()));
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<Project> ProjectCache::load(const QString& key, const QString& noticePath) const {
    const QString path = entryPath(key);
    if (key.isEmpty() || !QFileInfo::exists(path))
        return std::nullopt;
    LoadResult stored = RoadStore::load(path);
    if (!stored.ok)
        return std::nullopt; // unreadable entry: rebuilt and overwritten
    Project project = std::move(stored.project);
    project.parse.file = QFileInfo(noticePath).absoluteFilePath(); // the notice, not the cache file
    // Touch the entry so pruning keeps what is in use.
    QFile(path).setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return project;
}

QString ProjectCache::save(const QString& key, const Project& project) const {
    if (key.isEmpty())
        return QStringLiteral("no cache key");
    if (!QDir().mkpath(folder_))
        return QStringLiteral("cannot create %1").arg(folder_);
    // RoadStore replaces notices by document number inside an existing file; write a fresh one.
    QFile::remove(entryPath(key));
    const StoreResult result = RoadStore::save(entryPath(key), project);
    if (!result.ok)
        return result.error;
    prune();
    return {};
}

void ProjectCache::prune() const {
    const QFileInfoList entries =
        QDir(folder_).entryInfoList({QStringLiteral("*.gpkg")}, QDir::Files, QDir::Time); // newest first
    for (qsizetype i = kMaxEntries; i < entries.size(); ++i)
        QFile::remove(entries.at(i).absoluteFilePath());
}

} // namespace luming::app
