// `--region CODE|NAME`, shared by parse, layout and export: the user's choice of the notice's city,
// overriding what the notice's own words say (region/region_detector.h).
#pragma once

#include "core/notice_region.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>
#include <optional>

namespace luming::cli {

[[nodiscard]] QCommandLineOption regionOption();
// The chosen region (unknown when the option is absent); nullopt after printing why when the name or
// code means no city or several.
[[nodiscard]] std::optional<NoticeRegion> chosenRegion(const QCommandLineParser& cli, QTextStream& err,
                                                       const QString& command);

} // namespace luming::cli
