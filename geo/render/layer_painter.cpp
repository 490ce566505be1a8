#include "render/layer_painter.h"

#include "core/feedback.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace luming {

namespace {

// Thin lines are collected up to this many segments, then handed to QPainter in one call: enough to
// amortise the call, small enough to stay in cache (a whole city would be ~100 MB of QLineF at once).
constexpr std::size_t kHairlineBatch = 16384;
// Consecutive vertices closer than this (px) are merged while drawing hairlines.
constexpr double kMergePx = 0.5;

bool segmentMeets(const QRectF& r, QPointF a, QPointF b) {
    return std::max(a.x(), b.x()) >= r.left() && std::min(a.x(), b.x()) <= r.right() &&
           std::max(a.y(), b.y()) >= r.top() && std::min(a.y(), b.y()) <= r.bottom();
}

// Calls draw(first, count) for each run of consecutive segments that meet r, so that a long line
// crossing the window is not handed to QPainter with vertices kilometres off screen.
template <class Draw> void forEachVisibleRun(const std::vector<QPointF>& pts, const QRectF& r, Draw draw) {
    std::size_t runStart = 0;
    bool inRun = false;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const bool meets = segmentMeets(r, pts[i - 1], pts[i]);
        if (meets && !inRun) {
            runStart = i - 1;
            inRun = true;
        } else if (!meets && inRun) {
            draw(runStart, i - runStart);
            inRun = false;
        }
    }
    if (inRun)
        draw(runStart, pts.size() - runStart);
}

} // namespace

LayerPainter::LayerPainter(QPainter& painter, const MapViewport& viewport, const Feedback* feedback)
    : painter_(painter), viewport_(viewport), feedback_(feedback) {
    const double margin = 64;
    clip_ =
        QRectF(-margin, -margin, viewport.size().width() + 2 * margin, viewport.size().height() + 2 * margin);
}

std::vector<std::uint32_t> LayerPainter::visibleFeatures(const SceneLayer& layer, double marginPx) const {
    const QRectF window = viewport_.worldRect().adjusted(
        -marginPx * viewport_.metresPerPixel(), -marginPx * viewport_.metresPerPixel(),
        marginPx * viewport_.metresPerPixel(), marginPx * viewport_.metresPerPixel());
    std::vector<std::uint32_t> out;
    layer.index().query(SpatialIndex::boxOf(window), out);
    return out;
}

LayerPainter::Transform LayerPainter::transformFor(const SceneLayer& layer) const {
    const double s = 1.0 / viewport_.metresPerPixel();
    const QPointF o = layer.origin();
    const QPointF c = viewport_.centre();
    return {s, (o.x() - c.x()) * s + viewport_.size().width() / 2.0,
            viewport_.size().height() / 2.0 - (o.y() - c.y()) * s};
}

bool LayerPainter::checkCancel(std::size_t i) {
    if (!cancelled_ && (i & 1023) == 0 && isCanceled(feedback_))
        cancelled_ = true;
    return cancelled_;
}

void LayerPainter::screenPart(const SceneLayer& layer, std::uint32_t part, std::vector<QPointF>& out) const {
    const SceneLayer::Level& level = layer.level(levelOf(layer));
    const Transform t = transformFor(layer);
    out.clear();
    for (std::uint32_t v = level.partStart[part]; v < level.partStart[part + 1]; ++v)
        out.emplace_back(level.xy[2 * std::size_t(v)] * t.scale + t.bx,
                         -level.xy[2 * std::size_t(v) + 1] * t.scale + t.by);
}

void LayerPainter::appendHairlines(const SceneLayer::Level& level, std::uint32_t part, const Transform& t) {
    const std::uint32_t begin = level.partStart[part];
    const std::uint32_t end = level.partStart[part + 1];
    QPointF last(level.xy[2 * std::size_t(begin)] * t.scale + t.bx,
                 -level.xy[2 * std::size_t(begin) + 1] * t.scale + t.by);
    for (std::uint32_t v = begin + 1; v < end; ++v) {
        const QPointF p(level.xy[2 * std::size_t(v)] * t.scale + t.bx,
                        -level.xy[2 * std::size_t(v) + 1] * t.scale + t.by);
        if (v + 1 < end && std::abs(p.x() - last.x()) < kMergePx && std::abs(p.y() - last.y()) < kMergePx)
            continue;
        if (segmentMeets(clip_, last, p)) {
            hairlines_.emplace_back(last, p);
            ++verticesDrawn_;
        }
        last = p;
    }
}

void LayerPainter::flushHairlines(const QColor& colour) {
    // Called with the painter's antialiasing set by drawLines().
    if (hairlines_.empty())
        return;
    QPen pen(colour, 1);
    pen.setCosmetic(true);
    painter_.setPen(pen);
    painter_.drawLines(hairlines_.data(), static_cast<int>(hairlines_.size()));
    hairlines_.clear();
}

void LayerPainter::drawLines(const SceneLayer& layer, const std::vector<std::uint32_t>& features,
                             const LineStyle& style) {
    const SceneLayer::Level& level = layer.level(levelOf(layer));
    const Transform t = transformFor(layer);
    const double mpp = viewport_.metresPerPixel();
    struct Thick {
        std::uint32_t feature;
        double widthPx;
    };
    std::vector<Thick> thick;
    painter_.setRenderHint(QPainter::Antialiasing, style.antialiasHairlines);
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (checkCancel(i))
            return;
        const std::uint32_t f = features[i];
        if (layer.kind(f) != FeatureKind::Line)
            continue;
        ++featuresDrawn_;
        const double width = std::max(style.realWidth ? layer.widthM(f) / mpp : 0.0, style.minWidthPx);
        if (width > 1.0) {
            thick.push_back({f, width});
            continue;
        }
        for (std::uint32_t part = layer.firstPart(f); part < layer.endPart(f); ++part)
            appendHairlines(level, part, t);
        if (hairlines_.size() >= kHairlineBatch)
            flushHairlines(style.colour);
    }
    flushHairlines(style.colour);
    painter_.setRenderHint(QPainter::Antialiasing, true);
    if (thick.empty())
        return;

    // Wide lines: casings first, then every fill, so that crossing roads merge instead of cutting each other.
    auto strokeAll = [&](bool casing) {
        for (std::size_t i = 0; i < thick.size(); ++i) {
            if (checkCancel(i))
                return;
            const Thick& line = thick[i];
            if (casing && (!style.casing.isValid() || line.widthPx < style.casingFromWidthPx))
                continue;
            QPen pen(casing ? style.casing : style.colour, casing ? line.widthPx + 2.5 : line.widthPx,
                     Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter_.setPen(pen);
            for (std::uint32_t part = layer.firstPart(line.feature); part < layer.endPart(line.feature);
                 ++part) {
                screenPart(layer, part, scratch_);
                const QRectF reach = clip_.adjusted(-line.widthPx, -line.widthPx, line.widthPx, line.widthPx);
                forEachVisibleRun(scratch_, reach, [&](std::size_t first, std::size_t count) {
                    painter_.drawPolyline(scratch_.data() + first, static_cast<int>(count));
                    if (!casing)
                        verticesDrawn_ += static_cast<std::int64_t>(count);
                });
            }
        }
    };
    painter_.setBrush(Qt::NoBrush);
    painter_.setRenderHint(QPainter::Antialiasing,
                           static_cast<std::int64_t>(thick.size()) <= style.antialiasWideLinesUpTo);
    strokeAll(true);
    strokeAll(false);
    painter_.setRenderHint(QPainter::Antialiasing, true);
}

void LayerPainter::drawAreas(const SceneLayer& layer, const std::vector<std::uint32_t>& features,
                             const AreaStyle& style) {
    QPen outline(style.outline, 1);
    outline.setCosmetic(true);
    painter_.setPen(outline);
    std::vector<QPointF> specks; // polygons smaller than a pixel: one dot each
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (checkCancel(i))
            return;
        const std::uint32_t f = features[i];
        if (layer.kind(f) != FeatureKind::Polygon)
            continue;
        ++featuresDrawn_;
        const QRectF b = layer.bounds(f);
        if (b.width() < 1.5 * viewport_.metresPerPixel() && b.height() < 1.5 * viewport_.metresPerPixel()) {
            specks.push_back(viewport_.toScreen(b.center()));
            continue;
        }
        if (style.fills.isEmpty()) {
            painter_.setBrush(Qt::NoBrush);
        } else {
            const qsizetype index = style.fillIndex ? style.fillIndex(f) : static_cast<qsizetype>(f);
            painter_.setBrush(style.fills[index % style.fills.size()]);
        }
        const std::uint32_t first = layer.firstPart(f);
        const std::uint32_t end = layer.endPart(f);
        if (end - first == 1) {
            screenPart(layer, first, scratch_);
            painter_.drawPolygon(scratch_.data(), static_cast<int>(scratch_.size()), Qt::OddEvenFill);
            verticesDrawn_ += static_cast<std::int64_t>(scratch_.size());
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::uint32_t part = first; part < end; ++part) {
            screenPart(layer, part, scratch_);
            path.addPolygon(QPolygonF(QList<QPointF>(scratch_.begin(), scratch_.end())));
            path.closeSubpath();
            verticesDrawn_ += static_cast<std::int64_t>(scratch_.size());
        }
        painter_.drawPath(path);
    }
    if (!specks.empty())
        painter_.drawPoints(specks.data(), static_cast<int>(specks.size()));
}

void LayerPainter::drawPoints(const SceneLayer& layer, const std::vector<std::uint32_t>& features,
                              const PointStyle& style) {
    std::vector<QPointF> points;
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (checkCancel(i))
            return;
        const std::uint32_t f = features[i];
        if (layer.kind(f) != FeatureKind::Point)
            continue;
        ++featuresDrawn_;
        for (std::uint32_t part = layer.firstPart(f); part < layer.endPart(f); ++part) {
            screenPart(layer, part, scratch_);
            points.insert(points.end(), scratch_.begin(), scratch_.end());
        }
    }
    if (points.empty())
        return;
    painter_.setPen(QPen(style.colour, 2 * style.radiusPx, Qt::SolidLine, Qt::RoundCap));
    painter_.drawPoints(points.data(), static_cast<int>(points.size()));
    verticesDrawn_ += static_cast<std::int64_t>(points.size());
}

} // namespace luming
