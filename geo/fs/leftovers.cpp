#include "fs/leftovers.h"

#include "fs/file_swap.h"
#include "fs/owner_lock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace luming::leftovers {
namespace {

// Work files younger than this process may belong to a run that has not taken its owner lock yet.
const QDateTime kProcessStart = QDateTime::currentDateTimeUtc();

const QString kOwnerSuffix = QStringLiteral(".owner");

bool ownerAlive(const QString& lock) {
    if (!QFileInfo::exists(lock))
        return false;
    return !OwnerLock::tryLock(lock, OwnerLock::Create::No).isHeld();
}

bool olderThanProcess(const QFileInfo& info) {
    return info.lastModified().toUTC() < kProcessStart;
}

QString cleanStagingFolder(const QDir& dir, const QFileInfo& staging) {
    const QString path = staging.absoluteFilePath();
    const QString lock = stagingOwnerLockPath(path);
    if (ownerAlive(lock) || (!QFileInfo::exists(lock) && !olderThanProcess(staging)))
        return {};
    QString note;
    if (QFileInfo::exists(QDir(path).filePath(swapJournalName()))) {
        const auto journal = readSwapJournal(path, dir.absolutePath());
        if (!journal)
            return QCoreApplication::translate("luming::Geo", "left %1 in place: %2")
                .arg(QDir::toNativeSeparators(path), journal.errorString());
        const auto& [swap, direction] = *journal;
        if (Status finished = finishSwap(swap, direction); !finished)
            return QCoreApplication::translate(
                       "luming::Geo", "left %1 in place: an interrupted export could not be finished: %2")
                .arg(QDir::toNativeSeparators(path), finished.errorString());
        note = QCoreApplication::translate("luming::Geo", "finished an export interrupted in %1 (%2)")
                   .arg(QDir::toNativeSeparators(dir.absolutePath()),
                        direction == SwapDirection::Forward
                            ? QCoreApplication::translate("luming::Geo", "the new files are in place")
                            : QCoreApplication::translate("luming::Geo", "the old files are back"));
    } else {
        note = QCoreApplication::translate("luming::Geo", "removed %1, left by an export that did not finish")
                   .arg(QDir::toNativeSeparators(path));
    }
    QDir(path).removeRecursively();
    return note;
}

} // namespace

QString exportStagingTemplate(const QString& dir, const QString& base) {
    return QDir(dir).filePath(QLatin1Char('.') + base + QStringLiteral(".luming-export-XXXXXX"));
}

QString saveTempTemplate(const QString& dir, const QString& base) {
    return QDir(dir).filePath(QLatin1Char('.') + base + QStringLiteral(".luming-save-XXXXXX.gpkg"));
}

QString writeTempTemplate(const QString& dir, const QString& name) {
    return QDir(dir).filePath(QLatin1Char('.') + name + QStringLiteral(".luming-write-XXXXXX"));
}

QString ownerLockPath(const QString& workFile) {
    return workFile + kOwnerSuffix;
}

QString stagingOwnerLockPath(const QString& stagingDir) {
    return QDir(stagingDir).filePath(kOwnerSuffix);
}

QStringList clean(const QString& dirPath, const QString& legacyBase) {
    QStringList notes;
    const QDir dir(dirPath);
    static const QRegularExpression staging(QStringLiteral(R"(^\..+\.luming-export-[A-Za-z0-9]{6}$)"));
    static const QRegularExpression saveTemp(
        QStringLiteral(R"(^(\..+\.luming-save-[A-Za-z0-9]{6}\.gpkg)(-journal|-wal|-shm|\.owner)?$)"));
    const QRegularExpression legacy(
        legacyBase.isEmpty() ? QStringLiteral("(?!)")
                             : QStringLiteral(R"(^(\.%1\.[A-Za-z0-9]{6}\.gpkg)(-journal|-wal|-shm)?$)")
                                   .arg(QRegularExpression::escape(legacyBase)));

    static const QRegularExpression writeTemp(QStringLiteral(R"(^\..+\.luming-write-[A-Za-z0-9]{6}$)"));
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (entry.isDir() && staging.match(name).hasMatch()) {
            if (QString note = cleanStagingFolder(dir, entry); !note.isEmpty())
                notes << note;
            continue;
        }
        if (entry.isFile() && writeTemp.match(name).hasMatch()) {
            if (olderThanProcess(entry) && QFile::remove(entry.absoluteFilePath()))
                notes << QCoreApplication::translate("luming::Geo",
                                                     "removed %1, left by a write that did not finish")
                             .arg(QDir::toNativeSeparators(entry.absoluteFilePath()));
            continue;
        }
        QRegularExpressionMatch m = saveTemp.match(name);
        const bool ours = m.hasMatch();
        if (!ours)
            m = legacy.match(name);
        if (!m.hasMatch() || !entry.isFile())
            continue;
        const QString main = dir.filePath(m.captured(1));
        if (ours && ownerAlive(ownerLockPath(main)))
            continue;
        if (!olderThanProcess(entry) && !(ours && QFileInfo::exists(ownerLockPath(main))))
            continue;
        if (QFile::remove(entry.absoluteFilePath()) && m.captured(2).isEmpty())
            notes << QCoreApplication::translate("luming::Geo",
                                                 "removed %1, left by a save that did not finish")
                         .arg(QDir::toNativeSeparators(main));
    }
    return notes;
}

} // namespace luming::leftovers
