// What the map shows, as an immutable snapshot in metres of the project region's 3° Gauss–Krüger zone: the
// districts (beneath), the extra layers the user opened (beneath the roads, in the order added) and the
// project's roads. Built once from a Project (projected once, here); cheap to copy (layers are shared, never
// modified), so the canvas hands a copy to its render worker and keeps working on the GUI thread.
#pragma once

#include "core/result.h"
#include "core/road_id.h"
#include "render/scene_layer.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace luming {

struct Project;

class MapScene {
public:
    MapScene() = default; // empty: renders the background and furniture only

    // Projects every road line and district polygon from EPSG:4490 lon/lat to metres of the project's
    // region (Project::region). Road labels are RoadRecord::name, widths RoadRecord::width_max_m
    // (width_min_m when only that is known). Roads without a usable line are not drawn (roadBounds() is
    // nullopt). A region that is unknown gives an empty scene (metricEpsg() 0): nothing has coordinates.
    // Fails only when PROJ cannot be set up.
    [[nodiscard]] static Result<MapScene> fromProject(const Project& project);

    // Direct construction (tests, bench): any layer may be null. roadIds[i] names the road whose feature
    // had input index i (the i-th beginFeature of the roads' builder).
    // metricEpsg: the CRS of the layers' metres (0: unknown).
    MapScene(std::shared_ptr<const SceneLayer> districts, std::shared_ptr<const SceneLayer> roads,
             const QList<RoadId>& roadIds, int metricEpsg = 0);

    // The CRS of every layer's coordinates: EPSG:4534–4554, the project region's zone; 0 when the region
    // is unknown (then the scene holds no project layers).
    int metricEpsg() const { return metricEpsg_; }

    // A new snapshot sharing this one's layers, plus or minus one extra layer.
    [[nodiscard]] MapScene withExtraLayer(std::shared_ptr<const SceneLayer> layer) const;
    [[nodiscard]] MapScene withoutExtraLayer(std::uint64_t layerId) const;

    const std::shared_ptr<const SceneLayer>& districts() const { return districts_; }
    const std::shared_ptr<const SceneLayer>& roads() const { return roads_; }
    const QList<std::shared_ptr<const SceneLayer>>& extraLayers() const { return extraLayers_; }

    // Districts: palette index of each feature (neighbours differ; MapStyle::districtFills) and where
    // its name goes (metres, well inside the polygon). Computed once, with the scene.
    int districtFillIndex(std::int64_t feature) const;
    QPointF districtLabelAnchor(std::int64_t feature) const;

    // Union of every layer's extent (metres); null when the scene is empty.
    QRectF extent() const;
    // Union of districts and roads only: the "full extent" of the project.
    QRectF projectExtent() const;

    // Roads feature index ↔ road id.
    RoadId roadId(std::int64_t feature) const { return roadIds_.value(feature); }
    std::optional<std::int64_t> roadFeature(const RoadId& id) const;
    // Bounds of a road's line in metres (zoom to selection); nullopt when the road is not drawn.
    std::optional<QRectF> roadBounds(const RoadId& id) const;

private:
    std::shared_ptr<const SceneLayer> districts_;
    std::shared_ptr<const SceneLayer> roads_;
    QList<std::shared_ptr<const SceneLayer>> extraLayers_;
    QList<RoadId> roadIds_;
    std::shared_ptr<const QHash<RoadId, std::int64_t>> featureOfRoad_;
    std::shared_ptr<const std::vector<int>> districtFill_;
    std::shared_ptr<const std::vector<QPointF>> districtAnchor_;
    int metricEpsg_ = 0;
};

} // namespace luming
