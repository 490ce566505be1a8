// `luming history NAME SRC…`: what the notices did to a road name, oldest first, and where it stands now.
#pragma once

#include <QStringList>

namespace luming::cli {

int runHistory(const QStringList& args);

} // namespace luming::cli
