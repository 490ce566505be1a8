#include "core/field_value_labels.h"

namespace luming {

namespace {

struct ValueLabel {
    const char16_t* field;
    const char16_t* code;
    const char16_t* chinese;
    const char16_t* english;
};

// Directions are stored as the notice prints them (东南), so their Chinese label is the code itself.
constexpr ValueLabel kLabels[] = {
    {u"action", u"name", u"命名", u"Named"},         {u"action", u"rename", u"更名", u"Renamed"},
    {u"action", u"adjust", u"调整", u"Adjusted"},    {u"action", u"cancel", u"注销", u"Cancelled"},
    {u"shape", u"straight", u"直线", u"Straight"},   {u"shape", u"L", u"L 形", u"L-shaped"},
    {u"shape", u"Z", u"Z 形", u"Z-shaped"},          {u"shape", u"loop", u"环形", u"Loop"},
    {u"shape", u"turn", u"折线", u"Turning"},        {u"direction", u"东", u"东", u"East"},
    {u"direction", u"东南", u"东南", u"South-east"}, {u"direction", u"南", u"南", u"South"},
    {u"direction", u"西南", u"西南", u"South-west"}, {u"direction", u"西", u"西", u"West"},
    {u"direction", u"西北", u"西北", u"North-west"}, {u"direction", u"北", u"北", u"North"},
    {u"direction", u"东北", u"东北", u"North-east"},
};

// The two direction fields share one vocabulary.
QStringView tableKey(QStringView fieldKey) {
    return fieldKey == u"start_dir" || fieldKey == u"end_dir" ? QStringView(u"direction") : fieldKey;
}

} // namespace

QString fieldValueLabel(QStringView fieldKey, const QString& code, LabelLanguage language) {
    const QStringView key = tableKey(fieldKey);
    for (const ValueLabel& l : kLabels)
        if (key == l.field && code == l.code)
            return QString::fromUtf16(language == LabelLanguage::Chinese ? l.chinese : l.english);
    return code;
}

QString fieldLabel(const RoadField& field, LabelLanguage language) {
    return language == LabelLanguage::Chinese ? field.chineseLabel : field.englishLabel;
}

} // namespace luming
