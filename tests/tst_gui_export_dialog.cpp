// ctest-label: gui
// links: luming_app_core
// File → Export… through the dialog's own code path: fields set as a user would, start(), the worker
// thread runs exportRoads(), the dialog ends with a message naming the file — or saying why not.
#include "export_dialog.h"
#include "gui_test_project.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace luming;
using namespace luming::app;

class TestGuiExportDialog : public QObject {
    Q_OBJECT

    Project project_ = test::seedOracleProject();

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // Choices the windows and dialogs remember go to a throw-away folder, not the user's settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    }

    void writes_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("crs");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("crsCode");
        QTest::newRow("shapefile UTF-8 EPSG:4490")
            << int(ExportFormat::Shapefile) << int(ExportCrs::Cgcs2000Geographic)
            << int(ShapefileEncoding::Utf8) << "roads.shp"
            << "EPSG:4490";
        QTest::newRow("shapefile GBK EPSG:4548")
            << int(ExportFormat::Shapefile) << int(ExportCrs::Cgcs2000GaussKruger)
            << int(ShapefileEncoding::Gbk) << "roads_gbk.shp"
            << "EPSG:4548";
        QTest::newRow("GeoPackage EPSG:4326")
            << int(ExportFormat::GeoPackage) << int(ExportCrs::Wgs84Geographic)
            << int(ShapefileEncoding::Utf8) << "roads.gpkg"
            << "EPSG:4326";
        QTest::newRow("GeoJSON (WGS 84 only)")
            << int(ExportFormat::GeoJson) << int(ExportCrs::Cgcs2000Geographic)
            << int(ShapefileEncoding::Utf8) << "roads.geojson"
            << "EPSG:4326";
        QTest::newRow("CSV with WKT") << int(ExportFormat::Csv) << int(ExportCrs::Cgcs2000Geographic)
                                      << int(ShapefileEncoding::Utf8) << "roads.csv"
                                      << "EPSG:4490";
    }
    void writes() {
        QFETCH(int, format);
        QFETCH(int, crs);
        QFETCH(int, encoding);
        QFETCH(QString, fileName);
        QFETCH(QString, crsCode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);

        ExportDialog dialog(project_);
        dialog.setFormat(ExportFormat(format));
        dialog.setCrs(ExportCrs(crs));
        dialog.setEncoding(ShapefileEncoding(encoding));
        dialog.setPath(path);
        QCOMPARE(dialog.options().path, path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QVERIFY(dialog.isRunning() || finished.count() == 1);
        QVERIFY(finished.wait(60000) || finished.count() == 1);

        QVERIFY2(dialog.result().ok(), qPrintable(dialog.message()));
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(dialog.result().featureCount, 59);
        QCOMPARE(dialog.result().crs, crsCode);
        // The message a planner reads: how many, where (native path), in which CRS.
        const QString message = dialog.message();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("59")), qPrintable(message));
        QVERIFY2(message.contains(crsCode), qPrintable(message));
        QCOMPARE(dialog.findChild<QProgressBar*>()->value(), 100);
    }

    void failureSaysWhy() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/roads.shp"));
        ExportDialog dialog(project_);
        dialog.setFormat(ExportFormat::Shapefile);
        dialog.setPath(path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QVERIFY(!dialog.result().ok());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(dialog.message().startsWith(QStringLiteral("Export failed: ")),
                 qPrintable(dialog.message()));
        QVERIFY2(dialog.message().size() > QStringLiteral("Export failed: ").size() + 10,
                 qPrintable(dialog.message()));
    }

    // Issue 10 point 6: an existing file is replaced only after the user says yes.
    void asksBeforeReplacing_data() {
        QTest::addColumn<bool>("answer");
        QTest::newRow("answered no: the earlier file stays") << false;
        QTest::newRow("answered yes: replaced") << true;
    }
    void asksBeforeReplacing() {
        QFETCH(bool, answer);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roads.gpkg"));
        QVERIFY(test::writeFile(path, "earlier work"));
        ExportDialog dialog(project_);
        dialog.setFormat(ExportFormat::GeoPackage);
        dialog.setPath(path);
        QStringList asked;
        dialog.setReplaceQuestion([&](const QStringList& existing) {
            asked = existing;
            return answer;
        });
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QCOMPARE(asked, QStringList{path});
        if (!answer) {
            QVERIFY(!dialog.isRunning());
            QCOMPARE(finished.count(), 0);
            QCOMPARE(test::readAll(path), QByteArray("earlier work"));
            QVERIFY2(dialog.message().contains(QStringLiteral("left as it was")),
                     qPrintable(dialog.message()));
            return;
        }
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.message()));
        QCOMPARE(dialog.result().featureCount, 59);
    }

    void refusesAFileOpenAsLayer() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("layer.shp"));
        QVERIFY(test::writeFile(path, "a layer the viewer shows"));
        ExportDialog dialog(project_);
        dialog.setFormat(ExportFormat::Shapefile);
        dialog.setPath(path);
        dialog.setOpenLayerFiles({path});
        bool asked = false;
        dialog.setReplaceQuestion([&](const QStringList&) { return asked = true; });
        dialog.start();
        QVERIFY(!asked); // refused outright, not offered
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.message().contains(QStringLiteral("open as a layer")), qPrintable(dialog.message()));
        QCOMPARE(test::readAll(path), QByteArray("a layer the viewer shows"));
    }

    void exportsTheChosenRoads_data() {
        QTest::addColumn<QString>("scope"); // "", "selection" or a 区
        QTest::addColumn<int>("expected");
        QTest::newRow("all roads") << "" << 59;
        QTest::newRow("the selection (2 roads)") << "selection" << 2;
        QTest::newRow("历城区 only") << "历城区" << 44;
    }
    void exportsTheChosenRoads() {
        QFETCH(QString, scope);
        QFETCH(int, expected);
        QTemporaryDir dir;
        ExportDialog dialog(project_);
        dialog.setFormat(ExportFormat::Csv);
        dialog.setPath(dir.filePath(QStringLiteral("roads.csv")));
        const Notice& notice = project_.parse.notices.first();
        if (scope == QLatin1String("selection"))
            dialog.setSelection(
                {RoadId{notice.id, notice.roads.at(0).seq}, RoadId{notice.id, notice.roads.at(5).seq}});
        else if (!scope.isEmpty())
            dialog.setScopeDistrict(scope);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.message()));
        QCOMPARE(dialog.result().featureCount, expected);
    }

    void formatChoiceAdjustsTheForm() {
        ExportDialog dialog(project_);
        dialog.setPath(QStringLiteral("/tmp/x/roads.shp"));
        dialog.setFormat(ExportFormat::Kml);
        // KML is WGS 84 only and has no encoding choice; the extension follows the format.
        QCOMPARE(dialog.options().crs, std::optional<ExportCrs>(ExportCrs::Wgs84Geographic));
        QCOMPARE(dialog.options().path, QStringLiteral("/tmp/x/roads.kml"));
        QCOMPARE(dialog.options().encoding, ShapefileEncoding::Utf8);
        dialog.setFormat(ExportFormat::Shapefile);
        dialog.setEncoding(ShapefileEncoding::Gbk);
        QCOMPARE(dialog.options().encoding, ShapefileEncoding::Gbk);
        QCOMPARE(dialog.options().path, QStringLiteral("/tmp/x/roads.shp"));
    }
};

QTEST_MAIN(TestGuiExportDialog)
#include "tst_gui_export_dialog.moc"
