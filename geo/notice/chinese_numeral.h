// Numerals as used for item numbers and counts: 一 … 九十九, 一百零二, 〇/零, 两; ① ⑴ ⒈ ❶.
#pragma once

#include <QStringView>
#include <optional>

namespace luming {

// Value of a Chinese numeral, or nullopt if `text` is not one (or is empty).
[[nodiscard]] std::optional<int> parseChineseNumeral(QStringView text);
// Value of one enclosed numeral character (① ⑴ ⒈ ❶ ➀ ➊: 1–20 or 1–10), or nullopt.
[[nodiscard]] std::optional<int> parseEnclosedNumeral(QStringView text);
// Value of an ASCII decimal, an enclosed numeral or a Chinese numeral.
[[nodiscard]] std::optional<int> parseCount(QStringView text);

} // namespace luming
