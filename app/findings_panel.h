// The findings dock: a FindingsModel in a tree, groups open and folds closed, so the warnings are in
// sight and 31 notes of one kind take one line. Picking a row asks for its roads to be selected.
#pragma once

#include "road_key.h"

#include <QTreeView>

namespace luming {
struct Project;
}

namespace luming::app {

class FindingsModel;

class FindingsPanel : public QTreeView {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setProject(const Project& project);
    FindingsModel* findingsModel() const { return model_; }

signals:
    // A finding (or a fold) was picked: select these roads (never empty).
    void roadsChosen(const QList<luming::app::RoadKey>& roads);

private:
    FindingsModel* model_ = nullptr;
};

} // namespace luming::app
