// Collects features (in the scene's metres) into flat arrays, then builds the immutable SceneLayer:
// simplification levels and spatial index. Not thread-safe; use one builder per thread.
#pragma once

#include "render/scene_layer.h"

#include <memory>
#include <span>

namespace luming {

enum class Provenance { Surveyed, Schematic };

class SceneLayerBuilder {
public:
    explicit SceneLayerBuilder(QString name, QString sourcePath = {});

    // Starts the feature with input index featureCount() (features are never dropped; the built layer
    // stores them in spatial order, SceneLayer::featureOf(inputIndex) finds them). widthM ≤ 0 means
    // "no real width".
    std::int64_t beginFeature(FeatureKind kind, const QString& label = {}, double widthM = 0,
                              Provenance provenance = Provenance::Surveyed);
    // The current feature's id in the file it was read from (OGR's FID), for identify and the attribute
    // table; layers that never set one answer SceneLayer::sourceFid() with -1.
    void setSourceFid(std::int64_t fid);
    // One line, one ring (first ring of a polygon is its outer ring; odd-even fill makes the rest holes;
    // the closing vertex is optional) or one point. Non-finite vertices are skipped; a part left with
    // too few vertices (line < 2, ring < 3) is dropped and false returned.
    bool addPart(std::span<const QPointF> pointsM);

    std::int64_t featureCount() const { return static_cast<std::int64_t>(layer_->kinds_.size()); }
    std::int64_t vertexCount() const { return static_cast<std::int64_t>(points_.size()); }

    // Computes lengths, bounds, simplification levels and the index. The builder is spent afterwards.
    [[nodiscard]] std::shared_ptr<const SceneLayer> build();

private:
    std::unique_ptr<SceneLayer> layer_;
    std::vector<QPointF> points_; // full resolution, doubles until the origin is known
    std::vector<std::uint32_t> partStart_;
    std::vector<FeatureKind> partKind_;
    std::vector<std::uint32_t> featurePartStart_; // by input index; featureCount + 1 entries
    bool labelled_ = false;                       // labels are stored only once some feature has one
};

} // namespace luming
