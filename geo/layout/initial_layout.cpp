#include "layout/initial_layout.h"

#include <Eigen/Dense>
#include <algorithm>
#include <vector>

namespace luming {

namespace {

// Rows of a weighted linear least-squares system  sum_j a_j v_j = b.
class LinearSystem {
public:
    explicit LinearSystem(int unknowns) : n_(unknowns) {}
    void add(const std::vector<std::pair<int, double>>& terms, double rhs, double weight) {
        rows_.push_back({terms, rhs, weight});
    }
    Eigen::VectorXd solve(double ridge) const {
        // Normal equations with a small ridge: parts of the picture the text leaves free (a cluster's
        // position, a referenced road's extent) settle near zero instead of making the system singular.
        Eigen::MatrixXd ata = Eigen::MatrixXd::Identity(n_, n_) * ridge;
        Eigen::VectorXd atb = Eigen::VectorXd::Zero(n_);
        for (const Row& row : rows_) {
            const double w2 = row.weight * row.weight;
            for (const auto& [i, ai] : row.terms) {
                atb[i] += w2 * ai * row.rhs;
                for (const auto& [j, aj] : row.terms)
                    ata(i, j) += w2 * ai * aj;
            }
        }
        return ata.ldlt().solve(atb);
    }

private:
    struct Row {
        std::vector<std::pair<int, double>> terms;
        double rhs;
        double weight;
    };
    int n_;
    std::vector<Row> rows_;
};

// Weights: the text's facts (node on a leg, stated length) dominate the listing-order priors.
constexpr double kOnLegWeight = 10;
constexpr double kLengthWeight = 1;
constexpr double kPriorWeight = 0.05;
constexpr double kRidge = 1e-6;

// The listing order of crossing roads: seq, with referenced roads (no seq) last.
int listingKey(const ConstraintGraph& g, int road) {
    const int seq = g.roads[road].seq;
    return seq > 0 ? seq : 100000 + road;
}

int otherRoadAt(const ConstraintGraph& g, int node, int road) {
    const GraphNode& n = g.nodes[node];
    return n.roadA == road ? n.roadB : n.roadA;
}

// Notices list east–west roads north → south and north–south roads west → east. Does walking along
// `heading` meet crossing roads in listing order?
bool headingFollowsListing(Direction heading) {
    const QPointF u = unitVector(heading);
    return axisOf(heading) == Axis::EastWest ? u.x() > 0 : u.y() < 0;
}

} // namespace

QList<QPointF> InitialLayout::compute(ConstraintGraph& g) {
    const int nodeCount = int(g.nodes.size());
    QList<QPair<int, int>> legIds; // (road, leg)
    for (int r = 0; r < g.roads.size(); ++r) {
        for (int l = 0; l < g.roads[r].legs.size(); ++l)
            legIds.append({r, l});
    }
    const int unknowns = 2 * nodeCount + int(legIds.size());
    LinearSystem sys(unknowns);
    auto xOf = [](int node) {
        return 2 * node;
    };
    auto yOf = [](int node) {
        return 2 * node + 1;
    };
    // along(a → b) on heading h as linear terms
    // (b − a)·u; zero components left out so compass legs keep their one-coordinate terms.
    auto along = [&](Direction h, int from, int to, double scale,
                     std::vector<std::pair<int, double>>& terms) {
        const QPointF u = unitVector(h);
        if (u.x() != 0) {
            terms.push_back({xOf(to), scale * u.x()});
            terms.push_back({xOf(from), -scale * u.x()});
        }
        if (u.y() != 0) {
            terms.push_back({yOf(to), scale * u.y()});
            terms.push_back({yOf(from), -scale * u.y()});
        }
    };

    for (int li = 0; li < legIds.size(); ++li) {
        const auto [r, l] = legIds[li];
        const GraphLeg& leg = g.roads[r].legs[l];
        const int c = 2 * nodeCount + li;
        // Every node of a leg lies on one line along its heading: p·n = c with n ⟂ u (for an east–west
        // leg simply y = c, for a north–south one −x = c; a diagonal leg uses both coordinates).
        const QPointF u = unitVector(leg.heading);
        for (int n : leg.nodes) {
            std::vector<std::pair<int, double>> terms;
            if (u.y() != 0)
                terms.push_back({xOf(n), -u.y()});
            if (u.x() != 0)
                terms.push_back({yOf(n), u.x()});
            terms.push_back({c, -1});
            sys.add(terms, 0, kOnLegWeight);
        }
        // Nodes between the ends: spread in listing order (a prior the stated lengths override).
        QList<int> interior;
        for (int n : leg.nodes) {
            if (n != leg.firstNode && n != leg.lastNode)
                interior.append(n);
        }
        std::stable_sort(interior.begin(), interior.end(), [&, road = r](int a, int b) {
            const int ka = listingKey(g, otherRoadAt(g, a, road));
            const int kb = listingKey(g, otherRoadAt(g, b, road));
            return headingFollowsListing(leg.heading) ? ka < kb : ka > kb;
        });
        if (leg.firstNode >= 0 && leg.lastNode >= 0) {
            for (int i = 0; i < interior.size(); ++i) {
                const double t = double(i + 1) / double(interior.size() + 1);
                std::vector<std::pair<int, double>> terms;
                along(leg.heading, leg.firstNode, interior[i], 1, terms);
                along(leg.heading, leg.firstNode, leg.lastNode, -t, terms);
                sys.add(terms, 0, kPriorWeight);
            }
        } else {
            QList<int> chain = interior;
            if (leg.firstNode >= 0)
                chain.prepend(leg.firstNode);
            if (leg.lastNode >= 0)
                chain.append(leg.lastNode);
            for (int i = 0; i + 1 < chain.size(); ++i) {
                std::vector<std::pair<int, double>> terms;
                along(leg.heading, chain[i], chain[i + 1], 1, terms);
                sys.add(terms, kDefaultSpacingM, kPriorWeight);
            }
        }
    }
    // Stated lengths along the legs (each leg straight along its heading, so a length is (b − a)·u).
    for (const GraphRoad& road : g.roads) {
        if (!road.lengthM)
            continue;
        std::vector<std::pair<int, double>> terms;
        bool complete = true;
        for (const GraphLeg& leg : road.legs) {
            if (leg.firstNode < 0 || leg.lastNode < 0) {
                complete = false;
                break;
            }
            along(leg.heading, leg.firstNode, leg.lastNode, 1, terms);
        }
        if (complete)
            sys.add(terms, *road.lengthM, kLengthWeight);
    }
    // Name order: X北街 north of X街 by the default spacing (ends of the first leg stand for the road).
    for (const OrderRelation& rel : g.orders) {
        const GraphLeg& a = g.roads[rel.first].legs.first();
        const GraphLeg& b = g.roads[rel.second].legs.first();
        if (a.nodes.isEmpty() || b.nodes.isEmpty())
            continue;
        const bool north = rel.kind == OrderRelation::Kind::NorthOf;
        auto coord = [&](int n) {
            return north ? yOf(n) : xOf(n);
        };
        const double sign = north ? 1 : -1; // west of: x_first < x_second
        std::vector<std::pair<int, double>> terms;
        for (int n : a.nodes)
            terms.push_back({coord(n), sign / double(a.nodes.size())});
        for (int n : b.nodes)
            terms.push_back({coord(n), -sign / double(b.nodes.size())});
        sys.add(terms, kDefaultSpacingM, kPriorWeight);
    }

    const Eigen::VectorXd v = sys.solve(kRidge);
    QList<QPointF> pos(nodeCount);
    for (int n = 0; n < nodeCount; ++n)
        pos[n] = QPointF(v[xOf(n)], v[yOf(n)]);

    // Order each leg: fixed ends, the rest by position along the heading, listing order breaking ties.
    for (int r = 0; r < g.roads.size(); ++r) {
        for (GraphLeg& leg : g.roads[r].legs) {
            const QPointF along = unitVector(leg.heading);
            QList<int> middle;
            for (int n : leg.nodes) {
                if (n != leg.firstNode && n != leg.lastNode)
                    middle.append(n);
            }
            std::stable_sort(middle.begin(), middle.end(), [&](int a, int b) {
                const double da = QPointF::dotProduct(pos[a], along);
                const double db = QPointF::dotProduct(pos[b], along);
                if (std::abs(da - db) > 1e-6)
                    return da < db;
                const int ka = listingKey(g, otherRoadAt(g, a, r));
                const int kb = listingKey(g, otherRoadAt(g, b, r));
                return headingFollowsListing(leg.heading) ? ka < kb : ka > kb;
            });
            QList<int> ordered;
            if (leg.firstNode >= 0)
                ordered.append(leg.firstNode);
            ordered.append(middle);
            if (leg.lastNode >= 0 && leg.lastNode != leg.firstNode)
                ordered.append(leg.lastNode);
            leg.nodes = ordered;
        }
    }
    return pos;
}

} // namespace luming
