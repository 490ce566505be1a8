// The viewer's window. It only wires: the map canvas in the middle, docks for the road tree, the
// details and the layer list, the search box in the toolbar, menus and the status bar. The work is
// done by the widgets and by geo/ (parsing, rendering, search, export).
#pragma once

#include "coordinate_readout.h"
#include "core/project.h"
#include "project_loader.h"
#include "render/layer_read_report.h"
#include "render/map_scene.h"
#include "render/vector_file_reader.h"
#include "road_key.h"
#include "road_lookup.h"
#include "session.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QToolButton;
class QMenu;
class QTreeView;

namespace luming::app {

class AttributeTable;
class DetailsPanel;
class ExtraLayers;
class FileOpener;
class FindingsPanel;
class LayerFeatureController;
class LayerList;
class MapCanvas;
class RecentFilesMenu;
class RoadTreeModel;
class SearchBox;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class ErrorDisplay { Dialog, StatusBarOnly }; // StatusBarOnly: headless runs and tests

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setErrorDisplay(ErrorDisplay display) { errorDisplay_ = display; }
    // Window geometry, dock layout and view choices of the last session; false when none was saved.
    bool restoreSettings();
    void saveSettings() const;

    // Reads a notice, gazette or PDF on a worker thread and shows it when done (noticeOpened() says
    // how it went); the window stays responsive meanwhile. A newer call supersedes an older one.
    void openNotice(const QString& path);
    // The same with a load already started elsewhere (main() starts it before building the window).
    void openNotice(const QString& path, const QFuture<ProjectLoad>& pending);
    // The same, waiting for the result; false (and a message) when the file cannot be read.
    bool openNoticeNow(const QString& path);
    // Shows what ProjectLoader produced for `path` (or reports its error).
    bool showLoaded(ProjectLoad load, const QString& path);
    bool isLoading() const { return loadWatcher_.isRunning(); }
    // Shows a project that is already in memory (tests, and openNotice()); builds its map scene
    // unless one made from it is given.
    void setProject(Project project, const QString& sourcePath, std::optional<MapScene> scene = std::nullopt);
    const Project& project() const { return project_; }

    // Starts loading a GDAL-readable vector file as an extra layer beneath the roads.
    void openVectorLayer(const QString& path);
    void openVectorLayer(const LayerLoadOptions& options);
    // Any mix of notices, projects and vector files (file_opener.h); filesOpened() when all were tried.
    void openFiles(const QStringList& paths, const QFuture<ProjectLoad>& pendingNotice = {});
    // What is open now, to be restored at the next start (session.h), and the way back.
    Session session() const;
    void restoreSession(const Session& session);
    // The session's view and district visibility (after its files are open).
    void applySessionView(const Session& session);
    // An extra layer's style and visibility, as the style dialog or a restored session sets them.
    void setLayerLook(std::uint64_t id, const LayerStyle& style, bool visible);
    FileOpener* fileOpener() const { return opener_; }
    ExtraLayers* extraLayers() const { return extraLayers_; }

    // Selects a road as if picked in the tree (highlight, details, brought into view).
    void selectRoad(const RoadKey& key);
    bool selectRoadByName(const QString& name);
    RoadKey selectedRoad() const { return selection_.value(0); }
    // Every selected road: one picked road, or the roads of a 区/街道 or of a finding.
    const QList<RoadKey>& selectedRoads() const { return selection_; }
    // Selects the roads of a 区 or 街道 row of the tree (highlighted together, zoomed to); false when
    // no place has this name.
    bool selectPlace(const QString& name);
    void showAttributeTable();

    MapCanvas* canvas() const { return canvas_; }
    QTreeView* treeView() const { return tree_; }
    RoadTreeModel* treeModel() const { return treeModel_; }
    DetailsPanel* detailsPanel() const { return details_; }
    SearchBox* searchBox() const { return search_; }
    LayerList* layerList() const { return layers_; }
    FindingsPanel* findingsPanel() const { return findings_; }
    AttributeTable* attributeTable() const { return table_; }
    LayerFeatureController* layerFeatures() const { return layerFeatures_; }

signals:
    void selectionChanged(const luming::app::RoadKey& key);
    void projectChanged();
    void noticeOpened(bool ok, const QString& path);
    void vectorLayerLoaded(const QString& path, bool ok);
    // The view's share of a layer is on the canvas; the rest is loading (vectorLayerLoaded follows).
    void vectorLayerPreviewed(const QString& path);
    void layersAdded(const QList<std::uint64_t>& ids);
    // Every file of openFiles() or restoreSession() was tried; `problems` names those not opened.
    void filesOpened(const QStringList& problems);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class SelectionSource { Tree, Map, Search, Findings, Table, Code };

    void createActions();
    void createMenus();
    void createDocks();
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area);
    void select(const RoadKey& key, SelectionSource source);
    // `place`: the 区/街道 whose roads these are (shown in the details and followed in the tree).
    void select(const QList<RoadKey>& keys, SelectionSource source, const QString& place = {});
    void followInTree(const QList<RoadKey>& keys, const QString& place);
    void treeSelectionChanged();
    void showScene(std::optional<MapScene> scene);
    void vectorLayersAdded(const QList<std::shared_ptr<const SceneLayer>>& layers,
                           const QStringList& warnings);
    void vectorLayersPreviewed(const QList<std::shared_ptr<const SceneLayer>>& layers);
    void vectorFillCancelled(const QList<std::uint64_t>& ids);
    void updateWindowTitle();
    void showError(const QString& message);
    void answerCrsQuestion(const QString& path, const QList<LayerReadReport>& doubtful);
    void chooseLayerEncoding(std::uint64_t id);
    void chooseLayerStyle(std::uint64_t id);
    QList<std::uint64_t> extraLayerOrder() const; // the layer list's order: topmost first

    void chooseNotice();
    void chooseRegion(); // the region picker: lays the open notice out again in the chosen city
    void chooseVectorLayer();
    void exportRoads();
    void exportLayer(std::uint64_t id); // a shown vector layer, from the layer list
    QStringList openLayerFiles() const; // files shown as layers: never an export's target
    void printMap();
    void about();

    Project project_;
    QString projectPath_;
    RoadLookup lookup_;
    MapScene baseScene_; // districts + roads of the project, without the extra layers
    QList<RoadKey> selection_;
    bool syncingTree_ = false;
    ErrorDisplay errorDisplay_ = ErrorDisplay::Dialog;
    CoordinateReadout readout_;
    QFutureWatcher<ProjectLoad> loadWatcher_;
    QString loadingPath_;

    MapCanvas* canvas_ = nullptr;
    QTreeView* tree_ = nullptr;
    RoadTreeModel* treeModel_ = nullptr;
    DetailsPanel* details_ = nullptr;
    LayerList* layers_ = nullptr;
    SearchBox* search_ = nullptr;
    QLabel* coordinates_ = nullptr;
    QToolButton* cancelLoad_ = nullptr; // in the status bar while a layer loads
    QDockWidget* treeDock_ = nullptr;
    QDockWidget* detailsDock_ = nullptr;
    QDockWidget* layersDock_ = nullptr;
    FindingsPanel* findings_ = nullptr;
    QDockWidget* findingsDock_ = nullptr;
    AttributeTable* table_ = nullptr;
    QDockWidget* tableDock_ = nullptr;
    RecentFilesMenu* recentMenu_ = nullptr;
    ExtraLayers* extraLayers_ = nullptr;
    LayerFeatureController* layerFeatures_ = nullptr;
    FileOpener* opener_ = nullptr;

    QAction* openNoticeAction_ = nullptr;
    QAction* regionAction_ = nullptr;
    QAction* openLayerAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* printAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* fullExtentAction_ = nullptr;
    QAction* zoomSelectionAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
};

} // namespace luming::app
