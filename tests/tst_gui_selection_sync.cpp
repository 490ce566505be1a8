// ctest-label: gui
// links: luming_app_core
// Selection follows between the tree, the map and the details panel (issue 4 item 2): picking a road in
// the tree highlights it and brings it into view; clicking a road on the map selects it in the tree;
// clicking empty ground clears the map selection; the details panel shows the road's record.
#include "details_panel.h"
#include "gui_test_window.h"
#include "map_canvas.h"
#include "road_tree_model.h"

#include <QSignalSpy>
#include <QToolTip>
#include <QTreeView>
#include <QtTest>

using namespace luming;
using namespace luming::app;

class TestGuiSelectionSync : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    RoadKey keyOf(const QString& name) const { return test::roadKeyOf(window_->project(), name); }

    // The road's whole line (plus nothing) lies inside the visible world rectangle.
    bool roadInView(const RoadKey& key) const {
        const auto bounds = window_->canvas()->scene().roadBounds(key);
        return bounds && window_->canvas()->viewport().worldRect().contains(*bounds);
    }

private slots:
    void init() {
        window_ = test::openWindow(test::seedOracleProject());
        QVERIFY(window_);
    }
    void cleanup() { window_.reset(); }

    void treeToMap_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("zoomFactor"); // zoom in by this much about a far corner first
        QTest::newRow("seed#1 祈福街, map zoomed far in elsewhere") << "祈福街" << 200.0;
        QTest::newRow("seed#51 通虞大街 (two 街道), full extent") << "通虞大街" << 1.0;
        QTest::newRow("seed#59 last item, zoomed in") << "荷风路" << 50.0;
    }
    void treeToMap() {
        QFETCH(QString, name);
        QFETCH(double, zoomFactor);
        MapCanvas* canvas = window_->canvas();
        canvas->zoomToFullExtent();
        if (zoomFactor > 1) {
            MapViewport v = canvas->viewport();
            v.zoomAbout(QPointF(5, 5), zoomFactor);
            canvas->setViewport(v);
        }
        const RoadKey key = keyOf(name);
        QVERIFY(isValidRoad(key));
        if (zoomFactor > 1)
            QVERIFY2(!roadInView(key), "the test must start with the road out of view");

        const QModelIndexList indexes = window_->treeModel()->indexesOf(key);
        QVERIFY(!indexes.isEmpty());
        QSignalSpy changed(window_.get(), &MainWindow::selectionChanged);
        window_->treeView()->selectionModel()->setCurrentIndex(indexes.last(),
                                                               QItemSelectionModel::ClearAndSelect);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(window_->selectedRoad(), key);
        QCOMPARE(canvas->selection(), key);
        QVERIFY2(roadInView(key), "selecting in the tree must bring the road into view");
        QVERIFY(window_->detailsPanel()->plainText().contains(name));
        // The highlight reaches the screen: a frame for the new selection and view gets painted.
        QTRY_VERIFY(canvas->isFrameCurrent());
    }

    void mapClickToTree() {
        MapCanvas* canvas = window_->canvas();
        canvas->zoomToFullExtent();
        const RoadKey key = keyOf(QStringLiteral("明成街")); // seed#9, 1316 m east–west
        const auto bounds = canvas->scene().roadBounds(key);
        QVERIFY(bounds);
        // Zoom onto the road so that nothing else is within the click tolerance.
        MapViewport v = canvas->viewport();
        v.fitExtent(*bounds, 100);
        canvas->setViewport(v);
        // The stand-in line is straight (tests/gui_test_project.h), so its bounds' centre lies on it.
        const QPoint onRoad = canvas->viewport().toScreen(bounds->center()).toPoint();

        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, onRoad);
        QCOMPARE(window_->selectedRoad(), key);
        const QModelIndexList selected = window_->treeView()->selectionModel()->selectedIndexes();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(window_->treeModel()->roadAt(selected.first()), key);
        QCOMPARE(selected.first().data().toString(), QStringLiteral("明成街"));
        QVERIFY(window_->detailsPanel()->plainText().contains(QStringLiteral("规划克朗山东路")));

        // Hovering shows the road's name, size and ends.
        QHelpEvent help(QEvent::ToolTip, onRoad, canvas->mapToGlobal(onRoad));
        QApplication::sendEvent(canvas, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("明成街")), qPrintable(tip));
        QVERIFY2(QRegularExpression(QStringLiteral("1,?316 m long")).match(tip).hasMatch(), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("15 m wide")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("东 规划克朗山东路 → 西 规划腊山东路")), qPrintable(tip));
        QToolTip::hideText();

        // Empty ground, well away from any road: the selection goes.
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(onRoad.x(), 20));
        QVERIFY(!isValidRoad(window_->selectedRoad()));
        QVERIFY(!isValidRoad(canvas->selection()));
        QVERIFY(window_->treeView()->selectionModel()->selectedIndexes().isEmpty());
    }

    void dragPansWithoutSelecting() {
        MapCanvas* canvas = window_->canvas();
        canvas->zoomToFullExtent();
        const QPointF centreBefore = canvas->viewport().centre();
        const double mpp = canvas->viewport().metresPerPixel();
        const QPoint from(canvas->width() / 2, canvas->height() / 2);
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(100, 40)),
                         canvas->mapToGlobal(QPointF(from + QPoint(100, 40))), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, from + QPoint(100, 40));
        // Content follows the cursor: the centre moves 100 px west and 40 px north in map terms.
        QCOMPARE(qRound((centreBefore.x() - canvas->viewport().centre().x()) / mpp), 100);
        QCOMPARE(qRound((canvas->viewport().centre().y() - centreBefore.y()) / mpp), 40);
        QVERIFY(!isValidRoad(window_->selectedRoad()));
    }

    void keyboardAndWheelZoom() {
        MapCanvas* canvas = window_->canvas();
        canvas->zoomToFullExtent();
        canvas->setFocus();
        const double mpp = canvas->viewport().metresPerPixel();
        QTest::keyClick(canvas, Qt::Key_Plus);
        // One step of 1.5× (the key reaches either the action's shortcut or the canvas, never both).
        QVERIFY(qAbs(canvas->viewport().metresPerPixel() - mpp / 1.5) < mpp * 1e-9);
        QTest::keyClick(canvas, Qt::Key_Minus);
        QVERIFY(qAbs(canvas->viewport().metresPerPixel() - mpp) < mpp * 1e-9);

        // Wheel: the world point under the cursor stays under it.
        const QPointF at(200, 150);
        const QPointF worldBefore = canvas->viewport().toWorld(at);
        QWheelEvent wheel(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        QVERIFY(canvas->viewport().metresPerPixel() < mpp);
        const QPointF worldAfter = canvas->viewport().toWorld(at);
        QVERIFY(QLineF(worldBefore, worldAfter).length() < canvas->viewport().metresPerPixel() * 0.01);

        const QPointF centre = canvas->viewport().centre();
        QTest::keyClick(canvas, Qt::Key_Left); // pans a quarter of the width: content moves right
        QVERIFY(qAbs((centre.x() - canvas->viewport().centre().x()) / canvas->viewport().metresPerPixel() -
                     canvas->width() / 4.0) < 1e-6);
        QTest::keyClick(canvas, Qt::Key_Home);
        QVERIFY(qAbs(canvas->viewport().metresPerPixel() - mpp) < mpp * 1e-9);
    }

    void selectByNameAndZoomToSelection() {
        QVERIFY(window_->selectRoadByName(QStringLiteral("荷叶路"))); // printed 荷葉路: 繁/简 folded
        QCOMPARE(window_->selectedRoad(), keyOf(QStringLiteral("荷葉路")));
        window_->canvas()->zoomToSelection();
        const auto bounds = window_->canvas()->scene().roadBounds(window_->selectedRoad());
        QVERIFY(bounds);
        const QRectF shown = window_->canvas()->viewport().worldRect();
        QVERIFY(shown.contains(*bounds));
        QVERIFY2(shown.width() < bounds->width() * 3 + 800,
                 "zoom to selection should fill the view with the road");
        QVERIFY(!window_->selectRoadByName(QStringLiteral("不存在的路")));
    }
};

QTEST_MAIN(TestGuiSelectionSync)
#include "tst_gui_selection_sync.moc"
