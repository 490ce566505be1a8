// Loads a vector file (loadVectorLayers) in the background, with progress and cancel, for the viewer;
// optionally the view's share first (loadVectorPreview), so that a city's layer is drawn before it is
// read whole.
#pragma once

#include "core/feedback.h"
#include "render/vector_file_reader.h"

#include <QFuture>
#include <QObject>
#include <cstdint>
#include <memory>

namespace luming {

enum class LoadOrder : std::uint8_t {
    Whole,     // one read of everything
    ViewFirst, // a preview (options.previewWindow) first, then everything
};

// One load at a time, run through runInBackground (core/background.h). Signals are delivered queued to
// the thread that owns this object. Destroying it cancels and waits for the load.
class LayerLoader : public QObject {
    Q_OBJECT
public:
    explicit LayerLoader(QObject* parent = nullptr);
    ~LayerLoader() override;

    // Returns false (and does nothing) when a load is already running.
    bool start(const LayerLoadOptions& options, LoadOrder order = LoadOrder::Whole);
    void cancel();
    bool isRunning() const { return running_; }

signals:
    void progressChanged(int percent);
    // LoadOrder::ViewFirst: the preview's layers (result.preview set), before the whole read. Not
    // emitted when the preview read nothing (no layer with a spatial index, an error, cancel).
    void previewReady(const luming::LayerLoadResult& preview);
    // Exactly once per successful start(), also after cancel() (with result.cancelled set). A cancel
    // after previewReady returns the preview's layers, their reports marked cancelled; any other
    // cancelled result holds no layers. The preview's warnings that the whole read did not repeat
    // (a layer without a spatial index) are added to the result's.
    void finished(const luming::LayerLoadResult& result);

private:
    QFuture<void> work_;
    // Shared with the work: the load may still poll it while this object is being destroyed.
    std::shared_ptr<Feedback> feedback_;
    bool running_ = false; // owner thread only: set by start(), cleared when finished() is emitted
};

} // namespace luming
