#include "text/cjk_chars.h"

namespace luming {

bool isCjkIdeograph(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF)      // unified ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // Ext A
           || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
           || (c >= 0x20000 && c <= 0x2FA1F) // Ext B–F and compatibility supplement
           || (c >= 0x30000 && c <= 0x3134F) // Ext G
           || c == 0x3007;                   // 〇
}

bool isCjkPunct(char32_t c) {
    return c >= 0x3000 && c <= 0x303F;
}

bool isFullWidthForm(char32_t c) {
    return (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFE10 && c <= 0xFE1F);
}

bool isCjkText(char32_t c) {
    return isCjkIdeograph(c) || isCjkPunct(c) || isFullWidthForm(c);
}

bool isChineseNumeral(char32_t c) {
    switch (c) {
    case U'〇':
    case U'零':
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
    case U'百':
    case U'千':
    case U'万':
    case U'两':
        return true;
    default:
        return false;
    }
}

char32_t codePointAt(const QString& s, qsizetype i) {
    if (i < 0 || i >= s.size())
        return 0;
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    return c.unicode();
}

char32_t codePointBefore(const QString& s, qsizetype end) {
    if (end <= 0 || end > s.size())
        return 0;
    const QChar c = s.at(end - 1);
    if (c.isLowSurrogate() && end >= 2 && s.at(end - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(end - 2), c);
    return c.unicode();
}

} // namespace luming
