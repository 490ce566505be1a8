#include "gdal/name_field_p.h"

namespace luming::gdal {

int nameFieldIndex(const OGRFeatureDefn& defn) {
    // In order of preference; GetFieldIndex is case-insensitive for most drivers, the spellings cover
    // the others.
    for (const char* name : {"name", "NAME", "Name", "名称", "路名", "道路名称", "DLMC", "name_zh",
                             "NAME_CHN", "ROADNAME", "road_name"}) {
        const int index = defn.GetFieldIndex(name);
        if (index >= 0)
            return index;
    }
    return -1;
}

} // namespace luming::gdal
