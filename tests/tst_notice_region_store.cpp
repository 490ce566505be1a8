// ctest-label: unit
// links: geo
// The notice's region is stored with it: JSON and the project GeoPackage give back code, name, basis and
// evidence; a project written before regions (no region columns) still reads, its regions unknown.
#include "io/notice_json_reader.h"
#include "io/notice_json_writer.h"
#include "store/road_store.h"
#include "test_support.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

Notice regionNotice(RegionBasis basis) {
    Notice n;
    n.docNumber = QStringLiteral("济政字〔2021〕62号");
    n.id = NoticeId::fromDocNumber(n.docNumber);
    n.title = QStringLiteral("济南市人民政府关于道路命名的通知");
    if (basis != RegionBasis::Unknown)
        n.region = NoticeRegion{QStringLiteral("370100"), QStringLiteral("济南市"), basis,
                                QStringLiteral("文号 济政字〔2021〕62号; 历城区")};
    RoadRecord r;
    r.seq = 1;
    r.name = QStringLiteral("港西路");
    r.district = QStringLiteral("历城区");
    n.roads.append(r);
    return n;
}

} // namespace

class TstNoticeRegionStore : public QObject {
    Q_OBJECT
private slots:
    void json_data();
    void json();
    void geoPackage_data();
    void geoPackage();
    void projectWithoutRegionColumns();
};

void TstNoticeRegionStore::json_data() {
    QTest::addColumn<RegionBasis>("basis");
    QTest::newRow("detected") << RegionBasis::Detected;
    QTest::newRow("chosen") << RegionBasis::Chosen;
    QTest::newRow("unknown") << RegionBasis::Unknown;
}

void TstNoticeRegionStore::json() {
    QFETCH(RegionBasis, basis);
    const Notice n = regionNotice(basis);
    const Result<ParseResult> back =
        NoticeJsonReader::fromJson(NoticeJsonWriter::toJson({n}), QStringLiteral("x.json"));
    QVERIFY2(back, qPrintable(back.errorString()));
    const NoticeRegion& r = back->notices.front().region;
    QCOMPARE(r.code, n.region.code);
    QCOMPARE(r.name, n.region.name);
    QCOMPARE(r.basis, basis);
    QCOMPARE(r.evidence, n.region.evidence);
}

void TstNoticeRegionStore::geoPackage_data() {
    json_data();
}

void TstNoticeRegionStore::geoPackage() {
    QFETCH(RegionBasis, basis);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.gpkg"));
    Project p;
    p.parse.notices.append(regionNotice(basis));
    const StoreResult saved = RoadStore::save(path, p);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    const LoadResult loaded = RoadStore::load(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    const NoticeRegion& r = loaded.project.parse.notices.front().region;
    QCOMPARE(r.code, p.parse.notices.front().region.code);
    QCOMPARE(r.basis, basis);
    QCOMPARE(r.evidence, p.parse.notices.front().region.evidence);
}

void TstNoticeRegionStore::projectWithoutRegionColumns() {
    // An older project: the same file with the region columns dropped (SQLite 3.35+ DROP COLUMN, via GDAL).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    Project p;
    p.parse.notices.append(regionNotice(RegionBasis::Detected));
    QVERIFY(RoadStore::save(path, p).ok);
    QProcess ogrinfo;
    for (const char* column : {"region_code", "region_name", "region_basis", "region_evidence"}) {
        ogrinfo.start(QStringLiteral("ogrinfo"),
                      {path, QStringLiteral("-q"), QStringLiteral("-sql"),
                       QStringLiteral("ALTER TABLE notices DROP COLUMN %1").arg(QLatin1StringView(column))});
        QVERIFY(ogrinfo.waitForFinished(60000));
        QCOMPARE(ogrinfo.exitCode(), 0);
    }
    const LoadResult loaded = RoadStore::load(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(loaded.project.parse.notices.size(), 1);
    QVERIFY(!loaded.project.parse.notices.front().region.known());
    QCOMPARE(loaded.project.parse.notices.front().region.basis, RegionBasis::Unknown);
}

QTEST_GUILESS_MAIN(TstNoticeRegionStore)
#include "tst_notice_region_store.moc"
