#include "project/resource_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace luming {

QString findResource(const QString& relative) {
    QStringList roots;
    if (const QString env = qEnvironmentVariable("LUMING_RESOURCES"); !env.isEmpty())
        roots.append(env);
    if (QCoreApplication::instance()) {
        const QString bin = QCoreApplication::applicationDirPath();
        roots << bin + QStringLiteral("/../resources") << bin + QStringLiteral("/../../resources")
              << bin + QStringLiteral("/../share/luming");
    }
    roots.append(QStringLiteral(LUMING_SOURCE_RESOURCES));
    for (const auto& root : roots) {
        const QFileInfo candidate(QDir(root).filePath(relative));
        if (candidate.exists())
            return candidate.canonicalFilePath();
    }
    return {};
}

QString bundledNoticePath() {
    return findResource(QStringLiteral("notices/jinan_gazette_2021_19.txt"));
}

} // namespace luming
