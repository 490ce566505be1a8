#include "render/map_scene.h"

#include "core/project.h"
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "render/district_colouring.h"
#include "render/label_anchor.h"
#include "render/map_style.h"
#include "render/scene_layer_builder.h"

#include <algorithm>
#include <span>

namespace luming {

namespace {

// Appends lon/lat points for one batch PROJ call; the slices are projected together afterwards.
void appendLonLat(const QList<LonLat>& line, QList<QPointF>& all) {
    for (const LonLat& p : line)
        all.append(QPointF(p.lon, p.lat));
}

double drawnWidth(const RoadRecord* record) {
    if (!record)
        return 0;
    if (record->widthMaxM)
        return *record->widthMaxM;
    return record->widthMinM.value_or(0);
}

} // namespace

MapScene::MapScene(std::shared_ptr<const SceneLayer> districts, std::shared_ptr<const SceneLayer> roads,
                   const QList<RoadId>& roadIds, int metricEpsg)
    : districts_(std::move(districts)), roads_(std::move(roads)), metricEpsg_(metricEpsg) {
    // The layer stores its features in spatial order: re-key the ids from input order to feature order.
    if (roads_) {
        roadIds_.resize(roads_->featureCount());
        for (std::int64_t f = 0; f < roads_->featureCount(); ++f)
            roadIds_[f] = roadIds.value(roads_->inputIndex(f));
    }
    auto map = std::make_shared<QHash<RoadId, std::int64_t>>();
    for (qsizetype i = 0; i < roadIds_.size(); ++i)
        map->insert(roadIds_[i], i);
    featureOfRoad_ = std::move(map);
    if (districts_) {
        districtFill_ = std::make_shared<const std::vector<int>>(
            colourNeighbours(*districts_, static_cast<int>(MapStyle{}.districtFills.size())));
        auto anchors = std::make_shared<std::vector<QPointF>>();
        for (std::int64_t f = 0; f < districts_->featureCount(); ++f)
            anchors->push_back(areaLabelAnchor(*districts_, f));
        districtAnchor_ = std::move(anchors);
    }
}

int MapScene::districtFillIndex(std::int64_t feature) const {
    return districtFill_ && feature >= 0 && feature < static_cast<std::int64_t>(districtFill_->size())
               ? (*districtFill_)[static_cast<std::size_t>(feature)]
               : static_cast<int>(feature);
}

QPointF MapScene::districtLabelAnchor(std::int64_t feature) const {
    if (districtAnchor_ && feature >= 0 && feature < static_cast<std::int64_t>(districtAnchor_->size()))
        return (*districtAnchor_)[static_cast<std::size_t>(feature)];
    return districts_ ? districts_->bounds(feature).center() : QPointF();
}

Result<MapScene> MapScene::fromProject(const Project& project) {
    if (!project.region.isKnown())
        return MapScene();
    auto transformer = CrsTransformer::create(crs::cgcs2000Geographic(), project.region.metricCrs());
    if (!transformer)
        return transformer.error();

    // One PROJ call for every vertex of the project.
    QList<QPointF> lonLat;
    for (const RoadGeometry& road : project.roads)
        appendLonLat(road.points, lonLat);
    for (const DistrictPolygon& district : project.districts)
        for (const auto& part : district.parts)
            for (const LonLatRing& ring : part)
                appendLonLat(ring, lonLat);
    const QList<QPointF> metres = transformer->forward(lonLat);
    qsizetype next = 0;
    auto take = [&](qsizetype count) {
        const std::span<const QPointF> slice(metres.constData() + next, static_cast<std::size_t>(count));
        next += count;
        return slice;
    };

    SceneLayerBuilder roads(QStringLiteral("roads"));
    QList<RoadId> ids;
    ids.reserve(project.roads.size());
    for (const RoadGeometry& road : project.roads) {
        const RoadRecord* record = project.recordOf(road.id);
        roads.beginFeature(FeatureKind::Line, record ? record->name : QString(), drawnWidth(record),
                           road.source == GeometrySource::Schematic ? Provenance::Schematic
                                                                    : Provenance::Surveyed);
        roads.addPart(take(road.points.size()));
        ids.append(road.id);
    }

    SceneLayerBuilder districts(QStringLiteral("districts"));
    for (const DistrictPolygon& district : project.districts) {
        districts.beginFeature(FeatureKind::Polygon, district.name);
        for (const auto& part : district.parts)
            for (const LonLatRing& ring : part)
                districts.addPart(take(ring.size()));
    }
    return MapScene(districts.build(), roads.build(), ids, project.region.metricEpsg);
}

MapScene MapScene::withExtraLayer(std::shared_ptr<const SceneLayer> layer) const {
    MapScene copy = *this;
    if (layer)
        copy.extraLayers_.append(std::move(layer));
    return copy;
}

MapScene MapScene::withoutExtraLayer(std::uint64_t layerId) const {
    MapScene copy = *this;
    copy.extraLayers_.removeIf([layerId](const auto& layer) { return layer->id() == layerId; });
    return copy;
}

namespace {
// Manual union: QRectF::united drops rectangles of zero area (a layer of one point or one straight road).
void unite(std::optional<QRectF>& into, const std::shared_ptr<const SceneLayer>& layer) {
    if (!layer || layer->index().isEmpty())
        return;
    const QRectF e = layer->extent();
    if (!into) {
        into = e;
        return;
    }
    into = QRectF(QPointF(std::min(into->left(), e.left()), std::min(into->top(), e.top())),
                  QPointF(std::max(into->right(), e.right()), std::max(into->bottom(), e.bottom())));
}
} // namespace

QRectF MapScene::projectExtent() const {
    std::optional<QRectF> r;
    unite(r, districts_);
    unite(r, roads_);
    return r.value_or(QRectF());
}

QRectF MapScene::extent() const {
    std::optional<QRectF> r;
    unite(r, districts_);
    unite(r, roads_);
    for (const auto& layer : extraLayers_)
        unite(r, layer);
    return r.value_or(QRectF());
}

std::optional<std::int64_t> MapScene::roadFeature(const RoadId& id) const {
    if (!featureOfRoad_)
        return std::nullopt;
    const auto it = featureOfRoad_->constFind(id);
    if (it == featureOfRoad_->constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QRectF> MapScene::roadBounds(const RoadId& id) const {
    const auto feature = roadFeature(id);
    if (!feature || !roads_ || roads_->firstPart(*feature) == roads_->endPart(*feature))
        return std::nullopt;
    return roads_->bounds(*feature);
}

} // namespace luming
