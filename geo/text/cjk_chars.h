// Character classes for Chinese text, shared by the normaliser and the notice parser.
// All take a Unicode code point (char32_t), so characters outside the BMP classify correctly.
#pragma once

#include <QString>

namespace luming {

// CJK unified ideographs (URO, Ext A–F), compatibility ideographs and 〇.
[[nodiscard]] bool isCjkIdeograph(char32_t c);
// CJK symbols and punctuation, U+3000–U+303F (。、〔〕「」《》…).
[[nodiscard]] bool isCjkPunct(char32_t c);
// Half-width and full-width forms, U+FF00–U+FFEF, and the CJK compatibility/vertical forms.
[[nodiscard]] bool isFullWidthForm(char32_t c);
// Any of the three above: characters between which OCR spaces carry no meaning.
[[nodiscard]] bool isCjkText(char32_t c);
// A digit of a Chinese numeral: 〇零一二三四五六七八九十百千万两.
[[nodiscard]] bool isChineseNumeral(char32_t c);

// The code point at `i` (combining a surrogate pair that starts there), and the one ending at `end`.
[[nodiscard]] char32_t codePointAt(const QString& s, qsizetype i);
[[nodiscard]] char32_t codePointBefore(const QString& s, qsizetype end);

} // namespace luming
