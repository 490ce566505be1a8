// One immutable layer of a MapScene: features (points, lines or polygons) already projected to
// metres (the region's GK zone), with precomputed Douglas–Peucker levels and a spatial index. Built by
// SceneLayerBuilder, then shared read-only (std::shared_ptr<const SceneLayer>) between the GUI thread
// and render workers. Compact on purpose: a city's road layer (10⁶ lines) must fit comfortably.
#pragma once

#include "render/spatial_index.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <vector>

namespace luming {

enum class FeatureKind : std::uint8_t { Point, Line, Polygon };

class SceneLayer {
public:
    // Vertices of one simplification level. Coordinates are floats relative to origin() (a city is
    // ±50 km around it: float keeps ~4 mm there, half the memory of doubles).
    struct Level {
        double toleranceM = 0;                // 0: every vertex as read
        std::vector<float> xy;                // x0, y0, x1, y1, … metres − origin
        std::vector<std::uint32_t> partStart; // part p = vertices [partStart[p], partStart[p + 1])
    };

    std::uint64_t id() const { return id_; } // unique in the process, stable for the layer's life
    const QString& name() const { return name_; }
    const QString& sourcePath() const { return sourcePath_; }

    // Features are stored in spatial (Hilbert) order, so a viewport query walks memory front to back;
    // inputIndex() is the number SceneLayerBuilder::beginFeature returned for a feature, featureOf() the
    // way back.
    std::int64_t featureCount() const { return static_cast<std::int64_t>(kinds_.size()); }
    std::int64_t inputIndex(std::int64_t feature) const { return inputIndex_[feature]; }
    std::int64_t featureOf(std::int64_t inputIndex) const { return featureOf_[inputIndex]; }
    FeatureKind kind(std::int64_t feature) const { return kinds_[feature]; }
    QRectF bounds(std::int64_t feature) const;
    const QString& label(std::int64_t feature) const; // empty when the feature has none
    double widthM(std::int64_t feature) const;        // 0: no real width (drawn as a hairline)
    double lengthM(std::int64_t feature) const;       // along lines, perimeter of polygons
    // The feature's id in its source file (OGR FID), -1 when the layer was not read from one.
    std::int64_t sourceFid(std::int64_t feature) const { return fids_.empty() ? -1 : fids_[feature]; }
    bool isSchematic(std::int64_t feature) const { return flags_[feature] & kSchematic; }
    // Parts of a feature: [firstPart, endPart) index Level::partStart (same numbering at every level).
    std::uint32_t firstPart(std::int64_t feature) const { return featurePartStart_[feature]; }
    std::uint32_t endPart(std::int64_t feature) const { return featurePartStart_[feature + 1]; }

    QRectF extent() const { return extent_; }
    QPointF origin() const { return origin_; }
    double maxWidthM() const { return maxWidthM_; }
    bool hasLabels() const { return !labels_.empty(); }
    bool hasSchematic() const { return anySchematic_; }
    const SpatialIndex& index() const { return index_; }

    int levelCount() const { return static_cast<int>(levels_.size()); }
    const Level& level(int i) const { return levels_[i]; }
    // The coarsest level whose tolerance is within one pixel at this scale.
    int levelFor(double metresPerPixel) const;

    // Vertices of one part at one level, in metres (convenience for tests and hit testing).
    std::vector<QPointF> partPoints(int level, std::uint32_t part) const;

private:
    friend class SceneLayerBuilder;
    static constexpr std::uint8_t kSchematic = 1;

    std::uint64_t id_ = 0;
    QString name_;
    QString sourcePath_;
    std::vector<FeatureKind> kinds_;
    std::vector<std::uint8_t> flags_;
    std::vector<float> widthM_;
    std::vector<float> lengthM_;
    std::vector<QString> labels_;    // empty vector when no feature has a label
    std::vector<std::int64_t> fids_; // empty when no feature has a source FID
    std::vector<SpatialIndex::Box> bounds_;
    std::vector<std::uint32_t> featurePartStart_; // featureCount + 1 entries
    std::vector<std::uint32_t> inputIndex_;
    std::vector<std::uint32_t> featureOf_;
    std::vector<Level> levels_; // [0] full resolution, then coarser
    SpatialIndex index_;
    QRectF extent_;
    QPointF origin_;
    double maxWidthM_ = 0;
    bool anySchematic_ = false;
};

} // namespace luming
