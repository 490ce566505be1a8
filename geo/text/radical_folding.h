// PDF text layers often carry radical code points where the page shows an ideograph (⼈⺠ for 人民):
// folded back here so that names and keywords match.
#pragma once

namespace luming {

// The unified ideograph for a Kangxi radical, a CJK radical-supplement form that stands for a whole
// character, or a CJK compatibility ideograph; any other character unchanged.
[[nodiscard]] char16_t foldRadical(char16_t c);

} // namespace luming
