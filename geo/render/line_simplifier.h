// Douglas–Peucker simplification, used to precompute coarser copies of every line and ring so that a
// zoomed-out frame draws about one vertex per pixel instead of every surveyed vertex.
#pragma once

#include <QPointF>
#include <span>
#include <vector>

namespace luming {

enum class PathKind { Open, Closed };

// Keeps the first and last vertex and every vertex needed so that no dropped vertex lies farther than
// tolerance from the kept polyline. Closed rings keep at least 4 vertices (3 distinct + closing) when
// the input had them. Appends to out; returns the number of vertices appended.
std::size_t simplifyDouglasPeucker(std::span<const QPointF> points, double tolerance, PathKind kind,
                                   std::vector<QPointF>& out);

} // namespace luming
