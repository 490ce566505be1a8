#include "layer_row_source.h"

#include <limits>

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
    QList<FeatureValues>* rows = pages_.object(page);
    if (!rows) {
        rows = new QList<FeatureValues>(reader_.rows(page * kPageRows, kPageRows));
        pages_.insert(page, rows); // QCache owns it
    }
    static const FeatureValues none;
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

} // namespace luming::app
