#include "render/scene_layer_builder.h"

#include "render/line_simplifier.h"

#include <atomic>
#include <cmath>
#include <limits>

namespace luming {

namespace {

std::uint64_t nextLayerId() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

// Tolerances of the precomputed levels (metres), each four times the previous: a frame drawn at
// m metres per pixel uses the coarsest level with tolerance ≤ m, so it is at most 1 px off and carries
// at most ~4× the vertices it needs.
constexpr double kFirstToleranceM = 0.25;
constexpr double kToleranceStep = 4;
constexpr int kMaxLevels = 10;
// A level is kept only if it saves at least this share of the vertices of the level before.
constexpr double kMinSaving = 0.25;

constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

SceneLayerBuilder::SceneLayerBuilder(QString name, QString sourcePath)
    : layer_(std::make_unique<SceneLayer>()) {
    layer_->name_ = std::move(name);
    layer_->sourcePath_ = std::move(sourcePath);
    featurePartStart_.push_back(0);
}

std::int64_t SceneLayerBuilder::beginFeature(FeatureKind kind, const QString& label, double widthM,
                                             Provenance provenance) {
    SceneLayer& l = *layer_;
    const std::int64_t feature = featureCount();
    l.kinds_.push_back(kind);
    l.flags_.push_back(provenance == Provenance::Schematic ? SceneLayer::kSchematic : 0);
    l.widthM_.push_back(widthM > 0 && std::isfinite(widthM) ? static_cast<float>(widthM) : 0.f);
    if (!label.isEmpty() && !labelled_) {
        l.labels_.resize(static_cast<std::size_t>(feature)); // the features before had none
        labelled_ = true;
    }
    if (labelled_)
        l.labels_.push_back(label);
    featurePartStart_.push_back(featurePartStart_.back());
    return feature;
}

void SceneLayerBuilder::setSourceFid(std::int64_t fid) {
    SceneLayer& l = *layer_;
    if (l.kinds_.empty())
        return;
    l.fids_.resize(l.kinds_.size(), -1); // features begun without one have none
    l.fids_.back() = fid;
}

bool SceneLayerBuilder::addPart(std::span<const QPointF> pointsM) {
    SceneLayer& l = *layer_;
    if (l.kinds_.empty())
        return false;
    const FeatureKind kind = l.kinds_.back();
    const std::size_t start = points_.size();
    for (const QPointF& p : pointsM) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        if (points_.size() > start && points_.back() == p)
            continue; // repeated vertices add nothing but work
        points_.push_back(p);
        if (kind == FeatureKind::Point)
            break;
    }
    const std::size_t count = points_.size() - start;
    const bool usable = kind == FeatureKind::Point  ? count == 1
                        : kind == FeatureKind::Line ? count >= 2
                                                    : count >= 3;
    if (!usable) {
        points_.resize(start);
        return false;
    }
    if (kind == FeatureKind::Polygon && points_.back() != points_[start])
        points_.push_back(points_[start]); // rings are stored closed
    partStart_.push_back(static_cast<std::uint32_t>(start));
    partKind_.push_back(kind);
    ++featurePartStart_.back();
    return true;
}

std::shared_ptr<const SceneLayer> SceneLayerBuilder::build() {
    SceneLayer& l = *layer_;
    l.id_ = nextLayerId();
    const std::int64_t features = featureCount();
    if (!l.labels_.empty())
        l.labels_.resize(static_cast<std::size_t>(features));
    if (!l.fids_.empty())
        l.fids_.resize(static_cast<std::size_t>(features), -1);
    partStart_.push_back(static_cast<std::uint32_t>(points_.size()));

    // Bounds and lengths from the full-resolution vertices.
    l.bounds_.assign(static_cast<std::size_t>(features), SpatialIndex::Box{kInf, kInf, -kInf, -kInf});
    l.lengthM_.assign(static_cast<std::size_t>(features), 0.f);
    QRectF extent;
    SpatialIndex::Box all{kInf, kInf, -kInf, -kInf};
    for (std::int64_t f = 0; f < features; ++f) {
        SpatialIndex::Box b{kInf, kInf, -kInf, -kInf};
        double length = 0;
        for (std::uint32_t part = featurePartStart_[f]; part < featurePartStart_[f + 1]; ++part) {
            for (std::uint32_t v = partStart_[part]; v < partStart_[part + 1]; ++v) {
                const QPointF& p = points_[v];
                b.minX = std::min(b.minX, p.x());
                b.minY = std::min(b.minY, p.y());
                b.maxX = std::max(b.maxX, p.x());
                b.maxY = std::max(b.maxY, p.y());
                if (v > partStart_[part])
                    length += std::hypot(p.x() - points_[v - 1].x(), p.y() - points_[v - 1].y());
            }
        }
        l.bounds_[f] = b;
        l.lengthM_[f] = static_cast<float>(length);
        l.maxWidthM_ = std::max<double>(l.maxWidthM_, l.widthM_[f]);
        l.anySchematic_ = l.anySchematic_ || (l.flags_[f] & SceneLayer::kSchematic);
        if (b.minX <= b.maxX) {
            all.minX = std::min(all.minX, b.minX);
            all.minY = std::min(all.minY, b.minY);
            all.maxX = std::max(all.maxX, b.maxX);
            all.maxY = std::max(all.maxY, b.maxY);
        }
    }
    if (all.minX <= all.maxX) {
        l.extent_ = SpatialIndex::rectOf(all);
        // A whole metre keeps the float offsets exact to the input's metre grid.
        l.origin_ = QPointF(std::round(l.extent_.center().x()), std::round(l.extent_.center().y()));
    }

    // Spatial order: features sorted as the index will hold them (those without vertices last).
    std::vector<std::uint32_t> order = SpatialIndex::hilbertOrder(l.bounds_);
    {
        std::vector<char> placed(static_cast<std::size_t>(features), 0);
        for (std::uint32_t f : order)
            placed[f] = 1;
        for (std::int64_t f = 0; f < features; ++f)
            if (!placed[f])
                order.push_back(static_cast<std::uint32_t>(f));
    }
    auto permute = [&order](auto& values) {
        std::remove_reference_t<decltype(values)> sorted;
        sorted.reserve(values.size());
        for (std::uint32_t f : order)
            sorted.push_back(std::move(values[f]));
        values = std::move(sorted);
    };
    permute(l.kinds_);
    permute(l.flags_);
    permute(l.widthM_);
    permute(l.lengthM_);
    permute(l.bounds_);
    if (!l.labels_.empty())
        permute(l.labels_);
    if (!l.fids_.empty())
        permute(l.fids_);
    l.featureOf_.resize(order.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        l.featureOf_[order[k]] = static_cast<std::uint32_t>(k);

    // Level 0: every vertex, in spatial order, as float offsets from the origin.
    SceneLayer::Level full;
    full.xy.reserve(points_.size() * 2);
    full.partStart.reserve(partStart_.size());
    std::vector<FeatureKind> partKind;
    partKind.reserve(partKind_.size());
    l.featurePartStart_.reserve(order.size() + 1);
    for (std::uint32_t f : order) {
        l.featurePartStart_.push_back(static_cast<std::uint32_t>(full.partStart.size()));
        for (std::uint32_t part = featurePartStart_[f]; part < featurePartStart_[f + 1]; ++part) {
            full.partStart.push_back(static_cast<std::uint32_t>(full.xy.size() / 2));
            partKind.push_back(partKind_[part]);
            for (std::uint32_t v = partStart_[part]; v < partStart_[part + 1]; ++v) {
                full.xy.push_back(static_cast<float>(points_[v].x() - l.origin_.x()));
                full.xy.push_back(static_cast<float>(points_[v].y() - l.origin_.y()));
            }
        }
    }
    l.featurePartStart_.push_back(static_cast<std::uint32_t>(full.partStart.size()));
    full.partStart.push_back(static_cast<std::uint32_t>(full.xy.size() / 2));
    l.inputIndex_ = std::move(order);
    partKind_ = std::move(partKind);
    points_ = {};
    partStart_ = {};
    featurePartStart_ = {};
    l.levels_.push_back(std::move(full));

    // Coarser levels, each simplified from the one before (error stays within 1 + 1/4 + 1/16 … < 4/3 of
    // its tolerance, still under a pixel at the scales it serves).
    const double diagonal = std::hypot(l.extent_.width(), l.extent_.height());
    std::vector<QPointF> in;
    std::vector<QPointF> simplified;
    for (double tol = kFirstToleranceM; static_cast<int>(l.levels_.size()) < kMaxLevels && tol < diagonal / 4;
         tol *= kToleranceStep) {
        const SceneLayer::Level& prev = l.levels_.back();
        SceneLayer::Level next;
        next.toleranceM = tol;
        next.partStart.reserve(prev.partStart.size());
        next.xy.reserve(prev.xy.size() / 2);
        const std::size_t parts = prev.partStart.size() - 1;
        for (std::size_t part = 0; part < parts; ++part) {
            next.partStart.push_back(static_cast<std::uint32_t>(next.xy.size() / 2));
            const std::uint32_t begin = prev.partStart[part];
            const std::uint32_t end = prev.partStart[part + 1];
            if (partKind_[part] == FeatureKind::Point || end - begin <= 2) {
                next.xy.insert(next.xy.end(), prev.xy.begin() + 2 * std::ptrdiff_t(begin),
                               prev.xy.begin() + 2 * std::ptrdiff_t(end));
                continue;
            }
            in.clear();
            for (std::uint32_t v = begin; v < end; ++v)
                in.emplace_back(prev.xy[2 * std::size_t(v)], prev.xy[2 * std::size_t(v) + 1]);
            simplified.clear();
            simplifyDouglasPeucker(
                in, tol, partKind_[part] == FeatureKind::Polygon ? PathKind::Closed : PathKind::Open,
                simplified);
            for (const QPointF& p : simplified) {
                next.xy.push_back(static_cast<float>(p.x()));
                next.xy.push_back(static_cast<float>(p.y()));
            }
        }
        next.partStart.push_back(static_cast<std::uint32_t>(next.xy.size() / 2));
        const double saving =
            1.0 - static_cast<double>(next.xy.size()) / std::max<std::size_t>(1, prev.xy.size());
        if (saving < kMinSaving)
            continue; // not worth its memory; the next, coarser tolerance may be
        next.xy.shrink_to_fit();
        l.levels_.push_back(std::move(next));
    }
    partKind_ = {};

    l.index_ = SpatialIndex(l.bounds_);
    return std::shared_ptr<const SceneLayer>(std::move(layer_));
}

} // namespace luming
