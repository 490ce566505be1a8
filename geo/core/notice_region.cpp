#include "core/notice_region.h"

namespace luming {

QString regionBasisCode(RegionBasis basis) {
    switch (basis) {
    case RegionBasis::Unknown:
        return QStringLiteral("unknown");
    case RegionBasis::Detected:
        return QStringLiteral("detected");
    case RegionBasis::Chosen:
        return QStringLiteral("chosen");
    }
    return {};
}

std::optional<RegionBasis> regionBasisFromCode(QStringView code) {
    for (const RegionBasis basis : {RegionBasis::Unknown, RegionBasis::Detected, RegionBasis::Chosen})
        if (code == regionBasisCode(basis))
            return basis;
    return std::nullopt;
}

} // namespace luming
