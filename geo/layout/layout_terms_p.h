// Private: the residuals of the layout problem as Ceres cost functors. Each node is a parameter block of
// two doubles (x east, y north, metres). Every residual is a misfit divided by its standard deviation σ.
#pragma once

#include <QPointF>
#include <ceres/ceres.h>

namespace luming::detail {

template <typename T> T hinge(const T& v) {
    return v > T(0) ? v : T(0);
}
template <typename T> T absolute(const T& v) {
    return v < T(0) ? -v : v;
}

// Stated length: drawn length along the polyline through the nodes minus the stated one.
struct PolylineLengthTerm {
    double lengthM;
    double sigmaM;
    template <typename T> bool operator()(T const* const* nodes, T* residual) const {
        T total(0);
        for (int i = 0; i + 1 < count; ++i) {
            const T dx = nodes[i + 1][0] - nodes[i][0];
            const T dy = nodes[i + 1][1] - nodes[i][1];
            total += sqrt(dx * dx + dy * dy + T(1e-9)); // ε keeps the derivative finite at zero length
        }
        residual[0] = (total - T(lengthM)) / T(sigmaM);
        return true;
    }
    int count = 0;
};

// One straight stretch from a to b heading along u: [0] how far it leans past tan(limit) (hinge),
// [1] a weak pull toward the axis.
struct LegDirectionTerm {
    QPointF u;
    double tanLimit;
    double sigmaHingeM;
    double sigmaStraightM;
    template <typename T> bool operator()(const T* a, const T* b, T* residual) const {
        const T dx = b[0] - a[0];
        const T dy = b[1] - a[1];
        const T along = dx * T(u.x()) + dy * T(u.y());
        const T cross = -dx * T(u.y()) + dy * T(u.x());
        residual[0] = hinge(absolute(cross) - T(tanLimit) * along) / T(sigmaHingeM);
        residual[1] = cross / T(sigmaStraightM);
        return true;
    }
};

// Consecutive nodes a → b on a leg: [0] lean past the segment limit (also keeps the order: along ≥ 0),
// [1] closer than the minimum separation of parallel roads, [2] a weak pull toward the axis.
struct SegmentTerm {
    QPointF u;
    double tanLimit;
    double sigmaHingeM;
    double minSeparationM;
    double sigmaSeparationM;
    double sigmaStraightM;
    template <typename T> bool operator()(const T* a, const T* b, T* residual) const {
        const T dx = b[0] - a[0];
        const T dy = b[1] - a[1];
        const T along = dx * T(u.x()) + dy * T(u.y());
        const T cross = -dx * T(u.y()) + dy * T(u.x());
        residual[0] = hinge(absolute(cross) - T(tanLimit) * along) / T(sigmaHingeM);
        residual[1] = hinge(T(minSeparationM) - along) / T(sigmaSeparationM);
        residual[2] = cross / T(sigmaStraightM);
        return true;
    }
};

// A straight leg: an interior node p stays on the line through the leg's ends a and b (distance across it).
// Stiff, and the output then puts every vertex exactly on that line (ClusterSolver::snapToLegs): a road the
// text gives as straight cannot bend; where its numbers pull, lengths and ties give and are reported.
struct OnLineTerm {
    double sigmaM;
    template <typename T> bool operator()(const T* a, const T* b, const T* p, T* residual) const {
        const T ex = b[0] - a[0];
        const T ey = b[1] - a[1];
        const T cross = ex * (p[1] - a[1]) - ey * (p[0] - a[0]);
        residual[0] = cross / sqrt(ex * ex + ey * ey + T(1e-6)) / T(sigmaM);
        return true;
    }
};

// Two legs of one orientation that the text does not tie (u: their axis, n: across it): over the stretch
// where both run (along u), A stays at least gap on the side s·n of B, checked at both ends of the stretch
// (the legs are straight, so between them too). Weighted in over the first 50 m of common stretch so that
// legs meeting end to end along the axis do not jump.
struct ParallelSeparationTerm {
    QPointF u;
    double side; // +1: A on the +n side of B
    double gapM;
    double sigmaM;
    template <typename T>
    bool operator()(const T* a0, const T* a1, const T* b0, const T* b1, T* residual) const {
        const T nx(-u.y());
        const T ny(u.x());
        auto along = [&](const T* p) {
            return p[0] * T(u.x()) + p[1] * T(u.y());
        };
        auto across = [&](const T* p) {
            return p[0] * nx + p[1] * ny;
        };
        const T sa0 = along(a0), sa1 = along(a1), sb0 = along(b0), sb1 = along(b1);
        const T loA = sa0 < sa1 ? sa0 : sa1, hiA = sa0 < sa1 ? sa1 : sa0;
        const T loB = sb0 < sb1 ? sb0 : sb1, hiB = sb0 < sb1 ? sb1 : sb0;
        const T lo = loA > loB ? loA : loB;
        const T hi = hiA < hiB ? hiA : hiB;
        const T overlap = hi - lo;
        if (!(overlap > T(0))) {
            residual[0] = T(0);
            residual[1] = T(0);
            return true;
        }
        const T weight = overlap < T(50) ? overlap / T(50) : T(1);
        // Across-position of a leg at along-position s (linear between its ends).
        auto at = [&](const T* p0, const T* p1, const T& s0, const T& s1, const T& s) {
            const T span = s1 - s0;
            const T t = (absolute(span) > T(1e-6)) ? (s - s0) / span : T(0.5);
            return across(p0) + t * (across(p1) - across(p0));
        };
        const T sepLo = T(side) * (at(a0, a1, sa0, sa1, lo) - at(b0, b1, sb0, sb1, lo));
        const T sepHi = T(side) * (at(a0, a1, sa0, sa1, hi) - at(b0, b1, sb0, sb1, hi));
        residual[0] = weight * hinge(T(gapM) - sepLo) / T(sigmaM);
        residual[1] = weight * hinge(T(gapM) - sepHi) / T(sigmaM);
        return true;
    }
};

// Name order: the mid-point of road A's ends lies at least gap beyond road B's along u (north or west).
struct OrderTerm {
    QPointF u;
    double gapM;
    double sigmaM;
    template <typename T>
    bool operator()(const T* a0, const T* a1, const T* b0, const T* b1, T* residual) const {
        const T ax = (a0[0] + a1[0]) * T(0.5);
        const T ay = (a0[1] + a1[1]) * T(0.5);
        const T bx = (b0[0] + b1[0]) * T(0.5);
        const T by = (b0[1] + b1[1]) * T(0.5);
        const T ahead = (ax - bx) * T(u.x()) + (ay - by) * T(u.y());
        residual[0] = hinge(T(gapM) - ahead) / T(sigmaM);
        return true;
    }
};

// p's offset from the segment a–b, kept in best (x, y, squared length) when nearer than best so far
// (best2 < 0: none yet).
template <typename T>
void nearerOffset(const T* p, const T& ax, const T& ay, const T& bx, const T& by, T& bestX, T& bestY,
                  T& best2) {
    const T ex = bx - ax;
    const T ey = by - ay;
    T t = ((p[0] - ax) * ex + (p[1] - ay) * ey) / (ex * ex + ey * ey + T(1e-9));
    t = t < T(0) ? T(0) : (t > T(1) ? T(1) : t);
    const T dx = p[0] - (ax + t * ex);
    const T dy = p[1] - (ay + t * ey);
    if (best2 < T(0) || dx * dx + dy * dy < best2) {
        best2 = dx * dx + dy * dy;
        bestX = dx;
        bestY = dy;
    }
}

// A tie released because the numbers conflict: the road's end (block 0) stays as near as it can to the
// other road's polyline through blocks 1..count-1 (the node it left and its neighbours on that road).
struct PointToPolylineTerm {
    double sigmaM;
    int count = 0;
    template <typename T> bool operator()(T const* const* nodes, T* residual) const {
        const T* p = nodes[0];
        T bestX(0);
        T bestY(0);
        T best2(-1);
        for (int i = 1; i + 1 < count; ++i) {
            nearerOffset(p, nodes[i][0], nodes[i][1], nodes[i + 1][0], nodes[i + 1][1], bestX, bestY, best2);
        }
        residual[0] = bestX / T(sigmaM);
        residual[1] = bestY / T(sigmaM);
        return true;
    }
};

// A node on a road taken from a centerline layer: its distance to that fixed line (constant points).
struct PointOnFixedLineTerm {
    QList<QPointF> line;
    double sigmaM;
    template <typename T> bool operator()(const T* p, T* residual) const {
        T bestX(0);
        T bestY(0);
        T best2(-1);
        for (qsizetype i = 0; i + 1 < line.size(); ++i)
            nearerOffset(p, T(line[i].x()), T(line[i].y()), T(line[i + 1].x()), T(line[i + 1].y()), bestX,
                         bestY, best2);
        residual[0] = bestX / T(sigmaM);
        residual[1] = bestY / T(sigmaM);
        return true;
    }
};

} // namespace luming::detail
