#include "render/spatial_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace luming {

namespace {

// Hilbert curve index of (x, y) in a 2^16 × 2^16 grid (the branch-free variant used by flatbush,
// after "Fast Hilbert curve generation" by rawrunprotected).
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y) {
    std::uint32_t a = x ^ y;
    std::uint32_t b = 0xFFFF ^ a;
    std::uint32_t c = 0xFFFF ^ (x | y);
    std::uint32_t d = x & (y ^ 0xFFFF);
    std::uint32_t A = a | (b >> 1);
    std::uint32_t B = (a >> 1) ^ a;
    std::uint32_t C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
    std::uint32_t D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;

    a = A;
    b = B;
    c = C;
    d = D;
    A = (a & (a >> 2)) ^ (b & (b >> 2));
    B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
    C ^= (a & (c >> 2)) ^ (b & (d >> 2));
    D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

    a = A;
    b = B;
    c = C;
    d = D;
    A = (a & (a >> 4)) ^ (b & (b >> 4));
    B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
    C ^= (a & (c >> 4)) ^ (b & (d >> 4));
    D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

    a = A;
    b = B;
    c = C;
    d = D;
    C ^= (a & (c >> 8)) ^ (b & (d >> 8));
    D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

    a = C ^ (C >> 1);
    b = D ^ (D >> 1);

    std::uint32_t i0 = x ^ y;
    std::uint32_t i1 = b | (0xFFFF ^ (i0 | a));

    i0 = (i0 | (i0 << 8)) & 0x00FF00FF;
    i0 = (i0 | (i0 << 4)) & 0x0F0F0F0F;
    i0 = (i0 | (i0 << 2)) & 0x33333333;
    i0 = (i0 | (i0 << 1)) & 0x55555555;

    i1 = (i1 | (i1 << 8)) & 0x00FF00FF;
    i1 = (i1 | (i1 << 4)) & 0x0F0F0F0F;
    i1 = (i1 | (i1 << 2)) & 0x33333333;
    i1 = (i1 | (i1 << 1)) & 0x55555555;

    return (i1 << 1) | i0;
}

bool isValid(const SpatialIndex::Box& b) {
    return b.minX <= b.maxX && b.minY <= b.maxY; // false for NaN and for the empty box
}

bool intersects(const SpatialIndex::Box& a, const SpatialIndex::Box& b) {
    return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

void expand(SpatialIndex::Box& into, const SpatialIndex::Box& b) {
    into.minX = std::min(into.minX, b.minX);
    into.minY = std::min(into.minY, b.minY);
    into.maxX = std::max(into.maxX, b.maxX);
    into.maxY = std::max(into.maxY, b.maxY);
}

constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

std::vector<std::uint32_t> SpatialIndex::hilbertOrder(std::span<const Box> boxes) {
    // Items with an empty or NaN box (features without vertices) are left out: no query can find them.
    std::vector<std::uint32_t> items;
    items.reserve(boxes.size());
    Box all{kInf, kInf, -kInf, -kInf};
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (!isValid(boxes[i]))
            continue;
        items.push_back(static_cast<std::uint32_t>(i));
        expand(all, boxes[i]);
    }
    // Sort by the Hilbert value of each box centre so that neighbours on the map share leaves; ties
    // keep the item order.
    const double w = all.maxX - all.minX;
    const double h = all.maxY - all.minY;
    std::vector<std::uint64_t> keyed(items.size());
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Box& b = boxes[items[k]];
        const auto hx =
            w > 0 ? static_cast<std::uint32_t>(0xFFFF * ((b.minX + b.maxX) / 2 - all.minX) / w) : 0u;
        const auto hy =
            h > 0 ? static_cast<std::uint32_t>(0xFFFF * ((b.minY + b.maxY) / 2 - all.minY) / h) : 0u;
        keyed[k] = (static_cast<std::uint64_t>(hilbert(hx, hy)) << 32) | items[k];
    }
    std::sort(keyed.begin(), keyed.end());
    for (std::size_t k = 0; k < keyed.size(); ++k)
        items[k] = static_cast<std::uint32_t>(keyed[k] & 0xFFFFFFFFu);
    return items;
}

SpatialIndex::SpatialIndex(std::span<const Box> boxes, int nodeSize)
    : nodeSize_(std::clamp(nodeSize, 2, 65535)) {
    const std::vector<std::uint32_t> items = hilbertOrder(boxes);
    itemCount_ = static_cast<std::int64_t>(items.size());
    if (items.empty())
        return;

    // Level sizes, leaves first; every tree has at least one inner level (the root).
    std::int64_t n = itemCount_;
    std::int64_t total = n;
    levelBounds_.push_back(n);
    do {
        n = (n + nodeSize_ - 1) / nodeSize_;
        total += n;
        levelBounds_.push_back(total);
    } while (n != 1);

    boxes_.resize(static_cast<std::size_t>(total));
    indices_.resize(static_cast<std::size_t>(total));
    for (std::size_t k = 0; k < items.size(); ++k) {
        boxes_[k] = boxes[items[k]];
        indices_[k] = items[k];
    }
    std::int64_t pos = 0;
    std::int64_t out = itemCount_;
    for (std::size_t level = 0; level + 1 < levelBounds_.size(); ++level) {
        const std::int64_t end = levelBounds_[level];
        while (pos < end) {
            Box node{kInf, kInf, -kInf, -kInf};
            const std::int64_t first = pos;
            for (int i = 0; i < nodeSize_ && pos < end; ++i, ++pos)
                expand(node, boxes_[pos]);
            boxes_[out] = node;
            indices_[out] = static_cast<std::uint32_t>(first);
            ++out;
        }
    }
}

SpatialIndex::Box SpatialIndex::extent() const {
    if (boxes_.empty())
        return {kInf, kInf, -kInf, -kInf};
    return boxes_.back();
}

void SpatialIndex::query(const Box& window, std::vector<std::uint32_t>& out, QueryStats* stats) const {
    if (boxes_.empty() || !intersects(window, boxes_.back()))
        return;
    std::int64_t visited = 1;
    const std::size_t before = out.size();
    // Explicit stack of inner entries to open; a tree of 10⁶ items is 5 levels deep.
    std::vector<std::int64_t> stack;
    stack.reserve(64);
    stack.push_back(static_cast<std::int64_t>(boxes_.size()) - 1);
    while (!stack.empty()) {
        const std::int64_t node = stack.back();
        stack.pop_back();
        const std::int64_t first = indices_[node];
        // The children of a node lie in the level below, which ends at the first bound above `first`.
        const std::int64_t levelEnd = *std::upper_bound(levelBounds_.begin(), levelBounds_.end(), first);
        const std::int64_t end = std::min<std::int64_t>(first + nodeSize_, levelEnd);
        for (std::int64_t pos = first; pos < end; ++pos) {
            ++visited;
            if (!intersects(window, boxes_[pos]))
                continue;
            if (pos < itemCount_)
                out.push_back(indices_[pos]);
            else
                stack.push_back(pos);
        }
    }
    if (stats) {
        stats->nodesVisited += visited;
        stats->itemsFound += static_cast<std::int64_t>(out.size() - before);
    }
}

std::vector<std::uint32_t> SpatialIndex::query(const Box& window) const {
    std::vector<std::uint32_t> out;
    query(window, out);
    return out;
}

SpatialIndex::Box SpatialIndex::boxOf(const QRectF& rect) {
    const QRectF r = rect.normalized();
    return {r.left(), r.top(), r.right(), r.bottom()};
}

QRectF SpatialIndex::rectOf(const Box& box) {
    return QRectF(QPointF(box.minX, box.minY), QPointF(box.maxX, box.maxY));
}

} // namespace luming
