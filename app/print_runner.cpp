#include "print_runner.h"

#include "print_sheet_text.h"
#include "project_loader.h"
#include "render/print_writer.h"

#include <QDir>
#include <algorithm>
#include <vector>

namespace luming::app {

namespace {

// At a fixed scale the frame shows a window of the city: centred where it holds the most roads (by the
// centres of their bounds; every road's centre is a candidate), so a 1:10 000 sheet of a notice whose
// roads spread over 30 km shows a 街道's cluster rather than the empty middle. O(n²) in roads.
QPointF busiestCentre(const SceneLayer& roads, QSizeF windowM) {
    std::vector<QPointF> centres;
    centres.reserve(static_cast<std::size_t>(roads.featureCount()));
    for (std::int64_t f = 0; f < roads.featureCount(); ++f)
        centres.push_back(roads.bounds(f).center());
    QPointF best = roads.extent().center();
    std::size_t bestCount = 0;
    for (const QPointF& c : centres) {
        const QRectF window(c - QPointF(windowM.width() / 2, windowM.height() / 2), windowM);
        const auto count = static_cast<std::size_t>(std::count_if(
            centres.begin(), centres.end(), [&](const QPointF& p) { return window.contains(p); }));
        if (count > bestCount) {
            bestCount = count;
            best = c;
        }
    }
    return best;
}

} // namespace

PrintRunResult PrintRunner::run(const QString& file, const QString& outPath, const PrintPage& page) {
    PrintRunResult result;
    ProjectLoad load = ProjectLoader::load(file);
    if (!load.project || !load.scene) {
        result.exitCode = 1;
        result.message = load.error;
        return result;
    }
    PrintJob job;
    job.page = page;
    job.scene = *load.scene;
    // The roads are what the sheet is about: fitted (with a margin), or their busiest part at a scale.
    const SceneLayer* roads = job.scene.roads().get();
    const QRectF extent = roads && roads->featureCount() > 0 ? roads->extent() : job.scene.projectExtent();
    const double margin = std::max(extent.width(), extent.height()) * 0.05;
    job.viewport = page.viewport({}, extent.adjusted(-margin, -margin, margin, margin));
    if (roads && roads->featureCount() > 0 && page.scaleDenominator)
        job.viewport.setCentre(busiestCentre(*roads, job.viewport.worldRect().size()));
    else
        job.viewport.setCentre(extent.center());
    job.sheet = PrintSheetText::make(*load.project, job.scene, job.viewport, job.options);
    job.pdfTitle = job.sheet.title;
    job.path = outPath;
    const PrintOutcome outcome = writePrint(job);
    result.exitCode = outcome.ok ? 0 : 1;
    result.message = QStringLiteral("luming-viewer: ") + outcome.message;
    return result;
}

} // namespace luming::app
