// Human words for the values of the record's code fields (road_fields.h, FieldType::Code), next to the
// field table's own labels: what a person reads where the files hold a code ("rename" → 更名 / Renamed,
// "straight" → 直线 / Straight). One table for every front end; the files keep the codes.
#pragma once

#include "core/road_fields.h"

#include <QString>
#include <QStringView>

namespace luming {

enum class LabelLanguage { Chinese, English };

// The label of `code` in field `fieldKey` ("action", "shape", "start_dir" …); `code` unchanged when the
// table has no word for it (a field that is not a code, a code of a newer build).
[[nodiscard]] QString fieldValueLabel(QStringView fieldKey, const QString& code, LabelLanguage language);

// The field's column label (RoadField::chineseLabel or englishLabel).
[[nodiscard]] QString fieldLabel(const RoadField& field, LabelLanguage language);

} // namespace luming
