#include "project/project_builder.h"

#include "layout/anchor_table.h"
#include "layout/layout_solver.h"
#include "project/district_source.h"
#include "project/notice_file.h"
#include "project/resource_locator.h"
#include "region/region_assigner.h"

namespace luming {

namespace {

AnchorTable loadAnchors(QStringList& warnings) {
    const QString path = findResource(QStringLiteral("anchors.csv"));
    if (path.isEmpty()) {
        warnings.append(
            QStringLiteral("resources/anchors.csv not found: clusters are placed at the origin."));
        return {};
    }
    QList<AnchorProblem> problems;
    AnchorTable table = AnchorTable::read(path, &problems);
    for (const auto& p : problems)
        warnings.append(p.toString());
    return table;
}

} // namespace

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
    const AnchorTable anchors = loadAnchors(build.warnings);
    const LayoutSolver solver;
    for (auto& notice : build.project.parse.notices) {
        LayoutResult layout = solver.solve(notice, anchors);
        notice.findings += layout.findings; // conflicts between the text's numbers, on their items
        if (!layout.error.isEmpty())
            build.warnings.append(
                QStringLiteral("%1: layout failed: %2").arg(notice.id.displayText(), layout.error));
        build.project.roads += layout.roads;
        build.project.layoutReport += layout.report;
    }
    attachDistricts(build);
    return build;
}

} // namespace luming
