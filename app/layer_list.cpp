#include "layer_list.h"

#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>
#include <memory>

namespace luming::app {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;          // quint64 layer id; 0 for the districts row
constexpr int kHasEncodingRole = Qt::UserRole + 2; // bool: "Encoding…" applies
constexpr int kRowBelowExtras = 1;                 // rows after the extra layers (districts)
} // namespace

LayerList::LayerList(QWidget* parent) : QWidget(parent), list_(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list_);
    list_->setContextMenuPolicy(Qt::CustomContextMenu);
    list_->setToolTip(tr("Layers drawn beneath the roads, topmost first"));

    districts_ = new QListWidgetItem(tr("District boundaries"), list_);
    districts_->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    districts_->setCheckState(Qt::Checked);
    districts_->setData(kIdRole, QVariant::fromValue<quint64>(0));

    connect(list_, &QListWidget::itemChanged, this, [this] { emit visibilityChanged(); });
    connect(list_, &QListWidget::customContextMenuRequested, this, &LayerList::showContextMenu);
}

void LayerList::addLayer(std::uint64_t id, const QString& name, std::int64_t featureCount,
                         const QString& sourcePath, const QString& details, bool hasEncoding) {
    // Newest on top: it is drawn last among the extra layers, so above the older ones.
    auto* item = new QListWidgetItem(tr("%1 (%n feature(s))", nullptr, int(featureCount)).arg(name));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(kIdRole, QVariant::fromValue<quint64>(id));
    item->setToolTip(details.isEmpty() ? QDir::toNativeSeparators(sourcePath)
                                       : QDir::toNativeSeparators(sourcePath) + QLatin1Char('\n') + details);
    item->setData(kHasEncodingRole, hasEncoding);
    const QSignalBlocker blocker(list_);
    list_->insertItem(0, item);
}

void LayerList::removeLayer(std::uint64_t id) {
    if (QListWidgetItem* item = itemFor(id)) {
        const std::unique_ptr<QListWidgetItem> taken(
            list_->takeItem(list_->row(item))); // ownership back to us
        emit visibilityChanged();
    }
}

QList<std::uint64_t> LayerList::layerIds() const {
    QList<std::uint64_t> ids;
    for (int r = 0; r < list_->count() - kRowBelowExtras; ++r)
        ids << list_->item(r)->data(kIdRole).value<quint64>();
    return ids;
}

void LayerList::setOrder(const QList<std::uint64_t>& topFirst) {
    const QSignalBlocker blocker(list_);
    int row = 0;
    for (std::uint64_t id : topFirst)
        if (QListWidgetItem* item = itemFor(id))
            list_->insertItem(row++, list_->takeItem(list_->row(item))); // the list keeps ownership
}

QSet<std::uint64_t> LayerList::hiddenLayers() const {
    QSet<std::uint64_t> hidden;
    for (int r = 0; r < list_->count(); ++r) {
        const QListWidgetItem* item = list_->item(r);
        if (item != districts_ && item->checkState() != Qt::Checked)
            hidden.insert(item->data(kIdRole).value<quint64>());
    }
    return hidden;
}

bool LayerList::districtsVisible() const {
    return districts_->checkState() == Qt::Checked;
}

void LayerList::setLayerVisible(std::uint64_t id, bool visible) {
    if (QListWidgetItem* item = itemFor(id))
        item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
}

void LayerList::setDistrictsVisible(bool visible) {
    districts_->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
}

QListWidgetItem* LayerList::itemFor(std::uint64_t id) const {
    for (int r = 0; r < list_->count(); ++r)
        if (list_->item(r) != districts_ && list_->item(r)->data(kIdRole).value<quint64>() == id)
            return list_->item(r);
    return nullptr;
}

void LayerList::showContextMenu(const QPoint& pos) {
    QListWidgetItem* item = list_->itemAt(pos);
    if (!item || item == districts_)
        return;
    const std::uint64_t id = item->data(kIdRole).value<quint64>();
    QMenu menu(this);
    menu.addAction(tr("Style…"), this, [this, id] { emit styleRequested(id); });
    const int row = list_->row(item);
    menu.addAction(tr("Move up"), this, [this, id] { emit moveRequested(id, true); })->setEnabled(row > 0);
    menu.addAction(tr("Move down"), this, [this, id] { emit moveRequested(id, false); })
        ->setEnabled(row + 1 < list_->count() - kRowBelowExtras);
    if (item->data(kHasEncodingRole).toBool())
        menu.addAction(tr("Encoding…"), this, [this, id] { emit encodingRequested(id); });
    menu.addAction(tr("Export layer…"), this, [this, id] { emit exportRequested(id); });
    menu.addAction(tr("Remove layer"), this, [this, id] { emit removeRequested(id); });
    menu.exec(list_->viewport()->mapToGlobal(pos));
}

} // namespace luming::app
