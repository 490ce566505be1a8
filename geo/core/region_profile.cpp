#include "core/region_profile.h"

namespace luming {

QString RegionProfile::label() const {
    if (code.isEmpty() && name.isEmpty())
        return QStringLiteral("unknown region");
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace luming
