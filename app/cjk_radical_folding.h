// Undoes a common defect of PDF text layers: a character written with the code point of a CJK radical
// that looks the same (⼈ U+2F08 for 人, ⻓ U+2ED3 for 长, ⻔ U+2ED4 for 门). PDF writers build their
// ToUnicode maps by reverse lookup in the font, and CJK fonts draw both code points with one glyph, so
// the copied text reads "⻓ 447 ⽶" where the page shows "长 447 米" — and a parser finds nothing.
#pragma once

#include <QString>

namespace luming::app {

class CjkRadicalFolding {
public:
    // Kangxi radicals (U+2F00–U+2FD5) by their Unicode compatibility mapping (NFKC); CJK radicals
    // supplement forms (U+2E80–U+2EF3) that are complete simplified characters by a table checked
    // against the glyphs of Noto Sans CJK (tests/tst_gui_project_loader.cpp). Everything else is kept.
    [[nodiscard]] static QString fold(const QString& text);
    // The supplement table, for the test: (radical, character) pairs.
    [[nodiscard]] static QList<QPair<QChar, QChar>> supplementTable();
};

} // namespace luming::app
