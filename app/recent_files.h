// The File → Recent files list, newest first, kept in QSettings. Files that no longer exist are
// dropped when the list is read.
#pragma once

#include <QString>
#include <QStringList>

namespace luming::app {

class RecentFiles {
public:
    static constexpr int kMaxEntries = 8;

    [[nodiscard]] static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace luming::app
