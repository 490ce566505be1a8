// Reads any GDAL/OGR-readable vector file into scene layers (one per OGR layer with geometry),
// reprojected from the file's CRS to EPSG:4548 metres, on the calling thread. LayerLoader runs it on a
// worker thread for the viewer.
#pragma once

#include "core/feedback.h"
#include "render/scene_layer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
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

// Progress is set and cancel polled every few thousand features (Feedback's thread contract: this is
// the working thread); progress reaches 100 only when the whole file was read, a cancelled load returns
// no layers. Warnings go to the result and to the feedback. Thread-safe (each call opens its own dataset).
[[nodiscard]] LayerLoadResult loadVectorLayers(const LayerLoadOptions& options, Feedback* feedback = nullptr);

} // namespace luming
