#include "extra_layers.h"

#include <QFileInfo>

namespace luming::app {

ExtraLayers::ExtraLayers(QObject* parent) : QObject(parent), loader_(new LayerLoader(this)) {
    connect(loader_, &LayerLoader::progressChanged, this, &ExtraLayers::progressChanged);
    connect(loader_, &LayerLoader::finished, this, &ExtraLayers::finished);
}

bool ExtraLayers::open(const QString& path) {
    LayerLoadOptions options;
    options.path = path;
    if (!loader_->start(options))
        return false;
    loadingPath_ = path;
    return true;
}

void ExtraLayers::finished(const LayerLoadResult& result) {
    if (!result.ok() || result.layers.isEmpty()) {
        QString message = result.error;
        if (message.isEmpty() && !result.cancelled)
            message = tr("%1 holds no layer with geometry.").arg(QFileInfo(loadingPath_).fileName());
        emit failed(loadingPath_, message);
        return;
    }
    layers_.append(result.layers);
    emit added(result.layers, result.warnings);
}

void ExtraLayers::remove(std::uint64_t id) {
    if (layers_.removeIf([id](const auto& layer) { return layer->id() == id; }) > 0)
        emit removed(id);
}

MapScene ExtraLayers::compose(const MapScene& base) const {
    MapScene scene = base;
    for (const auto& layer : layers_)
        scene = scene.withExtraLayer(layer);
    return scene;
}

} // namespace luming::app
