// Qt's PDF writer maps each embedded glyph back to the *lowest* code point the font draws with it
// (QFontSubset::getReverseMap). Noto CJK draws the Kangxi radicals, the CJK radicals supplement and the
// CJK strokes with the same glyphs as the unified ideographs, so 人 comes out of the PDF as ⼈ (U+2F08),
// 田 as ⽥, 长 as ⻓: the map looks right, but searching or copying 港田路 finds nothing. This rewrites
// those targets of the ToUnicode CMaps to the unified ideograph (Unicode's EquivalentUnifiedIdeograph.txt).
// Every hex code keeps its 4 digits, so the file keeps its length and its cross-reference table.
#pragma once

#include <QByteArray>

namespace luming {

// The PDF with its ToUnicode CMaps repaired (uncompressed CMaps, as Qt writes them); the number of
// codes rewritten goes to `rewritten` when given. Bytes outside the CMaps are left as they are.
[[nodiscard]] QByteArray repairPdfToUnicode(const QByteArray& pdf, int* rewritten = nullptr);

// The unified ideograph a radical or stroke code point stands for; 0 when it is none.
[[nodiscard]] char16_t unifiedIdeographOf(char16_t radical);

} // namespace luming
