// What reading one layer of a vector file achieved: how many of its features were read, how many had
// no or unreadable geometry, the attribute encoding used and why, and whether its CRS fits its
// coordinates. A layer read in part is never reported as read whole.
#pragma once

#include "render/crs_sanity.h"
#include "render/layer_encoding.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace luming {

struct LayerReadReport {
    QString file;                   // file name, for messages
    QString layer;                  // OGR layer name
    std::uint64_t sceneLayerId = 0; // the SceneLayer built from it; 0 when the layer was skipped
    // What the layer says it holds (OGR's feature count); -1 when it cannot say.
    std::int64_t featuresInLayer = -1;
    std::int64_t featuresReturned = 0;     // features GDAL handed out while iterating
    std::int64_t featuresRead = 0;         // of those, drawn
    std::int64_t noGeometry = 0;           // returned without (or with an empty) geometry
    std::int64_t unreadableGeometry = 0;   // a geometry GDAL could not decode, or PROJ could not place
    std::int64_t gdalErrors = 0;           // GDAL failures raised while reading the layer
    std::optional<EncodingGuess> encoding; // shapefiles only
    QStringList fields;                    // the layer's attribute fields, in its order
    QString labelField;                    // the field that labelled the features; empty: none
    QString widthField;                    // the field that set line widths; empty: none
    CrsDiagnosis crs;
    // Read as a preview (the view first; the rest is still loading), or the rest's load was cancelled:
    // either way featuresRead is all the layer holds in the scene.
    bool preview = false;
    bool cancelled = false;

    // Features the layer holds that were never handed out (a truncated .dbf, a corrupt page).
    std::int64_t featuresMissing() const {
        return featuresInLayer > featuresReturned ? featuresInLayer - featuresReturned : 0;
    }
    // Every feature the layer holds was read and drawn, and GDAL raised no failure.
    bool complete() const;
    // "52 of 59 features read; 7 had unreadable geometry", "20000 of 1000000 features read, cancelled"
    QString summary() const;
};

} // namespace luming
