// ctest-label: unit
// links: luming_gdal luming_core GDAL::GDAL
// geo/gdal's error collector, driver registration and dataset helpers: every message of one operation
// collected and off stderr, debug chatter neither collected nor printed, EPSG failures surfaced.
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "test_support.h"

#include <QTest>
#include <thread>

using namespace luming;
using luming::test::StderrCapture;

namespace {

// CPL_DEBUG=ON for one test: GDAL's default handler then prints every CPLDebug line.
class DebugOn {
public:
    DebugOn() { CPLSetConfigOption("CPL_DEBUG", "ON"); }
    ~DebugOn() { CPLSetConfigOption("CPL_DEBUG", nullptr); }
};

} // namespace

class TestGdalErrors : public QObject {
    Q_OBJECT
private slots:
    void collectsEveryMessageOfOneOperation_data() {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("described"); // describe(u"fallback"): each failure once
        QTest::newRow("nothing raised") << 0 << 0 << "fallback";
        QTest::newRow("one warning") << 0 << 1 << "fallback";
        QTest::newRow("one failure") << 1 << 0 << "GDAL: failure 0";
        QTest::newRow("a failure and its echoes") << 3 << 2 << "GDAL: failure 0; failure 1; failure 2";
    }
    void collectsEveryMessageOfOneOperation() {
        QFETCH(int, failures);
        QFETCH(int, warnings);
        QFETCH(QString, described);
        StderrCapture stderrText;
        gdal::CplErrorCollector errors;
        for (int i = 0; i < warnings; ++i)
            CPLError(CE_Warning, CPLE_AppDefined, "warning %d", i);
        for (int i = 0; i < failures; ++i)
            CPLError(CE_Failure, CPLE_FileIO, "failure %d", i);
        QCOMPARE(errors.hasFailure(), failures > 0);
        QCOMPARE(int(errors.failures().size()), failures);
        QCOMPARE(int(errors.warnings().size()), warnings);
        QCOMPARE(errors.describe(QStringLiteral("fallback")), described);
        const QList<gdal::CplMessage> popped = errors.popErrors();
        QCOMPARE(int(popped.size()), failures + warnings);
        if (failures > 0) {
            QCOMPARE(popped.last().number, CPLE_FileIO);
            QVERIFY(popped.last().isFailure());
        }
        QVERIFY2(errors.messages().isEmpty(), "popErrors forgets what it returned");
        QVERIFY(!errors.hasFailure());
        QCOMPARE(stderrText.text(), QByteArray()); // nothing reached stderr
    }

    void debugIsNeitherCollectedNorPrinted() {
        const DebugOn debug;
        {
            // Control: without a collector GDAL prints debug lines, so the check below can fail.
            StderrCapture stderrText;
            CPLDebug("LUMING", "chatter without a collector");
            QVERIFY(stderrText.text().contains("chatter without a collector"));
        }
        StderrCapture stderrText;
        gdal::CplErrorCollector errors;
        CPLDebug("LUMING", "chatter inside a collector");
        QVERIFY(errors.messages().isEmpty());
        QCOMPARE(stderrText.text(), QByteArray());
    }

    void innermostCollectorHearsWhileItLives() {
        gdal::CplErrorCollector outer;
        {
            gdal::CplErrorCollector inner;
            CPLError(CE_Failure, CPLE_AppDefined, "inner");
            QCOMPARE(inner.failures(), QStringList{QStringLiteral("inner")});
        }
        QVERIFY(outer.messages().isEmpty());
        CPLError(CE_Failure, CPLE_AppDefined, "outer");
        QCOMPARE(outer.failures(), QStringList{QStringLiteral("outer")});
    }

    void collectorIsPerThread() {
        gdal::CplErrorCollector mine;
        QStringList theirs;
        std::thread other([&theirs] {
            gdal::CplErrorCollector errors;
            CPLError(CE_Failure, CPLE_AppDefined, "from the other thread");
            theirs = errors.failures();
        });
        other.join();
        QCOMPARE(theirs, QStringList{QStringLiteral("from the other thread")});
        QVERIFY(mine.messages().isEmpty());
    }

    void epsgImport_data() {
        QTest::addColumn<int>("epsg");
        QTest::addColumn<bool>("known");
        QTest::newRow("EPSG:4490 CGCS2000 geographic") << 4490 << true;
        QTest::newRow("EPSG:4548 CGCS2000 / 3-degree GK CM 117E") << 4548 << true;
        QTest::newRow("EPSG:4527 CGCS2000 / 3-degree GK zone 39") << 4527 << true;
        QTest::newRow("EPSG:999999 does not exist") << 999999 << false;
        QTest::newRow("EPSG:0 does not exist") << 0 << false;
    }
    void epsgImport() {
        QFETCH(int, epsg);
        QFETCH(bool, known);
        StderrCapture stderrText;
        gdal::CplErrorCollector errors;
        OGRSpatialReference srs;
        QCOMPARE(gdal::setEpsgTraditional(srs, epsg), known);
        QCOMPARE(gdal::epsgTraditional(epsg).has_value(), known);
        QCOMPARE(errors.hasFailure(), !known);
        if (!known)
            QVERIFY2(!errors.describe().isEmpty(), "PROJ's reason surfaces through the collector");
        else
            QCOMPARE(srs.GetDataAxisToSRSAxisMapping().size(), std::size_t(2)); // traditional: x first
        QCOMPARE(stderrText.text(), QByteArray());
    }

    void driversRegisteredOnceFromAnyThread() {
        std::thread a([] { gdal::registerDrivers(); });
        std::thread b([] { gdal::registerDrivers(); });
        a.join();
        b.join();
        const int count = GetGDALDriverManager()->GetDriverCount();
        gdal::registerDrivers();
        QCOMPARE(GetGDALDriverManager()->GetDriverCount(), count);
        for (const char* name : {"GPKG", "ESRI Shapefile", "GeoJSON", "CSV", "MEM"})
            QVERIFY2(GetGDALDriverManager()->GetDriverByName(name), name);
    }

    void openAndCloseReportFailures_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content"); // written first unless empty
        QTest::addColumn<bool>("create");        // create a GeoPackage there first
        QTest::addColumn<bool>("opens");
        QTest::addColumn<bool>("gdalSaysWhy");
        // Without GDAL_OF_VERBOSE_ERROR GDAL says nothing about a missing file: callers name it.
        QTest::newRow("missing file")
            << "/vsimem/luming/missing.gpkg" << QByteArray() << false << false << false;
        QTest::newRow("SQLite header, then garbage (a cut GeoPackage)")
            << "/vsimem/luming/cut.gpkg" << QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x')
            << false << false << true;
        QTest::newRow("new GeoPackage in /vsimem/")
            << "/vsimem/luming/new.gpkg" << QByteArray() << true << true << false;
    }
    void openAndCloseReportFailures() {
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QFETCH(bool, opens);
        QFETCH(bool, gdalSaysWhy);
        StderrCapture stderrText;
        gdal::CplErrorCollector errors;
        const QByteArray vsiPath = path.toUtf8();
        if (!content.isEmpty()) {
            VSILFILE* f = VSIFOpenL(vsiPath.constData(), "wb");
            QVERIFY(f);
            VSIFWriteL(content.constData(), 1, size_t(content.size()), f);
            VSIFCloseL(f);
        }
        if (create) {
            gdal::DatasetPtr created = gdal::createVector(QStringLiteral("GPKG"), path);
            QVERIFY2(created, qPrintable(errors.describe()));
            QVERIFY(created->CreateLayer("roads", nullptr, wkbLineString, nullptr));
            QVERIFY(gdal::closeAndCheck(created));
            QVERIFY(!created);
        }
        gdal::DatasetPtr ds = gdal::openGpkg(path, gdal::OpenMode::ReadOnly);
        QCOMPARE(bool(ds), opens);
        QCOMPARE(errors.hasFailure(), gdalSaysWhy);
        if (gdalSaysWhy)
            QVERIFY2(errors.describe().startsWith(QStringLiteral("GDAL: ")), qPrintable(errors.describe()));
        ds.reset();
        VSIUnlink(vsiPath.constData());
        QCOMPARE(stderrText.text(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestGdalErrors)
#include "tst_gdal_errors.moc"
