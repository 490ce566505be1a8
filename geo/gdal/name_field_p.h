// Which attribute of a road layer holds the road's name, when the user has not said: the field names
// road layers are published with (OSM's `name`, bureau layers' 名称/路名/道路名称, Luming's own DBF code
// DLMC). One list, for labels, identify and search. Private: include only from .cpp files.
#pragma once

#include <ogrsf_frmts.h>

namespace luming::gdal {

// The index of the name field, -1 when the layer has none of the known names.
[[nodiscard]] int nameFieldIndex(const OGRFeatureDefn& defn);

} // namespace luming::gdal
