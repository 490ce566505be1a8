#include "layout/layout_report.h"

#include "core/finding_messages.h"

#include <QRectF>
#include <cmath>
#include <numbers>

namespace luming {

namespace {

QString fmt(double v, int decimals = 1) {
    return QString::number(v, 'f', decimals);
}

QString endWord(TieEnd end) {
    switch (end) {
    case TieEnd::Start:
        return QStringLiteral("start");
    case TieEnd::Via:
        return QStringLiteral("turn");
    case TieEnd::End:
        return QStringLiteral("end");
    }
    return {};
}

QString axisWord(Direction h) {
    switch (h) {
    case Direction::NorthEast:
    case Direction::SouthWest:
        return QStringLiteral("north-east–south-west");
    case Direction::NorthWest:
    case Direction::SouthEast:
        return QStringLiteral("north-west–south-east");
    default:
        return axisOf(h) == Axis::EastWest ? QStringLiteral("east–west") : QStringLiteral("north–south");
    }
}

QPointF midOfEnds(const QList<QPointF>& line) {
    return (line.first() + line.last()) / 2;
}

double cross(QPointF a, QPointF b) {
    return a.x() * b.y() - a.y() * b.x();
}

// The vertices of each leg of a road's line (the turn belongs to both legs of an L).
QList<QList<QPointF>> legLines(const ConstraintGraph& g, int road, const QList<QPointF>& line) {
    QList<QList<QPointF>> out;
    const QList<int> nodes = g.nodesOfRoad(road);
    for (const GraphLeg& leg : g.roads[road].legs) {
        const qsizetype a = leg.nodes.isEmpty() ? -1 : nodes.indexOf(leg.nodes.first());
        const qsizetype b = leg.nodes.isEmpty() ? -1 : nodes.indexOf(leg.nodes.last());
        out.append(a >= 0 && b >= a && b < line.size() ? line.mid(a, b - a + 1) : QList<QPointF>());
    }
    return out;
}

// Largest turn (degrees) between consecutive segments of a polyline.
double maxTurnDeg(const QList<QPointF>& line) {
    double worst = 0;
    for (qsizetype i = 1; i + 1 < line.size(); ++i) {
        const QPointF d1 = line[i] - line[i - 1];
        const QPointF d2 = line[i + 1] - line[i];
        if (d1.isNull() || d2.isNull())
            continue;
        worst = std::max(worst, std::abs(std::atan2(cross(d1, d2), QPointF::dotProduct(d1, d2))) * 180.0 /
                                    std::numbers::pi);
    }
    return worst;
}

QRectF boundsOf(const QList<QPointF>& line) {
    double x0 = line.first().x();
    double x1 = x0;
    double y0 = line.first().y();
    double y1 = y0;
    for (const QPointF& p : line) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QString itemText(const GraphRoad& road) {
    return findingMessage(FindingMessage::ReportItemName, {road.name, QString::number(road.seq)});
}

} // namespace

double LayoutReport::polylineLength(const QList<QPointF>& line) {
    double total = 0;
    for (qsizetype i = 0; i + 1 < line.size(); ++i)
        total += std::hypot(line[i + 1].x() - line[i].x(), line[i + 1].y() - line[i].y());
    return total;
}

double LayoutReport::distanceToPolyline(QPointF p, const QList<QPointF>& line) {
    if (line.isEmpty())
        return std::numeric_limits<double>::infinity();
    double best = std::hypot(p.x() - line.first().x(), p.y() - line.first().y());
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i];
        const QPointF e = line[i + 1] - a;
        const double len2 = QPointF::dotProduct(e, e);
        double t = len2 > 0 ? QPointF::dotProduct(p - a, e) / len2 : 0;
        t = std::clamp(t, 0.0, 1.0);
        const QPointF q = a + t * e;
        best = std::min(best, std::hypot(p.x() - q.x(), p.y() - q.y()));
    }
    return best;
}

double LayoutReport::leanDeg(QPointF from, QPointF to, Direction heading) {
    const QPointF d = to - from;
    const QPointF u = unitVector(heading);
    const double along = QPointF::dotProduct(d, u);
    const double cross = -d.x() * u.y() + d.y() * u.x();
    return std::atan2(std::abs(cross), along) * 180.0 / std::numbers::pi;
}

QPointF LayoutReport::tiePoint(const ConstraintGraph& g, const GraphTie& tie, const QList<QPointF>& line) {
    if (tie.end == TieEnd::Start)
        return line.first();
    if (tie.end == TieEnd::End)
        return line.last();
    if (g.roads[tie.road].isFixed() && line.size() >= 2) {
        // A line from a layer has its own vertices: its turn is the vertex farthest off the chord.
        const QPointF e = line.last() - line.first();
        const double len = std::max(1e-9, std::hypot(e.x(), e.y()));
        QPointF turn = line.first();
        double farthest = -1;
        for (const QPointF& p : line) {
            const double off =
                std::abs(e.x() * (p.y() - line.first().y()) - e.y() * (p.x() - line.first().x())) / len;
            if (off > farthest) {
                farthest = off;
                turn = p;
            }
        }
        return turn;
    }
    const QList<int> nodes = g.nodesOfRoad(tie.road);
    const qsizetype at = nodes.indexOf(tie.node);
    return at >= 0 && at < line.size() ? line[at] : line.first();
}

double LayoutReport::lengthWithin(const QList<QPointF>& a, const QList<QPointF>& b, double distance) {
    // Sampled every metre along a (at most 1 m off per stretch): simple, and linear in a's length.
    constexpr double kStepM = 1.0;
    double total = 0;
    for (qsizetype i = 0; i + 1 < a.size(); ++i) {
        const QPointF e = a[i + 1] - a[i];
        const double len = std::hypot(e.x(), e.y());
        const int steps = std::max(1, int(std::ceil(len / kStepM)));
        for (int k = 0; k < steps; ++k) {
            if (distanceToPolyline(a[i] + e * ((k + 0.5) / steps), b) <= distance)
                total += len / steps;
        }
    }
    return total;
}

bool LayoutReport::crosses(const QList<QPointF>& a, const QList<QPointF>& b) {
    for (qsizetype i = 0; i + 1 < a.size(); ++i) {
        for (qsizetype j = 0; j + 1 < b.size(); ++j) {
            const QPointF r = a[i + 1] - a[i];
            const QPointF s = b[j + 1] - b[j];
            const QPointF qp = b[j] - a[i];
            const double den = cross(r, s);
            if (std::abs(den) < 1e-12)
                continue; // parallel: running together is an overlap, not a crossing
            const double t = cross(qp, s) / den;
            const double u = cross(qp, r) / den;
            // Strictly inside both segments: meeting at an end is a touch, not a crossing.
            if (t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6)
                return true;
        }
    }
    return false;
}

LayoutReportRow LayoutReport::summary(const NoticeId& notice, const LayoutReadability& r,
                                      const QList<LayoutReportRow>& rows) {
    double worstTieM = 0;
    double worstAnchorM = 0;
    int conflicts = 0;
    for (const LayoutReportRow& row : rows) {
        if (row.kind == ReportKind::Conflict)
            ++conflicts;
        if (row.kind == ReportKind::Tie && !row.detail.contains(QStringLiteral("released")))
            worstTieM = std::max(worstTieM, row.valueM);
        if (row.kind == ReportKind::Anchor)
            worstAnchorM = std::max(worstAnchorM, row.valueM);
    }
    return {notice,
            0,
            QString(),
            ReportKind::Readability,
            findingMessage(FindingMessage::ReportReadability,
                           {QString::number(r.bentRoads), fmt(r.maxBendDeg, 2), QString::number(r.crossings),
                            QString::number(r.overlaps), fmt(kOverlapDistanceM, 0), fmt(r.longestOverlapM, 0),
                            fmt(r.maxLengthMisfitPct, 2), fmt(worstTieM, 2), fmt(worstAnchorM, 0),
                            QString::number(conflicts)}),
            0};
}

QList<LayoutReportRow> LayoutReport::measure(const NoticeId& notice, const ConstraintGraph& g,
                                             const QList<QList<QPointF>>& lines,
                                             LayoutReadability* readability) {
    QList<LayoutReportRow> rows;
    LayoutReadability read;
    for (int r = 0; r < g.roads.size(); ++r) {
        const GraphRoad& road = g.roads[r];
        const QList<QPointF>& line = lines[r];
        if (road.isReferenced() || line.size() < 2)
            continue;
        const double drawn = polylineLength(line);
        if (road.lengthM) {
            const double diff = drawn - *road.lengthM;
            read.maxLengthMisfitPct =
                std::max(read.maxLengthMisfitPct, 100.0 * std::abs(diff) / *road.lengthM);
            rows.append(
                {notice, road.seq, road.name, ReportKind::Length,
                 findingMessage(FindingMessage::ReportLengthStated,
                                {fmt(*road.lengthM), fmt(drawn, 2), fmt(100.0 * diff / *road.lengthM, 2)}),
                 diff});
        } else {
            rows.append({notice, road.seq, road.name, ReportKind::Length,
                         findingMessage(FindingMessage::ReportLengthUnstated, {fmt(drawn, 2)}), 0});
        }
        // Direction per leg: the leg's first and last vertex.
        const QList<int> nodes = g.nodesOfRoad(r);
        for (int l = 0; l < road.legs.size(); ++l) {
            const GraphLeg& leg = road.legs[l];
            const qsizetype a = nodes.indexOf(leg.nodes.first());
            const qsizetype b = nodes.indexOf(leg.nodes.last());
            if (a < 0 || b < 0 || a == b)
                continue;
            const double lean = leanDeg(line[a], line[b], leg.heading);
            const QPointF d = line[b] - line[a];
            const QPointF u = unitVector(leg.heading);
            const double offset = std::abs(-d.x() * u.y() + d.y() * u.x());
            rows.append({notice, road.seq, road.name, ReportKind::Direction,
                         road.legs.size() > 1
                             ? findingMessage(
                                   FindingMessage::ReportDirectionLeg,
                                   {QString::number(l + 1), axisWord(leg.heading), fmt(lean, 2), fmt(offset)})
                             : findingMessage(FindingMessage::ReportDirection,
                                              {axisWord(leg.heading), fmt(lean, 2), fmt(offset)}),
                         offset});
        }
    }
    for (const GraphTie& t : g.ties) {
        const GraphRoad& road = g.roads[t.road];
        if (road.isReferenced() || lines[t.road].isEmpty())
            continue;
        const QPointF p = tiePoint(g, t, lines[t.road]);
        const double d = distanceToPolyline(p, lines[t.other]);
        const GraphRoad& other = g.roads[t.other];
        const QString otherText = other.isReferenced() ? other.name : itemText(other);
        rows.append(
            {notice, road.seq, road.name, ReportKind::Tie,
             findingMessage(t.isReleased() ? FindingMessage::ReportTieReleased : FindingMessage::ReportTie,
                            {endWord(t.end), otherText, fmt(d, 2)}),
             d});
    }
    for (const OrderRelation& rel : g.orders) {
        const QList<QPointF>& a = lines[rel.first];
        const QList<QPointF>& b = lines[rel.second];
        if (a.isEmpty() || b.isEmpty())
            continue;
        const bool north = rel.kind == OrderRelation::Kind::NorthOf;
        const double sep = north ? midOfEnds(a).y() - midOfEnds(b).y() : midOfEnds(b).x() - midOfEnds(a).x();
        const GraphRoad& first = g.roads[rel.first];
        rows.append({notice, first.seq, first.name, ReportKind::Order,
                     findingMessage(north ? FindingMessage::ReportNorthOf : FindingMessage::ReportWestOf,
                                    {first.name, g.roads[rel.second].name, fmt(sep)}),
                     sep});
    }

    // Readability over the notice's own roads: bends within a leg, crossings and overlaps between roads.
    QList<int> own;
    for (int r = 0; r < g.roads.size(); ++r) {
        if (!g.roads[r].isReferenced() && lines[r].size() >= 2)
            own.append(r);
    }
    for (int r : own) {
        double bend = 0;
        for (const QList<QPointF>& leg : legLines(g, r, lines[r]))
            bend = std::max(bend, maxTurnDeg(leg));
        read.maxBendDeg = std::max(read.maxBendDeg, bend);
        if (bend > kBentDeg) {
            ++read.bentRoads;
            rows.append({notice, g.roads[r].seq, g.roads[r].name, ReportKind::Bend,
                         findingMessage(FindingMessage::ReportBend, {fmt(bend, 1)}), bend});
        }
    }
    for (qsizetype i = 0; i < own.size(); ++i) {
        const int a = own[i];
        const QRectF boxA = boundsOf(lines[a]).adjusted(-kOverlapDistanceM, -kOverlapDistanceM,
                                                        kOverlapDistanceM, kOverlapDistanceM);
        for (qsizetype j = i + 1; j < own.size(); ++j) {
            const int b = own[j];
            if (!boxA.intersects(boundsOf(lines[b])))
                continue;
            const GraphRoad& ra = g.roads[a];
            const GraphRoad& rb = g.roads[b];
            const double within = std::max(lengthWithin(lines[a], lines[b], kOverlapDistanceM),
                                           lengthWithin(lines[b], lines[a], kOverlapDistanceM));
            read.longestOverlapM = std::max(read.longestOverlapM, within);
            if (within > kOverlapLengthM) {
                ++read.overlaps;
                rows.append({notice, ra.seq, ra.name, ReportKind::Overlap,
                             findingMessage(FindingMessage::ReportOverlap,
                                            {fmt(kOverlapDistanceM, 0), itemText(rb), fmt(within, 0)}),
                             within});
            }
            if (g.tied(a, b))
                continue;
            const QList<QList<QPointF>> legsA = legLines(g, a, lines[a]);
            const QList<QList<QPointF>> legsB = legLines(g, b, lines[b]);
            bool crossing = false;
            for (int la = 0; la < legsA.size(); ++la) {
                for (int lb = 0; lb < legsB.size(); ++lb)
                    crossing = crossing || (axisOf(ra.legs[la].heading) == axisOf(rb.legs[lb].heading) &&
                                            crosses(legsA[la], legsB[lb]));
            }
            if (crossing) {
                ++read.crossings;
                rows.append({notice, ra.seq, ra.name, ReportKind::Crossing,
                             findingMessage(FindingMessage::ReportCrossing, {itemText(rb)}), 0});
            }
        }
    }
    if (readability)
        *readability = read;
    return rows;
}

} // namespace luming
