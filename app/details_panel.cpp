#include "details_panel.h"

#include "core/project.h"
#include "road_details_html.h"
#include "selection_details_html.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace luming::app {

DetailsPanel::DetailsPanel(QWidget* parent) : QWidget(parent), browser_(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(browser_);
    browser_->setOpenLinks(false);
    showRoad(nullptr, {});
}

void DetailsPanel::showHtml(const QString& html) {
    browser_->setHtml(html);
}

void DetailsPanel::showRoad(const Project* project, const RoadKey& key) {
    const QString hint =
        QStringLiteral("<p><i>%1</i></p>").arg(tr("Select a road on the map or in the list."));
    QString html = project && isValidRoad(key) ? RoadDetailsHtml::build(*project, key) : QString();
    if (project && !html.isEmpty() && outside_.contains(key)) {
        const RoadRecord* road = project->recordOf(key);
        html = QStringLiteral("<p style='color:#b00000'><b>%1</b></p>")
                   .arg(tr("Drawn outside %1: its farthest point lies %2 m outside the district boundary.")
                            .arg(road ? road->district.toHtmlEscaped() : QString())
                            .arg(qRound(outside_.value(key)))) +
               html;
    }
    if (html.isEmpty())
        html = hint + (project ? RoadDetailsHtml::summary(*project) : QString());
    browser_->setHtml(html);
}

void DetailsPanel::showRoads(const Project* project, const QList<RoadKey>& keys, const QString& place) {
    if (!project || keys.isEmpty())
        return showRoad(project, {});
    browser_->setHtml(SelectionDetailsHtml::build(*project, keys, place));
}

QString DetailsPanel::html() const {
    return browser_->toHtml();
}
QString DetailsPanel::plainText() const {
    return browser_->toPlainText();
}

} // namespace luming::app
