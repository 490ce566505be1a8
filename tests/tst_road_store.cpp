// ctest-label: unit
// links: luming_store luming_search luming_core GDAL::GDAL SQLite::SQLite3
// RoadStore: the project GeoPackage of BRIEF.md, checked by re-opening it with GDAL/OGR and SQLite
// directly (not through the store's own reader): layers, counts, EPSG:4490, attributes, Chinese text,
// replace-by-document-number, atomic failure, FTS5 trigram index, and load() round trip.
#include "record_support.h"
#include "search/store_road_search.h"
#include "store/road_store.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace luming;

namespace {

const QString kDoc62 = QStringLiteral("济政字〔2021〕62号");
const QString kDoc65 = QStringLiteral("济政字〔2021〕65号");
const NoticeId kNotice62 = NoticeId::fromDocNumber(kDoc62);

RoadRecord road(int seq, const QString& name, const QString& district, const QString& start,
                const QString& end) {
    RoadRecord r;
    r.seq = seq;
    r.name = name;
    r.district = district;
    r.subdistricts = {QStringLiteral("港沟街道")};
    r.start = start;
    r.end = end;
    r.source.text = QStringLiteral("(%1) %2。").arg(seq).arg(name);
    r.source.offset = 100 * seq;
    r.source.line = 130 + seq;
    return r;
}

// Three roads of 62号 (items 1, 29 and a 荷葉路 printed with a traditional character), two drawn.
Project project62() {
    Notice n;
    n.title = QStringLiteral("济南市人民政府关于祈福街等市区内道路命名的通知");
    n.issuer = QStringLiteral("济南市人民政府");
    n.docNumber = kDoc62;
    n.id = kNotice62;
    n.date = QDate(2021, 9, 3);
    n.declaredTotal = 59;
    n.declaredByDistrict = {
        {QStringLiteral("市中区"), 9}, {QStringLiteral("历城区"), 44}, {QStringLiteral("济南高新区"), 6}};
    n.declaredByAction = {{RoadAction::Rename, 2}, {RoadAction::Name, 57}}; // printed order, not enum order
    n.gazette.issue = QStringLiteral("2021年第19期(总第353期)");
    n.gazette.page = 6;
    n.sourceFile = QStringLiteral("/seeds/000_1ade5e92c4242b0a.txt");
    n.sourceLine = 124;

    RoadRecord qifu = road(1, QStringLiteral("祈福街"), QStringLiteral("市中区"), QStringLiteral("观音祠路"),
                           QStringLiteral("规划十号支路"));
    qifu.subdistricts = {QStringLiteral("陡沟街道")};
    qifu.lengthM = 447;
    qifu.widthMinM = 18;
    qifu.widthMaxM = 18;
    qifu.startDir = Direction::East;
    qifu.endDir = Direction::West;
    qifu.shape = Shape::Straight;
    qifu.plannedRefs = {QStringLiteral("规划十号支路")};
    qifu.evidence.insert(
        FieldId::Start,
        FieldEvidence{QStringLiteral("start.dir_qi"), {}, 5120, 6, 131, QStringLiteral("东起观音祠路")});
    qifu.evidence.insert(FieldId::Action,
                         FieldEvidence{QStringLiteral("action.heading"), QStringLiteral("act_name:45"), 5000,
                                       4, 130, QStringLiteral("命名道路")});

    RoadRecord gangtian = road(29, QStringLiteral("港田路"), QStringLiteral("历城区"),
                               QStringLiteral("熙和街"), QStringLiteral("华盛路"));
    gangtian.lengthM = 2263;
    gangtian.widthMinM = 15;
    gangtian.widthMaxM = 25;
    gangtian.via = {QStringLiteral("港沟东路")};
    gangtian.shape = Shape::L;

    RoadRecord heye = road(33, QStringLiteral("荷葉路"), QStringLiteral("历城区"), QStringLiteral("凤集路"),
                           QStringLiteral("港田路"));
    heye.lengthM = 222.3;
    heye.lengthApprox = true; // widths unknown: must be NULL, not 0

    n.roads = {qifu, gangtian, heye};
    n.findings = {Finding{Severity::Warning,
                          FindingCode::NameVariant,
                          QStringLiteral("荷葉路 is printed with a traditional character"),
                          {33},
                          QStringLiteral("荷葉路"),
                          {}}};

    Project p;
    p.parse.file = n.sourceFile;
    p.parse.encoding = QStringLiteral("UTF-8");
    p.parse.notices = {n};
    p.roads = {RoadGeometry{RoadId{kNotice62, 1},
                            {{116.8801, 36.6102}, {116.8852, 36.6101}},
                            GeometrySource::Schematic,
                            447.5,
                            Placement::Anchor},
               RoadGeometry{RoadId{kNotice62, 29},
                            {{117.1501, 36.6605}, {117.1502, 36.6500}, {117.1401, 36.6499}},
                            GeometrySource::Schematic,
                            2260,
                            Placement::City}};
    DistrictPolygon shizhong;
    shizhong.name = QStringLiteral("市中区");
    shizhong.adcode = QStringLiteral("370103");
    shizhong.source = QStringLiteral("test square");
    shizhong.parts = {{{{116.8, 36.5}, {117.0, 36.5}, {117.0, 36.7}, {116.8, 36.7}, {116.8, 36.5}}}};
    p.districts = {shizhong};
    p.layoutReport = {LayoutReportRow{kNotice62, 1, QStringLiteral("祈福街"), ReportKind::Length,
                                      QStringLiteral("stated 447 m, drawn 447.5 m"), 0.5}};
    return p;
}

// Another notice (65号) with one road.
Project project65() {
    Notice n;
    n.docNumber = kDoc65;
    n.id = NoticeId::fromDocNumber(kDoc65);
    n.title = QStringLiteral("第二个通知");
    n.roads = {road(1, QStringLiteral("測試路"), QStringLiteral("槐荫区"), QStringLiteral("经十路"),
                    QStringLiteral("凤集路"))};
    Project p;
    p.parse.notices = {n};
    return p;
}

struct DatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

Dataset openWithOgr(const QString& path) {
    GDALAllRegister();
    const char* const drivers[] = {"GPKG", nullptr};
    return Dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
}

// The value of `field` in the first feature of `layer` matching `where`, as text; "<null>" for NULL,
// "<no feature>" when nothing matches.
QString valueOf(GDALDataset& ds, const char* layerName, const QString& where, const QString& field) {
    OGRLayer* layer = ds.GetLayerByName(layerName);
    if (!layer)
        return QStringLiteral("<no layer>");
    layer->SetAttributeFilter(where.toUtf8().constData());
    layer->ResetReading();
    OGRFeatureUniquePtr f(layer->GetNextFeature());
    layer->SetAttributeFilter(nullptr);
    if (!f)
        return QStringLiteral("<no feature>");
    if (field == u"#geometry") {
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g)
            return QStringLiteral("<null>");
        char* wkt = nullptr;
        g->exportToWkt(&wkt);
        const QString out = QString::fromUtf8(wkt);
        CPLFree(wkt);
        return out;
    }
    const int i = f->GetFieldIndex(field.toUtf8().constData());
    if (i < 0)
        return QStringLiteral("<no field>");
    if (!f->IsFieldSetAndNotNull(i))
        return QStringLiteral("<null>");
    return QString::fromUtf8(f->GetFieldAsString(i));
}

qint64 countOf(GDALDataset& ds, const char* layerName, const QString& where = {}) {
    OGRLayer* layer = ds.GetLayerByName(layerName);
    if (!layer)
        return -1;
    layer->SetAttributeFilter(where.isEmpty() ? nullptr : where.toUtf8().constData());
    const qint64 n = layer->GetFeatureCount(TRUE);
    layer->SetAttributeFilter(nullptr);
    return n;
}

// Rows of a trigram/LIKE query on the FTS table, as roads.name values.
QStringList ftsNames(const QString& path, const QString& sql, const QString& parameter) {
    QStringList out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("<cannot open>")};
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
        out << QStringLiteral("<sql error: %1>").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    } else {
        const QByteArray p = parameter.toUtf8();
        sqlite3_bind_text(st, 1, p.constData(), int(p.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    out.sort();
    return out;
}

// Turns a project into one written before notice ids: the notice_id columns dropped (SQLite ≥ 3.35).
bool dropNoticeIds(const QString& path) {
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    for (const char* table : {"notices", "roads", "findings", "layout_report"}) {
        const QByteArray sql = QByteArray("ALTER TABLE ") + table + " DROP COLUMN notice_id";
        ok = ok && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    sqlite3_close(db);
    return ok;
}

// One road of an untitled notice: no document number, identity from its text.
Project untitledProject(const QString& text, const QString& roadName) {
    Notice n;
    n.id = NoticeId::fromText(text, {});
    n.roads = {road(1, roadName, QStringLiteral("即墨区"), QStringLiteral("甲路"), QStringLiteral("乙路"))};
    Project p;
    p.parse.notices = {n};
    p.roads = {RoadGeometry{RoadId{n.id, 1}, {{120.4, 36.4}, {120.41, 36.4}}}};
    return p;
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestRoadStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString saved_; // project62() saved once, shared by the read-only checks

private slots:
    void oldObjectCountsReadInPrintedOrder() {
        // Projects written before ordered counts became arrays of pairs hold a JSON object; its printed
        // order (here neither sorted nor the oracle's) comes back.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.gpkg"));
        QVERIFY(RoadStore::save(path, project62()).ok);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const int rc = sqlite3_exec(db,
                                    "UPDATE notices SET declared_by_district = "
                                    "'{\"济南高新区\": 6, \"历城区\": 44, \"市中区\": 9}'",
                                    nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
        const LoadResult r = RoadStore::load(path);
        QVERIFY(r.ok);
        const QList<QPair<QString, int>> expected{
            {QStringLiteral("济南高新区"), 6}, {QStringLiteral("历城区"), 44}, {QStringLiteral("市中区"), 9}};
        QCOMPARE(r.project.parse.notices.at(0).declaredByDistrict, expected);
    }
    void initTestCase() {
        QVERIFY(dir_.isValid());
        saved_ = dir_.filePath(QStringLiteral("路名.gpkg"));
        const StoreResult r = RoadStore::save(saved_, project62());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        QCOMPARE(r.counts.notices, 1);
        QCOMPARE(r.counts.roads, 3);
        QCOMPARE(r.counts.roadsWithGeometry, 2);
        QCOMPARE(r.counts.nameIndexRows, 3);
        QCOMPARE(entries(dir_.path()), QStringList{QStringLiteral("路名.gpkg")}); // no temp left behind
    }

    void layersAndCounts_data() {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("geometry");
        QTest::newRow("notices: one notice") << "notices" << qint64(1) << "None";
        QTest::newRow("roads: 3 items of 62号") << "roads" << qint64(3) << "Line String";
        QTest::newRow("findings: the 荷葉路 variant") << "findings" << qint64(1) << "None";
        QTest::newRow("districts: 市中区") << "districts" << qint64(1) << "Multi Polygon";
        QTest::newRow("layout_report: one length row") << "layout_report" << qint64(1) << "None";
    }
    void layersAndCounts() {
        QFETCH(QString, layer);
        QFETCH(qint64, count);
        QFETCH(QString, geometry);
        Dataset ds = openWithOgr(saved_);
        QVERIFY(ds);
        OGRLayer* l = ds->GetLayerByName(layer.toUtf8().constData());
        QVERIFY2(l, qPrintable(layer));
        QCOMPARE(l->GetFeatureCount(TRUE), count);
        QCOMPARE(QString::fromUtf8(OGRGeometryTypeToName(l->GetGeomType())), geometry);
        if (l->GetGeomType() != wkbNone) {
            const OGRSpatialReference* srs = l->GetSpatialRef();
            QVERIFY(srs);
            QCOMPARE(QByteArray(srs->GetAuthorityName(nullptr)), QByteArray("EPSG"));
            QCOMPARE(QByteArray(srs->GetAuthorityCode(nullptr)), QByteArray("4490"));
        }
    }

    void onlyTheSchemaLayersAreListed() {
        Dataset ds = openWithOgr(saved_);
        QVERIFY(ds);
        QStringList names;
        for (int i = 0; i < ds->GetLayerCount(); ++i)
            names << QString::fromUtf8(ds->GetLayer(i)->GetName());
        names.sort();
        // The FTS5 table and its shadow tables must not show up as layers.
        QCOMPARE(names, (QStringList{"districts", "findings", "layout_report", "notices", "roads"}));
    }

    void attributes_data() {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QString r1 = QStringLiteral("seq = 1");
        const QString r29 = QStringLiteral("seq = 29");
        const QString r33 = QStringLiteral("seq = 33");
        QTest::newRow("notice doc_number, Chinese brackets intact") << "notices"
                                                                    << ""
                                                                    << "doc_number" << kDoc62;
        QTest::newRow("notice date ISO text") << "notices"
                                              << ""
                                              << "date"
                                              << "2021-09-03";
        QTest::newRow("notice declared_total") << "notices"
                                               << ""
                                               << "declared_total"
                                               << "59";
        QTest::newRow("notice per-district counts in printed order")
            << "notices"
            << ""
            << "declared_by_district"
            << "[[\"市中区\",9],[\"历城区\",44],[\"济南高新区\",6]]";
        QTest::newRow("notice gazette issue") << "notices"
                                              << ""
                                              << "gazette_issue"
                                              << "2021年第19期(总第353期)";
        QTest::newRow("notice gazette page") << "notices"
                                             << ""
                                             << "gazette_page"
                                             << "6";
        QTest::newRow("notice source line") << "notices"
                                            << ""
                                            << "source_line"
                                            << "124";
        QTest::newRow("notice encoding") << "notices"
                                         << ""
                                         << "encoding"
                                         << "UTF-8";
        QTest::newRow("#1 name 祈福街") << "roads" << r1 << "name"
                                        << "祈福街";
        QTest::newRow("#1 doc_number") << "roads" << r1 << "doc_number" << kDoc62;
        QTest::newRow("#1 action") << "roads" << r1 << "action"
                                   << "name";
        QTest::newRow("#1 old_name NULL") << "roads" << r1 << "old_name"
                                          << "<null>";
        QTest::newRow("#1 subdistricts JSON") << "roads" << r1 << "subdistricts"
                                              << "[\"陡沟街道\"]";
        QTest::newRow("#1 length 447") << "roads" << r1 << "length_m"
                                       << "447";
        QTest::newRow("#1 not approx") << "roads" << r1 << "length_approx"
                                       << "0";
        QTest::newRow("#1 width min") << "roads" << r1 << "width_min_m"
                                      << "18";
        QTest::newRow("#1 start 观音祠路") << "roads" << r1 << "start"
                                           << "观音祠路";
        QTest::newRow("#1 end 规划十号支路") << "roads" << r1 << "end"
                                             << "规划十号支路";
        QTest::newRow("#1 planned_refs JSON") << "roads" << r1 << "planned_refs"
                                              << "[\"规划十号支路\"]";
        QTest::newRow("#1 via empty JSON array") << "roads" << r1 << "via"
                                                 << "[]";
        QTest::newRow("#1 source offset") << "roads" << r1 << "source_offset"
                                          << "100";
        QTest::newRow("#1 source text") << "roads" << r1 << "source_text"
                                        << "(1) 祈福街。";
        QTest::newRow("#1 geometry_source") << "roads" << r1 << "geometry_source"
                                            << "schematic";
        QTest::newRow("#1 drawn length") << "roads" << r1 << "drawn_length_m"
                                         << "447.5";
        QTest::newRow("#1 line in lon,lat order") << "roads" << r1 << "#geometry"
                                                  << "LINESTRING (116.8801 36.6102,116.8852 36.6101)";
        QTest::newRow("#29 L-shape via") << "roads" << r29 << "via"
                                         << "[\"港沟东路\"]";
        QTest::newRow("#29 width max") << "roads" << r29 << "width_max_m"
                                       << "25";
        QTest::newRow("#29 shape L") << "roads" << r29 << "shape"
                                     << "L";
        QTest::newRow("#33 traditional 葉 kept as printed") << "roads" << r33 << "name"
                                                            << "荷葉路";
        QTest::newRow("#33 length 222.3") << "roads" << r33 << "length_m"
                                          << "222.3";
        QTest::newRow("#33 approx") << "roads" << r33 << "length_approx"
                                    << "1";
        QTest::newRow("#33 unknown width is NULL, not 0") << "roads" << r33 << "width_min_m"
                                                          << "<null>";
        QTest::newRow("#33 no geometry → NULL geometry") << "roads" << r33 << "#geometry"
                                                         << "<null>";
        QTest::newRow("#33 no geometry → NULL source") << "roads" << r33 << "geometry_source"
                                                       << "<null>";
        QTest::newRow("finding code") << "findings"
                                      << ""
                                      << "code"
                                      << "name_variant";
        QTest::newRow("finding seqs") << "findings"
                                      << ""
                                      << "seqs"
                                      << "[33]";
        QTest::newRow("finding subject") << "findings"
                                         << ""
                                         << "subject"
                                         << "荷葉路";
        QTest::newRow("finding doc") << "findings"
                                     << ""
                                     << "doc_number" << kDoc62;
        QTest::newRow("district name") << "districts"
                                       << ""
                                       << "name"
                                       << "市中区";
        QTest::newRow("district adcode") << "districts"
                                         << ""
                                         << "adcode"
                                         << "370103";
        QTest::newRow("district polygon")
            << "districts"
            << ""
            << "#geometry"
            << "MULTIPOLYGON (((116.8 36.5,117.0 36.5,117.0 36.7,116.8 36.7,116.8 36.5)))";
        QTest::newRow("layout detail") << "layout_report"
                                       << ""
                                       << "detail"
                                       << "stated 447 m, drawn 447.5 m";
        QTest::newRow("layout value") << "layout_report"
                                      << ""
                                      << "value_m"
                                      << "0.5";
    }
    void attributes() {
        QFETCH(QString, layer);
        QFETCH(QString, where);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Dataset ds = openWithOgr(saved_);
        QVERIFY(ds);
        QCOMPARE(valueOf(*ds, layer.toUtf8().constData(), where, field), expected);
    }

    void spatialIndexExists() {
        const QStringList tables = ftsNames(
            saved_, QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE ?1"), "rtree_%_geom");
        QVERIFY2(tables.contains(QStringLiteral("rtree_roads_geom")), qPrintable(tables.join(u',')));
        QVERIFY2(tables.contains(QStringLiteral("rtree_districts_geom")), qPrintable(tables.join(u',')));
    }

    void gdalOpensCleanly() {
        // Reading every layer and feature raises no GDAL warning or error (the FTS tables included).
        QStringList messages;
        CPLPushErrorHandlerEx(
            [](CPLErr e, CPLErrorNum, const char* msg) {
                if (e >= CE_Warning)
                    static_cast<QStringList*>(CPLGetErrorHandlerUserData())->append(QString::fromUtf8(msg));
            },
            &messages);
        {
            Dataset ds = openWithOgr(saved_);
            QVERIFY(ds);
            for (int i = 0; i < ds->GetLayerCount(); ++i)
                for (auto& f : *ds->GetLayer(i))
                    Q_UNUSED(f);
        }
        CPLPopErrorHandler();
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));

        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (ogrinfo.isEmpty())
            QSKIP("ogrinfo (gdal-bin) not installed; the in-process check above passed");
        QProcess p;
        p.start(ogrinfo, {QStringLiteral("-so"), QStringLiteral("-al"), saved_});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(!out.contains(QStringLiteral("Warning")) && !out.contains(QStringLiteral("ERROR")),
                 qPrintable(out));
    }

    void nameIndex_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QStringList>("names");
        const QString match = QStringLiteral("SELECT r.name FROM road_name_fts f JOIN roads r ON r.fid = "
                                             "f.rowid WHERE road_name_fts MATCH ?1");
        QTest::newRow("trigram: 祈福街 by name") << match << "\"祈福街\"" << QStringList{"祈福街"};
        QTest::newRow("trigram: simplified 荷叶路 finds printed 荷葉路")
            << match << "\"荷叶路\"" << QStringList{"荷葉路"};
        QTest::newRow("trigram: printed 荷葉路 too") << match << "\"荷葉路\"" << QStringList{"荷葉路"};
        QTest::newRow("trigram: 港田路 as name and as end")
            << match << "\"港田路\"" << QStringList{"港田路", "荷葉路"};
        QTest::newRow("trigram: 港沟东 via the turn point")
            << match << "via : \"港沟东\"" << QStringList{"港田路"};
        QTest::newRow("trigram: 港沟街道 subdistrict")
            << match << "subdistricts : \"港沟街道\"" << QStringList{"港田路", "荷葉路"};
        QTest::newRow("trigram cannot answer 2 characters (why LIKE exists)")
            << match << "\"荷叶\"" << QStringList{};
        // SQLite 3.40 hands LIKE on an FTS5 trigram column to the tokenizer, which answers nothing below 3
        // characters; instr() is not intercepted and scans the stored (printed + simplified) values.
        QTest::newRow("instr() on the index for 2 characters")
            << QStringLiteral("SELECT r.name FROM road_name_fts f JOIN roads r ON r.fid = f.rowid "
                              "WHERE instr(f.name, ?1) > 0")
            << "荷叶" << QStringList{"荷葉路"};
    }
    void nameIndex() {
        QFETCH(QString, sql);
        QFETCH(QString, parameter);
        QFETCH(QStringList, names);
        QCOMPARE(ftsNames(saved_, sql, parameter), names);
    }

    void loadRoundTrip() {
        const Project in = project62();
        const LoadResult r = RoadStore::load(saved_);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        QCOMPARE(r.project.parse.file, saved_);
        QCOMPARE(r.project.parse.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r.project.parse.notices.size(), 1);
        const Notice& a = in.parse.notices[0];
        const Notice& b = r.project.parse.notices[0];
        QCOMPARE(b.docNumber, a.docNumber);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.date, a.date);
        QCOMPARE(b.declaredTotal, a.declaredTotal);
        QCOMPARE(b.declaredByDistrict, a.declaredByDistrict);
        QCOMPARE(b.declaredByAction, a.declaredByAction);
        QCOMPARE(b.gazette.issue, a.gazette.issue);
        QCOMPARE(b.gazette.page, a.gazette.page);
        QCOMPARE(b.sourceFile, a.sourceFile);
        QCOMPARE(b.sourceLine, a.sourceLine);
        QCOMPARE(b.roads.size(), 3);
        QCOMPARE(b.roads[0].evidence.size(), 2);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(b.roads[i].evidence, a.roads[i].evidence); // roads.evidence (issue 8 point 2)
            // Every field of the table (record_support.h), so a new field is checked without a new line.
            const QStringList differences = test::fieldDifferences(a.roads[i], b.roads[i]);
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; ")));
        }
        QCOMPARE(b.findings.size(), 1);
        QCOMPARE(b.findings[0].seqs, QList<int>{33});
        QCOMPARE(b.findings[0].subject, QStringLiteral("荷葉路"));
        QCOMPARE(r.project.roads.size(), 2);
        QCOMPARE(r.project.roads[1].id, (RoadId{kNotice62, 29}));
        QCOMPARE(r.project.roads[1].points.size(), 3);
        QCOMPARE(r.project.roads[1].points[2].lon, 117.1401);
        QCOMPARE(r.project.roads[1].points[2].lat, 36.6499);
        QCOMPARE(r.project.roads[1].drawnLengthM, 2260.0);
        QCOMPARE(r.project.roads[0].placement, Placement::Anchor);
        QCOMPARE(r.project.roads[1].placement, Placement::City);
        QCOMPARE(r.project.roads[1].source, GeometrySource::Schematic);
        QCOMPARE(r.project.layoutReport[0].kind, ReportKind::Length);
        QCOMPARE(r.project.districts.size(), 1);
        QCOMPARE(r.project.districts[0].parts.size(), 1);
        QCOMPARE(r.project.districts[0].parts[0][0].size(), 5);
        QCOMPARE(r.project.layoutReport.size(), 1);
        QCOMPARE(r.project.layoutReport[0].valueM, 0.5);
    }

    void sameDocNumberReplaces() {
        const QString path = dir_.filePath(QStringLiteral("replace.gpkg"));
        QVERIFY(RoadStore::save(path, project62()).ok);
        Project again = project62();
        again.parse.notices[0].roads.removeLast(); // the re-import has 2 roads now
        again.parse.notices[0].roads[0].lengthM = 450;
        const StoreResult r = RoadStore::save(path, again);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.notices, 1);
        QCOMPARE(r.counts.roads, 2);
        QCOMPARE(r.counts.nameIndexRows, 2);
        Dataset ds = openWithOgr(path);
        QVERIFY(ds);
        QCOMPARE(countOf(*ds, "notices"), 1);
        QCOMPARE(countOf(*ds, "roads"), 2);
        QCOMPARE(countOf(*ds, "findings"), 1);
        QCOMPARE(countOf(*ds, "layout_report"), 1);
        QCOMPARE(countOf(*ds, "districts"), 1); // same district name: replaced, not added
        QCOMPARE(valueOf(*ds, "roads", QStringLiteral("seq = 1"), QStringLiteral("length_m")),
                 QStringLiteral("450"));
        // The index follows: 荷葉路 is gone from it.
        QCOMPARE(ftsNames(path,
                          QStringLiteral("SELECT rowid FROM road_name_fts WHERE road_name_fts MATCH ?1"),
                          QStringLiteral("\"荷叶路\"")),
                 QStringList{});
    }

    void otherDocNumberKept() {
        const QString path = dir_.filePath(QStringLiteral("two.gpkg"));
        QVERIFY(RoadStore::save(path, project62()).ok);
        const StoreResult r = RoadStore::save(path, project65());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.notices, 2);
        QCOMPARE(r.counts.roads, 4);
        QCOMPARE(r.counts.nameIndexRows, 4);
        QCOMPARE(r.counts.roadsWithGeometry, 2); // 62号's lines survive 65号's import
        Dataset ds = openWithOgr(path);
        QVERIFY(ds);
        QCOMPARE(countOf(*ds, "roads", QStringLiteral("doc_number = '%1'").arg(kDoc62)), 3);
        QCOMPARE(countOf(*ds, "roads", QStringLiteral("doc_number = '%1'").arg(kDoc65)), 1);
        QCOMPARE(countOf(*ds, "districts"), 1);
        QCOMPARE(countOf(*ds, "layout_report"), 1);
        const LoadResult loaded = RoadStore::load(path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.project.parse.notices.size(), 2);
        QCOMPARE(loaded.project.parse.notices[1].roads.value(0).name, QStringLiteral("測試路"));
        // Traditional 測試 is searchable in simplified through the index.
        QCOMPARE(ftsNames(path,
                          QStringLiteral("SELECT r.name FROM road_name_fts f JOIN roads r ON r.fid = f.rowid "
                                         "WHERE road_name_fts MATCH ?1"),
                          QStringLiteral("\"测试路\"")),
                 QStringList{"測試路"});
    }

    // Issue 13 point 2: untitled notices share no key (doc_number is empty for both) and live side by
    // side; each keeps its own geometry; saving one again replaces only itself.
    void untitledNoticesSideBySide() {
        const QString path = dir_.filePath(QStringLiteral("untitled.gpkg"));
        const Project a = untitledProject(QStringLiteral("text of 07"), QStringLiteral("五峰山路"));
        const Project b = untitledProject(QStringLiteral("text of 05"), QStringLiteral("松江路"));
        QVERIFY(RoadStore::save(path, a).ok);
        QVERIFY(RoadStore::save(path, b).ok);
        const StoreResult again = RoadStore::save(path, a);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.counts.notices, 2);
        QCOMPARE(again.counts.roads, 2);
        QCOMPARE(again.counts.roadsWithGeometry, 2);
        Dataset ds = openWithOgr(path);
        QVERIFY(ds);
        QCOMPARE(countOf(*ds, "roads", QStringLiteral("doc_number = ''")), 2);
        const LoadResult loaded = RoadStore::load(path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.project.parse.notices.size(), 2);
        for (const Project* p : {&a, &b}) {
            const RoadId id{p->parse.notices[0].id, 1};
            QVERIFY(loaded.project.recordOf(id));
            QCOMPARE(loaded.project.recordOf(id)->name, p->parse.notices[0].roads[0].name);
            QVERIFY(loaded.project.geometryOf(id));
            QCOMPARE(loaded.project.geometryOf(id)->points.first().lon, 120.4);
        }
        // Search names the notice by its id, so a hit leads to the right one of the two.
        const StoreSearchResult found = StoreRoadSearch::search(path, QStringLiteral("松江路"));
        QVERIFY2(found.ok, qPrintable(found.error));
        QCOMPARE(found.hits.size(), 1);
        QCOMPARE(found.hits[0].road, (RoadId{b.parse.notices[0].id, 1}));
    }

    // A project written before notice ids (keyed by doc_number) opens, searches, and takes new notices.
    void projectBeforeNoticeIds_data() {
        QTest::addColumn<bool>("numbered");
        QTest::newRow("62号 (numbered)") << true;
        QTest::newRow("its one un-numbered notice") << false;
    }
    void projectBeforeNoticeIds() {
        QFETCH(bool, numbered);
        const QString path = dir_.filePath(QStringLiteral("old_%1.gpkg").arg(numbered));
        Project old = project62();
        if (!numbered) {
            old.parse.notices[0].docNumber.clear();
            old.parse.notices[0].id = NoticeId::legacyUntitled();
            for (RoadGeometry& g : old.roads)
                g.id.notice = NoticeId::legacyUntitled();
            old.layoutReport.clear();
        }
        QVERIFY(RoadStore::save(path, old).ok);
        QVERIFY(dropNoticeIds(path));
        const NoticeId expected = numbered ? kNotice62 : NoticeId::legacyUntitled();

        LoadResult loaded = RoadStore::load(path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.project.parse.notices.size(), 1);
        QCOMPARE(loaded.project.parse.notices[0].id, expected);
        QCOMPARE(loaded.project.parse.notices[0].roads.size(), 3);
        QVERIFY(loaded.project.geometryOf(RoadId{expected, 29}));
        const StoreSearchResult found = StoreRoadSearch::search(path, QStringLiteral("祈福街"));
        QVERIFY2(found.ok, qPrintable(found.error));
        QCOMPARE(found.hits.value(0).road, (RoadId{expected, 1}));

        // Saving into it keys the old rows (notice_id added and filled) and keeps them.
        const StoreResult r =
            RoadStore::save(path, untitledProject(QStringLiteral("new"), QStringLiteral("新路")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.notices, 2);
        QCOMPARE(r.counts.roads, 4);
        Dataset ds = openWithOgr(path);
        QVERIFY(ds);
        QCOMPARE(countOf(*ds, "roads", QStringLiteral("notice_id = '%1'").arg(expected.key())), 3);
        QCOMPARE(countOf(*ds, "notices", QStringLiteral("notice_id IS NULL")), 0);
        loaded = RoadStore::load(path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.project.parse.notices.size(), 2);
        QVERIFY(loaded.project.geometryOf(RoadId{expected, 29}));
        // And the old notice saved again replaces itself.
        QVERIFY(RoadStore::save(path, old).ok);
        QCOMPARE(RoadStore::load(path).project.parse.notices.size(), 2);
    }

    // A project written before evidence (no roads.evidence column) opens without it, and saving into it
    // adds the column.
    void projectBeforeEvidence() {
        const QString path = dir_.filePath(QStringLiteral("before_evidence.gpkg"));
        QVERIFY(RoadStore::save(path, project62()).ok);
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
                     SQLITE_OK);
            // As an older Luming wrote it: no column, and no JSON subtype recorded for it.
            QCOMPARE(sqlite3_exec(db, "ALTER TABLE roads DROP COLUMN evidence", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(sqlite3_exec(db,
                                  "DELETE FROM gpkg_data_columns WHERE table_name = 'roads' AND "
                                  "column_name = 'evidence'",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        LoadResult loaded = RoadStore::load(path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.project.parse.notices[0].roads.size(), 3);
        QVERIFY(loaded.project.parse.notices[0].roads[0].evidence.isEmpty());
        const StoreResult saved = RoadStore::save(path, project62());
        QVERIFY2(saved.ok, qPrintable(saved.error));
        loaded = RoadStore::load(path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.project.parse.notices[0].roads[0].evidence,
                 project62().parse.notices[0].roads[0].evidence);
    }

    void failureLeavesFileUntouched_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("existing file is not a GeoPackage") << "garbage"
                                                           << "not a GeoPackage";
        QTest::newRow("existing roads layer holds points") << "points"
                                                           << "layer roads holds Point geometries";
        QTest::newRow("two notices share a document number") << "duplicate"
                                                             << "holds notice 济政字〔2021〕62号 twice";
        QTest::newRow("existing GeoPackage cut in half: GDAL says why") << "truncated"
                                                                        << "GDAL: ";
        QTest::newRow("folder is read-only") << "readonly"
                                             << "temporary file";
    }
    void failureLeavesFileUntouched() {
        QFETCH(QString, fault);
        QFETCH(QString, expectedInError);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("project.gpkg"));
        Project project = project62();
        if (fault == u"garbage") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database, 这不是数据库\n");
        } else if (fault == u"points") {
            GDALAllRegister();
            Dataset ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0,
                                                                               0, 0, GDT_Unknown, nullptr));
            QVERIFY(ds);
            OGRSpatialReference srs;
            srs.importFromEPSG(4490);
            QVERIFY(ds->CreateLayer("roads", &srs, wkbPoint, nullptr));
        } else {
            QVERIFY(RoadStore::save(path, project65()).ok);
            if (fault == u"duplicate")
                project.parse.notices << project.parse.notices[0];
            if (fault == u"truncated")
                QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
        }
        const QByteArray before = QFile::exists(path) ? [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }()
                                                      : QByteArray();
        QVERIFY(!before.isEmpty());
        const QStringList entriesBefore = entries(dir.path());

        if (fault == u"readonly") {
            if (geteuid() == 0)
                QSKIP("running as root: folder permissions do not stop root from writing");
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        }
        const StoreResult r = RoadStore::save(path, project);
        if (fault == u"readonly")
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QVERIFY(!r.ok);
        qInfo("%s", qPrintable(r.error)); // the sentence a user would see
        QVERIFY2(r.error.startsWith(QStringLiteral("Cannot save ") + path), qPrintable(r.error));
        QVERIFY2(r.error.contains(expectedInError), qPrintable(r.error));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY2(after.readAll() == before, "the existing file changed");
        QCOMPARE(entries(dir.path()), entriesBefore); // temp file and journals removed
    }

    void badTargets_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("target is a folder") << "folder.gpkg"
                                            << "it is a folder";
        QTest::newRow("folder does not exist") << "missing/dir/x.gpkg"
                                               << "does not exist";
    }
    void badTargets() {
        QFETCH(QString, target);
        QFETCH(QString, expectedInError);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.gpkg")));
        const QString path = dir.filePath(target);
        const StoreResult r = RoadStore::save(path, project62());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(path) && r.error.contains(expectedInError), qPrintable(r.error));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("folder.gpkg")});
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder.gpkg"))).isDir());
    }

    // Issue 13 point 3 in the library: a project is never saved over a file it was read from (by name,
    // symlink or hard link), nor over a read-only file; the file is left byte for byte.
    void sourceAndReadOnlyTargetsRefused_data() {
        QTest::addColumn<QString>("target"); // relative to the folder holding p.gpkg
        QTest::addColumn<QString>("setUp");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("loaded from p.gpkg, saved to p.gpkg") << "p.gpkg"
                                                             << "load"
                                                             << "read from";
        QTest::newRow("loaded from p.gpkg, saved to a hard link to it") << "hard.gpkg"
                                                                        << "load+hardlink"
                                                                        << "read from";
        QTest::newRow("read-only p.gpkg") << "p.gpkg"
                                          << "readonly"
                                          << "read-only";
    }
    void sourceAndReadOnlyTargetsRefused() {
        QFETCH(QString, target);
        QFETCH(QString, setUp);
        QFETCH(QString, expectedInError);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.gpkg"));
        QVERIFY(RoadStore::save(project, project62()).ok);
        Project toSave = project65();
        if (setUp.startsWith(u"load")) {
            LoadResult loaded = RoadStore::load(project);
            QVERIFY2(loaded.ok, qPrintable(loaded.error));
            toSave = loaded.project;
        }
        if (setUp.endsWith(u"hardlink"))
            QVERIFY(::link(QFile::encodeName(project).constData(),
                           QFile::encodeName(dir.filePath(target)).constData()) == 0);
        if (setUp == u"readonly")
            QVERIFY(QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = luming::test::readAll(project);
        const QStringList entriesBefore = entries(dir.path());
        const StoreResult r = RoadStore::save(dir.filePath(target), toSave);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expectedInError), qPrintable(r.error));
        QVERIFY(luming::test::readAll(project) == before);
        QCOMPARE(entries(dir.path()), entriesBefore);
    }

    void loadErrors_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("missing file") << QByteArray() << "no such file";
        QTest::newRow("text file") << QByteArray("祈福街\n") << "Cannot open";
    }
    void loadErrors() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedInError);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.gpkg"));
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const LoadResult r = RoadStore::load(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(path) && r.error.contains(expectedInError), qPrintable(r.error));
        QVERIFY(r.project.parse.notices.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoadStore)
#include "tst_road_store.moc"
