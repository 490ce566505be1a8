// A loaded layer's features as attribute-table rows (issue 11 point 3): one row per feature in FID
// order, one column per field, read a page at a time through LayerAttributeReader when the view asks
// for them, so a 1M-feature layer opens at once and scrolling reads only the rows shown. Pages stay in a
// bounded cache (sorting or filtering a huge layer reads every row, and is as slow as that).
#pragma once

#include "feature_row_source.h"
#include "layertable/layer_attribute_reader.h"

#include <QCache>
#include <QList>

namespace luming::app {

class LayerRowSource : public FeatureRowSource {
public:
    explicit LayerRowSource(LayerAttributeReader reader);

    int rowCount() const override;
    int columnCount() const override { return int(reader_.fieldNames().size()); }
    QString columnTitle(int column) const override { return reader_.fieldNames().value(column); }
    QString text(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    qint64 fidAt(int row) const override { return reader_.fidOfRow(row); }
    int rowOfFid(qint64 fid) const override { return int(reader_.rowOfFid(fid)); }
    bool ordersRows() const override { return true; }
    bool orderRows(int column, Qt::SortOrder order, const QString& filter) override;

    static constexpr int kPageRows = 256;

private:
    const FeatureValues& rowValues(int row) const;

    LayerAttributeReader reader_;
    mutable QCache<qint64, QList<FeatureValues>> pages_; // page number → its rows
};

} // namespace luming::app
