// Finds files under resources/ (anchors, district boundaries, the bundled notice) whether Luming runs
// from the build tree, an install, or elsewhere with LUMING_RESOURCES set.
#pragma once

#include <QString>

namespace luming {

// Absolute path of resources/<relative>, or empty if no candidate folder has it. Looked for in order:
// $LUMING_RESOURCES, beside the executable (../resources, ../../resources, ../share/luming), the source tree.
[[nodiscard]] QString findResource(const QString& relative);
// The notice the viewer opens by default.
[[nodiscard]] QString bundledNoticePath();

} // namespace luming
