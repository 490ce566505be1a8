// ctest-label: gui
// links: luming_app_core
// The main window's wiring beyond selection: a GDAL vector file opened as an extra layer (listed with
// a visibility checkbox, drawn beneath, removable), the details panel's content for one road, the
// status bar's cursor position in lon/lat and EPSG:4548, and the time of a full redraw.
#include "details_panel.h"
#include "gui_test_project.h"
#include "layer_list.h"
#include "main_window.h"
#include "map_canvas.h"
#include "project_loader.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace luming;
using namespace luming::app;

class TestGuiMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;
    QTemporaryDir dir_;

    RoadKey keyOf(const QString& name) const {
        for (const Notice& n : window_->project().parse.notices)
            for (const RoadRecord& r : n.roads)
                if (r.name == name)
                    return {n.id, r.seq};
        return {};
    }

private slots:
    void init() {
        QStandardPaths::setTestModeEnabled(true);
        // Choices the windows and dialogs remember go to a throw-away folder, not the user's settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
        window_ = std::make_unique<MainWindow>();
        window_->setErrorDisplay(MainWindow::ErrorDisplay::StatusBarOnly);
        window_->resize(1280, 800);
        Project project = test::seedOracleProject();
        // One layout-report row for 港田路 (seq 29), as the solver writes them.
        project.layoutReport.append(LayoutReportRow{project.parse.notices.first().id, 29,
                                                    QStringLiteral("港田路"), ReportKind::Length,
                                                    QStringLiteral("stated 2263 m, drawn 2251.7 m"), 11.3});
        window_->setProject(std::move(project), test::seedNoticePath());
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }
    void cleanup() { window_.reset(); }

    void detailsShowEveryFieldTextProvenanceFindingsAndMisfits() {
        window_->selectRoad(keyOf(QStringLiteral("港田路")));
        const QString text = window_->detailsPanel()->plainText();
        // Record fields (oracle, seed item 29: 北起熙和街,南至港沟东路折向西至华盛路的"L"型道路).
        for (const QString& expected :
             {QStringLiteral("港田路"), QStringLiteral("29"), QStringLiteral("历城区"),
              QStringLiteral("港沟街道"), QStringLiteral("2,263 m"), QStringLiteral("15 m – 25 m"),
              QStringLiteral("北: 熙和街"), QStringLiteral("港沟东路"), QStringLiteral("西: 华盛路"),
              QStringLiteral("L-shaped")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The item as printed (seed line 179) and where it was published.
        QVERIFY(text.contains(QStringLiteral("(二十九)")));
        QVERIFY(text.contains(QStringLiteral("line 179")));
        for (const QString& expected :
             {QStringLiteral("济政字〔2021〕62号"), QStringLiteral("2021-09-03"),
              QStringLiteral("2021年第19期(总第353期)"), QStringLiteral("济南市人民政府")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(text.contains(QStringLiteral("Gazette page")));
        // Findings whose seqs include 29 (华盛路 is an external endpoint of items 25, 26, 29), and only
        // those.
        QVERIFY(text.contains(QStringLiteral("external_endpoint")));
        QVERIFY(text.contains(QStringLiteral("华盛路")));
        QVERIFY(!text.contains(QStringLiteral("traditional_character")));
        // The layout misfit row.
        QVERIFY(text.contains(QStringLiteral("stated 2263 m, drawn 2251.7 m")));
        // The name's history over the project's notices (issue 5): one notice here, naming it on 2021-09-03.
        QVERIFY(text.contains(QStringLiteral("History")));
        QVERIFY2(text.contains(QStringLiteral("2021-09-03 — ")) &&
                     text.contains(QStringLiteral("(济政字〔2021〕62号)")),
                 qPrintable(text));

        window_->selectRoad(keyOf(QStringLiteral("荷葉路")));
        QVERIFY(window_->detailsPanel()->plainText().contains(QStringLiteral("traditional_character")));
        // Nothing selected: the notice's summary — counts per district as read, and the findings counted
        // (the fixture's 33 oracle findings all at the fixture's default severity; listed in the Findings
        // panel, tests/tst_gui_findings_panel.cpp).
        window_->selectRoad({});
        const QString summary = window_->detailsPanel()->plainText();
        for (const QString& expected :
             {QStringLiteral("Select a road"), QStringLiteral("济政字〔2021〕62号"),
              QStringLiteral("59: 市中区 9, 历城区 44, 济南高新区 6"),
              QStringLiteral("0 error(s), 33 warning(s), 0 note(s) — see the Findings panel.")})
            QVERIFY2(summary.contains(expected), qPrintable(expected));
    }

    void vectorLayerIsAddedBeneathAndCanBeHidden() {
        // A GeoJSON line from 凤集路's anchor area, in lon/lat (EPSG:4326 by RFC 7946).
        const QString path = dir_.filePath(QStringLiteral("extra.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"测试线"},
             "geometry":{"type":"LineString","coordinates":[[117.15,36.66],[117.17,36.67]]}},
            {"type":"Feature","properties":{"name":"测试点"},
             "geometry":{"type":"Point","coordinates":[117.16,36.665]}}]})");
        file.close();

        QSignalSpy loaded(window_.get(), &MainWindow::vectorLayerLoaded);
        window_->openVectorLayer(path);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(1).toBool(), true);
        const auto extra = window_->canvas()->scene().extraLayers();
        QCOMPARE(extra.size(), 1);
        QCOMPARE(extra.first()->featureCount(), 2);
        const std::uint64_t id = extra.first()->id();
        QCOMPARE(window_->layerList()->layerIds(), QList<std::uint64_t>{id});
        QVERIFY(window_->canvas()->scene().roads()); // the project's roads are still there

        window_->layerList()->setLayerVisible(id, false);
        QVERIFY(window_->layerList()->hiddenLayers().contains(id));
        window_->layerList()->setDistrictsVisible(false);
        QTRY_VERIFY(window_->canvas()->isFrameCurrent());

        // A new project keeps the user's layers.
        window_->setProject(test::seedOracleProject(), test::seedNoticePath());
        QCOMPARE(window_->canvas()->scene().extraLayers().size(), 1);

        emit window_->layerList()->removeRequested(id); // the layer list's "Remove layer"

        QVERIFY(window_->canvas()->scene().extraLayers().isEmpty());
        QVERIFY(window_->layerList()->layerIds().isEmpty());
    }

    void unreadableLayerSaysSo() {
        const QString path = dir_.filePath(QStringLiteral("broken.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QSignalSpy loaded(window_.get(), &MainWindow::vectorLayerLoaded);
        window_->openVectorLayer(path);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(1).toBool(), false);
        QVERIFY2(window_->statusBar()->currentMessage().contains(QStringLiteral("broken.geojson")),
                 qPrintable(window_->statusBar()->currentMessage()));
        QVERIFY(window_->canvas()->scene().extraLayers().isEmpty());
    }

    void statusBarShowsCursorInLonLatAndMetres() {
        MapCanvas* canvas = window_->canvas();
        canvas->zoomToRoads();
        const QPoint at(canvas->width() / 2, canvas->height() / 2);
        QMouseEvent move(QEvent::MouseMove, QPointF(at), canvas->mapToGlobal(QPointF(at)), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QLabel* label = nullptr;
        for (QLabel* l : window_->statusBar()->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("EPSG:4548")))
                label = l;
        QVERIFY2(label, "no status bar label with EPSG:4548 coordinates");
        const QString text = label->text();
        // The roads lie around 117° E, 36.6-36.8° N (anchors of issue 3); metres near 500 000 E (CM 117°).
        const QRegularExpression lonLat(QStringLiteral("(11[67]\\.\\d{6})° E, (36\\.\\d{6})° N"));
        QVERIFY2(lonLat.match(text).hasMatch(), qPrintable(text));
        const QPointF world = canvas->viewport().toWorld(at);
        QVERIFY2(text.contains(QString::number(world.x(), 'f', 1)), qPrintable(text));
        QVERIFY2(text.contains(QString::number(world.y(), 'f', 1)), qPrintable(text));
    }

    void fullRedrawFrameTime_data() {
        QTest::addColumn<QString>("view");
        QTest::newRow("opening view: all 59 roads") << "roads";
        QTest::newRow("full extent: Jinan's districts") << "full";
        QTest::newRow("港沟街道 up close: labels along roads") << "潘田街";
    }
    void fullRedrawFrameTime() {
        // Frame time of a full redraw of the real seed project (parsed and laid out, as the viewer
        // opens it) in the canvas of a 1280x800 window, as the canvas's worker measures it. Printed
        // for the closing note; bounded generously so that a pathological slowdown fails.
        QFETCH(QString, view);
        const ProjectLoad load = ProjectLoader::load(test::seedNoticePath(), CacheUse::Off);
        QVERIFY2(load.project, qPrintable(load.error));
        window_->setProject(*load.project, test::seedNoticePath(), load.scene);
        MapCanvas* canvas = window_->canvas();
        QList<double> times;
        for (int i = 0; i < 15; ++i) {
            // Alternate the selection so that every frame is a new, complete render.
            window_->selectRoad(i % 2 ? keyOf(QStringLiteral("港田路")) : RoadKey{});
            if (view == QLatin1String("roads")) {
                canvas->zoomToRoads();
            } else if (view == QLatin1String("full")) {
                canvas->zoomToFullExtent();
            } else {
                const auto bounds = canvas->scene().roadBounds(keyOf(view));
                QVERIFY(bounds);
                MapViewport v = canvas->viewport();
                v.fitExtent(bounds->adjusted(-600, -600, 600, 600));
                canvas->setViewport(v);
            }
            QSignalSpy ready(canvas, &MapCanvas::frameReady);
            QVERIFY(ready.wait(10000));
            times << ready.last().first().toDouble();
        }
        std::sort(times.begin(), times.end());
        qInfo("%s, canvas %dx%d: median %.1f ms, max %.1f ms over %lld frames; %lld labels", qPrintable(view),
              canvas->width(), canvas->height(), times.at(times.size() / 2), times.last(),
              qlonglong(times.size()), qlonglong(canvas->lastReport().labels.size()));
        QVERIFY(times.at(times.size() / 2) < 250);
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_main_window.moc"
