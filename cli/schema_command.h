// luming schema: the record field table as Markdown (docs/schema.md is this output).
#pragma once

#include <QStringList>

namespace luming::cli {

int runSchema(const QStringList& args);

} // namespace luming::cli
