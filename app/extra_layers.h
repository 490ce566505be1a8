// The vector layers the user opened beside the project (File → Open vector layer): loads them on
// LayerLoader's worker thread, keeps them across project changes, and lays them over a project's
// scene. The layer list dock shows them; the canvas draws what compose() returns.
#pragma once

#include "render/layer_loader.h"
#include "render/map_scene.h"

#include <QObject>
#include <memory>

namespace luming::app {

class ExtraLayers : public QObject {
    Q_OBJECT
public:
    explicit ExtraLayers(QObject* parent = nullptr);

    // False (and nothing started) while another file is still loading.
    bool open(const QString& path);
    void remove(std::uint64_t id);
    const QList<std::shared_ptr<const SceneLayer>>& layers() const { return layers_; }

    // `base` (a project's districts and roads) with every extra layer, oldest first.
    [[nodiscard]] MapScene compose(const MapScene& base) const;

signals:
    void progressChanged(int percent);
    void added(const QList<std::shared_ptr<const luming::SceneLayer>>& layers, const QStringList& warnings);
    void removed(std::uint64_t id);
    // A load ended without a layer: why (names the file), or empty when cancelled.
    void failed(const QString& path, const QString& message);

private:
    void finished(const LayerLoadResult& result);

    LayerLoader* loader_ = nullptr;
    QString loadingPath_;
    QList<std::shared_ptr<const SceneLayer>> layers_;
};

} // namespace luming::app
