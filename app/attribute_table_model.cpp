#include "attribute_table_model.h"

namespace luming::app {

AttributeTableModel::AttributeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

AttributeTableModel::~AttributeTableModel() = default;

void AttributeTableModel::setSource(std::unique_ptr<FeatureRowSource> source) {
    beginResetModel();
    source_ = std::move(source);
    endResetModel();
}

bool AttributeTableModel::orderRows(int column, Qt::SortOrder order, const QString& filter) {
    if (!source_ || !source_->ordersRows())
        return false;
    beginResetModel();
    (void)source_->orderRows(column, order, filter); // refused: the rows stay as they were
    endResetModel();
    return true;
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !source_ ? 0 : source_->rowCount();
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !source_ ? 0 : source_->columnCount();
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return source_->text(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString text = source_->text(index.row(), index.column());
        return text.size() > 20 ? QVariant(text) : QVariant(); // long cells are cut in the view
    }
    case SortRole:
        return source_->sortValue(index.row(), index.column());
    default:
        return {};
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!source_)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= source_->columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return source_->columnTitle(section);
    if (role == Qt::ToolTipRole)
        return source_->columnToolTip(section);
    return {};
}

} // namespace luming::app
