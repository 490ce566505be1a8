// Reads any GDAL/OGR-readable vector file into scene layers (one per OGR layer with geometry),
// reprojected from the file's CRS to the map's metres (a 3° Gauss–Krüger zone), on the calling thread.
// LayerLoader runs it on a worker thread for the viewer.
#pragma once

#include "core/feedback.h"
#include "crs/web_datum.h"
#include "render/layer_read_report.h"
#include "render/scene_layer.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

namespace luming {

struct LayerLoadOptions {
    LayerLoadOptions() = default;
    // The four basic choices; the rest keep their defaults.
    explicit LayerLoadOptions(QString path, QString layerName = {}, QString labelField = {},
                              QString fallbackCrs = {})
        : path(std::move(path)), layerName(std::move(layerName)), labelField(std::move(labelField)),
          fallbackCrs(std::move(fallbackCrs)) {}

    QString path;
    // Empty: every OGR layer of the file that has geometry.
    QString layerName;
    // Field whose value labels each feature. Empty: the layer's name field (gdal/name_field_p.h), if any;
    // "-" for no labels.
    QString labelField;
    // Field whose width in metres or road class (road_width_table.h) sets each line's width. Empty: the
    // layer's width or class field, if any; "-" for none (every line drawn at the style's width).
    QString widthField;
    // Used when the file has no CRS: "EPSG:4490" assumed for coordinates within ±180/±90, else metres
    // in the target CRS; a warning says so.
    QString fallbackCrs;
    // The map's metric CRS (MapScene::metricEpsg, EPSG:4534–4554). 0: the Gauss–Krüger zone of the centre
    // of the first layer with a coordinate system.
    int targetEpsg = 0;
    // Shapefile attribute encoding; nullopt: guessed from the .cpg, the .dbf's LDID, then the bytes.
    std::optional<TextEncoding> encoding;
    // Replaces the CRS the file declares (e.g. "EPSG:4548"), as when the user answers a CRS diagnosis.
    QString crsOverride;
    // Reads each coordinate as (y, x): for a layer written with lat/lon (northing/easting) swapped.
    bool swapAxes = false;
    // A lon/lat layer digitised on a Chinese web map: its coordinates are shifted back to WGS 84 before
    // reprojection (the answer to a WebDatumSuspected diagnosis).
    WebDatum fromWebDatum = WebDatum::None;
    // loadVectorPreview only: the window (the target CRS's metres) whose features are read first; empty:
    // the whole layer. At most previewBudget features are read, over all layers.
    QRectF previewWindow;
    std::int64_t previewBudget = 25000;
};

struct LayerLoadResult {
    QList<std::shared_ptr<const SceneLayer>> layers;
    QString error; // non-empty: nothing usable was read (message names the file)
    // Everything read partly, guessed or doubtful, each naming the file and layer; GDAL's and PROJ's own
    // messages too (never printed on stderr).
    QStringList warnings;
    bool cancelled = false;
    // A preview (loadVectorPreview): each layer holds only the features read first; the reports say so.
    bool preview = false;
    std::int64_t featuresRead = 0;
    std::int64_t featuresSkipped = 0; // returned by GDAL but not drawn (no or unreadable geometry)
    // One per OGR layer tried; LayerReadReport::sceneLayerId ties it to its entry of `layers`.
    QList<LayerReadReport> reports;

    bool ok() const { return error.isEmpty() && !cancelled; }
    // A layer's CRS does not fit its coordinates: the caller should ask (swap axes, another CRS, or
    // draw anyway) before drawing it. The layers are built as declared, so "anyway" needs no reload.
    bool needsCrsDecision() const;
};

// Progress is set and cancel polled every few thousand features (Feedback's thread contract: this is
// the working thread); progress reaches 100 only when the whole file was read, a cancelled load returns
// no layers. Warnings go to the result and to the feedback. Thread-safe (each call opens its own dataset).
[[nodiscard]] LayerLoadResult loadVectorLayers(const LayerLoadOptions& options, Feedback* feedback = nullptr);

// The first frame's share of a file, read before the whole of it: the features in options.previewWindow
// through each layer's own spatial index (a GeoPackage's R-tree, a shapefile's .qix), at most
// options.previewBudget of them, in the file's order. A layer without a spatial index is left out (a
// warning says it is drawn once read whole), as is everything when no layer has one (no layers, no
// error). Sets no progress and pushes no warnings to the feedback (the whole read that follows does);
// cancel is polled as in loadVectorLayers.
[[nodiscard]] LayerLoadResult loadVectorPreview(const LayerLoadOptions& options,
                                                Feedback* feedback = nullptr);

} // namespace luming
