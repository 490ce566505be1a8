// Shows RoadDetailsHtml for the selected road, a layer feature's attributes, or a hint when nothing is
// selected.
#pragma once

#include "road_key.h"

#include <QHash>
#include <QWidget>

class QTextBrowser;

namespace luming {
struct Project;
}

namespace luming::app {

class DetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget* parent = nullptr);

    // `project` must outlive the panel's use of it (the main window owns both).
    void showRoad(const Project* project, const RoadKey& key);
    // Roads drawn outside their 区, with how far (metres): a selected one says so at the top.
    void setOutsideDistrict(QHash<RoadKey, double> outside) { outside_ = std::move(outside); }
    // Several roads at once (SelectionDetailsHtml); none: as showRoad with no road.
    void showRoads(const Project* project, const QList<RoadKey>& keys, const QString& place);
    // A loaded layer's feature (LayerFeatures::detailsHtml).
    void showHtml(const QString& html);
    QString html() const;
    QString plainText() const;

private:
    QTextBrowser* browser_ = nullptr;
    QHash<RoadKey, double> outside_;
};

} // namespace luming::app
