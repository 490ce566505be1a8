#include "render/layer_loader.h"

#include "core/background.h"

namespace luming {

LayerLoader::LayerLoader(QObject* parent) : QObject(parent) {}

LayerLoader::~LayerLoader() {
    cancel();
    work_.waitForFinished();
}

void LayerLoader::cancel() {
    if (feedback_)
        feedback_->cancel();
}

namespace {
// What a cancel after the preview leaves: the preview's layers, said to be all there will be.
LayerLoadResult keptPreview(LayerLoadResult preview) {
    preview.cancelled = true;
    for (LayerReadReport& r : preview.reports)
        if (r.sceneLayerId != 0)
            r.cancelled = true;
    return preview;
}
} // namespace

bool LayerLoader::start(const LayerLoadOptions& options, LoadOrder order) {
    if (running_)
        return false;
    running_ = true;
    // Progress and the result arrive on the loading thread: post them to this object's thread. `this`
    // outlives the work (the destructor waits for it); Qt drops events still queued when it is deleted.
    feedback_ = std::make_shared<Feedback>([this](double percent) {
        QMetaObject::invokeMethod(
            this, [this, percent] { emit progressChanged(static_cast<int>(percent)); }, Qt::QueuedConnection);
    });
    work_ = runInBackground([this, options, order, feedback = feedback_] {
        LayerLoadResult preview;
        if (order == LoadOrder::ViewFirst) {
            preview = loadVectorPreview(options, feedback.get());
            if (preview.cancelled || !preview.error.isEmpty())
                preview.layers.clear();
            if (!preview.layers.isEmpty())
                QMetaObject::invokeMethod(
                    this, [this, preview] { emit previewReady(preview); }, Qt::QueuedConnection);
        }
        LayerLoadResult result = loadVectorLayers(options, feedback.get());
        if (result.cancelled && !preview.layers.isEmpty())
            result = keptPreview(std::move(preview));
        else // what only the preview could say (a layer without an index was not previewed)
            for (const QString& w : preview.warnings)
                if (!result.warnings.contains(w))
                    result.warnings.append(w);
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)] {
                running_ = false;
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace luming
