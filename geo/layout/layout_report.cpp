#include "layout/layout_report.h"

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
    const QList<int> nodes = g.nodesOfRoad(tie.road);
    const qsizetype at = nodes.indexOf(tie.node);
    return at >= 0 && at < line.size() ? line[at] : line.first();
}

QList<LayoutReportRow> LayoutReport::measure(const NoticeId& notice, const ConstraintGraph& g,
                                             const QList<QList<QPointF>>& lines) {
    QList<LayoutReportRow> rows;
    for (int r = 0; r < g.roads.size(); ++r) {
        const GraphRoad& road = g.roads[r];
        const QList<QPointF>& line = lines[r];
        if (road.isReferenced() || line.size() < 2)
            continue;
        const double drawn = polylineLength(line);
        if (road.lengthM) {
            const double diff = drawn - *road.lengthM;
            rows.append({notice, road.seq, road.name, ReportKind::Length,
                         QStringLiteral("stated %1 m, drawn %2 m (%3 %)")
                             .arg(fmt(*road.lengthM), fmt(drawn, 2), fmt(100.0 * diff / *road.lengthM, 2)),
                         diff});
        } else {
            rows.append({notice, road.seq, road.name, ReportKind::Length,
                         QStringLiteral("no stated length, drawn %1 m").arg(fmt(drawn, 2)), 0});
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
            const QString legText = road.legs.size() > 1 ? QStringLiteral("leg %1 ").arg(l + 1) : QString();
            rows.append({notice, road.seq, road.name, ReportKind::Direction,
                         QStringLiteral("%1%2, leans %3° (start→end offset across the axis %4 m)")
                             .arg(legText, axisWord(leg.heading), fmt(lean, 2), fmt(offset)),
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
        const QString otherText =
            other.isReferenced() ? other.name : QStringLiteral("%1 (item %2)").arg(other.name).arg(other.seq);
        rows.append(
            {notice, road.seq, road.name, ReportKind::Tie,
             QStringLiteral("%1 on %2: %3 m%4")
                 .arg(endWord(t.end), otherText, fmt(d, 2),
                      t.isReleased() ? QStringLiteral(" (released: the numbers conflict)") : QString()),
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
                     QStringLiteral("%1 %2 of %3 by %4 m (mid-points of the ends)")
                         .arg(first.name, north ? QStringLiteral("north") : QStringLiteral("west"),
                              g.roads[rel.second].name, fmt(sep)),
                     sep});
    }
    return rows;
}

} // namespace luming
