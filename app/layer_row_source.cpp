#include "layer_row_source.h"

#include <limits>
#include <memory>

namespace luming::app {

namespace {
// 4096 pages of 256 rows: a million rows of a few short fields, a few hundred MB at most.
constexpr int kCachedPages = 4096;
} // namespace

LayerRowSource::LayerRowSource(LayerAttributeReader reader)
    : reader_(std::move(reader)), pages_(kCachedPages) {}

int LayerRowSource::rowCount() const {
    return int(std::min<qint64>(reader_.rowCount(), std::numeric_limits<int>::max()));
}

const FeatureValues& LayerRowSource::rowValues(int row) const {
    const qint64 page = row / kPageRows;
    static const FeatureValues none;
    QList<FeatureValues>* rows = pages_.object(page);
    if (!rows) {
        // QCache takes ownership, and deletes a page it refuses: only what it holds is read.
        auto fresh = std::make_unique<QList<FeatureValues>>(reader_.rows(page * kPageRows, kPageRows));
        if (!pages_.insert(page, fresh.release()))
            return none;
        rows = pages_.object(page);
        if (!rows)
            return none;
    }
    const qsizetype at = row - page * kPageRows;
    return at < rows->size() ? rows->at(at) : none;
}

QString LayerRowSource::text(int row, int column) const {
    const QVariant value = rowValues(row).values.value(column);
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

QVariant LayerRowSource::sortValue(int row, int column) const {
    const QVariant value = rowValues(row).values.value(column);
    if (reader_.isNumeric(column))
        return value.isValid() ? value.toDouble() : -std::numeric_limits<double>::infinity();
    return value.toString();
}

bool LayerRowSource::orderRows(int column, Qt::SortOrder order, const QString& filter) {
    const RowOrder wanted{column, order == Qt::DescendingOrder, filter};
    if (wanted == reader_.order())
        return true;
    if (!reader_.setOrder(wanted).ok())
        return false;
    pages_.clear(); // pages are by row, and the rows are others now
    return true;
}

} // namespace luming::app
