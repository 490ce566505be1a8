// ctest-label: unit
// links: geo
// A notice whose region is unknown gets no coordinates at all (issue 9 point 4): the layout places
// nothing, the map scene is empty and says so (metricEpsg 0), GeoJSON/GeoPackage/CSV exports write the
// records with null geometry, a shapefile export and a Gauss–Krüger export are refused naming the fix
// (--region), and nothing is written in another city's coordinates.
#include "export/road_exporter.h"
#include "project/project_builder.h"
#include "render/map_scene.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

// Two roads of a notice that names no 区, no 街道 and no city (the region detector finds nothing).
Project unplacedProject() {
    Notice n;
    n.id = NoticeId::fromDocNumber(QStringLiteral("无地名〔2024〕1号"));
    n.title = QStringLiteral("关于道路命名的公告");
    for (int seq : {1, 2}) {
        RoadRecord r;
        r.seq = seq;
        r.name = seq == 1 ? QStringLiteral("和平路") : QStringLiteral("建设街");
        r.lengthM = 500;
        r.startDir = seq == 1 ? Direction::East : Direction::North;
        r.start = seq == 1 ? QStringLiteral("建设街") : QStringLiteral("和平路");
        r.endDir = seq == 1 ? Direction::West : Direction::South;
        r.end = QStringLiteral("人民路");
        r.shape = Shape::Straight;
        n.roads.append(r);
    }
    ParseResult parse;
    parse.file = QStringLiteral("无地名.txt");
    parse.notices = {n};
    // The whole pipeline: region detection (finds nothing), layout, districts.
    Project p = ProjectBuilder::fromParse(std::move(parse)).project;
    return p;
}

} // namespace

class TstUnknownRegion : public QObject {
    Q_OBJECT
private slots:
    void layoutGivesNoCoordinates();
    void mapSceneIsEmpty();
    void exportsWithoutGeometry_data();
    void exportsWithoutGeometry();
    void refusals_data();
    void refusals();
};

void TstUnknownRegion::layoutGivesNoCoordinates() {
    const Project p = unplacedProject();
    QVERIFY(!p.region.isKnown());
    QVERIFY(p.roads.isEmpty());
    QVERIFY(p.districts.isEmpty());
    QCOMPARE(p.parse.notices.first().roads.size(), 2); // the records stay
    QVERIFY(!p.parse.notices.first().region.known());
}

void TstUnknownRegion::mapSceneIsEmpty() {
    const Result<MapScene> scene = MapScene::fromProject(unplacedProject());
    QVERIFY2(scene, qPrintable(scene.errorString()));
    QCOMPARE(scene->metricEpsg(), 0);
    QVERIFY(scene->projectExtent().isNull());
}

void TstUnknownRegion::exportsWithoutGeometry_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("geojson") << int(ExportFormat::GeoJson);
    QTest::newRow("gpkg") << int(ExportFormat::GeoPackage);
    QTest::newRow("csv") << int(ExportFormat::Csv);
}

void TstUnknownRegion::exportsWithoutGeometry() {
    QFETCH(int, format);
    QTemporaryDir dir;
    ExportOptions o;
    o.format = ExportFormat(format);
    o.path = dir.filePath(QStringLiteral("roads.") + exportFormatExtension(o.format));
    const ExportResult r = exportRoads(unplacedProject(), o);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.featureCount, 2);
    QCOMPARE(r.withoutGeometry, 2);
    if (o.format != ExportFormat::GeoJson)
        return;
    QFile f(o.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray features =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 2);
    for (const QJsonValue& feature : features)
        QVERIFY(feature.toObject().value(QStringLiteral("geometry")).isNull());
}

void TstUnknownRegion::refusals_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("crs"); // -1: the format's default
    QTest::newRow("shapefile") << int(ExportFormat::Shapefile) << -1;
    QTest::newRow("shapefile in EPSG:4490")
        << int(ExportFormat::Shapefile) << int(ExportCrs::Cgcs2000Geographic);
    QTest::newRow("gpkg in the region's Gauss-Krüger zone")
        << int(ExportFormat::GeoPackage) << int(ExportCrs::Cgcs2000GaussKruger);
}

void TstUnknownRegion::refusals() {
    QFETCH(int, format);
    QFETCH(int, crs);
    QTemporaryDir dir;
    ExportOptions o;
    o.format = ExportFormat(format);
    if (crs >= 0)
        o.crs = ExportCrs(crs);
    o.path = dir.filePath(QStringLiteral("roads.") + exportFormatExtension(o.format));
    const ExportResult r = exportRoads(unplacedProject(), o);
    QVERIFY(!r.ok());
    QVERIFY2(r.message.contains(QStringLiteral("--region")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("region is unknown")), qPrintable(r.message));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TstUnknownRegion)
#include "tst_unknown_region.moc"
