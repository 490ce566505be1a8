// A static packed Hilbert R-tree over item bounding boxes (the "flatbush" layout): items sorted by the
// Hilbert value of their box centre, packed bottom-up into nodes of a fixed size, stored in flat arrays.
// Built once per layer; a viewport query visits only the nodes whose boxes meet the window, so its cost
// follows what is visible, not the layer size. Immutable after construction, so queries are thread-safe.
#pragma once

#include <QRectF>
#include <cstdint>
#include <span>
#include <vector>

namespace luming {

class SpatialIndex {
public:
    struct Box {
        double minX = 0;
        double minY = 0;
        double maxX = 0;
        double maxY = 0;
    };

    // What one query cost; tests use it to prove a small window touches a small part of the tree.
    struct QueryStats {
        std::int64_t nodesVisited = 0; // inner and leaf entries whose box was tested
        std::int64_t itemsFound = 0;
    };

    SpatialIndex() = default;
    // Item i is boxes[i]; query results are these indices. Degenerate boxes (points) are fine.
    explicit SpatialIndex(std::span<const Box> boxes, int nodeSize = 16);

    std::int64_t size() const { return itemCount_; }
    bool isEmpty() const { return itemCount_ == 0; }
    Box extent() const;

    // Appends to out every item whose box intersects window (closed boxes: touching counts).
    // Order is the tree's (Hilbert) order, not the item order.
    void query(const Box& window, std::vector<std::uint32_t>& out, QueryStats* stats = nullptr) const;
    [[nodiscard]] std::vector<std::uint32_t> query(const Box& window) const;

    // The valid items in the order the tree stores them (by Hilbert value of the box centre). A layer
    // stores its features in this order so that a query walks its memory front to back.
    [[nodiscard]] static std::vector<std::uint32_t> hilbertOrder(std::span<const Box> boxes);

    static Box boxOf(const QRectF& rect);
    static QRectF rectOf(const Box& box);

private:
    int nodeSize_ = 16;
    std::int64_t itemCount_ = 0;
    std::vector<Box> boxes_;                // all levels, leaves first, root last
    std::vector<std::uint32_t> indices_;    // leaf entry → item; inner entry → first child entry
    std::vector<std::int64_t> levelBounds_; // end offset of each level in boxes_
};

} // namespace luming
