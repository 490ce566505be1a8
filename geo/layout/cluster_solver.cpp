#include "layout/cluster_solver.h"

#include "layout/layout_terms_p.h"
#include "layout/parallel_guard.h"

#include <QSet>
#include <cmath>
#include <memory>
#include <numbers>
#include <vector>

namespace luming {

namespace {

double tanDeg(double deg) {
    return std::tan(deg * std::numbers::pi / 180.0);
}

bool allDistinct(const QList<int>& nodes) {
    return QSet<int>(nodes.begin(), nodes.end()).size() == nodes.size();
}

// Name order over whole roads: A's end-point mid-point ahead of B's along u. Written as one weighted sum
// over distinct nodes so that a node both roads share appears once (Ceres needs distinct blocks).
struct WeightedOrderTerm {
    QPointF u;
    QList<double> weights;
    double gapM;
    double sigmaM;
    template <typename T> bool operator()(T const* const* nodes, T* residual) const {
        T ahead(0);
        for (qsizetype k = 0; k < weights.size(); ++k)
            ahead += T(weights[k]) * (nodes[k][0] * T(u.x()) + nodes[k][1] * T(u.y()));
        residual[0] = detail::hinge(T(gapM) - ahead) / T(sigmaM);
        return true;
    }
};

} // namespace

ClusterSolver::ClusterSolver(const ConstraintGraph& graph, const LayoutOptions& options)
    : graph_(graph), options_(options) {}

double ClusterSolver::solve(int cluster, QList<QPointF>& positions) const {
    const ConstraintGraph& g = graph_;
    const LayoutOptions& o = options_;
    std::vector<std::array<double, 2>> xy(positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i)
        xy[i] = {positions[i].x(), positions[i].y()};
    auto block = [&](int node) {
        return xy[node].data();
    };

    // The Problem owns every cost function handed to it (Ceres' default ownership); each is created and
    // released into it in one expression.
    ceres::Problem problem;
    QSet<int> used;
    auto addFixed = [&](auto costUnique, const std::vector<int>& nodes) {
        std::vector<double*> blocks;
        for (int n : nodes) {
            blocks.push_back(block(n));
            used.insert(n);
        }
        problem.AddResidualBlock(costUnique.release(), nullptr, blocks);
    };

    const QList<int> roads = g.roadsOfCluster(cluster);
    QSet<int> pinned; // ends of roads taken from a centerline layer
    for (int r : roads) {
        const GraphRoad& road = g.roads[r];
        const bool notice = !road.isReferenced();
        const QList<int> path = g.nodesOfRoad(r);
        if (road.isFixed()) {
            // Its own terms are the layer's line: every node on it, its ends where the line ends.
            for (int n : path)
                addFixed(std::make_unique<ceres::AutoDiffCostFunction<detail::PointOnFixedLineTerm, 2, 2>>(
                             new detail::PointOnFixedLineTerm{road.fixedLine, o.onLineSigmaM}),
                         {n});
            if (!path.isEmpty()) {
                pinned.insert(path.first());
                pinned.insert(path.last());
            }
            continue;
        }
        const bool complete = std::all_of(road.legs.cbegin(), road.legs.cend(), [](const GraphLeg& leg) {
            return leg.firstNode >= 0 && leg.lastNode >= 0;
        });
        if (notice && road.lengthM && complete && path.size() >= 2 && allDistinct(path)) {
            auto functor = std::make_unique<detail::PolylineLengthTerm>();
            functor->lengthM = *road.lengthM;
            functor->sigmaM = o.lengthSigmaM;
            functor->count = int(path.size());
            auto cost = std::make_unique<ceres::DynamicAutoDiffCostFunction<detail::PolylineLengthTerm, 8>>(
                functor.release());
            std::vector<double*> blocks;
            for (int n : path) {
                cost->AddParameterBlock(2);
                blocks.push_back(block(n));
                used.insert(n);
            }
            cost->SetNumResiduals(1);
            problem.AddResidualBlock(cost.release(), nullptr, blocks);
        }
        for (const GraphLeg& leg : road.legs) {
            if (leg.nodes.size() < 2)
                continue;
            const QPointF u = unitVector(leg.heading);
            const int first = leg.nodes.first();
            const int last = leg.nodes.last();
            const double lean = notice ? o.noticeLeanLimitDeg : o.referencedLeanLimitDeg;
            addFixed(std::make_unique<ceres::AutoDiffCostFunction<detail::LegDirectionTerm, 2, 2, 2>>(
                         new detail::LegDirectionTerm{u, tanDeg(lean), o.hingeSigmaM, o.straightSigmaM}),
                     {first, last});
            // A notice road is straight between its ends (or its turn): every interior node on the chord.
            for (qsizetype i = 1; notice && i + 1 < leg.nodes.size(); ++i)
                addFixed(std::make_unique<ceres::AutoDiffCostFunction<detail::OnLineTerm, 1, 2, 2, 2>>(
                             new detail::OnLineTerm{o.onLineSigmaM}),
                         {first, last, leg.nodes[i]});
            const double segment = notice ? o.noticeSegmentLimitDeg : o.referencedSegmentLimitDeg;
            for (qsizetype i = 0; i + 1 < leg.nodes.size(); ++i) {
                addFixed(std::make_unique<ceres::AutoDiffCostFunction<detail::SegmentTerm, 3, 2, 2>>(
                             new detail::SegmentTerm{u, tanDeg(segment), o.hingeSigmaM, o.minSeparationM,
                                                     o.separationSigmaM, o.straightSigmaM}),
                         {leg.nodes[i], leg.nodes[i + 1]});
            }
        }
    }

    for (const OrderRelation& rel : g.orders) {
        if (g.roads[rel.first].cluster != cluster)
            continue;
        const QList<int> a = g.nodesOfRoad(rel.first);
        const QList<int> b = g.nodesOfRoad(rel.second);
        if (a.isEmpty() || b.isEmpty())
            continue;
        QList<int> nodes;
        QList<double> weights;
        auto addWeight = [&](int node, double w) {
            const qsizetype at = nodes.indexOf(node);
            if (at >= 0) {
                weights[at] += w;
            } else {
                nodes.append(node);
                weights.append(w);
            }
        };
        const QList<int> aEnds =
            a.first() == a.last() ? QList<int>{a.first()} : QList<int>{a.first(), a.last()};
        const QList<int> bEnds =
            b.first() == b.last() ? QList<int>{b.first()} : QList<int>{b.first(), b.last()};
        for (int n : aEnds)
            addWeight(n, 1.0 / double(aEnds.size()));
        for (int n : bEnds)
            addWeight(n, -1.0 / double(bEnds.size()));
        const QPointF u = rel.kind == OrderRelation::Kind::NorthOf ? QPointF(0, 1) : QPointF(-1, 0);
        auto cost = std::make_unique<ceres::DynamicAutoDiffCostFunction<WeightedOrderTerm, 4>>(
            new WeightedOrderTerm{u, weights, o.orderGapM, o.orderSigmaM});
        std::vector<double*> blocks;
        for (int n : nodes) {
            cost->AddParameterBlock(2);
            blocks.push_back(block(n));
            used.insert(n);
        }
        cost->SetNumResiduals(1);
        problem.AddResidualBlock(cost.release(), nullptr, blocks);
    }

    for (const Separation& sep : g.separations) {
        if (g.roads[sep.roadA].cluster != cluster)
            continue;
        const GraphLeg& a = g.roads[sep.roadA].legs[sep.legA];
        const GraphLeg& b = g.roads[sep.roadB].legs[sep.legB];
        const Axis axis = axisOf(a.heading);
        addFixed(std::make_unique<ceres::AutoDiffCostFunction<detail::ParallelSeparationTerm, 2, 2, 2, 2, 2>>(
                     new detail::ParallelSeparationTerm{ParallelGuard::alongAxis(axis), sep.side,
                                                        o.parallelGapM, o.parallelSigmaM}),
                 {a.nodes.first(), a.nodes.last(), b.nodes.first(), b.nodes.last()});
    }

    // Released ties: the end stays near the nearer segment of the other road around the node it left.
    for (const GraphTie& t : g.ties) {
        if (!t.isReleased() || g.roads[t.road].cluster != cluster)
            continue;
        for (const GraphLeg& leg : g.roads[t.other].legs) {
            const qsizetype at = leg.nodes.indexOf(t.releasedNear);
            if (at < 0)
                continue;
            std::vector<int> nodes{t.node};
            if (at > 0)
                nodes.push_back(leg.nodes[at - 1]);
            nodes.push_back(t.releasedNear);
            if (at + 1 < leg.nodes.size())
                nodes.push_back(leg.nodes[at + 1]);
            if (nodes.size() < 3)
                break;
            auto functor = std::make_unique<detail::PointToPolylineTerm>();
            functor->sigmaM = o.releasedTieSigmaM;
            functor->count = int(nodes.size());
            auto cost = std::make_unique<ceres::DynamicAutoDiffCostFunction<detail::PointToPolylineTerm, 4>>(
                functor.release());
            std::vector<double*> blocks;
            for (int n : nodes) {
                cost->AddParameterBlock(2);
                blocks.push_back(block(n));
                used.insert(n);
            }
            cost->SetNumResiduals(2);
            problem.AddResidualBlock(cost.release(), nullptr, blocks);
            break;
        }
    }

    if (used.isEmpty())
        return 0;
    // Gauge: the cluster may move as a whole; its lowest node stays where the initial layout put it. A
    // cluster with layer roads is held by their pinned ends instead.
    if (pinned.isEmpty())
        problem.SetParameterBlockConstant(block(*std::min_element(used.cbegin(), used.cend())));
    for (int n : pinned)
        problem.SetParameterBlockConstant(block(n));

    ceres::Solver::Options options;
    options.linear_solver_type = ceres::DENSE_NORMAL_CHOLESKY;
    options.use_nonmonotonic_steps = true;
    options.max_num_iterations = o.maxIterations;
    options.num_threads = 1; // deterministic
    options.logging_type = ceres::SILENT;
    options.minimizer_progress_to_stdout = false;
    options.function_tolerance = 1e-9;
    options.gradient_tolerance = 1e-12;
    options.parameter_tolerance = 1e-12;
    ceres::Solver::Summary summary;
    ceres::Solve(options, &problem, &summary);
    if (qEnvironmentVariableIsSet("LUMING_LAYOUT_DEBUG"))
        qDebug("cluster %d: %d params, %d iterations, %.1f ms, cost %g -> %g, %s", cluster, int(used.size()),
               int(summary.iterations.size()), summary.total_time_in_seconds * 1000, summary.initial_cost,
               summary.final_cost, summary.message.c_str());

    for (int n : used)
        positions[n] = QPointF(xy[n][0], xy[n][1]);
    return summary.final_cost;
}

void ClusterSolver::snapToLegs(const ConstraintGraph& g, QList<QPointF>& positions) {
    // The notice legs each node lies inside (not at an end), as chords.
    QList<QList<QPair<QPointF, QPointF>>> chords(positions.size());
    for (const GraphRoad& road : g.roads) {
        if (road.isReferenced() || road.isFixed()) // a layer road's nodes stay on the layer's line
            continue;
        for (const GraphLeg& leg : road.legs) {
            for (qsizetype i = 1; i + 1 < leg.nodes.size(); ++i)
                chords[leg.nodes[i]].append({positions[leg.nodes.first()], positions[leg.nodes.last()]});
        }
    }
    for (qsizetype n = 0; n < positions.size(); ++n) {
        const auto& on = chords[n];
        if (on.isEmpty())
            continue;
        const QPointF a = on[0].first;
        const QPointF e = on[0].second - a;
        if (on.size() >= 2) {
            // Inside two straight legs: where the two lines cross (unless they run nearly parallel).
            const QPointF c = on[1].first;
            const QPointF f = on[1].second - c;
            const double det = e.x() * f.y() - e.y() * f.x();
            const double norms = std::hypot(e.x(), e.y()) * std::hypot(f.x(), f.y());
            if (norms > 0 && std::abs(det) > 0.1 * norms) {
                const double t = ((c.x() - a.x()) * f.y() - (c.y() - a.y()) * f.x()) / det;
                positions[n] = a + t * e;
                continue;
            }
        }
        const double len2 = QPointF::dotProduct(e, e);
        if (len2 > 0)
            positions[n] = a + QPointF::dotProduct(positions[n] - a, e) / len2 * e;
    }
}

} // namespace luming
