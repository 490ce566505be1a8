#include "layout/parallel_guard.h"

#include <algorithm>
#include <cmath>

namespace luming {

namespace {

struct LegRef {
    int road;
    int leg;
};

// A leg's straight chord: its first and last node.
struct Chord {
    QPointF a;
    QPointF b;
};

bool alreadySeparated(const ConstraintGraph& g, const LegRef& x, const LegRef& y) {
    return std::any_of(g.separations.cbegin(), g.separations.cend(), [&](const Separation& s) {
        return (s.roadA == x.road && s.legA == x.leg && s.roadB == y.road && s.legB == y.leg) ||
               (s.roadA == y.road && s.legA == y.leg && s.roadB == x.road && s.legB == x.leg);
    });
}

// Across-position of a chord at along-position s (linear between its ends).
double acrossAt(const Chord& c, QPointF u, QPointF n, double s) {
    const double s0 = QPointF::dotProduct(c.a, u);
    const double s1 = QPointF::dotProduct(c.b, u);
    const double t = std::abs(s1 - s0) > 1e-6 ? (s - s0) / (s1 - s0) : 0.5;
    return QPointF::dotProduct(c.a, n) + t * (QPointF::dotProduct(c.b, n) - QPointF::dotProduct(c.a, n));
}

} // namespace

QPointF ParallelGuard::alongAxis(Axis axis) {
    return axis == Axis::EastWest ? QPointF(1, 0) : QPointF(0, 1);
}

QPointF ParallelGuard::acrossAxis(Axis axis) {
    // North of an east–west road, west of a north–south one: the side notices list first.
    return axis == Axis::EastWest ? QPointF(0, 1) : QPointF(-1, 0);
}

int ParallelGuard::addSeparations(ConstraintGraph& g, const QList<QPointF>& pos, int cluster,
                                  const LayoutOptions& o) {
    QList<LegRef> legs;
    for (int r : g.roadsOfCluster(cluster)) {
        if (g.roads[r].isReferenced())
            continue;
        for (int l = 0; l < g.roads[r].legs.size(); ++l) {
            if (g.roads[r].legs[l].nodes.size() >= 2)
                legs.append({r, l});
        }
    }
    int added = 0;
    for (qsizetype i = 0; i < legs.size(); ++i) {
        for (qsizetype j = i + 1; j < legs.size(); ++j) {
            const LegRef x = legs[i];
            const LegRef y = legs[j];
            const GraphLeg& lx = g.roads[x.road].legs[x.leg];
            const GraphLeg& ly = g.roads[y.road].legs[y.leg];
            const Axis axis = axisOf(lx.heading);
            if (x.road == y.road || axis != axisOf(ly.heading) || g.tied(x.road, y.road) ||
                alreadySeparated(g, x, y))
                continue;
            const QPointF u = alongAxis(axis);
            const QPointF n = acrossAxis(axis);
            const Chord cx{pos[lx.nodes.first()], pos[lx.nodes.last()]};
            const Chord cy{pos[ly.nodes.first()], pos[ly.nodes.last()]};
            // (std::minmax of temporaries would hand back dangling references: spelled out.)
            const double ax = QPointF::dotProduct(cx.a, u);
            const double bx = QPointF::dotProduct(cx.b, u);
            const double ay = QPointF::dotProduct(cy.a, u);
            const double by = QPointF::dotProduct(cy.b, u);
            const double lo = std::max(std::min(ax, bx), std::min(ay, by));
            const double hi = std::min(std::max(ax, bx), std::max(ay, by));
            if (hi - lo <= 0)
                continue;
            const double sepLo = acrossAt(cx, u, n, lo) - acrossAt(cy, u, n, lo);
            const double sepHi = acrossAt(cx, u, n, hi) - acrossAt(cy, u, n, hi);
            const bool crossing = (sepLo > 0) != (sepHi > 0);
            if (!crossing && std::min(std::abs(sepLo), std::abs(sepHi)) >= o.parallelGapM)
                continue;
            const double mid = (sepLo + sepHi) / 2;
            double side = mid > 0 ? 1 : -1;
            if (std::abs(mid) < 1.0) // on top of each other: the one listed first goes north (west)
                side = g.roads[x.road].seq <= g.roads[y.road].seq ? 1 : -1;
            if (qEnvironmentVariableIsSet("LUMING_LAYOUT_DEBUG"))
                qDebug("separate %s / %s: side %+.0f, across %.1f .. %.1f m over %.0f m",
                       qPrintable(g.roads[x.road].name), qPrintable(g.roads[y.road].name), side, sepLo, sepHi,
                       hi - lo);
            g.separations.append({x.road, x.leg, y.road, y.leg, side});
            ++added;
        }
    }
    return added;
}

} // namespace luming
