#include "eval/list_markers.h"

namespace luming::eval {

QString chineseNumber(int n) {
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int units = n % 10;
    return (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十") +
           (units > 0 ? QString(digits.at(units)) : QString());
}

QString itemMarker(Marker marker, int n) {
    switch (marker) {
    case Marker::None:
        return {};
    case Marker::ArabicDot:
        return QStringLiteral("%1.").arg(n);
    case Marker::ArabicParen:
        return QStringLiteral("(%1)").arg(n);
    case Marker::ChineseComma:
        return chineseNumber(n) + QStringLiteral("、");
    case Marker::ChineseParen:
        return QStringLiteral("(") + chineseNumber(n) + QStringLiteral(")");
    case Marker::Diamond:
        return QStringLiteral("◆");
    case Marker::Dot:
        return QStringLiteral("●");
    case Marker::Square:
        return QStringLiteral("■");
    case Marker::Katakana:
        return QStringLiteral("・");
    case Marker::PlanningCode:
        return QStringLiteral("%1号路:").arg(n);
    }
    return {};
}

} // namespace luming::eval
