#include "project/project_builder.h"

#include "districts/district_containment.h"
#include "layout/layout_solver.h"
#include "project/notice_file.h"
#include "project/region_profile_source.h"
#include "region/region_assigner.h"

#include <QCoreApplication>
#include <QHash>

namespace luming {

ProjectBuild ProjectBuilder::fromNoticeFile(const QString& noticePath, const NoticeRegion& chosen) {
    ParseOutcome outcome = parseNoticeFile(noticePath);
    if (outcome.status != ParseStatus::Ok) {
        ProjectBuild build;
        build.status = outcome.status;
        build.error = outcome.error;
        build.project.parse = std::move(outcome.result);
        return build;
    }
    return fromParse(std::move(outcome.result), chosen);
}

ProjectBuild ProjectBuilder::fromParse(ParseResult parse, const NoticeRegion& chosen) {
    ProjectBuild build;
    build.project.parse = std::move(parse);
    build.warnings += assignRegions(build.project.parse.notices, chosen);
    // Each notice is laid out in its own region; the project shows the first known one.
    QHash<QString, std::pair<RegionProfile, AnchorTable>> regions;
    for (auto& notice : build.project.parse.notices) {
        const QString code = regionCodeOf(notice);
        auto region = regions.find(code);
        if (region == regions.end()) {
            RegionProfile profile = loadRegionProfile(code, build.warnings);
            AnchorTable anchors = loadAnchors(profile, build.warnings);
            region = regions.insert(code, {std::move(profile), std::move(anchors)});
        }
        const auto& [profile, anchors] = *region;
        if (!build.project.region.isKnown() && profile.isKnown())
            build.project.region = profile;
        LayoutOptions options;
        options.region = profile;
        LayoutResult layout = LayoutSolver(options).solve(notice, anchors);
        notice.findings += layout.findings; // conflicts between the text's numbers, on their items
        if (!layout.error.isEmpty())
            build.warnings.append(QCoreApplication::translate("luming::Geo", "%1: layout failed: %2")
                                      .arg(notice.id.displayText(), layout.error));
        build.project.roads += layout.roads;
        build.project.layoutReport += layout.report;
    }
    build.project.districts = build.project.region.districts;
    build.project.layoutReport += districtContainment(build.project);
    return build;
}

} // namespace luming
