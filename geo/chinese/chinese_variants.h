// 繁/简 folding through OpenCC (t2s): one step of NameKey (name_key.h), the one key names are compared by.
#pragma once

#include <QString>

namespace luming {

class ChineseVariants {
public:
    // The text with traditional characters folded to simplified (OpenCC t2s.json). Non-Chinese text
    // passes through unchanged. Thread-safe; the converter is loaded once, on first use.
    [[nodiscard]] static QString toSimplified(const QString& text);

    // True when `a` and `b` differ but are the same text once folded to simplified
    // (荷葉路 vs 荷叶路). Identical strings are not variants of each other.
    [[nodiscard]] static bool isTraditionalVariant(const QString& a, const QString& b);

    // Empty when OpenCC loaded; otherwise why not (then toSimplified is the identity).
    [[nodiscard]] static QString converterError();
};

} // namespace luming
