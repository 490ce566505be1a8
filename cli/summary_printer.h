// The short human summary `luming parse` prints for each file.
#pragma once

#include "core/notice.h"

#include <QTextStream>

namespace luming::cli {

void printSummary(QTextStream& out, const ParseResult& result, bool verbose);

} // namespace luming::cli
