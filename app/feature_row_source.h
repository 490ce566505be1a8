// What the attribute table shows: rows of features with named columns. The table model asks only this,
// so the same dock shows any layer's features: RoadRowSource is the project's roads, LayerRowSource a
// loaded layer's features.
#pragma once

#include "road_key.h"

#include <QString>
#include <QVariant>

namespace luming::app {

class FeatureRowSource {
public:
    virtual ~FeatureRowSource() = default;
    virtual int rowCount() const = 0;
    virtual int columnCount() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QString columnToolTip(int column) const { return columnTitle(column); }
    // The value as shown (and copied): plain text, empty for null.
    virtual QString text(int row, int column) const = 0;
    // The value to sort by: numbers as numbers, so 1200 sorts after 900.
    virtual QVariant sortValue(int row, int column) const { return text(row, column); }
    // The road a row shows, when it shows one (selection shared with the map and the tree).
    virtual RoadKey roadAt(int /*row*/) const { return {}; }
    // The row of a road, or -1.
    virtual int rowOf(const RoadKey& /*key*/) const { return -1; }
    // The feature a row shows in a layer's file (its FID), -1 when rows are not a layer's features.
    virtual qint64 fidAt(int /*row*/) const { return -1; }
    // The row of a feature, or -1.
    virtual int rowOfFid(qint64 /*fid*/) const { return -1; }
    // Whether the source sorts and filters its own rows (a big layer's file: its SQL, not a proxy that
    // reads every row); the table's proxy does it for the others.
    virtual bool ordersRows() const { return false; }
    // Lists the rows sorted by `column` (-1: the source's own order) that hold `filter` in some column.
    // False when it could not; the rows are then as they were.
    virtual bool orderRows(int /*column*/, Qt::SortOrder /*order*/, const QString& /*filter*/) {
        return false;
    }
};

} // namespace luming::app
