#include "layout/layout_solver.h"

#include "core/finding_messages.h"
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "layout/cluster_placement.h"
#include "layout/cluster_solver.h"
#include "layout/constraint_graph.h"
#include "layout/initial_layout.h"
#include "layout/layout_report.h"
#include "layout/parallel_guard.h"

#include <QElapsedTimer>
#include <cmath>
#include <utility>

namespace luming {

namespace {

QString fmt(double v, int decimals = 1) {
    return QString::number(v, 'f', decimals);
}

QList<QPointF> lineOf(const ConstraintGraph& g, const QList<QPointF>& pos, int road) {
    QList<QPointF> line;
    for (int n : g.nodesOfRoad(road))
        line.append(pos[n]);
    return line;
}

bool hasCompleteLength(const GraphRoad& road) {
    if (road.isReferenced() || road.isFixed() || !road.lengthM || *road.lengthM <= 0)
        return false;
    return std::all_of(road.legs.cbegin(), road.legs.cend(),
                       [](const GraphLeg& leg) { return leg.firstNode >= 0 && leg.lastNode >= 0; });
}

double misfit(const ConstraintGraph& g, const QList<QPointF>& pos, int road) {
    return LayoutReport::polylineLength(lineOf(g, pos, road)) - *g.roads[road].lengthM;
}

QString seqText(const QList<int>& seqs) {
    QStringList out;
    for (int seq : seqs)
        out.append(QString::number(seq));
    return out.join(u'、');
}

// Roads whose terms are at or past their limits: the ones a conflict runs through.
QStringList strainedRoads(const ConstraintGraph& g, const QList<QPointF>& pos, int cluster,
                          const LayoutOptions& o) {
    QStringList names;
    for (int r : g.roadsOfCluster(cluster)) {
        const GraphRoad& road = g.roads[r];
        bool strained = hasCompleteLength(road) && std::abs(misfit(g, pos, r)) > 0.5;
        for (const GraphLeg& leg : road.legs) {
            if (leg.nodes.size() < 2)
                continue;
            const double legLimit = road.isReferenced() ? o.referencedLeanLimitDeg : o.noticeLeanLimitDeg;
            const double segLimit =
                road.isReferenced() ? o.referencedSegmentLimitDeg : o.noticeSegmentLimitDeg;
            strained = strained || LayoutReport::leanDeg(pos[leg.nodes.first()], pos[leg.nodes.last()],
                                                         leg.heading) > legLimit - 0.2;
            for (qsizetype i = 0; i + 1 < leg.nodes.size(); ++i)
                strained = strained || LayoutReport::leanDeg(pos[leg.nodes[i]], pos[leg.nodes[i + 1]],
                                                             leg.heading) > segLimit - 0.2;
        }
        if (strained)
            names.append(road.isReferenced() ? road.name
                                             : QStringLiteral("%1 (%2)").arg(road.name).arg(road.seq));
    }
    return names;
}

struct Release {
    QList<int> ties; // released together
    double misfitBeforeM = 0;
    int worst = -1; // the road furthest off its length before the release
    QStringList strained;
};

QPointF nearestOnLine(const QList<QPointF>& line, QPointF p) {
    QPointF best = line.first();
    double best2 = -1;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF e = line[i + 1] - line[i];
        const double len2 = QPointF::dotProduct(e, e);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - line[i], e) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = line[i] + t * e;
        const double d2 = QPointF::dotProduct(p - q, p - q);
        if (best2 < 0 || d2 < best2) {
            best2 = d2;
            best = q;
        }
    }
    return best;
}

// Roads taken from a layer: their lines go into the graph, and each cluster holding one starts where they
// are (moved as a whole by the mean offset of their ends), their ends pinned and other nodes on the lines.
void fixRoads(ConstraintGraph& g, QList<QPointF>& pos, const QList<RoadRecord>& records,
              const QHash<int, QList<QPointF>>& fixedLines) {
    QHash<int, QPointF> offsetSum;
    QHash<int, int> offsetCount;
    for (int r = 0; r < g.roads.size(); ++r) {
        GraphRoad& road = g.roads[r];
        const QList<int> path = g.nodesOfRoad(r);
        if (road.isReferenced() || path.isEmpty())
            continue;
        const QList<QPointF> line = fixedLines.value(records[road.record].seq);
        if (line.size() < 2)
            continue;
        road.fixedLine = line;
        offsetSum[road.cluster] += line.first() - pos[path.first()] + line.last() - pos[path.last()];
        offsetCount[road.cluster] += 2;
    }
    QList<bool> moved(pos.size(), false);
    for (int r = 0; r < g.roads.size(); ++r) {
        const int c = g.roads[r].cluster;
        if (!offsetCount.contains(c))
            continue;
        for (int n : g.nodesOfRoad(r)) {
            if (!std::exchange(moved[n], true))
                pos[n] += offsetSum[c] / double(offsetCount[c]);
        }
    }
    for (int r = 0; r < g.roads.size(); ++r) {
        const GraphRoad& road = g.roads[r];
        const QList<int> path = g.nodesOfRoad(r);
        if (!road.isFixed())
            continue;
        for (int n : path)
            pos[n] = nearestOnLine(road.fixedLine, pos[n]);
        pos[path.first()] = road.fixedLine.first();
        pos[path.last()] = road.fixedLine.last();
    }
}

// Releases tried per round: enough for every end of the roads under strain in a notice-sized cluster.
constexpr int kMaxReleaseCandidates = 40;

} // namespace

LayoutSolver::LayoutSolver(LayoutOptions options) : options_(std::move(options)) {}

LayoutResult LayoutSolver::solve(const Notice& notice, const AnchorTable& anchors) const {
    return solve(notice.roads, notice.id, anchors);
}

LayoutResult LayoutSolver::solve(const QList<RoadRecord>& records, const NoticeId& notice,
                                 const AnchorTable& anchors,
                                 const QHash<int, QList<QPointF>>& fixedLines) const {
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    const RegionProfile& region = options_.region;
    if (!region.isKnown()) {
        // Coordinates in another city are worse than none: the records stay, without lines.
        result.report.append({notice, 0, QString(), ReportKind::Anchor,
                              findingMessage(FindingMessage::ReportNoRegion, {}), 0});
        return result;
    }
    auto gk = CrsTransformer::create(crs::cgcs2000Geographic(), region.metricCrs());
    auto wgs = CrsTransformer::create(crs::wgs84Geographic(), region.metricCrs());
    if (!gk || !wgs) {
        result.error = gk ? wgs.errorString() : gk.errorString();
        return result;
    }

    ConstraintGraph g = ConstraintGraph::build(records);
    QList<QPointF> pos = InitialLayout::compute(g);
    fixRoads(g, pos, records, fixedLines);

    QList<Release> releases;
    // Solve, then keep apart the same-orientation roads the solve let cross or run together, and solve again.
    auto solveGuarded = [&](ConstraintGraph& graph, QList<QPointF>& positions, int c) {
        double cost = ClusterSolver(graph, options_).solve(c, positions);
        for (int round = 0; round < options_.maxGuardRounds; ++round) {
            if (ParallelGuard::addSeparations(graph, positions, c, options_) == 0)
                break;
            cost = ClusterSolver(graph, options_).solve(c, positions);
        }
        return cost;
    };
    LayoutOptions trialOptions = options_;
    trialOptions.maxIterations = options_.maxTrialIterations;
    for (int c = 0; c < g.clusterCount; ++c) {
        solveGuarded(g, pos, c);
        for (int round = 0; round < options_.maxReleasesPerCluster; ++round) {
            int worst = -1;
            double worstRel = options_.releaseThreshold;
            QList<QPair<double, int>> strained; // (|misfit|, road) of roads off their length
            for (int r : g.roadsOfCluster(c)) {
                if (!hasCompleteLength(g.roads[r]))
                    continue;
                const double off = std::abs(misfit(g, pos, r));
                if (off > options_.strainReportM)
                    strained.append({off, r});
                if (off / *g.roads[r].lengthM > worstRel) {
                    worstRel = off / *g.roads[r].lengthM;
                    worst = r;
                }
            }
            if (worst < 0)
                break;
            // Try letting go each end of each road that is off its length (largest misfits first); keep
            // the release that leaves the lowest cost, the released tie's own soft term included.
            std::sort(strained.begin(), strained.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
            QList<int> candidates;
            for (const auto& [off, r] : strained) {
                for (int t = 0; t < g.ties.size(); ++t) {
                    const GraphTie& tie = g.ties[t];
                    if (tie.road == r && tie.end != TieEnd::Via && !tie.isReleased() &&
                        candidates.size() < kMaxReleaseCandidates)
                        candidates.append(t);
                }
            }
            std::optional<ConstraintGraph> bestGraph;
            QList<QPointF> bestPos;
            QList<int> bestReleased;
            double bestCost = 0;
            for (int t : candidates) {
                ConstraintGraph trial = g;
                QList<QPointF> trialPos = pos;
                const QList<int> released = trial.releaseTie(t, trialPos);
                // Trials keep the separations found so far and are scored on a short solve; the chosen
                // one is solved in full and guarded again below.
                const double cost = ClusterSolver(trial, trialOptions).solve(c, trialPos);
                if (!bestGraph || cost < bestCost) {
                    bestGraph = trial;
                    bestPos = trialPos;
                    bestCost = cost;
                    bestReleased = released;
                }
            }
            if (!bestGraph)
                break;
            releases.append({bestReleased, misfit(g, pos, worst), worst, strainedRoads(g, pos, c, options_)});
            g = *bestGraph;
            pos = bestPos;
            solveGuarded(g, pos, c);
        }
    }

    ClusterSolver::snapToLegs(g, pos);
    QList<Placement> placements;
    const QPointF centreM = gk->forward(QPointF(region.centre->lon, region.centre->lat));
    result.report =
        ClusterPlacement::place(g, records, pos, anchors, *wgs, region, centreM, notice, &placements);

    // Output lines (CGCS2000 lon/lat); everything below is measured on them, back in the metric CRS.
    QList<QList<QPointF>> measured(g.roads.size());
    for (int r = 0; r < g.roads.size(); ++r) {
        const QList<QPointF> lonLat =
            gk->inverse(g.roads[r].isFixed() ? g.roads[r].fixedLine : lineOf(g, pos, r));
        measured[r] = gk->forward(lonLat);
        LonLatLine points;
        for (const QPointF& p : lonLat)
            points.append({p.x(), p.y()});
        if (g.roads[r].isReferenced()) {
            result.referencedRoads.append({g.roads[r].name, points});
            continue;
        }
        RoadGeometry geom;
        geom.id = RoadId{notice, g.roads[r].seq};
        geom.points = points;
        geom.source = g.roads[r].isFixed() ? GeometrySource::Layer : GeometrySource::Schematic;
        const int cluster = g.roads[r].cluster;
        geom.placement = cluster >= 0 && cluster < placements.size() ? placements[cluster] : Placement::None;
        geom.drawnLengthM = LayoutReport::polylineLength(measured[r]);
        result.roads.append(geom);
    }
    LayoutReadability readability;
    result.report.append(LayoutReport::measure(notice, g, measured, &readability));
    // Every conflict is a report row and a finding on the items concerned.
    // The finding says it in a sentence of the findings table (translated in the viewer).
    auto conflict = [&](FindingCode code, const GraphRoad& road, QList<int> seqs, const QString& text,
                        double sizeM, FindingMessage message, const QStringList& args) {
        result.report.append({notice, road.seq, road.name, ReportKind::Conflict, text, sizeM});
        std::sort(seqs.begin(), seqs.end());
        seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
        seqs.removeAll(0);
        result.findings.append(
            {defaultSeverity(code), code, findingMessage(message, args), seqs, road.name, {}});
    };

    for (const Release& rel : releases) {
        // The gap: the largest distance among the ties let go together (one corner can release two).
        double gap = 0;
        QStringList released;
        for (int k : rel.ties) {
            const GraphTie& t = g.ties[k];
            gap = std::max(gap, LayoutReport::distanceToPolyline(
                                    LayoutReport::tiePoint(g, t, measured[t.road]), measured[t.other]));
            released.append(findingMessage(
                FindingMessage::ReportLetGo,
                {g.roads[t.road].name,
                 t.end == TieEnd::Start ? QStringLiteral("start") : QStringLiteral("end"), t.printed}));
        }
        const GraphTie& first = g.ties[rel.ties.first()];
        const GraphRoad& road = g.roads[first.road];
        const GraphRoad& worst = g.roads[rel.worst];
        conflict(FindingCode::LayoutTieConflict, road, {road.seq, worst.seq},
                 findingMessage(FindingMessage::ReportTieConflict,
                                {worst.name, QString::number(worst.seq), fmt(rel.misfitBeforeM),
                                 fmt(*worst.lengthM), released.join(QStringLiteral(", ")), fmt(gap),
                                 rel.strained.join(u'、')}),
                 gap, FindingMessage::LayoutTieConflict,
                 {QString::number(road.seq), road.name,
                  first.end == TieEnd::Start ? QStringLiteral("start") : QStringLiteral("end"), first.printed,
                  fmt(gap), QString::number(worst.seq), worst.name, fmt(rel.misfitBeforeM),
                  fmt(*worst.lengthM)});
    }
    // Misfits still left in lengths (below the release threshold, or with no end left to release).
    for (int r = 0; r < g.roads.size(); ++r) {
        const GraphRoad& road = g.roads[r];
        if (!hasCompleteLength(road))
            continue;
        const double diff = LayoutReport::polylineLength(measured[r]) - *road.lengthM;
        if (std::abs(diff) <= std::max(options_.strainReportM, 0.002 * *road.lengthM))
            continue;
        conflict(FindingCode::LayoutLengthConflict, road, {road.seq},
                 findingMessage(FindingMessage::ReportLengthConflict,
                                {fmt(diff), fmt(*road.lengthM),
                                 strainedRoads(g, pos, road.cluster, options_).join(u'、')}),
                 std::abs(diff), FindingMessage::LayoutLengthConflict,
                 {QString::number(road.seq), road.name, fmt(diff), fmt(*road.lengthM)});
    }
    // A cluster beyond its anchor's stated accuracy: the roads' own numbers put its 街道 elsewhere.
    const QList<LayoutReportRow> placed = result.report;
    for (const LayoutReportRow& row : placed) {
        const std::optional<Anchor> anchor =
            row.kind == ReportKind::Anchor ? anchors.find(row.name) : std::nullopt;
        if (!anchor || row.valueM <= anchor->accuracyM + options_.strainReportM)
            continue;
        QList<int> seqs;
        const GraphRoad* first = nullptr;
        for (const GraphRoad& road : g.roads) {
            if (!road.isReferenced() && road.subdistricts.contains(row.name)) {
                seqs.append(road.seq);
                first = first ? first : &road;
            }
        }
        if (!first)
            continue;
        conflict(FindingCode::LayoutAnchorConflict, *first, seqs,
                 findingMessage(FindingMessage::ReportAnchorConflict,
                                {row.name, seqText(seqs), fmt(row.valueM), anchors.fileName(),
                                 QString::number(anchor->line), fmt(row.valueM - anchor->accuracyM),
                                 fmt(anchor->accuracyM, 0)}),
                 row.valueM - anchor->accuracyM, FindingMessage::LayoutAnchorConflict,
                 {row.name, seqText(seqs), fmt(row.valueM), fmt(row.valueM - anchor->accuracyM),
                  fmt(anchor->accuracyM, 0)});
    }
    result.report.append(LayoutReport::summary(notice, readability, result.report));
    result.solveMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace luming
