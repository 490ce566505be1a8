// Fill colours for the district polygons: neighbours (polygons sharing a boundary) get different
// palette entries where the palette allows it. Computed once per scene.
#pragma once

#include "render/scene_layer.h"

#include <vector>

namespace luming {

// One palette index in [0, paletteSize) per feature of an area layer. Two features are neighbours
// when vertices of both fall into a common cell of a grid of cellM metres (shared boundaries come
// from the same source, so they share vertices). Greedy, most-connected first; when every entry is
// taken by a neighbour, the entry used least among the neighbours.
[[nodiscard]] std::vector<int> colourNeighbours(const SceneLayer& areas, int paletteSize, double cellM = 100);

} // namespace luming
