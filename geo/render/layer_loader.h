// Loads a vector file (loadVectorLayers) on a worker thread, with progress and cancel, for the viewer.
#pragma once

#include "render/vector_file_reader.h"

#include <QObject>
#include <atomic>
#include <thread>

namespace luming {

// One load at a time on a worker thread. Signals are delivered queued to the thread that owns this object.
// Destroying it cancels and joins the worker.
class LayerLoader : public QObject {
    Q_OBJECT
public:
    explicit LayerLoader(QObject* parent = nullptr);
    ~LayerLoader() override;

    // Returns false (and does nothing) when a load is already running.
    bool start(const LayerLoadOptions& options);
    void cancel();
    bool isRunning() const { return running_.load(); }

signals:
    void progressChanged(int percent);
    // Exactly once per successful start(), also after cancel() (with result.cancelled set).
    void finished(const luming::LayerLoadResult& result);

private:
    void joinWorker();

    std::thread worker_;
    std::atomic<bool> cancel_{false};
    std::atomic<bool> running_{false};
};

} // namespace luming
