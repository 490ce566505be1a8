// The vector layers the user opened beside the project (File → Open vector layer): loads them on
// LayerLoader's worker thread, keeps them across project changes, and lays them over a project's
// scene. The layer list dock shows them; the canvas draws what compose() returns.
// A file is read the view first (LoadOrder::ViewFirst): its preview layers are shown (previewAdded)
// while the rest loads, then replaced by the whole ones (removed, then added); a cancel keeps the
// preview (fillCancelled).
// A load whose CRS does not fit its coordinates is held back (crsQuestion) until the user answers:
// acceptPending() draws it as it is, retryPending() loads it again with a fix, dropPending() forgets it.
#pragma once

#include "render/layer_loader.h"
#include "render/layer_style.h"
#include "render/map_scene.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

namespace luming::app {

class ExtraLayers : public QObject {
    Q_OBJECT
public:
    explicit ExtraLayers(QObject* parent = nullptr);

    // False (and nothing started) while another file is still loading or a CRS question is open.
    bool open(const QString& path);
    bool open(const LayerLoadOptions& options);
    void remove(std::uint64_t id);
    // Stops the running load; a preview already shown stays, marked cancelled.
    void cancel();
    bool isLoading() const;
    // Draws the layer one step higher (up: above the next one) or lower; false at the end of the order.
    bool move(std::uint64_t id, bool up);
    const QList<std::shared_ptr<const SceneLayer>>& layers() const { return layers_; }

    // How a layer was loaded: where its features come from (its file, its own OGR layer, attribute
    // encoding, label and width fields), for identify, reload, the attribute table and search; nullptr
    // for an unknown id.
    const LayerLoadOptions* origin(std::uint64_t id) const;
    // What reading a layer achieved (counts, encoding, CRS); nullptr for an unknown id.
    const LayerReadReport* report(std::uint64_t id) const;
    // Loads the layer again with its attributes read in `encoding`; the old one is removed when the
    // new one arrives. False when another load is running.
    bool reloadWithEncoding(std::uint64_t id, TextEncoding encoding);
    // Loads the layer again with other options (encoding, label or width field); the new layer takes the
    // old one's place in the drawing order and keeps its style. False when another load is running.
    bool reload(std::uint64_t id, const LayerLoadOptions& options);

    // The user's style of each layer (render/layer_style.h); a layer without one keeps the default look.
    void setStyle(std::uint64_t id, const LayerStyle& style);
    LayerStyle style(std::uint64_t id) const { return styles_.value(id); }
    const QHash<std::uint64_t, LayerStyle>& styles() const { return styles_; }

    // The held-back load of a crsQuestion.
    void acceptPending();
    // crs: "EPSG:n" or empty (keep the declared); fromDatum: shift a web map's lon/lat back to WGS 84.
    bool retryPending(bool swapAxes, const QString& crs, WebDatum fromDatum = WebDatum::None);
    void dropPending();
    bool hasPending() const { return pending_.has_value(); }

    // `base` (a project's districts and roads) with every extra layer, oldest first.
    [[nodiscard]] MapScene compose(const MapScene& base) const;

signals:
    void progressChanged(int percent);
    void added(const QList<std::shared_ptr<const luming::SceneLayer>>& layers, const QStringList& warnings);
    // The view's share of a file, shown while the rest loads; replaced by the whole layers (removed for
    // these ids, then added) or kept when the load is cancelled (fillCancelled).
    void previewAdded(const QList<std::shared_ptr<const luming::SceneLayer>>& layers);
    // The rest of a previewed file was cancelled: these layers stay as they are, reports marked so.
    void fillCancelled(const QList<std::uint64_t>& ids);
    void removed(std::uint64_t id);
    void styleChanged(std::uint64_t id);
    void orderChanged();
    // A load ended without a layer: why (names the file), or empty when cancelled.
    void failed(const QString& path, const QString& message);
    // The layers of `path` (held back) look wrong in their declared CRS; answer with acceptPending(),
    // retryPending() or dropPending().
    void crsQuestion(const QString& path, const QList<luming::LayerReadReport>& doubtful);

private:
    struct Pending {
        LayerLoadResult result;
        LayerLoadOptions options;
    };
    struct Loaded {
        LayerLoadOptions options; // as loaded, layerName set to the layer's own
        LayerReadReport report;
    };

    bool start(const LayerLoadOptions& options, LoadOrder order);
    void previewArrived(const LayerLoadResult& preview);
    void finished(const LayerLoadResult& result);
    void add(const LayerLoadResult& result, const LayerLoadOptions& options);
    void remember(const LayerLoadResult& result, const LayerLoadOptions& options,
                  const std::optional<LayerStyle>& style = std::nullopt);
    void dropPreview();

    LayerLoader* loader_ = nullptr;
    LayerLoadOptions loading_;
    std::optional<std::uint64_t> replacing_; // the layer a reload replaces
    std::optional<Pending> pending_;
    QList<std::shared_ptr<const SceneLayer>> layers_;
    QHash<std::uint64_t, Loaded> loaded_;
    QList<std::uint64_t> previewIds_; // the running load's preview layers, shown
    QHash<std::uint64_t, LayerStyle> styles_;
};

} // namespace luming::app
