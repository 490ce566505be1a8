// Internal to the renderer: paints one placed label with its halo, rotated along its road or (stacked)
// as upright characters down a steep road.
#pragma once

#include "render/map_style.h"
#include "render/render_report.h"

#include <QFont>

class QPainter;

namespace luming {

void paintLabel(QPainter& painter, const QFont& font, const PlacedLabel& label, const MapStyle& style);

} // namespace luming
