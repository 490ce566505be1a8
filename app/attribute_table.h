// The attribute table dock's content: a filter box over a sortable table of every feature and its
// fields. Columns are chosen from the header's context menu; Ctrl+C copies the selected rows (all rows
// when none is selected) as tab-separated text with a header row. Rows that show roads share the
// selection with the map and the tree through roadsSelected()/showRoads(); rows that show a layer's
// features through featuresSelected()/showFeatures(). A chooser above the table picks what it lists: the
// notice's roads or a loaded layer (the owner answers sourceChosen with setSource).
#pragma once

#include "feature_row_source.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace luming::app {

class AttributeTableModel;

class AttributeTable : public QWidget {
    Q_OBJECT
public:
    explicit AttributeTable(QWidget* parent = nullptr);

    void setSource(std::unique_ptr<FeatureRowSource> source);

    // What the chooser offers besides the notice's roads (id 0): loaded layers by scene-layer id.
    void setLayerChoices(const QList<QPair<std::uint64_t, QString>>& layers);
    // The chosen entry: 0 for the notice's roads, else a layer's id. Does not emit sourceChosen.
    void setChosen(std::uint64_t id);
    std::uint64_t chosen() const;

    // Selects the rows of these features (FIDs; without emitting featuresSelected) and scrolls to the first.
    void showFeatures(const QList<qint64>& fids);
    // The FIDs of the selected rows, in view order.
    QList<qint64> selectedFeatures() const;

    // Selects the rows of these roads (without emitting roadsSelected) and scrolls to the first.
    void showRoads(const QList<RoadKey>& roads);
    // The roads of the selected rows, in view order.
    QList<RoadKey> selectedRoads() const;
    // What Ctrl+C puts on the clipboard: visible columns in view order, selected rows (or every row
    // the filter lets through) in view order.
    QString copyText() const;
    void copyToClipboard() const;
    void setFilterText(const QString& text);
    void setColumnShown(int column, bool shown);

    QTableView* view() const { return view_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    AttributeTableModel* tableModel() const { return model_; }

signals:
    void roadsSelected(const QList<luming::app::RoadKey>& roads);
    // Rows of a layer were selected (FIDs, in view order).
    void featuresSelected(const QList<qint64>& fids);
    // The user picked another entry of the chooser.
    void sourceChosen(std::uint64_t id);

private:
    // Sorts by the header's column and filters by the filter text, in the proxy or in the source.
    void applyOrder();
    void showColumnMenu(const QPoint& pos);
    void selectRows(const QList<int>& sourceRows);
    // The model rows of the selected rows, in view order.
    QList<int> selectedSourceRows() const;

    AttributeTableModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QComboBox* chooser_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QTableView* view_ = nullptr;
    bool syncing_ = false;
};

} // namespace luming::app
