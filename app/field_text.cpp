#include "field_text.h"

#include <QLocale>

namespace luming::app {

QString fieldText(const RoadField& field, const QVariant& value, LabelLanguage language) {
    if (!value.isValid())
        return {};
    switch (field.type) {
    case FieldType::Boolean:
        return value.toBool() ? QStringLiteral("✓") : QString();
    case FieldType::Real:
        return QLocale().toString(value.toDouble());
    case FieldType::TextList:
        return value.toStringList().join(QStringLiteral("、"));
    case FieldType::RealList: {
        QStringList parts;
        for (double d : value.value<QList<double>>())
            parts << QLocale().toString(d);
        return parts.join(QLatin1Char('+'));
    }
    case FieldType::Code:
        return fieldValueLabel(field.key, value.toString(), language);
    case FieldType::Integer:
    case FieldType::Text:
        return value.toString();
    }
    return value.toString();
}

} // namespace luming::app
