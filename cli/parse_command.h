// `luming parse FILE… [-o out.gpkg|out.json|out.csv] [-v]`
#pragma once

#include <QStringList>

namespace luming::cli {

int runParse(const QStringList& args);

} // namespace luming::cli
