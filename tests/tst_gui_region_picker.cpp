// ctest-label: gui
// links: luming_app_core
// The viewer's region picker (issue 9 point 2): a notice laid out again in the city the user chose, its
// region marked as chosen and its roads in that city's zone; a project .gpkg keeps its region; the dialog
// offers the gazetteer's cities and returns the one picked.
#include "project_loader.h"
#include "region/region_assigner.h"
#include "region_picker.h"
#include "test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QTest>
#include <QTimer>

using namespace luming;
using namespace luming::app;

class TestRegionPicker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!defaultGazetteer())
            QSKIP("no gazetteer (tools/install-data.sh)");
    }

    // The 吉林 notice names its own city; choosing 济南 instead lays it out in 济南's zone, marked chosen.
    void chosenRegionOverridesTheDetected_data() {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("epsg");
        QTest::addColumn<double>("minLon");
        QTest::addColumn<double>("maxLon");
        QTest::newRow("济南 by name") << "济南"
                                      << "370100" << 4548 << 116.0 << 118.0;
        QTest::newRow("吉林市 by code") << "220200"
                                        << "220200" << 4551 << 125.0 << 128.0;
    }
    void chosenRegionOverridesTheDetected() {
        QFETCH(QString, chosen);
        QFETCH(QString, code);
        QFETCH(int, epsg);
        QFETCH(double, minLon);
        QFETCH(double, maxLon);
        const Result<NoticeRegion> region = chooseRegion(chosen);
        QVERIFY2(region.ok(), qPrintable(region.errorString()));
        const ProjectLoad load = ProjectLoader::loadInRegion(
            luming::test::sharedPath(QStringLiteral("samples/05_jilin_2024_tonggao.txt")), *region);
        QVERIFY2(load.project.has_value(), qPrintable(load.error));
        QVERIFY(!load.project->parse.notices.isEmpty());
        for (const Notice& n : load.project->parse.notices) {
            QCOMPARE(n.region.code, code);
            QCOMPARE(n.region.basis, RegionBasis::Chosen);
        }
        QCOMPARE(load.project->region.metricEpsg, epsg);
        QVERIFY(!load.project->roads.isEmpty());
        for (const auto& road : load.project->roads)
            for (const auto& p : road.points)
                QVERIFY2(p.lon >= minLon && p.lon <= maxLon, qPrintable(QString::number(p.lon)));
    }

    void projectKeepsItsRegion() {
        const ProjectLoad load =
            ProjectLoader::loadInRegion(QStringLiteral("/tmp/whatever.gpkg"), NoticeRegion{});
        QVERIFY(!load.project);
        QVERIFY2(load.error.contains(QStringLiteral("open its notice")), qPrintable(load.error));
    }

    void dialogReturnsThePickedCity() {
        QWidget parent;
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* combo = dialog->findChild<QComboBox*>();
            QVERIFY(combo);
            QVERIFY2(combo->count() > 300, qPrintable(QString::number(combo->count()))); // every city
            dialog->setTextValue(QStringLiteral("吉林市 220200"));
            dialog->accept();
        });
        const std::optional<NoticeRegion> picked = askRegion(&parent, NoticeRegion{});
        QVERIFY(picked.has_value());
        QCOMPARE(picked->code, QStringLiteral("220200"));
        QCOMPARE(picked->basis, RegionBasis::Chosen);
    }
};

QTEST_MAIN(TestRegionPicker)
#include "tst_gui_region_picker.moc"
