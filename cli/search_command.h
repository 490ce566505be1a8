// `luming search QUERY SRC [-n N]`: roads by name (繁/简 either way), by 区/街道, or by the road they end on.
#pragma once

#include <QStringList>

namespace luming::cli {

int runSearch(const QStringList& args);

} // namespace luming::cli
