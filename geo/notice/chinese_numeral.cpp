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

std::optional<int> parseEnclosedNumeral(QStringView text) {
    if (text.size() != 1)
        return std::nullopt;
    const char16_t c = text.front().unicode();
    // Unicode's enclosed runs: circled ①–⑳, parenthesised ⑴–⒇, with a full stop ⒈–⒛, and the
    // dingbat circles ❶–❿ ➀–➉ ➊–➓.
    struct Run {
        char16_t first;
        char16_t last;
    };
    static constexpr Run kRuns[] = {{0x2460, 0x2473}, {0x2474, 0x2487}, {0x2488, 0x249B},
                                    {0x2776, 0x277F}, {0x2780, 0x2789}, {0x278A, 0x2793}};
    for (const Run& r : kRuns)
        if (c >= r.first && c <= r.last)
            return int(c - r.first) + 1;
    return std::nullopt;
}

std::optional<int> parseCount(QStringView text) {
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok)
        return v;
    if (const auto enclosed = parseEnclosedNumeral(text))
        return enclosed;
    return parseChineseNumeral(text);
}

} // namespace luming
