#include "centerlines/line_chain.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace luming {

namespace {

double distance(QPointF a, QPointF b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// Ends are numbered 2·piece (its first point) and 2·piece + 1 (its last).
QPointF endPoint(const QList<QList<QPointF>>& pieces, int end) {
    const QList<QPointF>& piece = pieces[end / 2];
    return end % 2 == 0 ? piece.first() : piece.last();
}

int root(QList<int>& parent, int i) {
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

} // namespace

QList<LineChain> chainPieces(const QList<QList<QPointF>>& pieces, double gapM) {
    const int n = int(pieces.size());
    QList<QList<int>> near(2 * qsizetype(n)); // other pieces' ends within the gap of each end
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    // Pieces of one name are few (tens): all pairs.
    for (int a = 0; a < 2 * n; ++a) {
        for (int b = a + 1; b < 2 * n; ++b) {
            if (a / 2 == b / 2 || distance(endPoint(pieces, a), endPoint(pieces, b)) > gapM)
                continue;
            near[a].append(b);
            near[b].append(a);
            parent[root(parent, a / 2)] = root(parent, b / 2);
        }
    }
    QHash<int, QList<int>> groups;
    for (int p = 0; p < n; ++p)
        groups[root(parent, p)].append(p);
    QList<int> roots = groups.keys();
    std::sort(roots.begin(), roots.end());

    QList<LineChain> chains;
    for (int r : roots) {
        const QList<int>& members = groups[r];
        LineChain chain;
        int start = -1;
        for (int p : members) {
            for (int end : {2 * p, 2 * p + 1}) {
                chain.branched = chain.branched || near[end].size() > 1;
                if (near[end].isEmpty() && start < 0)
                    start = end;
            }
        }
        chain.branched = chain.branched || start < 0; // a ring has no free end
        if (chain.branched) {
            chain.pieces = members;
            chains.append(chain);
            continue;
        }
        // Walk from the free end: through each piece to its other end, across to the piece near it.
        for (int end = start; end >= 0;) {
            const int piece = end / 2;
            QList<QPointF> points = pieces[piece];
            if (end % 2 == 1)
                std::reverse(points.begin(), points.end());
            if (!chain.points.isEmpty() && chain.points.last() == points.first())
                points.removeFirst();
            chain.points += points;
            chain.pieces.append(piece);
            const int exit = end ^ 1;
            end = near[exit].isEmpty() ? -1 : near[exit].first();
        }
        chains.append(chain);
    }
    return chains;
}

} // namespace luming
