// The layer list dock: the district boundaries and every vector layer the user opened, each with a
// visibility checkbox (extra layers also have "Style…" and "Remove" in their context menu). Holds only ids
// and names; the layers themselves live in the canvas's MapScene.
#pragma once

#include <QSet>
#include <QWidget>
#include <cstdint>

class QListWidget;
class QListWidgetItem;

namespace luming::app {

class LayerList : public QWidget {
    Q_OBJECT
public:
    explicit LayerList(QWidget* parent = nullptr);

    // `details`: what reading it achieved (tooltip, under the path); `hasEncoding`: its attributes
    // have a text encoding the user may change ("Encoding…" in the context menu).
    void addLayer(std::uint64_t id, const QString& name, std::int64_t featureCount, const QString& sourcePath,
                  const QString& details = {}, bool hasEncoding = false);
    void removeLayer(std::uint64_t id);
    QList<std::uint64_t> layerIds() const; // topmost first
    // Puts the extra layers' rows in this order (topmost first); ids not listed keep their place below.
    void setOrder(const QList<std::uint64_t>& topFirst);

    QSet<std::uint64_t> hiddenLayers() const;
    bool districtsVisible() const;
    void setLayerVisible(std::uint64_t id, bool visible);
    void setDistrictsVisible(bool visible);

signals:
    void visibilityChanged();
    void removeRequested(std::uint64_t id);
    void encodingRequested(std::uint64_t id);
    void exportRequested(std::uint64_t id); // "Export layer…": the layer's file through the export dialog
    void styleRequested(std::uint64_t id);
    void moveRequested(std::uint64_t id, bool up);

private:
    QListWidgetItem* itemFor(std::uint64_t id) const;
    void showContextMenu(const QPoint& pos);

    QListWidget* list_ = nullptr;
    QListWidgetItem* districts_ = nullptr;
};

} // namespace luming::app
