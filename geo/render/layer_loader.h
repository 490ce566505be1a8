// Loads a vector file (loadVectorLayers) in the background, with progress and cancel, for the viewer.
#pragma once

#include "core/feedback.h"
#include "render/vector_file_reader.h"

#include <QFuture>
#include <QObject>
#include <memory>

namespace luming {

// One load at a time, run through runInBackground (core/background.h). Signals are delivered queued to
// the thread that owns this object. Destroying it cancels and waits for the load.
class LayerLoader : public QObject {
    Q_OBJECT
public:
    explicit LayerLoader(QObject* parent = nullptr);
    ~LayerLoader() override;

    // Returns false (and does nothing) when a load is already running.
    bool start(const LayerLoadOptions& options);
    void cancel();
    bool isRunning() const { return running_; }

signals:
    void progressChanged(int percent);
    // Exactly once per successful start(), also after cancel() (with result.cancelled set).
    void finished(const luming::LayerLoadResult& result);

private:
    QFuture<void> work_;
    // Shared with the work: the load may still poll it while this object is being destroyed.
    std::shared_ptr<Feedback> feedback_;
    bool running_ = false; // owner thread only: set by start(), cleared when finished() is emitted
};

} // namespace luming
