// Whether a command's SRC is a vector layer (any file GDAL may read) rather than a notice text or a
// Luming project: what `search` and `export` take either way.
#pragma once

#include <QString>

namespace luming::cli {

// A notice is read from text, Markdown or PDF; a .gpkg is a layer unless it is a Luming project; any
// other file is a layer when GDAL opens it as one.
[[nodiscard]] bool isVectorLayer(const QString& path);

} // namespace luming::cli
