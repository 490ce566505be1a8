// The form place names are compared in against the gazetteer: 繁→简 and NFKC folded (as search folds),
// spaces dropped, and the pinyin a garbled mirror inserts after a character removed (興慶區(qū) → 兴庆区).
#pragma once

#include <QString>

namespace luming {

[[nodiscard]] QString placeKey(const QString& name);

} // namespace luming
