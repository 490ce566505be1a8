#include "layout/constraint_graph.h"

#include "layout/road_name_matcher.h"
#include "layout/suffix_order.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace luming {

Axis axisOf(Direction heading) {
    const QPointF u = unitVector(heading);
    return std::abs(u.x()) >= std::abs(u.y()) ? Axis::EastWest : Axis::NorthSouth;
}

namespace {

Direction perpendicularDefault(Axis axis) {
    return axis == Axis::EastWest ? Direction::South : Direction::East;
}

struct UnionFind {
    QList<int> parent;
    explicit UnionFind(qsizetype n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int root(int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
    void join(int a, int b) {
        a = root(a);
        b = root(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
};

} // namespace

ConstraintGraph ConstraintGraph::build(const QList<RoadRecord>& records) {
    ConstraintGraph g;
    QList<QString> noticeNames;
    for (int i = 0; i < records.size(); ++i) {
        const RoadRecord& r = records[i];
        if (r.action == RoadAction::Cancel)
            continue;
        GraphRoad road;
        road.name = r.name;
        road.record = i;
        road.seq = r.seq;
        road.lengthM = r.lengthM;
        road.subdistricts = r.subdistricts;
        g.roads.append(road);
        noticeNames.append(r.name);
    }
    const RoadNameMatcher matcher(noticeNames);
    QHash<QString, int> referencedByFold;
    auto resolve = [&](const QString& printed) {
        const int notice = matcher.find(printed);
        if (notice >= 0)
            return notice;
        const QString key = RoadNameMatcher::fold(printed);
        const auto it = referencedByFold.constFind(key);
        if (it != referencedByFold.cend())
            return *it;
        GraphRoad ref;
        ref.name = printed;
        g.roads.append(ref);
        referencedByFold.insert(key, int(g.roads.size() - 1));
        return int(g.roads.size() - 1);
    };

    // Legs of the notice's roads from the direction words.
    const qsizetype noticeCount = noticeNames.size();
    struct PendingTie {
        int road;
        TieEnd end;
        int other;
        QString printed;
    };
    QList<PendingTie> pending;
    for (int ri = 0; ri < noticeCount; ++ri) {
        const RoadRecord& r = records[g.roads[ri].record];
        // 东南起 X: the road starts at its south-east end, so it heads north-west; else 西至 X: it heads
        // west.
        const Direction first = r.startDir != Direction::None ? opposite(r.startDir) : r.endDir;
        const bool isL = r.shape == Shape::L && r.via.size() == 1;
        GraphLeg leg;
        leg.heading = first != Direction::None ? first : Direction::West;
        g.roads[ri].legs.append(leg);
        if (isL) {
            GraphLeg second;
            second.heading =
                r.endDir != Direction::None ? r.endDir : perpendicularDefault(axisOf(leg.heading));
            g.roads[ri].legs.append(second);
        }
        if (!r.start.isEmpty())
            pending.append({ri, TieEnd::Start, resolve(r.start), r.start});
        for (const QString& via : r.via)
            pending.append({ri, TieEnd::Via, resolve(via), via});
        if (!r.end.isEmpty())
            pending.append({ri, TieEnd::End, resolve(r.end), r.end});
    }

    // A road's leg at one of its tie points: the first leg at its start, the last at its end; the turn
    // belongs to both (the first is returned).
    auto legAt = [&](int road, TieEnd end) {
        return end == TieEnd::End ? int(g.roads[road].legs.size() - 1) : 0;
    };

    // Referenced roads run across the roads that end on them: vote, ties going to the first vote.
    for (qsizetype ri = noticeCount; ri < g.roads.size(); ++ri) {
        int eastWest = 0;
        int northSouth = 0;
        Axis firstVote = Axis::NorthSouth;
        bool voted = false;
        for (const PendingTie& t : pending) {
            if (t.other != ri || t.end == TieEnd::Via)
                continue;
            const Axis across = axisOf(g.roads[t.road].legs[legAt(t.road, t.end)].heading) == Axis::EastWest
                                    ? Axis::NorthSouth
                                    : Axis::EastWest;
            (across == Axis::EastWest ? eastWest : northSouth)++;
            if (!voted)
                firstVote = across;
            voted = true;
        }
        const Axis axis = eastWest > northSouth   ? Axis::EastWest
                          : northSouth > eastWest ? Axis::NorthSouth
                                                  : firstVote;
        GraphLeg leg;
        // Listing order runs north → south for east–west roads and west → east for north–south ones.
        leg.heading = axis == Axis::EastWest ? Direction::East : Direction::South;
        g.roads[ri].legs.append(leg);
    }

    // Nodes: one per pair of roads that the text ties together; a road tied twice to the same road (a loop)
    // gets a node per tie.
    QHash<QPair<int, int>, QList<int>> pairNodes;
    QHash<int, QList<int>> nodeUsers; // node → roads whose own tie uses it
    for (const PendingTie& t : pending) {
        if (t.other == t.road)
            continue;
        const QPair<int, int> key{std::min(t.road, t.other), std::max(t.road, t.other)};
        int node = -1;
        for (int candidate : pairNodes.value(key)) {
            if (!nodeUsers.value(candidate).contains(t.road)) {
                node = candidate;
                break;
            }
        }
        if (node < 0) {
            node = int(g.nodes.size());
            g.nodes.append({key.first, key.second});
            pairNodes[key].append(node);
        }
        nodeUsers[node].append(t.road);
        g.ties.append({t.road, t.end, t.other, node, t.printed});
    }

    // Leg membership: the tying road's own end, and the leg of the other road that runs across it.
    auto addMember = [](GraphLeg& leg, int node) {
        if (!leg.nodes.contains(node))
            leg.nodes.append(node);
    };
    for (const GraphTie& t : g.ties) {
        GraphRoad& road = g.roads[t.road];
        if (t.end == TieEnd::Start) {
            road.legs.first().firstNode = t.node;
            addMember(road.legs.first(), t.node);
        } else if (t.end == TieEnd::End) {
            road.legs.last().lastNode = t.node;
            addMember(road.legs.last(), t.node);
        } else if (road.legs.size() == 2) {
            road.legs[0].lastNode = t.node;
            road.legs[1].firstNode = t.node;
            addMember(road.legs[0], t.node);
            addMember(road.legs[1], t.node);
        } else {
            addMember(road.legs.first(), t.node);
        }
    }
    for (const GraphTie& t : g.ties) {
        GraphRoad& other = g.roads[t.other];
        bool already = false;
        for (const GraphLeg& leg : other.legs)
            already = already || leg.nodes.contains(t.node);
        if (already)
            continue;
        const Axis tyingAxis = axisOf(g.roads[t.road].legs[legAt(t.road, t.end)].heading);
        int chosen = 0;
        for (int li = 0; li < other.legs.size(); ++li) {
            if (axisOf(other.legs[li].heading) != tyingAxis) {
                chosen = li;
                break;
            }
        }
        addMember(other.legs[chosen], t.node);
    }

    // Clusters: roads joined through nodes.
    UnionFind uf(g.roads.size());
    for (const GraphNode& n : g.nodes)
        uf.join(n.roadA, n.roadB);
    QHash<int, int> clusterOfRoot;
    for (int ri = 0; ri < g.roads.size(); ++ri) {
        const int root = uf.root(ri);
        if (!clusterOfRoot.contains(root))
            clusterOfRoot.insert(root, int(clusterOfRoot.size()));
        g.roads[ri].cluster = clusterOfRoot.value(root);
    }
    g.clusterCount = int(clusterOfRoot.size());

    QList<QString> allNames;
    for (const GraphRoad& r : g.roads)
        allNames.append(r.name);
    // Only between parallel roads of one cluster: 北/南 orders east–west roads, 东/西 north–south ones
    // (虞山东路 running north–south says nothing about where it lies against 虞山路 running east–west).
    for (const OrderRelation& rel : SuffixOrder::relations(allNames)) {
        const Axis wanted = rel.kind == OrderRelation::Kind::NorthOf ? Axis::EastWest : Axis::NorthSouth;
        const GraphRoad& a = g.roads[rel.first];
        const GraphRoad& b = g.roads[rel.second];
        if (a.cluster == b.cluster && a.axis() == wanted && b.axis() == wanted)
            g.orders.append(rel);
    }
    return g;
}

QString ConstraintGraph::nodeLabel(int node) const {
    const GraphNode& n = nodes[node];
    return roads[n.roadA].name + QStringLiteral("×") + roads[n.roadB].name;
}

bool ConstraintGraph::clusterIsFixed(int cluster) const {
    return std::any_of(roads.cbegin(), roads.cend(), [cluster](const GraphRoad& road) {
        return road.cluster == cluster && road.isFixed();
    });
}

QList<int> ConstraintGraph::roadsOfCluster(int cluster) const {
    QList<int> out;
    for (int i = 0; i < roads.size(); ++i) {
        if (roads[i].cluster == cluster)
            out.append(i);
    }
    return out;
}

QList<int> ConstraintGraph::nodesOfRoad(int road) const {
    QList<int> out;
    for (const GraphLeg& leg : roads[road].legs) {
        for (int n : leg.nodes) {
            if (out.isEmpty() || out.last() != n)
                out.append(n);
        }
    }
    return out;
}

int ConstraintGraph::roadIndexForRecord(int record) const {
    for (int i = 0; i < roads.size(); ++i) {
        if (roads[i].record == record)
            return i;
    }
    return -1;
}

int ConstraintGraph::junction(int roadA, int roadB) const {
    for (int i = 0; i < nodes.size(); ++i) {
        const GraphNode& n = nodes[i];
        if ((n.roadA == roadA && n.roadB == roadB) || (n.roadA == roadB && n.roadB == roadA))
            return i;
    }
    return -1;
}

bool ConstraintGraph::tied(int roadA, int roadB) const {
    return std::any_of(ties.cbegin(), ties.cend(), [&](const GraphTie& t) {
        return (t.road == roadA && t.other == roadB) || (t.road == roadB && t.other == roadA);
    });
}

int ConstraintGraph::findRoad(const QString& printedName) const {
    QList<QString> names;
    for (const GraphRoad& r : roads)
        names.append(r.name);
    return RoadNameMatcher(names).find(printedName);
}

QList<int> ConstraintGraph::releaseTie(int tie, QList<QPointF>& positions) {
    const int old = ties[tie].node;
    const int road = ties[tie].road;
    const int other = ties[tie].other;
    const int fresh = int(nodes.size());
    nodes.append({road, other});
    positions.append(positions[old]);
    GraphLeg& leg = ties[tie].end == TieEnd::Start ? roads[road].legs.first() : roads[road].legs.last();
    if (leg.firstNode == old)
        leg.firstNode = fresh;
    if (leg.lastNode == old)
        leg.lastNode = fresh;
    leg.nodes.replace(leg.nodes.indexOf(old), fresh);
    ties[tie].node = fresh;
    ties[tie].releasedNear = old;
    QList<int> released{tie};
    for (int k = 0; k < ties.size(); ++k) {
        GraphTie& u = ties[k];
        if (k != tie && u.road == other && u.other == road && u.node == old && !u.isReleased()) {
            u.releasedNear = fresh;
            released.append(k);
        }
    }
    return released;
}

} // namespace luming
