#include "render/district_colouring.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace luming {

std::vector<int> colourNeighbours(const SceneLayer& areas, int paletteSize, double cellM) {
    const auto n = static_cast<std::size_t>(areas.featureCount());
    std::vector<int> colour(n, 0);
    if (n == 0 || paletteSize <= 1)
        return colour;

    // Grid cell → features with a vertex in it (each feature once per cell).
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> cells;
    const SceneLayer::Level& full = areas.level(0);
    for (std::uint32_t f = 0; f < n; ++f) {
        for (std::uint32_t part = areas.firstPart(f); part < areas.endPart(f); ++part) {
            for (std::uint32_t v = full.partStart[part]; v < full.partStart[part + 1]; ++v) {
                const auto cx = static_cast<std::int64_t>(std::floor(full.xy[2 * v] / cellM));
                const auto cy = static_cast<std::int64_t>(std::floor(full.xy[2 * v + 1] / cellM));
                auto& inCell = cells[(cx << 32) ^ (cy & 0xFFFFFFFF)];
                if (inCell.empty() || inCell.back() != f)
                    inCell.push_back(f);
            }
        }
    }
    std::vector<std::vector<std::uint32_t>> neighbours(n);
    for (const auto& [cell, features] : cells)
        for (std::size_t i = 0; i < features.size(); ++i)
            for (std::size_t j = i + 1; j < features.size(); ++j) {
                neighbours[features[i]].push_back(features[j]);
                neighbours[features[j]].push_back(features[i]);
            }
    for (auto& list : neighbours) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    // Most-connected first (Welsh–Powell); ties by input order so the result is stable.
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (neighbours[a].size() != neighbours[b].size())
            return neighbours[a].size() > neighbours[b].size();
        return areas.inputIndex(a) < areas.inputIndex(b);
    });
    std::vector<char> done(n, 0);
    std::vector<int> used(static_cast<std::size_t>(paletteSize));
    for (std::uint32_t f : order) {
        std::fill(used.begin(), used.end(), 0);
        for (std::uint32_t g : neighbours[f])
            if (done[g])
                ++used[static_cast<std::size_t>(colour[g])];
        colour[f] = static_cast<int>(std::min_element(used.begin(), used.end()) - used.begin());
        done[f] = 1;
    }
    return colour;
}

} // namespace luming
