// Writes parse results to the file type the output path names (.gpkg, .json, .csv), atomically.
#pragma once

#include "core/notice.h"

#include <QList>
#include <QString>

namespace luming::cli {

[[nodiscard]] bool isSupportedOutput(const QString& path);
// Empty on success, else one sentence naming the file.
[[nodiscard]] QString writeOutput(const QString& path, const QList<ParseResult>& results,
                                  const NoticeRegion& region = {});

} // namespace luming::cli
