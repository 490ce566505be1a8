#include "findings_panel.h"

#include "findings_model.h"

namespace luming::app {

FindingsPanel::FindingsPanel(QWidget* parent) : QTreeView(parent), model_(new FindingsModel(this)) {
    setModel(model_);
    setHeaderHidden(true);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const QList<RoadKey> roads = model_->roadsAt(current);
        if (!roads.isEmpty())
            emit roadsChosen(roads);
    });
}

void FindingsPanel::setProject(const Project& project) {
    model_->setProject(project);
    // Every group open (the reader sees each finding that is not folded), every fold closed.
    for (int row = 0; row < model_->rowCount(); ++row)
        expand(model_->index(row, 0));
}

} // namespace luming::app
