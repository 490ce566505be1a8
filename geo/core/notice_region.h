// The city a notice is about, and how that was decided (region/region_detector.h decides; the user's
// `--region` or the viewer's picker overrides). Layout, rendering and export take their coordinates from it.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace luming {

enum class RegionBasis {
    Unknown,  // nothing named a city, or several did and nobody chose: the notice gets no coordinates
    Detected, // the notice's own words named one city (see evidence)
    Chosen,   // the user said which (`--region`, the viewer's picker)
};
[[nodiscard]] QString regionBasisCode(RegionBasis basis); // "unknown", "detected", "chosen"
[[nodiscard]] std::optional<RegionBasis> regionBasisFromCode(QStringView code);

struct NoticeRegion {
    QString code; // the city's GB/T 2260 code ("370100"), empty when unknown
    QString name; // "济南市"
    RegionBasis basis = RegionBasis::Unknown;
    QString evidence; // what decided it, for the details ("文号 济政字; 区 历城区, 市中区")

    [[nodiscard]] bool known() const { return !code.isEmpty(); }
};

} // namespace luming
