#include "fs/file_swap.h"

#include "fs/durable_file.h"
#include "fs/fault_point.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace luming {
namespace {

constexpr const char* kMagic = "luming-file-swap 1";

bool present(const QString& path) {
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

QString swapJournalName() {
    return QStringLiteral("swap.journal");
}

Status writeSwapJournal(const FileSwap& swap, SwapDirection direction) {
    QByteArray text = QByteArray(kMagic) + '\n';
    text += direction == SwapDirection::Forward ? "direction forward\n" : "direction back\n";
    for (const QString& name : swap.newFiles)
        text += "new " + name.toUtf8() + '\n';
    for (const QString& name : swap.oldOnly)
        text += "old " + name.toUtf8() + '\n';
    text += "end\n";
    return writeDurably(QDir(swap.stagingDir).filePath(swapJournalName()), text);
}

Result<std::pair<FileSwap, SwapDirection>> readSwapJournal(const QString& stagingDir,
                                                           const QString& targetDir) {
    const QString path = QDir(stagingDir).filePath(swapJournalName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("luming::Geo", "cannot read the journal: %1").arg(file.errorString()),
            path);
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 3 || lines.first() != kMagic || !lines.contains("end"))
        return fail(QCoreApplication::translate("luming::Geo", "not a complete swap journal"), path);
    FileSwap swap{stagingDir, targetDir, {}, {}};
    SwapDirection direction = SwapDirection::Forward;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const QString name = QString::fromUtf8(line.mid(4));
        if (line == "direction back")
            direction = SwapDirection::Back;
        else if (line.startsWith("new ") && !name.contains(u'/'))
            swap.newFiles << name;
        else if (line.startsWith("old ") && !name.contains(u'/'))
            swap.oldOnly << name;
        else if (line != "direction forward" && line != "end" && !line.isEmpty())
            return fail(QCoreApplication::translate("luming::Geo", "unexpected journal line"), path,
                        int(i + 1));
    }
    return std::pair{swap, direction};
}

Status finishSwap(const FileSwap& swap, SwapDirection direction) {
    const QDir staging(swap.stagingDir);
    const QDir target(swap.targetDir);
    const QString previousPath = staging.filePath(QStringLiteral(".previous"));
    if (!QDir().mkpath(previousPath))
        return fail(QCoreApplication::translate("luming::Geo", "cannot create %1")
                        .arg(QDir::toNativeSeparators(previousPath)));
    const QDir previous(previousPath);

    if (direction == SwapDirection::Forward) {
        // Old files aside first: those a new file will replace (still staged) and those without one.
        for (const QString& name : swap.newFiles + swap.oldOnly) {
            const bool replaced = swap.newFiles.contains(name);
            if ((replaced && !present(staging.filePath(name))) || !present(target.filePath(name)))
                continue; // already swapped in, or nothing old to keep
            if (Status moved = renameFile(target.filePath(name), previous.filePath(name)); !moved)
                return moved;
            faultPoint("swap.aside");
        }
        for (const QString& name : swap.newFiles) {
            if (!present(staging.filePath(name)))
                continue;
            if (Status moved = renameFile(staging.filePath(name), target.filePath(name)); !moved)
                return moved;
            faultPoint("swap.placed");
        }
    } else {
        for (const QString& name : swap.newFiles) // placed new files back into staging
            if (!present(staging.filePath(name)) && present(target.filePath(name)))
                if (Status moved = renameFile(target.filePath(name), staging.filePath(name)); !moved)
                    return moved;
        for (const QString& name : swap.newFiles + swap.oldOnly)
            if (present(previous.filePath(name)))
                if (Status moved = renameFile(previous.filePath(name), target.filePath(name)); !moved)
                    return moved;
    }
    syncFolder(swap.targetDir);
    const QString journal = staging.filePath(swapJournalName());
    if (QFile::exists(journal) && !QFile::remove(journal))
        return fail(QCoreApplication::translate("luming::Geo", "cannot remove the swap journal in %1")
                        .arg(QDir::toNativeSeparators(swap.stagingDir)));
    faultPoint("swap.done");
    return {};
}

} // namespace luming
