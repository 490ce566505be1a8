#include "render/layer_loader.h"

namespace luming {

LayerLoader::LayerLoader(QObject* parent) : QObject(parent) {}

LayerLoader::~LayerLoader() {
    cancel();
    joinWorker();
}

void LayerLoader::joinWorker() {
    if (worker_.joinable())
        worker_.join();
}

void LayerLoader::cancel() {
    cancel_.store(true);
}

bool LayerLoader::start(const LayerLoadOptions& options) {
    if (running_.load())
        return false;
    joinWorker(); // the previous worker has finished; reclaim its thread
    cancel_.store(false);
    running_.store(true);
    worker_ = std::thread([this, options] {
        int lastPercent = -1;
        LayerLoadResult result = loadVectorLayers(
            options,
            [this, &lastPercent](double fraction) {
                const int percent = static_cast<int>(fraction * 100);
                if (percent == lastPercent)
                    return;
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    this, [this, percent] { emit progressChanged(percent); }, Qt::QueuedConnection);
            },
            &cancel_);
        // Delivered on this object's thread; dropped by Qt if the loader is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)] {
                running_.store(false);
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace luming
