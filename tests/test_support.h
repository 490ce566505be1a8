// Helpers shared by the Qt Test executables.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace luming::test {

// The seed gazettes and sample notices are copied into tests/data/ (seeds/, samples/) so that a fresh
// clone tests without ../shared; `relative` is the same path as under shared/.
inline QString sharedPath(const QString& relative) {
    return QDir(QStringLiteral(LUMING_TEST_DATA_DIR)).filePath(relative);
}
inline QString seedPath(const QString& file) {
    return sharedPath(QStringLiteral("seeds/") + file);
}
inline QString seedNoticePath() {
    return seedPath(QStringLiteral("000_1ade5e92c4242b0a.txt"));
}
inline QString testDataPath(const QString& file) {
    return QDir(QStringLiteral(LUMING_TEST_DATA_DIR)).filePath(file);
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace luming::test
