// ctest-label: gui
// links: luming_app_core luming_gdal GDAL::GDAL
// Issue 11 points 1 and 6 in the viewer: every file handed over (command line, drop, File menu) is
// classified by content — a GeoPackage with Luming's tables is a project, any other a layer; a .json is
// GeoJSON or a notice by what it holds; a zipped shapefile opens through /vsizip/; an OSM file as its
// lines layer —, the good ones open and the bad ones are named; the session (notice, layers, order,
// encoding, fields, styles, visibility, view) survives a restart, a missing file skipped with a message;
// a layer read again keeps its place and style.
#include "extra_layers.h"
#include "file_kind.h"
#include "file_opener.h"
#include "gdal/gdal_dataset_p.h"
#include "gui_test_window.h"
#include "layer_list.h"
#include "map_canvas.h"
#include "session.h"
#include "store/road_store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace luming;
using namespace luming::app;
using luming::test::writeFile;

namespace {

// Three roads of Jinan with a name, an OSM class and a width in metres.
QByteArray roadsGeoJson() {
    return QByteArrayLiteral(
        R"({"type":"FeatureCollection","features":[)"
        R"({"type":"Feature","properties":{"name":"经十路","highway":"primary","宽度":"50"},"geometry":{"type":"LineString","coordinates":[[117.00,36.66],[117.05,36.66]]}},)"
        R"({"type":"Feature","properties":{"name":"泉城路","highway":"secondary","宽度":"30"},"geometry":{"type":"LineString","coordinates":[[117.01,36.67],[117.04,36.67]]}},)"
        R"({"type":"Feature","properties":{"name":"小巷","highway":"service","宽度":"6"},"geometry":{"type":"LineString","coordinates":[[117.02,36.65],[117.02,36.68]]}}]})");
}

QByteArray osmXml() {
    return QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="tst_gui_open_files">
 <node id="1" lat="36.66" lon="117.00" version="1"/>
 <node id="2" lat="36.66" lon="117.03" version="1"/>
 <node id="3" lat="36.67" lon="117.00" version="1"/>
 <node id="4" lat="36.67" lon="117.03" version="1"/>
 <way id="10" version="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="primary"/><tag k="name" v="经十路"/></way>
 <way id="11" version="1"><nd ref="3"/><nd ref="4"/><tag k="highway" v="residential"/><tag k="name" v="小路"/></way>
</osm>
)");
}

// A minimal OSM PBF (the format GDAL's OSM driver reads, osmformat.proto), written by hand: a header
// blob, then one data blob with four dense nodes and two ways — the two roads of osmXml(). Blobs are
// stored raw (Blob.raw), which the format allows.
class PbfWriter {
public:
    static QByteArray city() {
        QByteArray header = bytes(4, "OsmSchema-V0.6") + bytes(4, "DenseNodes");
        QByteArray strings = bytes(1, "") + bytes(1, "highway") + bytes(1, "primary") + bytes(1, "name") +
                             bytes(1, "经十路") + bytes(1, "residential") + bytes(1, "小路");
        const QList<qint64> ids{1, 2, 3, 4};
        const QList<qint64> lats{366600000, 366600000, 366700000, 366700000}; // 1e-7 degrees
        const QList<qint64> lons{1170000000, 1170300000, 1170000000, 1170300000};
        QByteArray dense = packed(1, deltas(ids)) + packed(8, deltas(lats)) + packed(9, deltas(lons));
        QByteArray ways =
            bytes(3, way(10, {1, 3}, {2, 4}, {1, 2})) + bytes(3, way(11, {1, 3}, {5, 6}, {3, 4}));
        QByteArray block = bytes(1, strings) + bytes(2, bytes(2, dense)) + bytes(2, ways);
        return blob("OSMHeader", header) + blob("OSMData", block);
    }

private:
    static QByteArray varint(quint64 v) {
        QByteArray out;
        for (; v >= 0x80; v >>= 7)
            out += char((v & 0x7f) | 0x80);
        return out + char(v);
    }
    static quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
    static QByteArray key(int field, int wireType) { return varint(quint64(field << 3 | wireType)); }
    static QByteArray bytes(int field, const QByteArray& b) { return key(field, 2) + varint(b.size()) + b; }
    static QByteArray bytes(int field, const char* utf8) { return bytes(field, QByteArray(utf8)); }
    static QByteArray number(int field, quint64 v) { return key(field, 0) + varint(v); }
    static QByteArray packed(int field, const QList<quint64>& values) {
        QByteArray body;
        for (quint64 v : values)
            body += varint(v);
        return bytes(field, body);
    }
    static QList<quint64> deltas(const QList<qint64>& values) {
        QList<quint64> out;
        for (qsizetype i = 0; i < values.size(); ++i)
            out << zigzag(values[i] - (i ? values[i - 1] : 0));
        return out;
    }
    static QByteArray way(qint64 id, const QList<quint64>& keys, const QList<quint64>& vals,
                          const QList<qint64>& refs) {
        return number(1, quint64(id)) + packed(2, keys) + packed(3, vals) + packed(8, deltas(refs));
    }
    static QByteArray blob(const char* type, const QByteArray& data) {
        const QByteArray blob = bytes(1, data); // Blob.raw
        const QByteArray header = bytes(1, type) + number(3, quint64(blob.size()));
        QByteArray size(4, 0);
        qToBigEndian(quint32(header.size()), size.data());
        return size + header + blob;
    }
};

bool convert(const QString& geojson, const QString& driver, const QString& target) {
    gdal::DatasetPtr source = gdal::openVector(geojson, gdal::OpenMode::ReadOnly);
    gdal::DatasetPtr out = gdal::createVector(driver, target);
    return source && out && out->CopyLayer(source->GetLayer(0), "roads") != nullptr &&
           gdal::closeAndCheck(out);
}

} // namespace

class TstGuiOpenFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::useThrowAwaySettings();
        QVERIFY(dir_.isValid());
        const QString geojson = path("roads.geojson");
        QVERIFY(writeFile(geojson, roadsGeoJson()));
        QVERIFY(writeFile(path("roads.json"), roadsGeoJson())); // GeoJSON under the notice JSON's suffix
        QVERIFY(convert(geojson, QStringLiteral("GPKG"), path("plain.gpkg")));
        QVERIFY(convert(geojson, QStringLiteral("ESRI Shapefile"), path("roads.shp")));
        QVERIFY(convert(geojson, QStringLiteral("ESRI Shapefile"), path("zipped.shp.zip")));
        QVERIFY(convert(geojson, QStringLiteral("FlatGeobuf"), path("roads.fgb")));
        QVERIFY(convert(geojson, QStringLiteral("KML"), path("roads.kml")));
        QVERIFY(writeFile(path("city.osm"), osmXml()));
        QVERIFY(writeFile(path("city.osm.pbf"), PbfWriter::city()));
        QVERIFY(RoadStore::save(path("project.gpkg"), test::seedOracleProject()).ok);
        QVERIFY(QFile::copy(test::seedNoticePath(), path("notice.txt")));
        QVERIFY(QFile::copy(test::seedNoticePath(), path("notice_named.gpkg"))); // text, whatever its name
        QVERIFY(writeFile(path("notice.json"), R"({"format":"luming-notices","notices":[]})"));
        QVERIFY(writeFile(path("junk.bin"), QByteArrayLiteral("\x01\x02\x03 not anything")));
    }

    void classify_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("layer"); // the one OGR layer read
        QTest::addColumn<bool>("viaZip");   // opened through /vsizip/
        const int notice = int(FileKind::Notice), project = int(FileKind::Project),
                  layer = int(FileKind::VectorLayer), bad = int(FileKind::Unreadable);
        QTest::newRow("project GeoPackage (Luming's tables)") << "project.gpkg" << project << "" << false;
        QTest::newRow("plain GeoPackage: a layer, not refused") << "plain.gpkg" << layer << "" << false;
        QTest::newRow("shapefile") << "roads.shp" << layer << "" << false;
        QTest::newRow("GeoJSON") << "roads.geojson" << layer << "" << false;
        QTest::newRow("GeoJSON named .json") << "roads.json" << layer << "" << false;
        QTest::newRow("notice JSON") << "notice.json" << notice << "" << false;
        QTest::newRow("zipped shapefile") << "zipped.shp.zip" << layer << "" << true;
        QTest::newRow("FlatGeobuf") << "roads.fgb" << layer << "" << false;
        QTest::newRow("KML") << "roads.kml" << layer << "" << false;
        QTest::newRow("OSM XML: GDAL's OSM driver, lines layer") << "city.osm" << layer << "lines" << false;
        QTest::newRow("OSM PBF: GDAL's OSM driver, lines layer")
            << "city.osm.pbf" << layer << "lines" << false;
        QTest::newRow("notice text") << "notice.txt" << notice << "" << false;
        QTest::newRow("text named .gpkg: neither SQLite nor a layer, refused")
            << "notice_named.gpkg" << bad << "" << false;
        QTest::newRow("junk") << "junk.bin" << bad << "" << false;
        QTest::newRow("missing file") << "missing.shp" << bad << "" << false;
    }
    void classify() {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, layer);
        QFETCH(bool, viaZip);
        const FileClass c = FileClassifier::classify(path(file));
        QVERIFY2(int(c.kind) == kind, qPrintable(c.error));
        QCOMPARE(c.layerName, layer);
        if (kind == int(FileKind::VectorLayer)) {
            QCOMPARE(c.gdalPath.startsWith(QLatin1String("/vsizip/")), viaZip);
            QCOMPARE(FileClassifier::givenPath(c.gdalPath), QFileInfo(path(file)).absoluteFilePath());
        }
        if (kind == int(FileKind::Unreadable))
            QVERIFY2(c.error.contains(file), qPrintable(c.error)); // names the file
    }

    void goodFilesOpenBadOnesAreNamed() {
        const auto window = test::openWindow(test::seedOracleProject());
        QVERIFY(window);
        QSignalSpy done(window.get(), &MainWindow::filesOpened);
        window->openFiles({path("plain.gpkg"), path("junk.bin"), path("city.osm.pbf"), path("missing.shp")});
        QVERIFY(done.wait(30000));
        const QStringList problems = done.first().first().toStringList();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(' ').contains(QLatin1String("junk.bin")));
        QVERIFY(problems.join(' ').contains(QLatin1String("missing.shp")));
        const auto& layers = window->extraLayers()->layers();
        QCOMPARE(layers.size(), 2);
        QCOMPARE(layers[0]->featureCount(), 3);
        // The OSM .pbf's lines: highway=primary is drawn 22 m wide, the widest (road_width_table.cpp).
        QCOMPARE(layers[1]->featureCount(), 2);
        QCOMPARE(layers[1]->maxWidthM(), 22.0);
        const std::uint64_t gpkg = layers[0]->id(), pbf = layers[1]->id();
        QCOMPARE(window->layerList()->layerIds(), (QList<std::uint64_t>{pbf, gpkg})); // topmost first
        // Move up: the GeoPackage is drawn above the OSM lines, in the list and in the scene.
        QVERIFY(window->extraLayers()->move(gpkg, true));
        QCOMPARE(window->layerList()->layerIds(), (QList<std::uint64_t>{gpkg, pbf}));
        QCOMPARE(window->canvas()->scene().extraLayers().last()->id(), gpkg);
        QVERIFY(!window->extraLayers()->move(gpkg, true)); // already on top
        QCOMPARE(window->session().layers.last().path, path("plain.gpkg"));
    }

    void sessionRoundTrip() {
        QTemporaryDir own; // files of this session only: one is deleted before the restore
        QVERIFY(own.isValid());
        const QString a = own.filePath(QStringLiteral("a.geojson"));
        const QString b = own.filePath(QStringLiteral("b.fgb"));
        QVERIFY(QFile::copy(path("roads.geojson"), a));
        QVERIFY(QFile::copy(path("roads.fgb"), b));
        const QString sessionFile = own.filePath(QStringLiteral("session.json"));

        Session saved;
        {
            const auto window = test::openWindow(test::seedOracleProject());
            QVERIFY(window);
            QSignalSpy done(window.get(), &MainWindow::filesOpened);
            window->openFiles({a, b, path("zipped.shp.zip")});
            QVERIFY(done.wait(30000));
            const auto layers = window->extraLayers()->layers();
            QCOMPARE(layers.size(), 3);
            const LayerStyle red{QColor(0xd0, 0x20, 0x20), 3, 0.6, false};
            window->setLayerLook(layers[0]->id(), red, true);
            window->setLayerLook(layers[1]->id(), {}, false);
            QVERIFY(window->extraLayers()->reloadWithEncoding(layers[2]->id(), TextEncoding::Gbk));
            QVERIFY(QSignalSpy(window.get(), &MainWindow::vectorLayerLoaded).wait(30000));
            window->canvas()->zoomIn();
            saved = window->session();
            QCOMPARE(saved.notice, test::seedNoticePath());
            QCOMPARE(saved.layers.size(), 3);
            QCOMPARE(saved.layers[0].style, red);
            QCOMPARE(saved.layers[1].visible, false);
            QCOMPARE(saved.layers[2].path, QFileInfo(path("zipped.shp.zip")).absoluteFilePath()); // as given
            QCOMPARE(saved.layers[2].encoding, std::optional(TextEncoding::Gbk));
            QVERIFY(saved.extentM);
        }
        QCOMPARE(SessionFile::save(saved, sessionFile), QString());
        QString error;
        const std::optional<Session> loaded = SessionFile::load(&error, sessionFile);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, saved);

        // The next start: b is gone.
        QVERIFY(QFile::remove(b));
        MainWindow window;
        window.setErrorDisplay(MainWindow::ErrorDisplay::StatusBarOnly);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy done(&window, &MainWindow::filesOpened);
        window.restoreSession(*loaded);
        QVERIFY(done.wait(60000));
        const QStringList problems = done.first().first().toStringList();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("b.fgb")), qPrintable(problems.first()));
        QCOMPARE(window.project().parse.notices.size(), 1); // the notice came back
        const auto layers = window.extraLayers()->layers();
        QCOMPARE(layers.size(), 2);
        const Session again = window.session();
        QCOMPARE(again.layers.size(), 2);
        QCOMPARE(again.layers[0], saved.layers[0]);
        QCOMPARE(again.layers[1], saved.layers[2]);
        QCOMPARE(window.canvas()->renderOptions().layerStyles.value(layers[0]->id()), saved.layers[0].style);
        const QRectF view = window.canvas()->viewport().worldRect();
        QVERIFY(std::abs(view.center().x() - saved.extentM->center().x()) < 1);
        QVERIFY(std::abs(view.width() / saved.extentM->width() - 1) < 0.01);
    }

    void damagedSessionIsReportedNotApplied() {
        const QString file = dir_.filePath(QStringLiteral("damaged_session.json"));
        QVERIFY(writeFile(file, "{\"format\":1,\"layers\":[{\"path\":"));
        QString error;
        QVERIFY(!SessionFile::load(&error, file));
        QVERIFY2(error.contains(QLatin1String("damaged_session.json")), qPrintable(error));
        QVERIFY(
            !SessionFile::load(&error, dir_.filePath(QStringLiteral("none.json")))); // no file: no session
    }

    void reloadKeepsPlaceAndStyle() {
        ExtraLayers extra;
        QSignalSpy added(&extra, &ExtraLayers::added);
        QVERIFY(extra.open(path("roads.geojson")));
        QVERIFY(added.wait(30000));
        QVERIFY(extra.open(path("roads.fgb")));
        QVERIFY(added.wait(30000));
        const std::uint64_t first = extra.layers()[0]->id();
        QCOMPARE(extra.report(first)->labelField, QStringLiteral("name"));
        QCOMPARE(extra.report(first)->widthField, QStringLiteral("宽度")); // metres before the class
        QCOMPARE(extra.layers()[0]->maxWidthM(), 50.0);
        const LayerStyle style{QColor(Qt::darkGreen), 2, 1, true};
        extra.setStyle(first, style);

        LayerLoadOptions options = *extra.origin(first);
        options.labelField = QStringLiteral("-");
        options.widthField = QStringLiteral("highway");
        QVERIFY(extra.reload(first, options));
        QVERIFY(added.wait(30000));
        QCOMPARE(extra.layers().size(), 2);
        const auto& reread = *extra.layers()[0]; // still beneath the other
        QVERIFY(reread.id() != first);
        QCOMPARE(extra.style(reread.id()), style);
        QVERIFY(!reread.hasLabels());
        QCOMPARE(reread.maxWidthM(), 22.0); // primary
        QCOMPARE(extra.report(reread.id())->widthField, QStringLiteral("highway"));
    }

private:
    QString path(const QString& name) const { return dir_.filePath(name); }
    QTemporaryDir dir_;
};

QTEST_MAIN(TstGuiOpenFiles)
#include "tst_gui_open_files.moc"
