// A table model over a FeatureRowSource (the project's roads today, any layer's features later). Dumb:
// sorting and filtering are the proxy's (AttributeTable), the values the source's.
#pragma once

#include "feature_row_source.h"

#include <QAbstractTableModel>
#include <memory>

namespace luming::app {

class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1; // FeatureRowSource::sortValue

    explicit AttributeTableModel(QObject* parent = nullptr);
    ~AttributeTableModel() override;

    void setSource(std::unique_ptr<FeatureRowSource> source);
    const FeatureRowSource* source() const { return source_.get(); }
    // The source's own sort and filter (FeatureRowSource::orderRows), the rows reset; false when the
    // source leaves them to the proxy.
    bool orderRows(int column, Qt::SortOrder order, const QString& filter);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::unique_ptr<FeatureRowSource> source_;
};

} // namespace luming::app
