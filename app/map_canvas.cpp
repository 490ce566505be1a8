#include "map_canvas.h"

#include "core/background.h"
#include "core/feedback.h"
#include "feature_highlight.h"
#include "layer_features.h"
#include "render/hit_test.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace luming::app {

namespace {

constexpr double kWheelStepFactor = 1.25; // per 15° notch
constexpr double kKeyZoomFactor = 1.5;
constexpr double kMinSelectionExtentM = 400; // zooming to a 150 m road keeps some surroundings
// A frame still being drawn this long after it started is given up when the view moves: with a heavy
// layer, the next frame for where the user is now matters more. Quicker frames are let finish, so a
// light map keeps updating live during a drag instead of only when the mouse stops.
constexpr qint64 kAbandonSlowFrameMs = 120;

// Maps a frame drawn for `from` onto the screen of `to` (both north-up, so scale and shift only).
QTransform frameTransform(const MapViewport& from, const MapViewport& to) {
    const QPointF a = to.toScreen(from.toWorld(QPointF(0, 0)));
    const QPointF b = to.toScreen(from.toWorld(QPointF(1, 1)));
    return QTransform(b.x() - a.x(), 0, 0, b.y() - a.y(), a.x(), a.y());
}

} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    viewport_.setSize(size());
    badgeText_ = RenderOptions{}.schematicBadgeText;
    connect(&watcher_, &QFutureWatcherBase::finished, this, &MapCanvas::renderFinished);
}

MapCanvas::~MapCanvas() {
    if (cancelRunning_)
        cancelRunning_->cancel();
    watcher_.waitForFinished();
}

void MapCanvas::setScene(MapScene scene) {
    scene_ = std::move(scene);
    contentChanged();
}

void MapCanvas::setViewport(const MapViewport& viewport) {
    userMovedView();
    viewport_ = viewport;
    viewport_.setSize(size());
    viewChanged();
}

void MapCanvas::setSelection(const RoadKey& key) {
    setSelection(isValidRoad(key) ? QList<RoadKey>{key} : QList<RoadKey>{});
}

void MapCanvas::setSelection(const QList<RoadKey>& keys) {
    if (keys == selection_)
        return;
    selection_ = keys;
    contentChanged();
}

void MapCanvas::setClusterMarkers(QList<ClusterMarker> markers) {
    markers_ = std::move(markers);
    update(); // drawn over the frame, on this thread: no new render
}

void MapCanvas::setOutsideRoads(QList<RoadKey> keys) {
    outside_ = std::move(keys);
    update();
}

void MapCanvas::paintOutsideMarks(QPainter& painter) const {
    if (outside_.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(0xc0, 0x10, 0x10), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const RoadKey& key : outside_) {
        const std::optional<QRectF> b = scene_.roadBounds(key);
        if (!b)
            continue;
        const QRectF r = QRectF(viewport_.toScreen(b->topLeft()), viewport_.toScreen(b->bottomRight()))
                             .normalized()
                             .adjusted(-6, -6, 6, 6);
        if (r.intersects(rect()))
            painter.drawRoundedRect(r, 4, 4);
    }
    painter.restore();
}

QList<PlacedClusterMarker> MapCanvas::placedClusterMarkers() const {
    return ClusterMarkers::place(markers_, viewport_, MapStyle{});
}

std::optional<QRectF> MapCanvas::selectionBounds() const {
    std::optional<QRectF> united;
    for (const RoadKey& key : selection_)
        if (const std::optional<QRectF> b = scene_.roadBounds(key))
            united = united ? united->united(b->normalized()) : b->normalized();
    return united;
}

void MapCanvas::setFeatureSelection(std::uint64_t layerId, const QList<qint64>& fids) {
    featureLayer_ = layerId;
    featureSelection_.clear();
    // One pass over the layer's FIDs per feature: a table selection of thousands of rows highlights its first
    // 1000.
    constexpr qsizetype kMaxHighlighted = 1000;
    for (const auto& layer : scene_.extraLayers())
        if (layer->id() == layerId)
            for (qsizetype i = 0; i < fids.size() && i < kMaxHighlighted; ++i)
                if (const std::int64_t f = LayerFeatures::featureOfFid(*layer, fids[i]); f >= 0)
                    featureSelection_.push_back(f);
    update();
}

void MapCanvas::setHiddenLayers(const QSet<std::uint64_t>& ids) {
    if (ids == hiddenLayers_)
        return;
    hiddenLayers_ = ids;
    contentChanged();
}

void MapCanvas::setDistrictsVisible(bool visible) {
    if (visible == districtsVisible_)
        return;
    districtsVisible_ = visible;
    contentChanged();
}

void MapCanvas::setSchematicBadgeText(const QString& text) {
    badgeText_ = text;
    contentChanged();
}

bool MapCanvas::isFrameCurrent() const {
    return !shown_.image.isNull() && shown_.contentVersion == contentVersion_ && shown_.viewport == viewport_;
}

void MapCanvas::setLayerStyles(const QHash<std::uint64_t, LayerStyle>& styles) {
    if (styles == layerStyles_)
        return;
    layerStyles_ = styles;
    contentChanged();
}

RenderOptions MapCanvas::renderOptions() const {
    RenderOptions options;
    options.selection = selection_;
    options.hiddenLayers = hiddenLayers_;
    options.layerStyles = layerStyles_;
    options.showDistricts = districtsVisible_;
    options.schematicBadgeText = badgeText_;
    return options;
}

void MapCanvas::viewChanged() {
    update(); // the old frame, moved, right now
    if (cancelRunning_ && runningSince_.isValid() && runningSince_.elapsed() > kAbandonSlowFrameMs)
        cancelRunning_->cancel();
    scheduleRender();
}

void MapCanvas::contentChanged() {
    ++contentVersion_;
    // A frame being drawn for the old content will be dropped; stop it early.
    if (cancelRunning_ && runningContentVersion_ != contentVersion_)
        cancelRunning_->cancel();
    update();
    scheduleRender();
}

void MapCanvas::scheduleRender() {
    if (watcher_.isRunning()) {
        renderQueued_ = true; // started when the running frame comes back
        return;
    }
    startRender();
}

void MapCanvas::startRender() {
    renderQueued_ = false;
    if (viewport_.size().isEmpty())
        return;
    auto feedback = std::make_shared<Feedback>();
    cancelRunning_ = feedback;
    runningContentVersion_ = contentVersion_;
    runningSince_.start();
    const qreal dpr = devicePixelRatioF();
    RenderOptions options = renderOptions();
    options.feedback = feedback.get();
    // Everything the worker touches is a copy, immutable shared data (MapScene's layers) or the shared
    // Feedback.
    watcher_.setFuture(runInBackground(
        [scene = scene_, viewport = viewport_, options, feedback, dpr, version = contentVersion_]() {
            Frame frame;
            frame.viewport = viewport;
            frame.contentVersion = version;
            frame.image = QImage(viewport.size() * dpr, QImage::Format_ARGB32_Premultiplied);
            frame.image.setDevicePixelRatio(dpr);
            QPainter painter(&frame.image);
            const RenderReport report = MapRenderer::render(painter, scene, viewport, options);
            painter.end();
            frame.renderMs = report.elapsedMs;
            frame.cancelled = report.cancelled || feedback->isCanceled();
            return std::make_pair(std::move(frame), report);
        }));
}

void MapCanvas::renderFinished() {
    auto [frame, report] = watcher_.result();
    cancelRunning_.reset();
    // Same content: adopt it even if the view has moved since (it is still the newest picture).
    if (!frame.cancelled && frame.contentVersion == contentVersion_) {
        shown_ = std::move(frame);
        lastReport_ = report;
        update();
        if (isFrameCurrent())
            emit frameReady(shown_.renderMs);
    }
    if (renderQueued_ || !isFrameCurrent())
        startRender();
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QColor background = MapStyle{}.background;
    if (shown_.image.isNull()) {
        painter.fillRect(rect(), background);
        return;
    }
    if (shown_.viewport == viewport_) {
        painter.drawImage(QPointF(0, 0), shown_.image);
    } else {
        painter.fillRect(rect(), background);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // cheap while moving
        painter.setTransform(frameTransform(shown_.viewport, viewport_));
        painter.drawImage(QPointF(0, 0), shown_.image);
    }
    if (!firstFramePainted_) {
        firstFramePainted_ = true;
        emit firstFramePainted();
    }
    painter.resetTransform();
    paintOutsideMarks(painter);
    if (!featureSelection_.empty())
        for (const auto& layer : scene_.extraLayers())
            if (layer->id() == featureLayer_)
                paintFeatureHighlight(painter, *layer, featureSelection_, viewport_, MapStyle{}.selectedRoad);
    ClusterMarkers::paint(painter, markers_, placedClusterMarkers(), MapStyle{});
    if (isFrameCurrent())
        emit currentFramePainted();
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    viewport_.setSize(size());
    if (intent_ != ViewIntent::None)
        applyIntent();
    viewChanged();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    pressed_ = true;
    dragging_ = false;
    pressPos_ = lastDragPos_ = event->position().toPoint();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    emit cursorMoved(viewport_.toWorld(pos));
    if (!pressed_)
        return;
    if (!dragging_ && (pos - pressPos_).manhattanLength() >= QApplication::startDragDistance()) {
        dragging_ = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (dragging_) {
        userMovedView();
        viewport_.panByPixels(pos - lastDragPos_);
        lastDragPos_ = pos;
        viewChanged();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !pressed_)
        return QWidget::mouseReleaseEvent(event);
    pressed_ = false;
    if (dragging_) {
        dragging_ = false;
        unsetCursor();
        return;
    }
    const int marker = ClusterMarkers::at(placedClusterMarkers(), event->position());
    if (marker >= 0) {
        zoomToExtent(markers_.at(marker).boundsM);
        emit clusterClicked(markers_.at(marker).label);
        return;
    }
    const std::optional<RoadId> hit = roadAt(scene_, viewport_, event->position());
    if (!hit) {
        // The topmost visible layer first (drawn last), each through its spatial index.
        const auto& layers = scene_.extraLayers();
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            const SceneLayer& layer = **it;
            if (hiddenLayers_.contains(layer.id()))
                continue;
            const std::int64_t f = featureAt(layer, viewport_, event->position());
            if (f >= 0 && layer.sourceFid(f) >= 0) {
                emit featureClicked(layer.id(), layer.sourceFid(f));
                return;
            }
        }
    }
    emit roadClicked(hit.value_or(RoadKey{}));
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    userMovedView();
    viewport_.zoomAbout(event->position(), std::pow(kWheelStepFactor, notches));
    viewChanged();
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    const double stepX = width() / 4.0;
    const double stepY = height() / 4.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        zoomToFullExtent();
        break;
    case Qt::Key_Left:
        userMovedView();
        viewport_.panByPixels(QPointF(stepX, 0));
        viewChanged();
        break;
    case Qt::Key_Right:
        userMovedView();
        viewport_.panByPixels(QPointF(-stepX, 0));
        viewChanged();
        break;
    case Qt::Key_Up:
        userMovedView();
        viewport_.panByPixels(QPointF(0, stepY));
        viewChanged();
        break;
    case Qt::Key_Down:
        userMovedView();
        viewport_.panByPixels(QPointF(0, -stepY));
        viewChanged();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapCanvas::leaveEvent(QEvent* event) {
    emit cursorLeft();
    QWidget::leaveEvent(event);
}

bool MapCanvas::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const std::optional<RoadId> hit = roadAt(scene_, viewport_, help->pos());
        const QString text = hit && toolTipProvider_ ? toolTipProvider_(*hit) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::userMovedView() {
    intent_ = ViewIntent::None;
}

void MapCanvas::zoomIn() {
    userMovedView();
    viewport_.zoomAbout(QPointF(width() / 2.0, height() / 2.0), kKeyZoomFactor);
    viewChanged();
}

void MapCanvas::zoomOut() {
    userMovedView();
    viewport_.zoomAbout(QPointF(width() / 2.0, height() / 2.0), 1 / kKeyZoomFactor);
    viewChanged();
}

void MapCanvas::zoomToFullExtent() {
    intent_ = ViewIntent::FullExtent;
    applyIntent();
}

void MapCanvas::zoomToRoads() {
    intent_ = ViewIntent::Roads;
    applyIntent();
}

void MapCanvas::zoomToSelection() {
    const std::optional<QRectF> bounds = selectionBounds();
    if (!bounds)
        return;
    intent_ = ViewIntent::Extent;
    intentExtent_ = *bounds;
    applyIntent();
}

void MapCanvas::zoomToExtent(const QRectF& extentM) {
    intent_ = ViewIntent::Extent;
    intentExtent_ = extentM;
    applyIntent();
}

void MapCanvas::bringIntoView(const RoadKey& key) {
    if (!scene_.roadBounds(key))
        return;
    intent_ = ViewIntent::RoadInView;
    intentRoad_ = key;
    applyIntent();
}

void MapCanvas::applyIntent() {
    switch (intent_) {
    case ViewIntent::None:
        return;
    case ViewIntent::FullExtent: {
        QRectF extent = scene_.projectExtent();
        if (extent.isNull())
            extent = scene_.extent();
        if (extent.isNull())
            return;
        viewport_.fitExtent(extent);
        break;
    }
    case ViewIntent::Roads: {
        const auto& roads = scene_.roads();
        if (!roads || roads->featureCount() == 0) {
            intent_ = ViewIntent::FullExtent;
            return applyIntent();
        }
        const QRectF extent = roads->extent();
        const double grow = std::max(kMinSelectionExtentM, std::max(extent.width(), extent.height()) * 0.1);
        viewport_.fitExtent(extent.adjusted(-grow, -grow, grow, grow));
        break;
    }
    case ViewIntent::Extent: {
        const QRectF& bounds = intentExtent_;
        const double grow =
            std::max(0.0, kMinSelectionExtentM - std::max(bounds.width(), bounds.height())) / 2;
        viewport_.fitExtent(bounds.adjusted(-grow, -grow, grow, grow), 48);
        break;
    }
    case ViewIntent::RoadInView: {
        // Recentre when the road fits at the current scale; zoom out (only) when it does not.
        const std::optional<QRectF> bounds = scene_.roadBounds(intentRoad_);
        if (!bounds)
            return;
        const double margin = 48 * viewport_.metresPerPixel();
        const QRectF wanted = bounds->adjusted(-margin, -margin, margin, margin);
        const QRectF shown = viewport_.worldRect();
        const double spanPx = std::max(bounds->width(), bounds->height()) / viewport_.metresPerPixel();
        if (spanPx < kReadablePx) {
            // In view or not, a road a few pixels long cannot be read: zoom in until it is kReadablePx.
            viewport_.setMetresPerPixel(std::max(1.0, std::max(bounds->width(), bounds->height())) /
                                        kReadablePx);
            viewport_.setCentre(bounds->center());
            if (!viewport_.worldRect().contains(*bounds))
                viewport_.fitExtent(*bounds, 48); // a road too big for the window at that scale
        } else if (shown.contains(wanted)) {
            return;
        } else if (wanted.width() <= shown.width() && wanted.height() <= shown.height()) {
            viewport_.setCentre(bounds->center());
        } else {
            viewport_.fitExtent(*bounds, 48);
        }
        break;
    }
    }
    viewChanged();
}

} // namespace luming::app
