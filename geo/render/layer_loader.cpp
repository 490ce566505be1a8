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

bool LayerLoader::start(const LayerLoadOptions& options) {
    if (running_)
        return false;
    running_ = true;
    // Progress and the result arrive on the loading thread: post them to this object's thread. `this`
    // outlives the work (the destructor waits for it); Qt drops events still queued when it is deleted.
    feedback_ = std::make_shared<Feedback>([this](double percent) {
        QMetaObject::invokeMethod(
            this, [this, percent] { emit progressChanged(static_cast<int>(percent)); }, Qt::QueuedConnection);
    });
    work_ = runInBackground([this, options, feedback = feedback_] {
        LayerLoadResult result = loadVectorLayers(options, feedback.get());
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
