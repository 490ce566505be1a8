// The map widget: owns the viewport, asks MapRenderer for frames on a worker thread and shows them.
// While a frame is being drawn, pan and zoom move the last finished frame (scaled and shifted to the
// new viewport), so interaction never waits for the renderer; a frame made for an outdated scene or
// selection is dropped. Knows nothing of Projects: what a road's tooltip says is asked of a provider.
#pragma once

#include "render/cluster_markers.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"
#include "render/map_viewport.h"
#include "road_key.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QWidget>
#include <functional>
#include <memory>

namespace luming::app {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    // One finished frame and what it was drawn for.
    struct Frame {
        QImage image;
        MapViewport viewport;
        quint64 contentVersion = 0;
        double renderMs = 0;
        bool cancelled = false;
    };

    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override; // waits for a running frame (it only reads shared, immutable data)

    // Replaces what is drawn; the viewport stays (call zoomToFullExtent() for a new project).
    void setScene(MapScene scene);
    const MapScene& scene() const { return scene_; }

    const MapViewport& viewport() const { return viewport_; }
    void setViewport(const MapViewport& viewport);

    // The highlighted road (an invalid key clears it). Does not emit roadClicked.
    void setSelection(const RoadKey& key);
    // Several roads highlighted together (a 区 or 街道 picked in the tree).
    void setSelection(const QList<RoadKey>& keys);
    RoadKey selection() const { return selection_.value(0); } // the first selected road
    // Features of a loaded layer highlighted (by FID; an empty list clears). Does not emit featureClicked.
    void setFeatureSelection(std::uint64_t layerId, const QList<qint64>& fids);
    std::uint64_t featureSelectionLayer() const { return featureLayer_; }
    const QList<RoadKey>& selectedRoads() const { return selection_; }

    // 街道 markers drawn over the map where their roads would be specks; a click on one zooms to it.
    void setClusterMarkers(QList<ClusterMarker> markers);
    // The markers on screen now (in the canvas's pixels), topmost last.
    QList<PlacedClusterMarker> placedClusterMarkers() const;
    const QList<ClusterMarker>& clusterMarkers() const { return markers_; }
    // Roads drawn outside their 区 (roads_outside_district.h): framed in red dashes over the map.
    void setOutsideRoads(QList<RoadKey> keys);
    const QList<RoadKey>& outsideRoads() const { return outside_; }

    // Extra layers (SceneLayer::id()) not to draw.
    void setHiddenLayers(const QSet<std::uint64_t>& ids);
    // The user's style of each extra layer (SceneLayer::id()); others keep the default look.
    void setLayerStyles(const QHash<std::uint64_t, LayerStyle>& styles);
    void setDistrictsVisible(bool visible);
    void setSchematicBadgeText(const QString& text);

    // Tooltip text for a road under the cursor (rich text allowed); empty: no tooltip.
    void setToolTipProvider(std::function<QString(const RoadKey&)> provider) {
        toolTipProvider_ = std::move(provider);
    }

    // True when the frame on screen was drawn for exactly the current scene, selection and viewport.
    bool isFrameCurrent() const;
    const Frame& shownFrame() const { return shown_; }
    RenderReport lastReport() const { return lastReport_; }
    // What the next frame draws besides scene and viewport (selection, hidden layers …); also printed.
    RenderOptions renderOptions() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFullExtent();
    // The project's roads with some of their surroundings (the opening view); the full extent when
    // there are no roads.
    void zoomToRoads();
    void zoomToSelection();
    // Shows the whole road: recentres when it fits at the current scale, zooms out when it does not, and
    // zooms in when it would be shorter than a readable kReadablePx on screen.
    void bringIntoView(const RoadKey& key);
    // Shows these metres whole, with some surroundings.
    void zoomToExtent(const QRectF& extentM);

public:
    static constexpr double kReadablePx = 120; // a selected road is never drawn shorter than this

signals:
    // A click (not a drag) on the map: the road under it, or an invalid key on empty ground.
    void roadClicked(const luming::app::RoadKey& key);
    // A click hit no road but a feature of a visible loaded layer (the topmost): its layer and FID.
    void featureClicked(std::uint64_t layerId, qint64 fid);
    // A click on a 街道 marker (the canvas zooms to it as well).
    void clusterClicked(const QString& label);
    // Cursor position in the scene's metres (MapScene::metricEpsg).
    void cursorMoved(QPointF worldM);
    void cursorLeft();
    // A frame for the current state is on screen; renderMs is the worker's time for it.
    void frameReady(double renderMs);
    // Once: the first rendered frame has been painted.
    void firstFramePainted();
    // A frame drawn for exactly the current state has been painted on screen.
    void currentFramePainted();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void viewChanged();    // viewport moved: show the moved old frame now, render in the background
    void contentChanged(); // scene, selection or layers changed: older frames become stale
    void scheduleRender();
    void startRender();
    void renderFinished();
    void userMovedView(); // forget the view intent
    void paintOutsideMarks(QPainter& painter) const;
    void applyIntent();

    // What the last zoom command asked to see; re-applied when the widget is resized (the window
    // being laid out, a dock opening) until the user pans or zooms by hand.
    enum class ViewIntent { None, FullExtent, Roads, RoadInView, Extent };
    std::optional<QRectF> selectionBounds() const;

    MapScene scene_;
    MapViewport viewport_;
    QList<RoadKey> selection_;
    QList<ClusterMarker> markers_;
    QList<RoadKey> outside_;
    QSet<std::uint64_t> hiddenLayers_;
    std::uint64_t featureLayer_ = 0;             // the layer of the highlighted features
    std::vector<std::int64_t> featureSelection_; // its scene features
    QHash<std::uint64_t, LayerStyle> layerStyles_;
    bool districtsVisible_ = true;
    QString badgeText_;
    std::function<QString(const RoadKey&)> toolTipProvider_;

    quint64 contentVersion_ = 1;
    Frame shown_;
    RenderReport lastReport_;
    QFutureWatcher<std::pair<Frame, RenderReport>> watcher_;
    std::shared_ptr<Feedback> cancelRunning_; // the running frame's
    quint64 runningContentVersion_ = 0;
    QElapsedTimer runningSince_;
    bool renderQueued_ = false;
    bool firstFramePainted_ = false;

    ViewIntent intent_ = ViewIntent::None;
    RoadKey intentRoad_;
    QRectF intentExtent_;

    QPoint pressPos_;
    QPoint lastDragPos_;
    bool pressed_ = false;
    bool dragging_ = false;
};

} // namespace luming::app
