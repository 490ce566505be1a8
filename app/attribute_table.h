// The attribute table dock's content: a filter box over a sortable table of every feature and its
// fields. Columns are chosen from the header's context menu; Ctrl+C copies the selected rows (all rows
// when none is selected) as tab-separated text with a header row. Rows that show roads share the
// selection with the map and the tree through roadsSelected()/showRoads().
#pragma once

#include "feature_row_source.h"

#include <QWidget>
#include <memory>

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

private:
    void showColumnMenu(const QPoint& pos);

    AttributeTableModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QTableView* view_ = nullptr;
    bool syncing_ = false;
};

} // namespace luming::app
