#include "centerlines/centerline_matcher.h"

#include "centerlines/line_chain.h"
#include "chinese/name_key.h"
#include "layout/layout_report.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace luming {

namespace {

// How far a failing line is from passing, to pick the one to report; passing lines by the same measure.
int failures(const CenterlineMatch& m) {
    return int(m.outcome != CenterlineCheck::Passed);
}

double score(const CenterlineMatch& m, const CenterlineOptions& o, double statedM) {
    double s = m.startGapM.value_or(0) / o.endGapM + m.endGapM.value_or(0) / o.endGapM;
    if (m.lengthErrorM && statedM > 0)
        s += std::abs(*m.lengthErrorM) / (o.lengthTolerance * statedM);
    return s;
}

// The heading the text gives start → end: away from the start side, toward the end side (东起…西至: west).
QPointF statedHeading(const RoadRecord& r) {
    QPointF v;
    if (r.startDir != Direction::None)
        v -= unitVector(r.startDir);
    if (r.endDir != Direction::None)
        v += unitVector(r.endDir);
    return v;
}

double angleDeg(QPointF a, QPointF b) {
    const double norms = std::hypot(a.x(), a.y()) * std::hypot(b.x(), b.y());
    if (norms <= 0)
        return 0;
    return std::acos(std::clamp(QPointF::dotProduct(a, b) / norms, -1.0, 1.0)) * 180 / std::numbers::pi;
}

} // namespace

CenterlineMatcher::CenterlineMatcher(const CenterlineNetwork& network, QRectF region,
                                     CenterlineOptions options)
    : network_(network), region_(region), options_(std::move(options)) {}

std::optional<double> CenterlineMatcher::gapTo(QPointF end, const QString& road) const {
    std::optional<double> best;
    for (int i : network_.named(NameKey::of(road), region_)) {
        const double d = LayoutReport::distanceToPolyline(end, network_.line(i).points);
        best = best ? std::min(*best, d) : d;
    }
    return best;
}

CenterlineMatch CenterlineMatcher::evaluate(const QList<QPointF>& chain, const RoadRecord& r) const {
    // Orientation: by the stated headings; without any, the way that puts the ends nearer their roads.
    QList<QPointF> forward = chain;
    QList<QPointF> backward = chain;
    std::reverse(backward.begin(), backward.end());
    const QPointF heading = statedHeading(r);
    QList<QList<QPointF>> ways;
    if (QPointF::dotProduct(heading, heading) > 0)
        ways = {QPointF::dotProduct(chain.last() - chain.first(), heading) >= 0 ? forward : backward};
    else
        ways = {forward, backward};

    std::optional<CenterlineMatch> best;
    for (const QList<QPointF>& line : ways) {
        CenterlineMatch m;
        m.line = line;
        m.lengthM = LayoutReport::polylineLength(line);
        const std::optional<double> startGap =
            r.start.isEmpty() ? std::nullopt : gapTo(line.first(), r.start);
        const std::optional<double> endGap = r.end.isEmpty() ? std::nullopt : gapTo(line.last(), r.end);
        m.startGapM = startGap;
        m.endGapM = endGap;
        if (r.lengthM && *r.lengthM > 0)
            m.lengthErrorM = m.lengthM - *r.lengthM;
        if (QPointF::dotProduct(heading, heading) > 0)
            m.directionOffDeg = angleDeg(line.last() - line.first(), heading);
        const bool straight = r.shape == Shape::None || r.shape == Shape::Straight;
        const double directionLimit =
            straight ? options_.straightDirectionLimitDeg : options_.bentDirectionLimitDeg;
        if (!r.start.isEmpty() && !startGap) {
            m.outcome = CenterlineCheck::EndRoadMissing;
            m.missingRoad = r.start;
            m.missingAtStart = true;
        } else if (!r.end.isEmpty() && !endGap) {
            m.outcome = CenterlineCheck::EndRoadMissing;
            m.missingRoad = r.end;
            m.missingAtStart = false;
        } else if (startGap && *startGap > options_.endGapM) {
            m.outcome = CenterlineCheck::StartOff;
        } else if (endGap && *endGap > options_.endGapM) {
            m.outcome = CenterlineCheck::EndOff;
        } else if (m.lengthErrorM && std::abs(*m.lengthErrorM) > options_.lengthTolerance * *r.lengthM) {
            m.outcome = CenterlineCheck::LengthOff;
        } else if (m.directionOffDeg && *m.directionOffDeg > directionLimit) {
            m.outcome = CenterlineCheck::DirectionOff;
        } else {
            m.outcome = CenterlineCheck::Passed;
        }
        if (!best ||
            score(m, options_, r.lengthM.value_or(0)) < score(*best, options_, r.lengthM.value_or(0)))
            best = m;
    }
    return *best;
}

CenterlineMatch CenterlineMatcher::match(const RoadRecord& r) const {
    const QList<int> named = network_.named(NameKey::of(r.name), region_);
    CenterlineMatch none;
    if (named.isEmpty())
        return none; // NoLine
    QList<QList<QPointF>> pieces;
    for (int i : named)
        pieces.append(network_.line(i).points);
    std::optional<CenterlineMatch> best;
    const double stated = r.lengthM.value_or(0);
    auto better = [&](const CenterlineMatch& m) {
        if (!best)
            return true;
        if (failures(m) != failures(*best))
            return failures(m) < failures(*best);
        // Among failing lines, the one that failed a later check got closer.
        if (m.outcome != best->outcome && !m.matched())
            return int(m.outcome) > int(best->outcome);
        return score(m, options_, stated) < score(*best, options_, stated);
    };
    for (const LineChain& chain : chainPieces(pieces, options_.chainGapM)) {
        CenterlineMatch m;
        if (chain.branched) {
            m.outcome = CenterlineCheck::NotChained;
        } else {
            m = evaluate(chain.points, r);
        }
        m.pieces = int(chain.pieces.size());
        if (better(m))
            best = m;
    }
    return *best;
}

} // namespace luming
