#include "bundled_notice.h"

#include <QDir>
#include <QFileInfo>

namespace luming::app {

QStringList BundledNotice::searchFolders(const QString& applicationDir) {
    const QDir exe(applicationDir);
    QStringList folders{
        exe.filePath(QStringLiteral("resources/notices")),       // portable: beside the program
        exe.filePath(QStringLiteral("../share/luming/notices")), // installed: prefix/bin → prefix/share
        exe.filePath(QStringLiteral("../resources/notices")),    // build-x/app → build-x/resources
        exe.filePath(QStringLiteral("../../resources/notices")), // build-x/app → source tree
        QStringLiteral(LUMING_SOURCE_RESOURCES_DIR "/notices"),  // the source tree this was built from
    };
    for (QString& f : folders)
        f = QDir::cleanPath(f);
    folders.removeDuplicates();
    return folders;
}

QString BundledNotice::find(const QString& applicationDir) {
    for (const QString& folder : searchFolders(applicationDir)) {
        const QFileInfoList files = QDir(folder).entryInfoList(
            {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.pdf")},
            QDir::Files | QDir::Readable, QDir::Name);
        if (!files.isEmpty())
            return files.first().absoluteFilePath();
    }
    return {};
}

} // namespace luming::app
