// ctest-label: unit
// links: luming_gdal luming_core GDAL::GDAL
// geo/gdal's conversion unit: lon/lat lines and district polygons to OGR and back, through WKB as a
// GeoPackage stores them, with the one rule for degenerate rings (ogr_conversion_p.h).
#include "gdal/gdal_raii_p.h"
#include "gdal/ogr_conversion_p.h"

#include <QTest>
#include <vector>

using namespace luming;

namespace {

using Parts = QList<QList<LonLatRing>>;

LonLatRing square(double x, double y, double size) {
    return {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}};
}

// What a GeoPackage does to a geometry: WKB out, WKB in.
gdal::GeometryPtr throughWkb(const OGRGeometry& g) {
    std::vector<unsigned char> wkb(g.WkbSize());
    if (g.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso) != OGRERR_NONE)
        return nullptr;
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, wkb.size()) != OGRERR_NONE)
        return nullptr;
    return gdal::GeometryPtr(raw);
}

QString describe(const Parts& parts) {
    QStringList out;
    for (const auto& part : parts) {
        QStringList rings;
        for (const LonLatRing& r : part) {
            QStringList pts;
            for (const LonLat& p : r)
                pts << QStringLiteral("%1 %2").arg(p.lon, 0, 'g', 17).arg(p.lat, 0, 'g', 17);
            rings << u'(' + pts.join(u',') + u')';
        }
        out << u'(' + rings.join(u',') + u')';
    }
    return out.join(u';');
}

} // namespace

class TestGdalConversion : public QObject {
    Q_OBJECT
private slots:
    void lineRoundTrip_data() {
        QTest::addColumn<LonLatLine>("line");
        QTest::newRow("two points, seed#1 scale (Jinan, 117°E 36°N)")
            << LonLatLine{{117.0, 36.66}, {117.01, 36.66}};
        QTest::newRow("full double precision kept") << LonLatLine{{116.98765432109876, 36.123456789012345},
                                                                  {116.98765432109877, 36.123456789012346},
                                                                  {117.1, 36.7}};
        QTest::newRow("west and south of 0 (order is lon, lat)")
            << LonLatLine{{-70.5, -33.4}, {-70.6, -33.5}};
        QTest::newRow("empty line") << LonLatLine{};
    }
    void lineRoundTrip() {
        QFETCH(LonLatLine, line);
        const std::unique_ptr<OGRLineString> ogr = gdal::toOgrLine(line);
        QCOMPARE(ogr->getNumPoints(), int(line.size()));
        for (int i = 0; i < line.size(); ++i) {
            QCOMPARE(ogr->getX(i), line[i].lon); // x is longitude: GDAL's traditional GIS order
            QCOMPARE(ogr->getY(i), line[i].lat);
        }
        const gdal::GeometryPtr stored = throughWkb(*ogr);
        QVERIFY(stored);
        QCOMPARE(wkbFlatten(stored->getGeometryType()), wkbLineString);
        const LonLatLine back = gdal::toLonLat(*stored->toLineString());
        QCOMPARE(back.size(), line.size());
        for (int i = 0; i < line.size(); ++i) {
            QCOMPARE(back[i].lon, line[i].lon); // bit for bit: WKB keeps doubles
            QCOMPARE(back[i].lat, line[i].lat);
        }
    }

    void degenerateRing_data() {
        QTest::addColumn<LonLatRing>("ring");
        QTest::addColumn<bool>("degenerate");
        QTest::newRow("empty") << LonLatRing{} << true;
        QTest::newRow("one point") << LonLatRing{{1, 1}} << true;
        QTest::newRow("two points") << LonLatRing{{0, 0}, {1, 1}} << true;
        QTest::newRow("two points closed (3 stored)") << LonLatRing{{0, 0}, {1, 1}, {0, 0}} << true;
        QTest::newRow("triangle open (3 stored)") << LonLatRing{{0, 0}, {1, 0}, {0, 1}} << false;
        QTest::newRow("triangle closed (4 stored)") << LonLatRing{{0, 0}, {1, 0}, {0, 1}, {0, 0}} << false;
        QTest::newRow("square closed") << square(0, 0, 1) << false;
    }
    void degenerateRing() {
        QFETCH(LonLatRing, ring);
        QFETCH(bool, degenerate);
        QCOMPARE(gdal::isDegenerateRing(ring), degenerate);
    }

    void districtRoundTrip_data() {
        QTest::addColumn<Parts>("parts");
        QTest::addColumn<Parts>("expected"); // after OGR and back: closed rings, degenerate ones dropped
        QTest::addColumn<int>("ogrPolygons");
        const LonLatRing outer = square(117.0, 36.6, 0.1);
        const LonLatRing hole = square(117.02, 36.62, 0.02);
        const LonLatRing far = square(118.0, 37.0, 0.05);
        const LonLatRing openTriangle{{117.0, 36.0}, {117.1, 36.0}, {117.0, 36.1}};
        const LonLatRing closedTriangle{{117.0, 36.0}, {117.1, 36.0}, {117.0, 36.1}, {117.0, 36.0}};
        const LonLatRing sliver{{117.05, 36.65}, {117.06, 36.66}};
        QTest::newRow("one square") << Parts{{outer}} << Parts{{outer}} << 1;
        QTest::newRow("square with a hole") << Parts{{outer, hole}} << Parts{{outer, hole}} << 1;
        QTest::newRow("two parts (an exclave)") << Parts{{outer}, {far}} << Parts{{outer}, {far}} << 2;
        QTest::newRow("open ring is closed") << Parts{{openTriangle}} << Parts{{closedTriangle}} << 1;
        QTest::newRow("two-point hole dropped, outer kept") << Parts{{outer, sliver}} << Parts{{outer}} << 1;
        QTest::newRow("two-point outer drops its part and its hole")
            << Parts{{sliver, hole}, {far}} << Parts{{far}} << 1;
        QTest::newRow("empty part dropped") << Parts{{}, {outer}} << Parts{{outer}} << 1;
        QTest::newRow("nothing usable: empty multipolygon") << Parts{{sliver}} << Parts{} << 0;
    }
    void districtRoundTrip() {
        QFETCH(Parts, parts);
        QFETCH(Parts, expected);
        QFETCH(int, ogrPolygons);
        DistrictPolygon district;
        district.name = QStringLiteral("历下区");
        district.parts = parts;
        const std::unique_ptr<OGRMultiPolygon> ogr = gdal::toOgrMultiPolygon(district);
        QCOMPARE(ogr->getNumGeometries(), ogrPolygons);
        for (const OGRPolygon* polygon : *ogr)
            for (const OGRLinearRing* ring : *polygon)
                QVERIFY2(ring->get_IsClosed(), "every ring leaves closed");
        const gdal::GeometryPtr stored = throughWkb(*ogr);
        QVERIFY(stored);
        Parts back;
        QVERIFY(gdal::appendPolygonParts(*stored, back));
        QCOMPARE(describe(back), describe(expected));
        // And once more: what was read back converts to itself (the rule is the same both ways).
        DistrictPolygon again;
        again.parts = back;
        Parts twice;
        QVERIFY(gdal::appendPolygonParts(*gdal::toOgrMultiPolygon(again), twice));
        QCOMPARE(describe(twice), describe(back));
    }

    void polygonPartsFromOgr_data() {
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<bool>("isPolygonal");
        QTest::addColumn<int>("parts");
        QTest::addColumn<int>("ringsOfFirst");
        QTest::newRow("POLYGON with a hole")
            << "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,3 2,3 3,2 2))" << true << 1 << 2;
        QTest::newRow("MULTIPOLYGON of two")
            << "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))" << true << 2 << 1;
        QTest::newRow("POLYGON whose hole is a spike (dropped)")
            << "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,3 3,2 2))" << true << 1 << 1;
        QTest::newRow("LINESTRING is not a district") << "LINESTRING (0 0,1 1)" << false << 0 << 0;
        QTest::newRow("POINT is not a district") << "POINT (1 1)" << false << 0 << 0;
    }
    void polygonPartsFromOgr() {
        QFETCH(QString, wkt);
        QFETCH(bool, isPolygonal);
        QFETCH(int, parts);
        QFETCH(int, ringsOfFirst);
        OGRGeometry* raw = nullptr;
        const QByteArray text = wkt.toLatin1();
        QCOMPARE(OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &raw), OGRERR_NONE);
        const gdal::GeometryPtr g(raw);
        Parts out;
        QCOMPARE(gdal::appendPolygonParts(*g, out), isPolygonal);
        QCOMPARE(int(out.size()), parts);
        if (parts > 0)
            QCOMPARE(int(out.first().size()), ringsOfFirst);
    }
};

QTEST_GUILESS_MAIN(TestGdalConversion)
#include "tst_gdal_conversion.moc"
