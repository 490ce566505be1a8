#include "layout/cluster_placement.h"

#include "core/finding_messages.h"
#include "crs/crs_transformer.h"
#include "districts/district_lookup.h"
#include "districts/district_sites.h"

#include <QHash>
#include <QRectF>
#include <QSet>
#include <cmath>
#include <optional>

namespace luming {

namespace {

struct Reference {
    QString subdistrict;
    std::optional<Anchor> anchor;
    QPointF anchorM;    // anchor in the region's metric CRS
    QPointF point;      // reference point in the cluster (before translation)
    QString pointLabel; // "junction 凤集路×经十路" / "centroid of 3 roads"
    bool junction = false;
};

bool anyAnchor(const QList<Reference>& refs) {
    return std::any_of(refs.cbegin(), refs.cend(), [](const Reference& r) { return r.anchor.has_value(); });
}

QString fmt(double v, int decimals = 0) {
    return QString::number(v, 'f', decimals);
}

// The 区 most of a cluster's notice roads name (the first printed on a tie); empty when none names one.
QString districtOfCluster(const ConstraintGraph& g, const QList<RoadRecord>& records, int cluster) {
    QHash<QString, int> votes;
    QString best;
    for (int r : g.roadsOfCluster(cluster)) {
        const GraphRoad& road = g.roads[r];
        if (road.isReferenced() || road.record >= records.size())
            continue;
        const QString& district = records[road.record].district;
        if (district.isEmpty())
            continue;
        const int n = ++votes[district];
        if (best.isEmpty() || n > votes.value(best))
            best = district;
    }
    return best;
}

} // namespace

QList<LayoutReportRow> ClusterPlacement::place(const ConstraintGraph& g, const QList<RoadRecord>& records,
                                               QList<QPointF>& pos, const AnchorTable& anchors,
                                               const CrsTransformer& wgs84ToMetric,
                                               const RegionProfile& region, QPointF centreM,
                                               const NoticeId& notice, QList<Placement>* placements) {
    QList<LayoutReportRow> rows;
    QList<QList<Reference>> refs(g.clusterCount);
    QList<QList<int>> clusterNodes(g.clusterCount);
    QList<int> clusterMinSeq(g.clusterCount, 1 << 30);
    QList<QStringList> clusterRoadNames(g.clusterCount);
    for (int c = 0; c < g.clusterCount; ++c) {
        QSet<int> nodeSet;
        QStringList subdistricts;
        for (int r : g.roadsOfCluster(c)) {
            for (int n : g.nodesOfRoad(r))
                nodeSet.insert(n);
            const GraphRoad& road = g.roads[r];
            if (road.isReferenced())
                continue;
            clusterMinSeq[c] = std::min(clusterMinSeq[c], road.seq);
            clusterRoadNames[c].append(road.name);
            for (const QString& s : road.subdistricts) {
                if (!subdistricts.contains(s))
                    subdistricts.append(s);
            }
        }
        clusterNodes[c] = QList<int>(nodeSet.begin(), nodeSet.end());
        std::sort(clusterNodes[c].begin(), clusterNodes[c].end());
        for (const QString& s : subdistricts) {
            Reference ref;
            ref.subdistrict = s;
            ref.anchor = anchors.find(s);
            if (ref.anchor)
                ref.anchorM = wgs84ToMetric.forward(QPointF(ref.anchor->lon, ref.anchor->lat));
            int junctionNode = -1;
            if (ref.anchor && ref.anchor->junction.size() == 2) {
                const int a = g.findRoad(ref.anchor->junction[0]);
                const int b = g.findRoad(ref.anchor->junction[1]);
                if (a >= 0 && b >= 0 && g.roads[a].cluster == c)
                    junctionNode = g.junction(a, b);
            }
            if (junctionNode >= 0) {
                ref.point = pos[junctionNode];
                ref.pointLabel = findingMessage(FindingMessage::ReportJunction, {g.nodeLabel(junctionNode)});
                ref.junction = true;
            } else {
                QSet<int> own;
                int roadCount = 0;
                for (int r : g.roadsOfCluster(c)) {
                    if (g.roads[r].isReferenced() || !g.roads[r].subdistricts.contains(s))
                        continue;
                    ++roadCount;
                    for (int n : g.nodesOfRoad(r))
                        own.insert(n);
                }
                QPointF sum;
                for (int n : own)
                    sum += pos[n];
                ref.point = own.isEmpty() ? QPointF() : sum / double(own.size());
                ref.pointLabel = findingMessage(FindingMessage::ReportCentroid, {QString::number(roadCount)});
            }
            refs[c].append(ref);
        }
    }

    QList<QPointF> centroid(g.clusterCount);
    for (int c = 0; c < g.clusterCount; ++c) {
        for (int n : clusterNodes[c])
            centroid[c] += pos[n];
        if (!clusterNodes[c].isEmpty())
            centroid[c] /= double(clusterNodes[c].size());
    }

    QList<QPointF> shift(g.clusterCount);
    QList<Placement> placed(g.clusterCount, Placement::City);
    QList<QString> groupKey(g.clusterCount);
    QList<QString> fallbackNote(g.clusterCount);
    QHash<QString, QList<int>> byDistrict; // anchorless clusters whose 区 has a polygon
    for (int c = 0; c < g.clusterCount; ++c) {
        if (g.clusterIsFixed(c)) { // already in place: its layer roads are where they are
            placed[c] = Placement::Layer;
            continue;
        }
        double wsum = 0;
        QPointF t;
        bool junction = false;
        QString firstAnchored;
        for (const Reference& r : refs[c]) {
            if (!r.anchor)
                continue;
            const double w = 1.0 / (r.anchor->accuracyM * r.anchor->accuracyM);
            t += w * (r.anchorM - r.point);
            wsum += w;
            junction = junction || r.junction;
            if (firstAnchored.isEmpty())
                firstAnchored = r.subdistrict;
        }
        if (wsum > 0) {
            shift[c] = t / wsum;
            placed[c] = Placement::Anchor;
            // Clusters placed by the same single anchor point would overlap; a junction pins its cluster.
            if (!junction)
                groupKey[c] = firstAnchored;
            continue;
        }
        const QString district = districtOfCluster(g, records, c);
        if (findDistrictPolygon(region.districts, district)) {
            byDistrict[district].append(c);
            continue;
        }
        shift[c] = centreM - centroid[c];
        groupKey[c] = QStringLiteral("(centre)");
        fallbackNote[c] =
            district.isEmpty()
                ? findingMessage(FindingMessage::ReportCentreNoDistrict, {region.label()})
                : findingMessage(FindingMessage::ReportCentreNoPolygon, {region.label(), district});
    }
    // Inside the 区: one site per cluster, far apart, in order of the clusters' first items.
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
        QList<int> members = it.value();
        std::sort(members.begin(), members.end(),
                  [&](int a, int b) { return clusterMinSeq[a] < clusterMinSeq[b]; });
        const QList<QPointF> sites = spreadSitesInside(*findDistrictPolygon(region.districts, it.key()),
                                                       region.metricEpsg, int(members.size()));
        for (qsizetype i = 0; i < members.size(); ++i) {
            const int c = members[i];
            if (i < sites.size()) {
                shift[c] = sites[i] - centroid[c];
                placed[c] = Placement::District;
                fallbackNote[c] =
                    findingMessage(FindingMessage::ReportInsidePolygon,
                                   {it.key(), QString::number(i + 1), QString::number(members.size())});
            } else { // the polygon could not be projected
                shift[c] = centreM - centroid[c];
                groupKey[c] = QStringLiteral("(centre)");
                fallbackNote[c] = findingMessage(FindingMessage::ReportCentre, {region.label()});
            }
        }
    }
    if (placements)
        *placements = placed;

    // Side by side: clusters sharing a group key, west → east in order of their first item.
    QHash<QString, QList<int>> groups;
    for (int c = 0; c < g.clusterCount; ++c) {
        if (!groupKey[c].isEmpty())
            groups[groupKey[c]].append(c);
    }
    QList<QString> sideNote(g.clusterCount);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QList<int> members = it.value();
        if (members.size() < 2)
            continue;
        std::sort(members.begin(), members.end(),
                  [&](int a, int b) { return clusterMinSeq[a] < clusterMinSeq[b]; });
        QList<QRectF> boxes;
        double totalWidth = 0;
        QPointF centre;
        for (int c : members) {
            QRectF box;
            for (int n : clusterNodes[c]) {
                const QPointF p = pos[n] + shift[c];
                box =
                    box.isNull() ? QRectF(p, QSizeF(1e-6, 1e-6)) : box.united(QRectF(p, QSizeF(1e-6, 1e-6)));
            }
            boxes.append(box);
            totalWidth += box.width();
            centre += box.center();
        }
        centre /= double(members.size());
        totalWidth += kSideBySideGapM * double(members.size() - 1);
        double cursor = centre.x() - totalWidth / 2;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QRectF& box = boxes[i];
            const QPointF move(cursor - box.left(), centre.y() - box.center().y());
            shift[members[i]] += move;
            cursor += box.width() + kSideBySideGapM;
            sideNote[members[i]] = findingMessage(
                FindingMessage::ReportSideBySide,
                {QString::number(members.size() - 1), it.key(), fmt(std::hypot(move.x(), move.y()))});
        }
    }

    for (int c = 0; c < g.clusterCount; ++c) {
        for (int n : clusterNodes[c])
            pos[n] += shift[c];
        const QString roadsText = clusterRoadNames[c].join(u'、');
        if (placed[c] == Placement::Layer) {
            rows.append({notice, 0, QString(), ReportKind::Anchor,
                         findingMessage(FindingMessage::ReportClusterFromLayer, {roadsText}), 0});
            continue;
        }
        if (refs[c].isEmpty()) {
            rows.append(
                {notice, 0, QString(), ReportKind::Anchor,
                 findingMessage(FindingMessage::ReportClusterNoSubdistrict, {roadsText, fallbackNote[c]}),
                 0});
            continue;
        }
        for (const Reference& r : refs[c]) {
            LayoutReportRow row{notice, 0, r.subdistrict, ReportKind::Anchor, QString(), 0};
            if (!r.anchor) {
                const QString placedAt =
                    anyAnchor(refs[c]) ? QStringLiteral("the other 街道's anchor") : fallbackNote[c];
                // A region without an anchor file has no table to name: say what is missing instead.
                row.detail =
                    anchors.fileName().isEmpty()
                        ? findingMessage(FindingMessage::ReportClusterNoAnchorTable,
                                         {roadsText, r.subdistrict, region.label(), region.code, placedAt})
                        : findingMessage(FindingMessage::ReportClusterNoAnchorRow,
                                         {roadsText, r.subdistrict, anchors.fileName(), placedAt});
                row.valueM = 0;
            } else {
                const QPointF placed = r.point + shift[c];
                row.valueM = std::hypot(placed.x() - r.anchorM.x(), placed.y() - r.anchorM.y());
                row.detail = findingMessage(FindingMessage::ReportClusterAnchor,
                                            {roadsText, r.subdistrict, fmt(r.anchor->lon, 3),
                                             fmt(r.anchor->lat, 3), fmt(r.anchor->accuracyM),
                                             anchors.fileName(), QString::number(r.anchor->line),
                                             r.anchor->source, r.pointLabel, fmt(row.valueM), sideNote[c]});
            }
            rows.append(row);
        }
    }
    return rows;
}

} // namespace luming
