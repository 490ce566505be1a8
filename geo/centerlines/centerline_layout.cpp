#include "centerlines/centerline_layout.h"

#include "centerlines/centerline_report.h"
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "districts/district_containment.h"
#include "layout/layout_solver.h"
#include "project/region_profile_source.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <map>

namespace luming {

namespace {

bool isLayoutFinding(const Finding& f) {
    return f.code == FindingCode::LayoutLengthConflict || f.code == FindingCode::LayoutTieConflict ||
           f.code == FindingCode::LayoutAnchorConflict || f.code == FindingCode::CenterlineRejected;
}

// The notice's region in metres: the box of its 区 polygons with a margin, else a disc's box around the
// centre. Empty when the CRS cannot be set up.
QRectF regionBox(const RegionProfile& region, const CrsTransformer& toMetric, const CenterlineOptions& o) {
    QRectF box;
    for (const DistrictPolygon& d : region.districts) {
        for (const QList<LonLatRing>& part : d.parts) {
            if (part.isEmpty())
                continue;
            QList<QPointF> ring;
            for (const LonLat& p : part.first())
                ring.append(QPointF(p.lon, p.lat));
            for (const QPointF& p : toMetric.forward(ring)) {
                const QRectF dot(p, QSizeF(1e-6, 1e-6));
                box = box.isNull() ? dot : box.united(dot);
            }
        }
    }
    if (!box.isNull())
        return box.adjusted(-o.regionMarginM, -o.regionMarginM, o.regionMarginM, o.regionMarginM);
    const QPointF c = toMetric.forward(QPointF(region.centre->lon, region.centre->lat));
    return {c - QPointF(o.regionRadiusM, o.regionRadiusM), QSizeF(2 * o.regionRadiusM, 2 * o.regionRadiusM)};
}

struct Region {
    RegionProfile profile;
    AnchorTable anchors;
};

// One notice: match, lay out again around the matched roads, and replace its geometry, rows and findings.
void applyToNotice(Project& project, Notice& notice, const Region& region, const CenterlineNetwork& network,
                   const CenterlineOptions& options, CenterlineOutcome& outcome) {
    auto toMetric = CrsTransformer::create(crs::cgcs2000Geographic(), region.profile.metricCrs());
    if (!toMetric) {
        outcome.warnings << QStringLiteral("%1: %2").arg(notice.id.displayText(), toMetric.errorString());
        return;
    }
    const CenterlineMatcher matcher(network, regionBox(region.profile, *toMetric, options), options);
    QHash<int, QList<QPointF>> fixed;
    QHash<int, CenterlineMatch> matches;
    for (const RoadRecord& r : notice.roads) {
        if (r.action == RoadAction::Cancel)
            continue;
        const CenterlineMatch m = matcher.match(r);
        matches.insert(r.seq, m);
        if (m.matched())
            fixed.insert(r.seq, m.line);
    }
    LayoutOptions layoutOptions;
    layoutOptions.region = region.profile;
    LayoutResult layout = LayoutSolver(layoutOptions).solve(notice.roads, notice.id, region.anchors, fixed);
    if (!layout.error.isEmpty()) {
        outcome.warnings << QCoreApplication::translate("luming::Geo", "%1: layout failed: %2")
                                .arg(notice.id.displayText(), layout.error);
        return;
    }
    QHash<CenterlineCheck, int> failedBy;
    int matched = 0;
    for (RoadGeometry& g : layout.roads) {
        const CenterlineMatch m = matches.value(g.id.seq);
        if (g.source != GeometrySource::Layer)
            continue;
        g.sourceFile = network.fileName();
        g.startGapM = m.startGapM;
        g.endGapM = m.endGapM;
        g.lengthErrorM = m.lengthErrorM;
    }
    for (const RoadRecord& r : notice.roads) {
        if (!matches.contains(r.seq))
            continue;
        const CenterlineMatch& m = matches[r.seq];
        layout.report.append(centerlineRow(notice.id, r, m, options, network.fileName()));
        if (m.matched()) {
            ++matched;
            continue;
        }
        ++failedBy[m.outcome];
        layout.findings.append(centerlineFinding(r, m, options, network.fileName()));
    }
    layout.report.append(centerlineSummaryRow(notice.id, matched, failedBy, network.fileName()));

    const NoticeId id = notice.id;
    project.roads.removeIf([&](const RoadGeometry& g) { return g.id.notice == id; });
    project.roads += layout.roads;
    project.layoutReport.removeIf([&](const LayoutReportRow& row) { return row.notice == id; });
    project.layoutReport += layout.report;
    notice.findings.removeIf(isLayoutFinding);
    notice.findings += layout.findings;
    outcome.matched += matched;
    for (auto it = failedBy.cbegin(); it != failedBy.cend(); ++it) {
        outcome.failed += it.value();
        outcome.failedBy[it.key()] += it.value();
    }
}

CenterlineOutcome apply(Project& project, const CenterlineOptions& options, const CenterlineNetwork* given,
                        Feedback* feedback) {
    CenterlineOutcome outcome;
    Project changed = project;                 // the project stays as it was unless every step succeeds
    std::map<int, CenterlineNetwork> networks; // by metric EPSG
    QHash<QString, Region> regions;
    QElapsedTimer timer;
    for (Notice& notice : changed.parse.notices) {
        const QString code = regionCodeOf(notice);
        auto region = regions.find(code);
        if (region == regions.end()) {
            Region loaded;
            loaded.profile = loadRegionProfile(code, outcome.warnings);
            loaded.anchors = loadAnchors(loaded.profile, outcome.warnings);
            region = regions.insert(code, loaded);
        }
        if (!region->profile.isKnown()) {
            outcome.warnings << QCoreApplication::translate(
                                    "luming::Geo",
                                    "%1: the region is unknown, so no line of %2 can be its roads'")
                                    .arg(notice.id.displayText(), options.path);
            continue;
        }
        const CenterlineNetwork* network = given;
        if (!network) {
            auto at = networks.find(region->profile.metricEpsg);
            if (at == networks.end()) {
                timer.start();
                at = networks
                         .emplace(region->profile.metricEpsg,
                                  CenterlineNetwork::load(options, region->profile.metricEpsg, feedback))
                         .first;
                outcome.readMs += double(timer.nsecsElapsed()) / 1e6;
                outcome.warnings += at->second.warnings();
                if (!at->second.error().isEmpty()) {
                    outcome.error = at->second.error();
                    return outcome;
                }
            }
            network = &at->second;
        }
        outcome.layerLines = network->size();
        if (isCanceled(feedback)) {
            outcome.error = QStringLiteral("%1: cancelled").arg(options.path);
            return outcome;
        }
        timer.start();
        applyToNotice(changed, notice, *region, *network, options, outcome);
        outcome.matchMs += double(timer.nsecsElapsed()) / 1e6;
    }
    changed.layoutReport.removeIf(
        [](const LayoutReportRow& row) { return row.kind == ReportKind::InsideDistrict; });
    changed.layoutReport += districtContainment(changed);
    project = std::move(changed);
    return outcome;
}

} // namespace

CenterlineOutcome useCenterlines(Project& project, const CenterlineOptions& options, Feedback* feedback) {
    return apply(project, options, nullptr, feedback);
}

CenterlineOutcome useCenterlines(Project& project, const CenterlineNetwork& network,
                                 const CenterlineOptions& options) {
    return apply(project, options, &network, nullptr);
}

} // namespace luming
