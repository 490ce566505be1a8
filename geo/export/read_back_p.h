// The one way an export re-opens what it wrote: the profile's read-back driver and open options, and
// exactly one layer. Private (GDAL types): include only from export/*.cpp.
#pragma once

#include "export/export_format_profile.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"

#include <memory>

namespace luming {

struct ReadBack {
    // GDAL's words while the file is read back stay off stderr (declared first: it outlives the dataset,
    // whose closing may still speak).
    std::unique_ptr<gdal::CplErrorCollector> quiet;
    gdal::DatasetPtr dataset;
    OGRLayer* layer = nullptr;
    QString error; // names the file (shownPath) and why it cannot be read back; empty when layer is set
};

// GDAL's own words about a failed open go into `error`.
[[nodiscard]] ReadBack openReadBack(const QString& file, const QString& shownPath,
                                    const ExportFormatProfile& profile);

// openReadBack, and the layer holds `written` features: the start of every export's check after writing.
[[nodiscard]] ReadBack readBackCount(const QString& file, const QString& shownPath,
                                     const ExportFormatProfile& profile, qint64 written);

} // namespace luming
