#include "layer_feature_controller.h"

#include "attribute_table.h"
#include "details_panel.h"
#include "extra_layers.h"
#include "map_canvas.h"
#include "search_box.h"

#include <QFileInfo>

namespace luming::app {

LayerFeatureController::LayerFeatureController(const Widgets& widgets, QObject* parent,
                                               const QString& indexCacheDir)
    : QObject(parent), w_(widgets), features_(*widgets.layers),
      search_(new LayerSearch(this, indexCacheDir)) {
    w_.search->setLayerSearch(search_);
    connect(w_.canvas, &MapCanvas::featureClicked, this,
            [this](std::uint64_t id, qint64 fid) { selectFeatures(id, {fid}, Source::Map); });
    connect(w_.table, &AttributeTable::featuresSelected, this,
            [this](const QList<qint64>& fids) { selectFeatures(w_.table->chosen(), fids, Source::Table); });
    connect(w_.table, &AttributeTable::sourceChosen, this, &LayerFeatureController::showInTable);
    connect(w_.search, &SearchBox::featureChosen, this,
            [this](std::uint64_t id, qint64 fid) { selectFeatures(id, {fid}, Source::Search); });
    connect(w_.layers, &ExtraLayers::added, this,
            [this](const QList<std::shared_ptr<const SceneLayer>>& layers) { layersAdded(layers); });
    connect(w_.layers, &ExtraLayers::removed, this, &LayerFeatureController::layerRemoved);
    connect(search_, &LayerSearch::progressChanged, this, [this](const QString& file, int percent) {
        emit statusMessage(tr("Indexing the names of %1 for search… %2%").arg(file).arg(percent));
    });
    connect(search_, &LayerSearch::indexReady, this, [this](const QString& path) {
        emit statusMessage(tr("The names of %1 can be searched.").arg(QFileInfo(path).fileName()));
    });
    connect(search_, &LayerSearch::failed, this, [this](const QString& path, const QString& message) {
        emit statusMessage(
            message.isEmpty()
                ? tr("Indexing %1 was cancelled.").arg(QFileInfo(path).fileName())
                : tr("The names of %1 cannot be searched: %2").arg(QFileInfo(path).fileName(), message));
    });
}

const SceneLayer* LayerFeatureController::sceneLayer(std::uint64_t id) const {
    for (const auto& layer : w_.layers->layers())
        if (layer->id() == id)
            return layer.get();
    return nullptr;
}

void LayerFeatureController::selectFeatures(std::uint64_t layerId, const QList<qint64>& fids, Source source) {
    const SceneLayer* layer = sceneLayer(layerId);
    if (!layer)
        return;
    emit featuresSelecting();
    selectedLayer_ = layerId;
    selectedFids_ = fids;
    w_.canvas->setFeatureSelection(layerId, fids);
    if (!fids.isEmpty())
        w_.details->showHtml(features_.detailsHtml(layerId, fids.first()));
    if (source != Source::Table && w_.table->chosen() == layerId)
        w_.table->showFeatures(fids);
    if ((source == Source::Search || source == Source::Code) && !fids.isEmpty())
        if (const std::int64_t f = LayerFeatures::featureOfFid(*layer, fids.first()); f >= 0) {
            // A short road alone would fill the window: at least 300 m around it.
            QRectF bounds = layer->bounds(f);
            const QPointF centre = bounds.center();
            bounds |= QRectF(centre - QPointF(150, 150), QSizeF(300, 300));
            w_.canvas->zoomToExtent(bounds);
        }
}

void LayerFeatureController::clear() {
    if (selectedLayer_ == 0)
        return;
    selectedLayer_ = 0;
    selectedFids_.clear();
    w_.canvas->setFeatureSelection(0, {});
}

void LayerFeatureController::showInTable(std::uint64_t id) {
    if (id == 0) {
        w_.table->setChosen(0);
        emit roadsTableWanted();
        return;
    }
    QString error;
    std::unique_ptr<LayerRowSource> rows = features_.rowSource(id, &error);
    if (!rows) {
        emit statusMessage(error);
        return;
    }
    w_.table->setSource(std::move(rows));
    w_.table->setChosen(id);
    if (selectedLayer_ == id)
        w_.table->showFeatures(selectedFids_);
}

void LayerFeatureController::layersAdded(const QList<std::shared_ptr<const SceneLayer>>& layers) {
    for (const auto& layer : layers)
        if (const LayerLoadOptions* origin = w_.layers->origin(layer->id()))
            search_->add(layer->id(), origin->path, origin->layerName);
    updateChoices();
}

void LayerFeatureController::layerRemoved(std::uint64_t id) {
    search_->remove(id);
    features_.forget(id);
    if (selectedLayer_ == id)
        clear();
    const bool shown = w_.table->chosen() == id;
    updateChoices();
    if (shown)
        showInTable(0);
}

void LayerFeatureController::updateChoices() {
    QList<QPair<std::uint64_t, QString>> choices;
    for (const auto& layer : w_.layers->layers())
        choices.append({layer->id(), layer->name()});
    w_.table->setLayerChoices(choices);
}

} // namespace luming::app
