#include "notice/chinese_numeral.h"

#include <QString>
#include <algorithm>

namespace luming {

namespace {
int digitValue(QChar c) {
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == u'零')
        return 0;
    if (c == u'两')
        return 2;
    return int(digits.indexOf(c));
}
} // namespace

std::optional<int> parseChineseNumeral(QStringView text) {
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    int total = 0;
    int section = 0; // value below 万
    int pending = -1;
    for (QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0) {
            pending = d;
            continue;
        }
        int unit = 0;
        if (c == u'十')
            unit = 10;
        else if (c == u'百')
            unit = 100;
        else if (c == u'千')
            unit = 1000;
        else if (c == u'万')
            unit = 10000;
        else
            return std::nullopt;
        if (unit == 10000) {
            total += (section + std::max(pending, 0)) * 10000;
            section = 0;
        } else {
            section += (pending < 0 ? 1 : pending) * unit; // "十二": 十 alone means one ten
        }
        pending = -1;
    }
    return total + section + std::max(pending, 0);
}

std::optional<int> parseCount(QStringView text) {
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok)
        return v;
    return parseChineseNumeral(text);
}

} // namespace luming
