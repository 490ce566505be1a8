// The viewer's region picker (issue 9 point 2): which city a notice is about, when its own words name
// none, several, or the wrong one. Offers the gazetteer's cities by name (typing filters them; a GB/T 2260
// code is accepted too) and resolves the answer through the same chooseRegion as `--region`.
#pragma once

#include "core/notice_region.h"

#include <optional>

class QWidget;

namespace luming::app {

// nullopt when the user cancels or names nothing the gazetteer knows (then a message says why).
[[nodiscard]] std::optional<NoticeRegion> askRegion(QWidget* parent, const NoticeRegion& current);

} // namespace luming::app
