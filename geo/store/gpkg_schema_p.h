// The GeoPackage schema of a Luming project (BRIEF.md "GeoPackage schema"), as data: one spec per layer,
// used to create layers, to add columns an older file lacks, and to check a file before writing it.
#pragma once

#include "core/result.h"
#include "gdal/gdal_raii_p.h"

#include <QString>
#include <vector>

namespace luming::gpkg {

struct FieldSpec {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subType = OFSTNone;
};

struct LayerSpec {
    const char* name;
    OGRwkbGeometryType geometry; // wkbNone: attribute table
    const char* description;
    std::vector<FieldSpec> fields;
};

const LayerSpec& notices();
const LayerSpec& roads();
const LayerSpec& findings();
const LayerSpec& districts();
const LayerSpec& layoutReport();
const std::vector<const LayerSpec*>& allLayers();

// The layer named by `spec`: created when missing (EPSG:4490, R-tree index), missing columns added.
// Refuses a layer of another geometry type or CRS. The layer belongs to `dataset`.
[[nodiscard]] Result<OGRLayer*> ensureLayer(GDALDataset& dataset, const LayerSpec& spec);

} // namespace luming::gpkg
