// Chinese numerals as used for item numbers and counts: 一 … 九十九, 一百零二, 〇/零, 两.
#pragma once

#include <QStringView>
#include <optional>

namespace luming {

// Value of a Chinese numeral, or nullopt if `text` is not one (or is empty).
[[nodiscard]] std::optional<int> parseChineseNumeral(QStringView text);
// Value of an ASCII decimal or a Chinese numeral.
[[nodiscard]] std::optional<int> parseCount(QStringView text);

} // namespace luming
