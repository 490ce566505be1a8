#include "extra_layers.h"

#include <QFileInfo>
#include <algorithm>
#include <utility>

namespace luming::app {

ExtraLayers::ExtraLayers(QObject* parent) : QObject(parent), loader_(new LayerLoader(this)) {
    connect(loader_, &LayerLoader::progressChanged, this, &ExtraLayers::progressChanged);
    connect(loader_, &LayerLoader::finished, this, &ExtraLayers::finished);
    connect(loader_, &LayerLoader::previewReady, this, &ExtraLayers::previewArrived);
}

namespace {
// Asked once per load: a retry the user chose, or an explicit CRS, is drawn as it comes.
bool crsAnswered(const LayerLoadOptions& options) {
    return options.swapAxes || !options.crsOverride.isEmpty() || options.fromWebDatum != WebDatum::None;
}
} // namespace

bool ExtraLayers::open(const QString& path) {
    return open(LayerLoadOptions(path));
}

bool ExtraLayers::open(const LayerLoadOptions& options) {
    return start(options, LoadOrder::ViewFirst);
}

bool ExtraLayers::start(const LayerLoadOptions& options, LoadOrder order) {
    if (pending_ || !loader_->start(options, order))
        return false;
    loading_ = options;
    previewIds_.clear();
    return true;
}

void ExtraLayers::cancel() {
    loader_->cancel();
}

bool ExtraLayers::isLoading() const {
    return loader_->isRunning();
}

const LayerReadReport* ExtraLayers::report(std::uint64_t id) const {
    const auto it = loaded_.constFind(id);
    return it == loaded_.constEnd() ? nullptr : &it->report;
}

const LayerLoadOptions* ExtraLayers::origin(std::uint64_t id) const {
    const auto it = loaded_.constFind(id);
    return it == loaded_.constEnd() ? nullptr : &it->options;
}

bool ExtraLayers::reloadWithEncoding(std::uint64_t id, TextEncoding encoding) {
    const LayerLoadOptions* loaded = origin(id);
    if (!loaded)
        return false;
    LayerLoadOptions options = *loaded;
    options.encoding = encoding;
    return reload(id, options);
}

bool ExtraLayers::reload(std::uint64_t id, const LayerLoadOptions& options) {
    if (!loaded_.contains(id) || !start(options, LoadOrder::Whole)) // the old layer stays on screen meanwhile
        return false;
    replacing_ = id;
    return true;
}

void ExtraLayers::previewArrived(const LayerLoadResult& preview) {
    if (replacing_ || (preview.needsCrsDecision() && !crsAnswered(loading_)))
        return; // the question comes with the whole read
    remember(preview, loading_);
    for (const auto& layer : preview.layers)
        previewIds_.append(layer->id());
    layers_.append(preview.layers);
    emit previewAdded(preview.layers);
}

void ExtraLayers::dropPreview() {
    const QList<std::uint64_t> ids = std::exchange(previewIds_, {});
    for (const std::uint64_t id : ids)
        remove(id);
}

void ExtraLayers::setStyle(std::uint64_t id, const LayerStyle& style) {
    if (!loaded_.contains(id) || styles_.value(id) == style)
        return;
    styles_.insert(id, style);
    emit styleChanged(id);
}

void ExtraLayers::finished(const LayerLoadResult& result) {
    if (result.cancelled && !previewIds_.isEmpty()) { // the preview stays: it is all there is
        for (const LayerReadReport& r : result.reports)
            if (const auto it = loaded_.find(r.sceneLayerId); it != loaded_.end())
                it->report = r;
        emit fillCancelled(std::exchange(previewIds_, {}));
        return;
    }
    dropPreview(); // the whole layers replace it, or the load failed after all
    if (!result.ok() || result.layers.isEmpty()) {
        replacing_.reset();
        QString message = result.error;
        if (message.isEmpty() && !result.cancelled)
            message = tr("%1 holds no layer with geometry.").arg(QFileInfo(loading_.path).fileName());
        emit failed(loading_.path, message);
        return;
    }
    if (result.needsCrsDecision() && !crsAnswered(loading_)) {
        pending_ = Pending{result, loading_};
        QList<LayerReadReport> doubtful;
        for (const LayerReadReport& r : result.reports)
            if (!r.crs.ok())
                doubtful << r;
        emit crsQuestion(loading_.path, doubtful);
        return;
    }
    add(result, loading_);
}

void ExtraLayers::add(const LayerLoadResult& result, const LayerLoadOptions& options) {
    // A reload takes the old layer's place and style.
    qsizetype at = layers_.size();
    std::optional<LayerStyle> style;
    if (replacing_) {
        const std::uint64_t old = *replacing_;
        replacing_.reset();
        for (qsizetype i = 0; i < layers_.size(); ++i)
            if (layers_[i]->id() == old)
                at = i;
        if (styles_.contains(old))
            style = styles_.value(old);
        remove(old);
        at = std::min(at, layers_.size());
    }
    remember(result, options, style);
    for (qsizetype i = 0; i < result.layers.size(); ++i)
        layers_.insert(at + i, result.layers[i]);
    emit added(result.layers, result.warnings);
}

void ExtraLayers::remember(const LayerLoadResult& result, const LayerLoadOptions& options,
                           const std::optional<LayerStyle>& style) {
    for (const LayerReadReport& r : result.reports) {
        if (r.sceneLayerId == 0)
            continue;
        LayerLoadOptions own = options;
        own.layerName = r.layer;
        if (!own.encoding && r.encoding)
            own.encoding = r.encoding->encoding; // as guessed: attributes are read back the same way
        loaded_.insert(r.sceneLayerId, Loaded{own, r});
        if (style)
            styles_.insert(r.sceneLayerId, *style);
    }
}

void ExtraLayers::acceptPending() {
    if (!pending_)
        return;
    const Pending p = std::move(*pending_);
    pending_.reset();
    add(p.result, p.options);
}

bool ExtraLayers::retryPending(bool swapAxes, const QString& crs, WebDatum fromDatum) {
    if (!pending_)
        return false;
    LayerLoadOptions options = pending_->options;
    options.swapAxes = swapAxes;
    options.crsOverride = crs;
    options.fromWebDatum = fromDatum;
    pending_.reset();
    return open(options);
}

void ExtraLayers::dropPending() {
    pending_.reset();
    replacing_.reset();
}

void ExtraLayers::remove(std::uint64_t id) {
    loaded_.remove(id);
    styles_.remove(id);
    if (layers_.removeIf([id](const auto& layer) { return layer->id() == id; }) > 0)
        emit removed(id);
}

bool ExtraLayers::move(std::uint64_t id, bool up) {
    for (qsizetype i = 0; i < layers_.size(); ++i) {
        if (layers_[i]->id() != id)
            continue;
        const qsizetype to = up ? i + 1 : i - 1; // later in the list is drawn later: higher
        if (to < 0 || to >= layers_.size())
            return false;
        layers_.swapItemsAt(i, to);
        emit orderChanged();
        return true;
    }
    return false;
}

MapScene ExtraLayers::compose(const MapScene& base) const {
    MapScene scene = base;
    for (const auto& layer : layers_)
        scene = scene.withExtraLayer(layer);
    return scene;
}

} // namespace luming::app
