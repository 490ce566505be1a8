// The project's roads as attribute-table rows: one row per record (notices in order, items in order),
// one column per field of the field table (geo/core/road_fields.h), titled in the interface's language.
#pragma once

#include "core/field_value_labels.h"
#include "feature_row_source.h"

#include <QHash>
#include <QList>

namespace luming {
struct Project;
struct RoadField;
struct RoadRecord;
} // namespace luming

namespace luming::app {

class RoadRowSource : public FeatureRowSource {
public:
    // Keeps pointers into `project`, which must outlive the source (the main window owns both).
    explicit RoadRowSource(const Project& project);

    int rowCount() const override { return int(rows_.size()); }
    int columnCount() const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QString text(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    RoadKey roadAt(int row) const override;
    int rowOf(const RoadKey& key) const override;

private:
    struct Row {
        RoadKey key;
        const RoadRecord* record = nullptr;
    };
    QList<Row> rows_;
    QHash<RoadKey, int> rowOfKey_;
    LabelLanguage language_ = LabelLanguage::English;
};

} // namespace luming::app
