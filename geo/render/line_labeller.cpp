#include "render/line_labeller.h"

#include "render/layer_painter.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace luming {

namespace {

// Give up after this many tries in one frame: the screen is full long before (a 1920×1080 map holds a
// few hundred names), and a zoomed-out city must not measure a hundred thousand strings.
constexpr std::size_t kMaxTries = 6000;
// A segment steeper than this (|dx| < |dy| · 0.58, i.e. more than 60° from the horizontal) gets a
// stacked label.
constexpr double kStackedSlope = 0.58;

// Liang–Barsky: clips a–b to r; false when nothing is left.
bool clipSegment(const QRectF& r, QPointF& a, QPointF& b) {
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a0 = a;
    a = QPointF(a0.x() + t0 * dx, a0.y() + t0 * dy);
    b = QPointF(a0.x() + t1 * dx, a0.y() + t1 * dy);
    return true;
}

} // namespace

LineLabeller::LineLabeller(LabelPlacer& placer, const QRectF& screen, double haloPx)
    : placer_(placer), screen_(screen), halo_(haloPx) {}

void LineLabeller::collect(const SceneLayer& layer, const std::vector<std::uint32_t>& visible,
                           const LayerPainter& painter, const QFont& font, int rank,
                           const QSet<std::uint32_t>& selected) {
    if (!layer.hasLabels())
        return;
    const int source = static_cast<int>(fonts_.size());
    fonts_.push_back(font);
    metrics_.emplace_back(font);
    advances_.emplace_back();
    painters_.push_back(&painter);
    // A CJK character is about one em wide: a line shorter on screen than its text cannot carry it.
    const double em = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
    // The shortest name is two characters: most features of a zoomed-out city fail this first test,
    // before their label is even looked at.
    const double minSpanM = em * 0.9 * 2 * painter.metresPerPixel();
    for (std::uint32_t f : visible) {
        if (layer.kind(f) != FeatureKind::Line)
            continue;
        const bool isSelected = !selected.isEmpty() && selected.contains(f);
        const QRectF b = layer.bounds(f);
        const double spanM = std::max(b.width(), b.height());
        if (!isSelected && spanM < minSpanM)
            continue;
        const QString& text = layer.label(f);
        if (text.isEmpty())
            continue;
        if (!isSelected && spanM / painter.metresPerPixel() < em * 0.9 * text.size())
            continue;
        candidates_.push_back({&layer, f, source, isSelected, rank});
    }
}

bool LineLabeller::tryCandidate(const Candidate& c, PlacedLabel& out) {
    const SceneLayer& layer = *c.layer;
    const auto source = static_cast<std::size_t>(c.font);
    const LayerPainter& painter = *painters_[source];
    const QFontMetricsF& metrics = metrics_[source];
    const QString& text = layer.label(c.feature);

    // Longest segment of the line as it appears inside the screen.
    QPointF bestA, bestB;
    double bestLen = 0;
    for (std::uint32_t part = layer.firstPart(c.feature); part < layer.endPart(c.feature); ++part) {
        painter.screenPart(layer, part, scratch_);
        for (std::size_t i = 1; i < scratch_.size(); ++i) {
            QPointF a = scratch_[i - 1], b = scratch_[i];
            if (!clipSegment(screen_, a, b))
                continue;
            const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
            if (len > bestLen) {
                bestLen = len;
                bestA = a;
                bestB = b;
            }
        }
    }
    if (bestLen <= 0)
        return false;

    // Steep segments carry the name the Chinese way: upright characters one under the other, read
    // top to bottom. Others carry it rotated along the segment, left to right (kept upright).
    const bool stacked = std::abs(bestB.x() - bestA.x()) < std::abs(bestB.y() - bestA.y()) * kStackedSlope;
    if (stacked ? bestB.y() < bestA.y() : bestB.x() < bestA.x())
        std::swap(bestA, bestB);
    const double angle = std::atan2(bestB.y() - bestA.y(), bestB.x() - bestA.x()) * 180 / std::numbers::pi;
    QSizeF size;
    if (stacked) {
        // Across the column: one CJK character (an em) plus the halo.
        size = QSizeF(stackedLength(text, metrics) + 2 * halo_,
                      metrics.horizontalAdvance(QChar(0x8DEF)) + 2 * halo_); // 路
    } else {
        auto& advances = advances_[source];
        auto advance = advances.constFind(text);
        if (advance == advances.constEnd())
            advance = advances.insert(text, metrics.horizontalAdvance(text));
        size = QSizeF(*advance + 2 * halo_, metrics.ascent() + metrics.descent() + halo_);
    }
    if (bestLen < size.width())
        return false;

    const QPointF dir = (bestB - bestA) / bestLen;
    const double slack = bestLen - size.width();
    for (double along : {0.5, 0.25, 0.75}) {
        const double d = size.width() / 2 + slack * along;
        const LabelBox box{bestA + dir * d, size, angle};
        if (placer_.tryPlace(box)) {
            out = PlacedLabel{text, box, layer.id(), c.feature, stacked};
            return true;
        }
        if (slack < size.width() / 4)
            break; // no room to slide
    }
    return false;
}

double LineLabeller::stackedStep(const QFontMetricsF& metrics) {
    return metrics.ascent() + metrics.descent() * 0.3;
}

double LineLabeller::stackedLength(const QString& text, const QFontMetricsF& metrics) {
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (graphemes.toNextBoundary() != -1)
        ++count;
    return count * stackedStep(metrics);
}

QList<PlacedLabel> LineLabeller::place() {
    std::stable_sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
        if (a.selected != b.selected)
            return a.selected;
        if (a.rank != b.rank)
            return a.rank > b.rank;
        const double wa = a.layer->widthM(a.feature), wb = b.layer->widthM(b.feature);
        if (wa != wb)
            return wa > wb;
        return a.layer->lengthM(a.feature) > b.layer->lengthM(b.feature);
    });
    QList<PlacedLabel> placed;
    const std::size_t tries = std::min(candidates_.size(), kMaxTries);
    for (std::size_t i = 0; i < tries; ++i) {
        PlacedLabel label;
        if (tryCandidate(candidates_[i], label))
            placed.append(label);
    }
    return placed;
}

} // namespace luming
