// Reads any GDAL/OGR-readable vector file into scene layers (one per OGR layer with geometry),
// reprojected from the file's CRS to EPSG:4548 metres, on the calling thread. LayerLoader runs it on a
// worker thread for the viewer.
#pragma once

#include "render/scene_layer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

namespace luming {

struct LayerLoadOptions {
    QString path;
    // Empty: every OGR layer of the file that has geometry.
    QString layerName;
    // Field whose value labels each feature. Empty: the first of name / NAME / Name / 名称 / 路名 present;
    // "-" for no labels.
    QString labelField;
    // Used when the file has no CRS: "EPSG:4490" assumed for coordinates within ±180/±90, else metres
    // in EPSG:4548; a warning says so.
    QString fallbackCrs;
};

struct LayerLoadResult {
    QList<std::shared_ptr<const SceneLayer>> layers;
    QString error;        // non-empty: nothing usable was read (message names the file)
    QStringList warnings; // e.g. features skipped because their geometry could not be reprojected
    bool cancelled = false;
    std::int64_t featuresRead = 0;
    std::int64_t featuresSkipped = 0;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// progress(fraction in [0, 1]) is called on the loading thread every few thousand features; cancel is
// polled as often. Thread-safe (each call opens its own dataset).
[[nodiscard]] LayerLoadResult loadVectorLayers(const LayerLoadOptions& options,
                                               const std::function<void(double)>& progress = {},
                                               const std::atomic<bool>* cancel = nullptr);

} // namespace luming
