#include "road_row_source.h"

#include "app_translator.h"
#include "core/project.h"
#include "core/road_fields.h"
#include "field_text.h"

#include <limits>

namespace luming::app {

RoadRowSource::RoadRowSource(const Project& project) : language_(AppTranslator::labelLanguage()) {
    for (const Notice& notice : project.parse.notices)
        for (const RoadRecord& road : notice.roads) {
            const RoadKey key{notice.id, road.seq};
            rowOfKey_.insert(key, int(rows_.size()));
            rows_.append({key, &road});
        }
}

int RoadRowSource::columnCount() const {
    return int(roadFields().size());
}

QString RoadRowSource::columnTitle(int column) const {
    const RoadField& field = roadFields().at(column);
    return fieldLabel(field, language_);
}

QString RoadRowSource::columnToolTip(int column) const {
    const RoadField& field = roadFields().at(column);
    return QStringLiteral("%1 (%2) — %3").arg(columnTitle(column), field.key, field.description);
}

QString RoadRowSource::text(int row, int column) const {
    const RoadField& field = roadFields().at(column);
    return fieldText(field, field.get(*rows_.at(row).record), language_);
}

QVariant RoadRowSource::sortValue(int row, int column) const {
    const RoadField& field = roadFields().at(column);
    const QVariant value = field.get(*rows_.at(row).record);
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Real:
        // Nulls sort before every number.
        return value.isValid() ? value.toDouble() : -std::numeric_limits<double>::infinity();
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    default:
        return text(row, column);
    }
}

RoadKey RoadRowSource::roadAt(int row) const {
    return rows_.value(row).key;
}

int RoadRowSource::rowOf(const RoadKey& key) const {
    return rowOfKey_.value(key, -1);
}

} // namespace luming::app
