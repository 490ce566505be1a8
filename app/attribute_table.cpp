#include "attribute_table.h"

#include "attribute_table_model.h"
#include "tab_separated.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace luming::app {

namespace {

// Sorts in the proxy, unless the model's source sorts its own rows (a layer's file): then the proxy
// keeps the source's order and the sort goes to the source with the filter text.
class SourceOrderProxy : public QSortFilterProxyModel {
public:
    SourceOrderProxy(AttributeTableModel* model, const QLineEdit* filter, QObject* parent)
        : QSortFilterProxyModel(parent), model_(model), filter_(filter) {}

    void sort(int column, Qt::SortOrder order) override {
        if (model_->orderRows(column, order, filter_->text())) {
            setFilterFixedString({});
            QSortFilterProxyModel::sort(-1);
            return;
        }
        setFilterFixedString(filter_->text());
        QSortFilterProxyModel::sort(column, order);
    }

private:
    AttributeTableModel* model_;
    const QLineEdit* filter_;
};

} // namespace

AttributeTable::AttributeTable(QWidget* parent)
    : QWidget(parent), model_(new AttributeTableModel(this)), chooser_(new QComboBox(this)),
      filter_(new QLineEdit(this)), view_(new QTableView(this)) {
    proxy_ = new SourceOrderProxy(model_, filter_, this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(AttributeTableModel::SortRole);
    proxy_->setFilterKeyColumn(-1); // any column
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);

    chooser_->setObjectName(QStringLiteral("attributeSourceChooser"));
    chooser_->setToolTip(tr("What the table lists: the notice's roads or a loaded layer"));
    setLayerChoices({});
    connect(chooser_, &QComboBox::activated, this, [this] { emit sourceChosen(chosen()); });

    filter_->setObjectName(QStringLiteral("attributeFilter"));
    filter_->setPlaceholderText(tr("Filter rows (any column)…"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, this, &AttributeTable::setFilterText);

    view_->setObjectName(QStringLiteral("attributeTableView"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder); // item order until a header is clicked
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setWordWrap(false);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->horizontalHeader()->setSectionsMovable(true);
    connect(view_->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &AttributeTable::showColumnMenu);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (syncing_)
            return;
        if (model_->source() && model_->source()->fidAt(0) >= 0)
            emit featuresSelected(selectedFeatures());
        else
            emit roadsSelected(selectedRoads());
    });

    auto* copy = new QAction(tr("Copy rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &AttributeTable::copyToClipboard);
    view_->addAction(copy);
    view_->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(chooser_);
    top->addWidget(filter_, 1);
    layout->addLayout(top);
    layout->addWidget(view_);
}

void AttributeTable::setSource(std::unique_ptr<FeatureRowSource> source) {
    model_->setSource(std::move(source));
    applyOrder();
    view_->resizeColumnsToContents();
    // A long 原文 cell would make its column as wide as the screen.
    for (int c = 0; c < model_->columnCount(); ++c)
        view_->setColumnWidth(c, std::min(view_->columnWidth(c), 240));
}

void AttributeTable::setFilterText(const QString& text) {
    if (filter_->text() != text)
        filter_->setText(text); // comes back here through textChanged
    else
        applyOrder();
}

void AttributeTable::applyOrder() {
    // The proxy sorts and filters, or hands both to the source (SourceOrderProxy::sort).
    const QHeaderView* header = view_->horizontalHeader();
    proxy_->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void AttributeTable::setColumnShown(int column, bool shown) {
    view_->setColumnHidden(column, !shown);
}

void AttributeTable::showColumnMenu(const QPoint& pos) {
    QMenu menu(this);
    for (int c = 0; c < model_->columnCount(); ++c) {
        QAction* action = menu.addAction(model_->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!view_->isColumnHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.exec(view_->horizontalHeader()->mapToGlobal(pos));
}

void AttributeTable::setLayerChoices(const QList<QPair<std::uint64_t, QString>>& layers) {
    const std::uint64_t was = chooser_->count() > 0 ? chosen() : 0;
    const QSignalBlocker blocker(chooser_);
    chooser_->clear();
    chooser_->addItem(tr("Notice roads"), QVariant::fromValue<qulonglong>(0));
    for (const auto& [id, name] : layers)
        chooser_->addItem(name, QVariant::fromValue<qulonglong>(id));
    setChosen(was);
}

void AttributeTable::setChosen(std::uint64_t id) {
    const QSignalBlocker blocker(chooser_);
    const int index = chooser_->findData(QVariant::fromValue<qulonglong>(id));
    chooser_->setCurrentIndex(std::max(index, 0));
}

std::uint64_t AttributeTable::chosen() const {
    return chooser_->currentData().toULongLong();
}

void AttributeTable::selectRows(const QList<int>& sourceRows) {
    syncing_ = true;
    QItemSelection selection;
    QModelIndex first;
    for (const int row : sourceRows) {
        if (row < 0)
            continue;
        const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index);
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    view_->selectionModel()->select(selection,
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid())
        view_->scrollTo(first, QAbstractItemView::PositionAtTop);
    syncing_ = false;
}

void AttributeTable::showRoads(const QList<RoadKey>& roads) {
    const FeatureRowSource* source = model_->source();
    if (!source)
        return;
    QList<int> rows;
    for (const RoadKey& key : roads)
        rows << source->rowOf(key);
    selectRows(rows);
}

void AttributeTable::showFeatures(const QList<qint64>& fids) {
    const FeatureRowSource* source = model_->source();
    if (!source)
        return;
    QList<int> rows;
    for (const qint64 fid : fids)
        rows << source->rowOfFid(fid);
    selectRows(rows);
}

QList<int> AttributeTable::selectedSourceRows() const {
    QModelIndexList rows = view_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<int> out;
    for (const QModelIndex& index : rows)
        out << proxy_->mapToSource(index).row();
    return out;
}

QList<qint64> AttributeTable::selectedFeatures() const {
    QList<qint64> fids;
    if (const FeatureRowSource* source = model_->source())
        for (const int row : selectedSourceRows())
            if (const qint64 fid = source->fidAt(row); fid >= 0)
                fids << fid;
    return fids;
}

QList<RoadKey> AttributeTable::selectedRoads() const {
    QList<RoadKey> roads;
    if (const FeatureRowSource* source = model_->source())
        for (const int row : selectedSourceRows())
            if (const RoadKey key = source->roadAt(row); isValidRoad(key))
                roads.append(key);
    return roads;
}

QString AttributeTable::copyText() const {
    QList<int> rows;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        for (int r = 0; r < proxy_->rowCount(); ++r)
            rows.append(r);
    std::sort(rows.begin(), rows.end());
    QList<int> columns;
    const QHeaderView* header = view_->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return tabSeparated(*proxy_, rows, columns);
}

void AttributeTable::copyToClipboard() const {
    QApplication::clipboard()->setText(copyText());
}

} // namespace luming::app
