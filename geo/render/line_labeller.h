// Internal to the renderer: names along lines. Each labelled line in view becomes a candidate, ranked
// by (selected, layer rank, real width, length); in rank order each is tried along its longest
// on-screen segment (middle first, then either side) and kept only where LabelPlacer finds room. Along
// a segment within 60° of the horizontal the name is rotated to it and kept upright (left to right);
// along a steeper one its characters stand upright, one under the other (read top to bottom). Lines shorter
// on screen than their text are never measured.
#pragma once

#include "render/label_placer.h"
#include "render/render_report.h"
#include "render/scene_layer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QSet>
#include <vector>

namespace luming {

class LayerPainter;

class LineLabeller {
public:
    LineLabeller(LabelPlacer& placer, const QRectF& screen, double haloPx);

    // rank: layers with a higher rank are labelled first (project roads above extra layers).
    void collect(const SceneLayer& layer, const std::vector<std::uint32_t>& visible,
                 const LayerPainter& painter, const QFont& font, int rank,
                 const QSet<std::uint32_t>& selected = {});
    // Places the collected candidates in rank order; returns the labels kept.
    QList<PlacedLabel> place();

    // Stacked labels: distance between character centres, and the column's length for a text.
    static double stackedStep(const QFontMetricsF& metrics);
    static double stackedLength(const QString& text, const QFontMetricsF& metrics);

private:
    struct Candidate {
        const SceneLayer* layer;
        std::uint32_t feature;
        int font;
        bool selected;
        int rank;
    };
    bool tryCandidate(const Candidate& c, PlacedLabel& out);

    LabelPlacer& placer_;
    QRectF screen_;
    double halo_;
    std::vector<Candidate> candidates_;
    std::vector<QFont> fonts_;
    std::vector<QFontMetricsF> metrics_;           // one per font: constructing one resolves the font
    std::vector<QHash<QString, double>> advances_; // text widths per font (names repeat across segments)
    std::vector<const LayerPainter*> painters_;
    std::vector<QPointF> scratch_;
};

} // namespace luming
