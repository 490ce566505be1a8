// Identify, tabulate and search the loaded layers (issue 11 points 3 and 4), wired between the widgets
// so the main window stays wiring: a click on a layer's feature shows its attributes in the details
// panel, highlights it and selects its row when the attribute table lists that layer; the table's chooser
// switches between the notice's roads and a layer, and its selection highlights on the map; the search
// box lists layer features from LayerSearch, and picking one zooms to it.
#pragma once

#include "layer_features.h"
#include "layer_search.h"

#include <QObject>

namespace luming {
class SceneLayer;
}

namespace luming::app {

class AttributeTable;
class DetailsPanel;
class ExtraLayers;
class MapCanvas;
class SearchBox;

class LayerFeatureController : public QObject {
    Q_OBJECT
public:
    struct Widgets {
        ExtraLayers* layers = nullptr;
        MapCanvas* canvas = nullptr;
        DetailsPanel* details = nullptr;
        AttributeTable* table = nullptr;
        SearchBox* search = nullptr;
    };
    // `indexCacheDir` empty: the user's cache.
    LayerFeatureController(const Widgets& widgets, QObject* parent, const QString& indexCacheDir = {});

    enum class Source { Map, Table, Search, Code };
    // Selects features (FIDs) of a loaded layer: highlight, details of the first, table rows, and for a
    // search or code pick the view zoomed to them.
    void selectFeatures(std::uint64_t layerId, const QList<qint64>& fids, Source source);
    // Drops the feature selection (a road was selected instead).
    void clear();
    // Lists layer `id` in the attribute table (0: asks for the notice's roads through roadsTableWanted).
    void showInTable(std::uint64_t id);

    LayerSearch* search() const { return search_; }
    std::uint64_t selectedLayer() const { return selectedLayer_; }
    const QList<qint64>& selectedFids() const { return selectedFids_; }

signals:
    // Features are about to be selected: the owner drops its road selection.
    void featuresSelecting();
    // The table's chooser picked the notice's roads.
    void roadsTableWanted();
    void statusMessage(const QString& message);

private:
    void layersAdded(const QList<std::shared_ptr<const luming::SceneLayer>>& layers);
    void layerRemoved(std::uint64_t id);
    void updateChoices();
    const SceneLayer* sceneLayer(std::uint64_t id) const;

    Widgets w_;
    LayerFeatures features_;
    LayerSearch* search_ = nullptr;
    std::uint64_t selectedLayer_ = 0;
    QList<qint64> selectedFids_;
};

} // namespace luming::app
