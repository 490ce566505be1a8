// The one way an export re-opens what it wrote: the profile's read-back driver and open options, and
// exactly one layer. Private (GDAL types): include only from export/*.cpp.
#pragma once

#include "export/export_format_profile.h"
#include "gdal/gdal_dataset_p.h"

namespace luming {

struct ReadBack {
    gdal::DatasetPtr dataset;
    OGRLayer* layer = nullptr;
    QString error; // names the file (shownPath) and why it cannot be read back; empty when layer is set
};

// GDAL's own words about a failed open go into `error`.
[[nodiscard]] ReadBack openReadBack(const QString& file, const QString& shownPath,
                                    const ExportFormatProfile& profile);

} // namespace luming
