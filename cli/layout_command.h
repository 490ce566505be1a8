// `luming layout SRC [-v]`: the layout report — stated vs drawn length per road, each tie's gap, each
// cluster's anchor, and every conflict the numbers themselves contain.
#pragma once

#include <QStringList>

namespace luming::cli {

int runLayout(const QStringList& args);

} // namespace luming::cli
