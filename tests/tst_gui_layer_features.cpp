// ctest-label: gui
// links: luming_app_core luming_gdal GDAL::GDAL
// Identify, tabulate and search a loaded layer in the viewer (issue 11 points 3 and 4), on a generated
// 40-road layer in Jinan beside the seed notice: a click on a line shows that feature's fields in the
// details panel; the attribute table's chooser lists the layer with sort, filter and copy; selection goes
// from the table to the map and from the map to the table; the search box finds the layer's features by
// name, 繁体, pinyin and initials and picking one selects and zooms to it.
#include "attribute_table.h"
#include "attribute_table_model.h"
#include "details_panel.h"
#include "gui_test_window.h"
#include "layer_feature_controller.h"
#include "map_canvas.h"
#include "road_layer_fixture.h"
#include "search_box.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace luming;
using namespace luming::app;
using luming::test::roadName;

class TestGuiLayerFeatures : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;
    QTemporaryDir dir_;
    std::uint64_t layerId_ = 0;

    LayerFeatureController* controller() const { return window_->layerFeatures(); }
    AttributeTable* table() const { return window_->attributeTable(); }

    // Clicks the canvas on road `road` at fraction `t` of its length, `offsetPx` away, at 1 m per pixel.
    void clickRoad(int road, double t, QPointF offsetPx) {
        MapCanvas* canvas = window_->canvas();
        canvas->setViewport(
            MapViewport(luming::test::toZoneMetres(luming::test::roadPoint(road, t)), 1.0, canvas->size()));
        const QPointF centre(canvas->width() / 2.0, canvas->height() / 2.0);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, (centre + offsetPx).toPoint());
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const QString path = dir_.filePath(QStringLiteral("roads.gpkg"));
        QVERIFY(luming::test::writeRoadLayer(QStringLiteral("GPKG"), path));
        window_ = luming::test::openWindow(luming::test::seedOracleProject());
        QVERIFY(window_);
        QSignalSpy loaded(window_.get(), &MainWindow::vectorLayerLoaded);
        window_->openVectorLayer(path);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QVERIFY(loaded.first().at(1).toBool());
        layerId_ = window_->canvas()->scene().extraLayers().last()->id();
        QCOMPARE(window_->canvas()->scene().metricEpsg(), 4548); // the fixture's metres are in this zone
    }

    void identifyByClick_data() {
        QTest::addColumn<int>("road");
        QTest::addColumn<double>("t");
        QTest::addColumn<QPointF>("offsetPx");
        QTest::newRow("road 7, on the line") << 7 << 0.5 << QPointF(0, 0);
        QTest::newRow("road 30, 3 px east") << 30 << 0.3 << QPointF(3, 0);
        QTest::newRow("road 0, 2 px west near its south end") << 0 << 0.02 << QPointF(-2, 0);
    }
    void identifyByClick() {
        QFETCH(int, road);
        QFETCH(double, t);
        QFETCH(QPointF, offsetPx);
        clickRoad(road, t, offsetPx);
        QCOMPARE(controller()->selectedLayer(), layerId_);
        QCOMPARE(controller()->selectedFids(), QList<qint64>{road + 1}); // GeoPackage FIDs from 1
        const QString details = window_->detailsPanel()->plainText();
        QVERIFY2(details.contains(roadName(road)), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("width")) && details.contains(QString::number(10.5 + road)),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("roads.gpkg")), qPrintable(details));
        QCOMPARE(window_->canvas()->featureSelectionLayer(), layerId_);
        QVERIFY(window_->selectedRoads().isEmpty());
    }

    void clickBesideEveryLineSelectsNothing() {
        clickRoad(10, 0.5, QPointF(44, 0)); // halfway to road 11: 44 m from each at 1 m/px
        QCOMPARE(controller()->selectedLayer(), std::uint64_t(0));
        QCOMPARE(window_->canvas()->featureSelectionLayer(), std::uint64_t(0));
    }

    void tableOverLayer() {
        controller()->showInTable(layerId_);
        QCOMPARE(table()->chosen(), layerId_);
        AttributeTableModel* model = table()->tableModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), luming::test::kRoads);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("width"));
        QCOMPARE(model->index(12, 0).data().toString(), roadName(12));
        // Sort by width (numbers as numbers: 49.5 after 9.5 would be wrong as text), widest first.
        table()->view()->sortByColumn(2, Qt::DescendingOrder);
        QCOMPARE(table()->proxy()->index(0, 0).data().toString(), roadName(39));
        QCOMPARE(table()->proxy()->index(39, 0).data().toString(), roadName(0));
        // The layer's file sorted it (a GeoPackage: its SQL), not the proxy reading every row.
        QCOMPARE(table()->proxy()->sortColumn(), -1);
        QCOMPARE(model->index(0, 0).data().toString(), roadName(39));
        table()->setFilterText(QStringLiteral("测试1"));
        QCOMPARE(table()->proxy()->rowCount(), 11); // 测试1路 and 测试10路 … 测试19路
        QCOMPARE(model->rowCount(), 11);            // filtered in the file too
        QCOMPARE(model->index(0, 0).data().toString(), roadName(19)); // still widest first
        table()->view()->sortByColumn(2, Qt::AscendingOrder);
        const QStringList lines = table()->copyText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("name\tlanes\twidth"));
        QCOMPARE(lines.value(1), QStringLiteral("测试1路\t2\t11.5"));
        QCOMPARE(lines.size(), 12);
        // The map's selection finds its row in the sorted, filtered table.
        table()->showFeatures({15});
        QCOMPARE(table()->selectedFeatures(), QList<qint64>{15});
        table()->setFilterText({});
        table()->view()->sortByColumn(-1, Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), luming::test::kRoads);
        QCOMPARE(model->index(12, 0).data().toString(), roadName(12));
    }

    void selectionFromTableToMap() {
        controller()->showInTable(layerId_);
        const QModelIndex row = table()->proxy()->mapFromSource(table()->tableModel()->index(5, 0));
        table()->view()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        QCOMPARE(controller()->selectedLayer(), layerId_);
        QCOMPARE(controller()->selectedFids(), QList<qint64>{6});
        QCOMPARE(window_->canvas()->featureSelectionLayer(), layerId_);
        QVERIFY(window_->detailsPanel()->plainText().contains(roadName(5)));
    }

    void selectionFromMapToTable() {
        controller()->showInTable(layerId_);
        clickRoad(12, 0.5, QPointF(0, 0));
        QCOMPARE(table()->selectedFeatures(), QList<qint64>{13});
    }

    void searchLayer_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("fid");
        QTest::newRow("name 测试12路") << "测试12路" << qint64(13);
        QTest::newRow("繁体 測試12路") << "測試12路" << qint64(13);
        QTest::newRow("pinyin ceshi12lu") << "ceshi12lu" << qint64(13);
        QTest::newRow("initials cs12l") << "cs12l" << qint64(13);
        QTest::newRow("pinyin with tones ce4shi4 33 lu4") << "ce4shi4 33 lu4" << qint64(34);
    }
    void searchLayer() {
        QFETCH(QString, query);
        QFETCH(qint64, fid);
        QTRY_VERIFY_WITH_TIMEOUT(controller()->search()->isReady(layerId_), 30000);
        const QList<SearchBox::Result> results = window_->searchBox()->updateResults(query);
        int first = -1;
        for (int i = 0; i < results.size() && first < 0; ++i)
            if (results[i].layerId == layerId_)
                first = i;
        QVERIFY2(first >= 0, qPrintable(query));
        QCOMPARE(results[first].fid, fid);
        window_->searchBox()->setText(query);
        QVERIFY(window_->searchBox()->chooseTopResult());
        QCOMPARE(controller()->selectedFids(), QList<qint64>{fid});
        // Zoomed to it: the feature's line runs through the view.
        const QPointF centre = window_->canvas()->viewport().centre();
        const QPointF road = luming::test::toZoneMetres(luming::test::roadPoint(int(fid - 1), 0.5));
        QVERIFY2(std::abs(centre.x() - road.x()) < 50, qPrintable(QString::number(centre.x() - road.x())));
        if (const QString shots = qEnvironmentVariable("LUMING_SHOT_DIR"); !shots.isEmpty()) {
            controller()->showInTable(layerId_);
            window_->showAttributeTable();
            QTest::qWait(300);
            window_->grab().save(QDir(shots).filePath(QStringLiteral("layer_features.png")));
        }
    }
};

QTEST_MAIN(TestGuiLayerFeatures)
#include "tst_gui_layer_features.moc"
