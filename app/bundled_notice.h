// Finds the notice the viewer opens when started without a FILE: resources/notices/ beside the
// installed program, in the build tree, or in the source tree.
#pragma once

#include <QString>
#include <QStringList>

namespace luming::app {

class BundledNotice {
public:
    // Folders searched, first match wins.
    [[nodiscard]] static QStringList searchFolders(const QString& applicationDir);
    // The first notice file (.txt, .md, .pdf; sorted by name) in the first folder that has one;
    // empty when none is found.
    [[nodiscard]] static QString find(const QString& applicationDir);
};

} // namespace luming::app
