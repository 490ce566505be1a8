// The seed notice through the whole pipeline as a user gets it: parser output → layout → GeoPackage →
// every export format, encoding and CRS, read back with GDAL. The layout targets of issue 3 are measured
// here independently of the solver's own report (in EPSG:4548 through PROJ).
// ctest-label: system
// links: luming_project luming_store luming_export luming_crs GDAL::GDAL
#include "crs/crs_transformer.h"
#include "export/road_exporter.h"
#include "project/project_builder.h"
#include "store/road_store.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace luming;

namespace {

const Project& seedProject() {
    static const ProjectBuild build = ProjectBuilder::fromNoticeFile(test::seedNoticePath());
    return build.project;
}

const Notice& seedNotice() {
    return seedProject().parse.notices.first();
}

QList<QPointF> metres(const LonLatLine& line) {
    static const auto toGk = CrsTransformer::create(QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4548"));
    QList<QPointF> out;
    for (const auto& p : line)
        out.append(toGk->forward(QPointF(p.lon, p.lat)));
    return out;
}

double lengthOf(const QList<QPointF>& line) {
    double sum = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        sum += std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y());
    return sum;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * ab;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

double distanceToLine(QPointF p, const QList<QPointF>& line) {
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 1; i < line.size(); ++i)
        best = std::min(best, distanceToSegment(p, line[i - 1], line[i]));
    return best;
}

// Degrees between a segment and the east–west (or north–south) axis.
double leanDegrees(QPointF a, QPointF b, bool eastWest) {
    const double dx = std::abs(b.x() - a.x());
    const double dy = std::abs(b.y() - a.y());
    return qRadiansToDegrees(eastWest ? std::atan2(dy, dx) : std::atan2(dx, dy));
}

const RoadGeometry* geometryOf(int seq) {
    for (const auto& g : seedProject().roads)
        if (g.id.seq == seq)
            return &g;
    return nullptr;
}

const RoadRecord* recordNamed(const QString& name) {
    for (const auto& r : seedNotice().roads)
        if (r.name == name)
            return &r;
    return nullptr;
}

// The road of the notice an end refers to: by its printed name, or through a name-variant finding
// (the text's own words: 9 items end on 凤集路, the item is printed 风集路).
const RoadRecord* referencedRoad(const QString& ref) {
    if (const RoadRecord* r = recordNamed(ref))
        return r;
    for (const auto& f : seedNotice().findings)
        if (f.code == FindingCode::NameVariant && f.message.contains(ref))
            return recordNamed(f.subject);
    return nullptr;
}

bool conflictReported(int seq) {
    for (const auto& row : seedProject().layoutReport)
        if (row.kind == ReportKind::Conflict && row.seq == seq)
            return true;
    return false;
}

QPointF midOfEnds(const QString& name) {
    const QList<QPointF> line = metres(geometryOf(recordNamed(name)->seq)->points);
    return (line.first() + line.last()) / 2;
}

struct OgrCloser {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};

} // namespace

class TestSeedPipeline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        GDALAllRegister();
        QCOMPARE(seedProject().parse.notices.size(), 1);
        QCOMPARE(seedProject().roads.size(), 59);
    }

    void road_data() {
        QTest::addColumn<int>("seq");
        for (const auto& r : seedNotice().roads)
            QTest::newRow(qPrintable(QStringLiteral("seed#%1 %2").arg(r.seq, 2, 10, QChar(u'0')).arg(r.name)))
                << r.seq;
    }
    void road() {
        QFETCH(int, seq);
        const RoadRecord* r = nullptr;
        for (const auto& x : seedNotice().roads)
            if (x.seq == seq)
                r = &x;
        const RoadGeometry* g = geometryOf(seq);
        QVERIFY(r && g);
        QCOMPARE(g->source, GeometrySource::Schematic);
        const QList<QPointF> line = metres(g->points);
        QVERIFY(line.size() >= 2);

        // Drawn length within 2 % of the stated length.
        const double drawn = lengthOf(line);
        QVERIFY2(std::abs(drawn - *r->lengthM) <= 0.02 * *r->lengthM,
                 qPrintable(QStringLiteral("drawn %1 m, stated %2 m").arg(drawn).arg(*r->lengthM)));

        // Each end tied to another road of the notice touches it within 5 m, or a conflict is reported.
        const QPointF ends[2] = {line.first(), line.last()};
        const QString refs[2] = {r->start, r->end};
        for (int e = 0; e < 2; ++e) {
            const RoadRecord* other = referencedRoad(refs[e]);
            if (!other || other->seq == r->seq)
                continue;
            const double gap = distanceToLine(ends[e], metres(geometryOf(other->seq)->points));
            QVERIFY2(
                gap <= 5.0 || conflictReported(r->seq),
                qPrintable(QStringLiteral("%1 end on %2: %3 m").arg(e ? "far" : "near", refs[e]).arg(gap)));
        }

        // Direction: east–west roads within 10° of east–west, north–south ones within 10°; an L per leg.
        const bool eastWestFirst = r->startDir == Direction::East || r->startDir == Direction::West;
        if (r->shape == Shape::Straight) {
            QVERIFY2(
                leanDegrees(line.first(), line.last(), eastWestFirst) <= 10.0,
                qPrintable(
                    QStringLiteral("leans %1°").arg(leanDegrees(line.first(), line.last(), eastWestFirst))));
        } else if (r->shape == Shape::L) {
            const RoadRecord* turn = referencedRoad(r->via.first());
            QPointF corner = line.first();
            if (turn) {
                const QList<QPointF> turnLine = metres(geometryOf(turn->seq)->points);
                double best = std::numeric_limits<double>::max();
                for (const auto& p : line)
                    if (const double d = distanceToLine(p, turnLine); d < best) {
                        best = d;
                        corner = p;
                    }
            } else {
                // The turn road is not drawn: take the vertex farthest from the start–end chord.
                double best = -1;
                for (const auto& p : line)
                    if (const double d = distanceToSegment(p, line.first(), line.last()); d > best) {
                        best = d;
                        corner = p;
                    }
            }
            QVERIFY(leanDegrees(line.first(), corner, eastWestFirst) <= 10.0);
            QVERIFY(leanDegrees(corner, line.last(), !eastWestFirst) <= 10.0);
        }
    }

    // 莲岳北街 north of 莲岳街 north of 莲岳南街; 大庙屯西路 west of 大庙屯路 west of 大庙屯东路.
    void suffixOrder_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("northOf");
        QTest::newRow("莲岳北街 north of 莲岳街") << "莲岳北街"
                                                  << "莲岳街" << true;
        QTest::newRow("莲岳街 north of 莲岳南街") << "莲岳街"
                                                  << "莲岳南街" << true;
        QTest::newRow("金口北街 north of 金口街") << "金口北街"
                                                  << "金口街" << true;
        QTest::newRow("金口街 north of 金口南街") << "金口街"
                                                  << "金口南街" << true;
        QTest::newRow("大庙屯西路 west of 大庙屯路") << "大庙屯西路"
                                                     << "大庙屯路" << false;
        QTest::newRow("大庙屯路 west of 大庙屯东路") << "大庙屯路"
                                                     << "大庙屯东路" << false;
    }
    void suffixOrder() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, northOf);
        const QPointF a = midOfEnds(first);
        const QPointF b = midOfEnds(second);
        if (northOf)
            QVERIFY2(a.y() > b.y(), qPrintable(QStringLiteral("%1 m").arg(a.y() - b.y())));
        else
            QVERIFY2(a.x() < b.x(), qPrintable(QStringLiteral("%1 m").arg(b.x() - a.x())));
    }

    void storedWithGeometryAndIndexes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seed.gpkg"));
        const StoreResult saved = RoadStore::save(path, seedProject());
        QVERIFY2(saved.ok, qPrintable(saved.error));
        std::unique_ptr<GDALDataset, OgrCloser> ds(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(ds);
        OGRLayer* roads = ds->GetLayerByName("roads");
        QVERIFY(roads);
        QCOMPARE(roads->GetFeatureCount(), GIntBig(59));
        QCOMPARE(QString::fromLatin1(roads->GetSpatialRef()->GetAuthorityCode(nullptr)),
                 QStringLiteral("4490"));
        OGRLayer* districts = ds->GetLayerByName("districts");
        QVERIFY(districts);
        // 济南's 区/县 with a boundary in the gazetteer: 11 (钢城区 and the 高新区 zone have none).
        QCOMPARE(districts->GetFeatureCount(), GIntBig(11));
        for (const char* table : {"roads", "districts"}) {
            OGRLayer* sql = ds->ExecuteSQL(
                QStringLiteral("SELECT COUNT(*) FROM gpkg_extensions WHERE table_name='%1' AND "
                               "extension_name='gpkg_rtree_index'")
                    .arg(QLatin1String(table))
                    .toUtf8()
                    .constData(),
                nullptr, nullptr);
            QVERIFY(sql);
            OGRFeatureUniquePtr f(sql->GetNextFeature());
            QCOMPARE(f->GetFieldAsInteger(0), 1);
            ds->ReleaseResultSet(sql);
        }
        int withGeometry = 0;
        for (auto& f : *roads)
            withGeometry += f->GetGeometryRef() && !f->GetGeometryRef()->IsEmpty();
        QCOMPARE(withGeometry, 59);
    }

    // Every export, read back with GDAL: 59 features, Chinese names, CRS, and lengths in EPSG:4548.
    void exported_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QString>("encoding");
        for (const char* crs : {"EPSG:4490", "EPSG:4326", "EPSG:4548"}) {
            for (const char* enc : {"UTF-8", "GBK"})
                QTest::newRow(
                    qPrintable(QStringLiteral("shp %1 %2").arg(QLatin1String(enc), QLatin1String(crs))))
                    << "shp" << crs << enc;
            QTest::newRow(qPrintable(QStringLiteral("gpkg %1").arg(QLatin1String(crs))))
                << "gpkg" << crs << "UTF-8";
            QTest::newRow(qPrintable(QStringLiteral("csv %1").arg(QLatin1String(crs))))
                << "csv" << crs << "UTF-8";
        }
        QTest::newRow("geojson EPSG:4326") << "geojson"
                                           << "EPSG:4326"
                                           << "UTF-8";
        QTest::newRow("kml EPSG:4326") << "kml"
                                       << "EPSG:4326"
                                       << "UTF-8";
    }
    void exported() {
        QFETCH(QString, format);
        QFETCH(QString, crs);
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        ExportOptions options;
        options.format = *exportFormatFromCode(format);
        options.crs = *exportCrsFromCode(crs);
        options.encoding = *shapefileEncodingFromCode(encoding);
        options.path = dir.filePath(QStringLiteral("roads.") + format);
        const ExportResult result = exportRoads(seedProject(), options);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.featureCount, 59);
        QCOMPARE(result.withoutGeometry, 0);

        std::unique_ptr<GDALDataset, OgrCloser> ds(
            GDALDataset::Open(result.files.first().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayer(0);
        QCOMPARE(layer->GetFeatureCount(), GIntBig(59));
        const OGRSpatialReference* srs = layer->GetSpatialRef();
        QVERIFY(srs);
        OGRSpatialReference identified(*srs);
        const char* code = identified.GetAuthorityCode(nullptr);
        if (!code && identified.AutoIdentifyEPSG() == OGRERR_NONE)
            code = identified.GetAuthorityCode(nullptr);
        if (!code) {
            // An ESRI .prj (beside a CSV) names no authority: match it against the EPSG database, as the
            // shapefile driver does for its own .prj.
            int count = 0;
            int* confidence = nullptr;
            OGRSpatialReferenceH* matches = identified.FindMatches(nullptr, &count, &confidence);
            if (count > 0 && confidence[0] >= 70)
                identified = *OGRSpatialReference::FromHandle(matches[0]);
            OSRFreeSRSArray(matches);
            CPLFree(confidence);
            code = identified.GetAuthorityCode(nullptr);
        }
        QVERIFY(code);
        QCOMPARE(QStringLiteral("EPSG:") + QLatin1String(code), crs);

        OGRSpatialReference gk;
        gk.importFromEPSG(4548);
        gk.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        identified.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> toGk(
            OGRCreateCoordinateTransformation(&identified, &gk));
        QVERIFY(toGk);

        const char* nameField = format == u"shp" ? "DLMC" : nullptr;
        QSet<QString> names;
        for (auto& f : *layer) {
            const int idx = nameField ? f->GetFieldIndex(nameField) : f->GetFieldIndex("道路名称");
            const QString name =
                QString::fromUtf8(f->GetFieldAsString(idx >= 0 ? idx : f->GetFieldIndex("Name")));
            names.insert(name);
            const RoadRecord* r = recordNamed(name);
            QVERIFY2(r,
                     qPrintable(QStringLiteral("exported name '%1' is not a road of the notice").arg(name)));
            std::unique_ptr<OGRGeometry> geom(f->GetGeometryRef()->clone());
            QCOMPARE(geom->transform(toGk.get()), OGRERR_NONE);
            const double length = geom->toLineString()->get_Length();
            QVERIFY2(
                std::abs(length - *r->lengthM) <= 0.02 * *r->lengthM,
                qPrintable(QStringLiteral("%1: %2 m vs stated %3 m").arg(name).arg(length).arg(*r->lengthM)));
        }
        QCOMPARE(names.size(), 59);
        QVERIFY(names.contains(QStringLiteral("荷葉路")));
        QVERIFY(names.contains(QStringLiteral("风集路")));
    }
};

QTEST_GUILESS_MAIN(TestSeedPipeline)
#include "tst_seed_pipeline.moc"
