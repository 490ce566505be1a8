// The viewer names roads by the renderer's RoadId (notice + item number); a default RoadId means
// "no road".
#pragma once

#include "core/road_id.h"

#include <QMetaType>

namespace luming::app {

using RoadKey = luming::RoadId;

inline bool isValidRoad(const RoadKey& key) {
    return !key.isNull();
}

} // namespace luming::app

Q_DECLARE_METATYPE(luming::RoadId)
