// ctest-label: unit
// links: luming_render luming_crs luming_core luming_gdal GDAL::GDAL
// Layers that say what they could not read (issue 13 point 5): shapefile attribute encodings guessed
// from .cpg / LDID / content with a warning and an override; truncated .dbf and corrupt GeoPackage
// layers counted as partial reads; CRS diagnoses for swapped axes and Gauss-Krüger zone mix-ups; zip
// bombs refused before opening; GDAL's and PROJ's messages kept off stderr. Fixtures are written at test
// time with GDAL (59 roads, as the seed notice's road count in the report).
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "render/archive_guard.h"
#include "render/vector_file_reader.h"
#include "test_support.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cpl_conv.h>
#include <cpl_vsi.h>

using namespace luming;
using luming::test::StderrCapture;
using luming::test::writeFile;

namespace {

constexpr int kRoads = 59;

// Road i of the fixture: a short north–south line in Jinan (117.0xE, 36.66N), lon/lat.
QList<QPointF> roadLonLat(int i) {
    QList<QPointF> points;
    for (int j = 0; j < 4; ++j)
        points << QPointF(117.0 + i * 0.001 + j * 0.0001, 36.66 + j * 0.002);
    return points;
}

// The fixture's road names, in the script the encoding can hold.
QString roadName(int i, bool traditional) {
    return (traditional ? QStringLiteral("經%1路") : QStringLiteral("经%1路")).arg(i);
}

QSet<QString> labelsOf(const SceneLayer& layer) {
    QSet<QString> labels;
    for (std::int64_t f = 0; f < layer.featureCount(); ++f)
        labels.insert(layer.label(f));
    return labels;
}

QSet<QString> expectedNames(bool traditional) {
    QSet<QString> names;
    for (int i = 0; i < kRoads; ++i)
        names.insert(roadName(i, traditional));
    return names;
}

// Writes `kRoads` roads with GDAL. `transform` maps lon/lat to the layer's coordinates.
bool writeRoads(const QString& driver, const QString& path, int epsg, const QStringList& layerOptions,
                bool traditional, const std::function<QPointF(QPointF)>& transform, int verticesPerRoad = 4) {
    gdal::CplErrorCollector errors;
    gdal::DatasetPtr ds = gdal::createVector(driver, path);
    if (!ds)
        return false;
    std::optional<OGRSpatialReference> srs = gdal::epsgTraditional(epsg);
    if (!srs)
        return false;
    CPLStringList options = gdal::toCpl(layerOptions);
    OGRLayer* layer = ds->CreateLayer("roads", &*srs, wkbLineString, options.List());
    if (!layer)
        return false;
    OGRFieldDefn name("name", OFTString);
    name.SetWidth(40);
    if (layer->CreateField(&name) != OGRERR_NONE)
        return false;
    for (int i = 0; i < kRoads; ++i) {
        gdal::FeaturePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("name", roadName(i, traditional).toUtf8().constData());
        OGRLineString line;
        for (int j = 0; j < verticesPerRoad; ++j) {
            const QPointF p = transform(QPointF(117.0 + i * 0.001 + j * 0.0001, 36.66 + j * 0.002));
            line.addPoint(p.x(), p.y());
        }
        if (f->SetGeometry(&line) != OGRERR_NONE || layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return gdal::closeAndCheck(ds) && !errors.hasFailure();
}

QPointF identity(QPointF p) {
    return p;
}

// Lon/lat → CGCS2000 / 3-degree GK CM 117E (EPSG:4548) metres, plus `prefix` × 1e6 on the easting.
std::function<QPointF(QPointF)> toGaussKruger(int prefix) {
    return [prefix](QPointF p) {
        static const auto from = gdal::epsgTraditional(4490);
        static const auto to = gdal::epsgTraditional(4548);
        const gdal::CoordinateTransformationPtr ct = gdal::transformation(*from, *to);
        double x = p.x(), y = p.y();
        if (!ct || !ct->Transform(1, &x, &y))
            return QPointF(qQNaN(), qQNaN());
        return QPointF(x + prefix * 1e6, y);
    };
}

bool setByte(const QString& path, qint64 offset, char value) {
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(&value, 1) == 1;
}

QString warningsOf(const LayerLoadResult& r) {
    return r.warnings.join(QLatin1Char('\n'));
}

} // namespace

class TstVectorFileReader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void shapefileEncoding_data() {
        QTest::addColumn<QString>("written");  // the encoding the .dbf is written in (GDAL ENCODING)
        QTest::addColumn<QString>("cpg");      // .cpg content; "-": no .cpg
        QTest::addColumn<int>("ldid");         // byte 29 of the .dbf
        QTest::addColumn<QString>("override"); // LayerLoadOptions::encoding; empty: guess
        QTest::addColumn<int>("basis");        // EncodingBasis expected
        QTest::addColumn<QString>("warning");  // expected in the warnings; empty: no encoding warning
        QTest::addColumn<bool>("namesRight");
        const int content = int(EncodingBasis::Content);
        QTest::newRow("GBK .dbf, no .cpg, LDID 0: content, warned")
            << "CP936"
            << "-" << 0 << "" << content << "encoding GBK, guessed from content; no .cpg" << true;
        QTest::newRow("GBK .dbf, .cpg wrongly says UTF-8: content wins, warned")
            << "CP936"
            << "UTF-8" << 0 << "" << content << "says UTF-8 but the text is not that" << true;
        QTest::newRow("GBK .dbf, .cpg says 936: .cpg")
            << "CP936"
            << "936" << 0 << "" << int(EncodingBasis::CpgFile) << "" << true;
        QTest::newRow("GBK .dbf, no .cpg, LDID 77: LDID")
            << "CP936"
            << "-" << 77 << "" << int(EncodingBasis::DbfLanguageId) << "" << true;
        QTest::newRow("UTF-8 .dbf, .cpg UTF-8")
            << "UTF-8"
            << "UTF-8" << 0 << "" << int(EncodingBasis::CpgFile) << "" << true;
        QTest::newRow("UTF-8 .dbf, .cpg wrongly says GBK: content wins")
            << "UTF-8"
            << "GBK" << 0 << "" << content << "says GBK but the text is not that" << true;
        QTest::newRow("UTF-8 .dbf, no .cpg: content")
            << "UTF-8"
            << "-" << 0 << "" << content << "encoding UTF-8, guessed from content" << true;
        QTest::newRow("Big5 .dbf, no .cpg: content says Big5")
            << "BIG5"
            << "-" << 0 << "" << content << "encoding Big5, guessed from content" << true;
        QTest::newRow("GBK .dbf, wrong .cpg, override GBK: override, no warning")
            << "CP936"
            << "UTF-8" << 0 << "GBK" << int(EncodingBasis::Override) << "" << true;
        QTest::newRow("GBK .dbf, override UTF-8: the override is obeyed (garbled)")
            << "CP936"
            << "-" << 0 << "UTF-8" << int(EncodingBasis::Override) << "" << false;
    }
    void shapefileEncoding() {
        QFETCH(QString, written);
        QFETCH(QString, cpg);
        QFETCH(int, ldid);
        QFETCH(QString, override);
        QFETCH(int, basis);
        QFETCH(QString, warning);
        QFETCH(bool, namesRight);
        const bool traditional = written == QLatin1String("BIG5");
        const QString shp =
            dir_.filePath(QStringLiteral("enc_%1.shp").arg(QTest::currentDataTag() ? ++counter_ : 0));
        QVERIFY(writeRoads(QStringLiteral("ESRI Shapefile"), shp, 4490,
                           {QStringLiteral("ENCODING=") + written}, traditional, identity));
        const QString base = shp.chopped(4);
        QFile::remove(base + QStringLiteral(".cpg"));
        if (cpg != QLatin1String("-"))
            QVERIFY(writeFile(base + QStringLiteral(".cpg"), cpg.toLatin1()));
        QVERIFY(setByte(base + QStringLiteral(".dbf"), 29, char(ldid)));

        LayerLoadOptions options;
        options.path = shp;
        if (!override.isEmpty())
            options.encoding = textEncodingFromName(override);
        const LayerLoadResult r = loadVectorLayers(options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.size(), 1);
        const LayerReadReport& report = r.reports.first();
        QVERIFY(report.encoding);
        QCOMPARE(int(report.encoding->basis), basis);
        QCOMPARE(labelsOf(*r.layers.first()) == expectedNames(traditional), namesRight);
        if (warning.isEmpty())
            QVERIFY2(!warningsOf(r).contains(QStringLiteral("encoding")), qPrintable(warningsOf(r)));
        else
            QVERIFY2(warningsOf(r).contains(warning), qPrintable(warningsOf(r)));
        QCOMPARE(report.featuresRead, kRoads);
    }

    void encodingOfBytes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding"); // TextEncoding, -1 for "ASCII only"
        QTest::newRow("ASCII only") << QByteArray("Jingshi Road 12") << -1;
        QTest::newRow("UTF-8 经十路")
            << QByteArray("\xe7\xbb\x8f\xe5\x8d\x81\xe8\xb7\xaf") << int(TextEncoding::Utf8);
        QTest::newRow("GBK 经十路") << QByteArray("\xbe\xad\xca\xae\xc2\xb7") << int(TextEncoding::Gbk);
        // U+00A5 ¥ is one of GB18030's four-byte forms (81 30 84 36).
        QTest::newRow("GB18030 four-byte form")
            << QByteArray("\xbe\xad\x81\x30\x84\x36") << int(TextEncoding::Gb18030);
        QTest::newRow("Big5 經十路") << QByteArray("\xb8\x67\xa4\x51\xb8\xf4") << int(TextEncoding::Big5);
        // A scan limit can cut the last character: still UTF-8 (one undecodable byte either way, and
        // 经 is a frequent ideograph where GB18030 reads rare ones).
        QTest::newRow("UTF-8 cut mid-character is still UTF-8")
            << QByteArray("\xe7\xbb\x8f\xe5\x8d") << int(TextEncoding::Utf8);
    }
    void encodingOfBytes() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const std::optional<TextEncoding> got = luming::encodingOfBytes(bytes);
        QCOMPARE(got ? int(*got) : -1, encoding);
    }

    void truncatedDbf_data() {
        QTest::addColumn<int>("recordsKept"); // whole records left in the .dbf
        QTest::addColumn<int>("extraBytes");  // and this many bytes of the next one
        QTest::newRow("cut after 28 records and part of the 29th") << 28 << 40;
        QTest::newRow("cut after 39 whole records") << 39 << 0;
        QTest::newRow("header only") << 0 << 0;
    }
    void truncatedDbf() {
        QFETCH(int, recordsKept);
        QFETCH(int, extraBytes);
        const QString shp = dir_.filePath(QStringLiteral("cut_%1_%2.shp").arg(recordsKept).arg(extraBytes));
        QVERIFY(writeRoads(QStringLiteral("ESRI Shapefile"), shp, 4490, {QStringLiteral("ENCODING=UTF-8")},
                           false, identity));
        const QString dbf = shp.chopped(4) + QStringLiteral(".dbf");
        QFile f(dbf);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray header = f.read(12);
        const int headerLength = quint8(header[8]) | quint8(header[9]) << 8;
        const int recordLength = quint8(header[10]) | quint8(header[11]) << 8;
        QVERIFY(f.resize(headerLength + qint64(recordsKept) * recordLength + extraBytes));
        f.close();

        StderrCapture stderrText;
        const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{shp, {}, {}, {}});
        const QByteArray printed = stderrText.text();
        QCOMPARE(r.reports.size(), 1);
        const LayerReadReport& report = r.reports.first();
        QCOMPARE(report.featuresInLayer, kRoads);
        QVERIFY2(report.featuresRead <= recordsKept, qPrintable(report.summary()));
        QVERIFY(!report.complete());
        const QString expected =
            QStringLiteral("%1 of %2 features read").arg(report.featuresRead).arg(kRoads);
        QVERIFY2(report.summary().startsWith(expected), qPrintable(report.summary()));
        QVERIFY2(warningsOf(r).contains(expected), qPrintable(warningsOf(r)));
        QCOMPARE(printed, QByteArray()); // GDAL's "fread failed" is a warning on the result, not stderr
    }

    void corruptGeoPackageLayer() {
        // 60 vertices a road: the roads table spans ~20 leaf pages, so one bad page loses some roads.
        const QString gpkg = dir_.filePath(QStringLiteral("corrupt.gpkg"));
        QVERIFY(writeRoads(QStringLiteral("GPKG"), gpkg, 4490, {}, false, identity, 60));
        qint64 page = 0;
        {
            gdal::CplErrorCollector errors;
            gdal::DatasetPtr ds = gdal::openGpkg(gpkg, gdal::OpenMode::ReadOnly);
            QVERIFY(ds);
            OGRLayer* leaves = ds->ExecuteSQL(
                "SELECT pageno FROM dbstat WHERE name = 'roads' AND pagetype = 'leaf' ORDER BY pageno",
                nullptr, nullptr);
            QVERIFY2(leaves, qPrintable(errors.describe()));
            QList<qint64> pages;
            for (const auto& f : *leaves)
                pages << f->GetFieldAsInteger64(0);
            ds->ReleaseResultSet(leaves);
            QVERIFY2(pages.size() > 4, qPrintable(QString::number(pages.size())));
            page = pages[pages.size() / 2];
        }
        QFile f(gpkg);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((page - 1) * 4096)); // GDAL writes 4 KiB pages
        QCOMPARE(f.write(QByteArray(4096, '\xff')), 4096);
        f.close();

        StderrCapture stderrText;
        const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{gpkg, {}, {}, {}});
        const QByteArray printed = stderrText.text();
        QVERIFY2(r.ok(), qPrintable(r.error)); // what could be read is drawn...
        const LayerReadReport& report = r.reports.first();
        QCOMPARE(report.featuresInLayer, kRoads); // ...but not as the whole layer
        QVERIFY2(report.featuresRead > 0 && report.featuresRead < kRoads, qPrintable(report.summary()));
        QVERIFY(report.gdalErrors > 0);
        QVERIFY(!report.complete());
        QVERIFY2(warningsOf(r).contains(QStringLiteral("of 59 features read")), qPrintable(warningsOf(r)));
        QVERIFY2(warningsOf(r).contains(QStringLiteral("malformed")), qPrintable(warningsOf(r)));
        QCOMPARE(printed, QByteArray());
    }

    void crsDiagnosis_data() {
        QTest::addColumn<int>("epsg");        // declared
        QTest::addColumn<int>("coordinates"); // 0 lon/lat, 1 lat/lon, 2 GK CM 117E metres (+prefix)
        QTest::addColumn<int>("prefix");      // added to GK eastings, × 1e6
        QTest::addColumn<int>("problem");     // CrsProblem
        QTest::addColumn<int>("suggested");   // EPSG suggested
        QTest::addColumn<QString>("fix");     // "swap", "EPSG:n" or "" (no fix to try)
        QTest::newRow("Jinan in EPSG:4490 (control)") << 4490 << 0 << 0 << int(CrsProblem::None) << 0 << "";
        QTest::newRow("EPSG:4490 with lat/lon swapped")
            << 4490 << 1 << 0 << int(CrsProblem::AxesSwapped) << 0 << "swap";
        QTest::newRow("EPSG:4326 with lat/lon swapped")
            << 4326 << 1 << 0 << int(CrsProblem::AxesSwapped) << 0 << "swap";
        QTest::newRow("EPSG:4527 (zone 39, prefixed) but eastings without 39")
            << 4527 << 2 << 0 << int(CrsProblem::ZonePrefixMissing) << 4548 << "EPSG:4548";
        QTest::newRow("EPSG:4548 (no prefix) but eastings with 39")
            << 4548 << 2 << 39 << int(CrsProblem::ZonePrefixUnexpected) << 4527 << "EPSG:4527";
        QTest::newRow("EPSG:4527 (zone 39) but eastings with 40")
            << 4527 << 2 << 40 << int(CrsProblem::WrongZone) << 4528 << "";
        QTest::newRow("EPSG:4490 holding GK metres with 39")
            << 4490 << 2 << 39 << int(CrsProblem::NotGeographic) << 4527 << "EPSG:4527";
        QTest::newRow("EPSG:4548 northings and eastings swapped")
            << 4548 << 3 << 0 << int(CrsProblem::AxesSwapped) << 0 << "swap";
    }
    void crsDiagnosis() {
        QFETCH(int, epsg);
        QFETCH(int, coordinates);
        QFETCH(int, prefix);
        QFETCH(int, problem);
        QFETCH(int, suggested);
        QFETCH(QString, fix);
        std::function<QPointF(QPointF)> transform = identity;
        if (coordinates == 1)
            transform = [](QPointF p) {
                return QPointF(p.y(), p.x());
            };
        else if (coordinates == 2)
            transform = toGaussKruger(prefix);
        else if (coordinates == 3)
            transform = [gk = toGaussKruger(0)](QPointF p) {
                const QPointF m = gk(p);
                return QPointF(m.y(), m.x());
            };
        const QString gpkg = dir_.filePath(QStringLiteral("crs_%1.gpkg").arg(++counter_));
        QVERIFY(writeRoads(QStringLiteral("GPKG"), gpkg, epsg, {}, false, transform));

        StderrCapture stderrText;
        const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{gpkg, {}, {}, {}});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const CrsDiagnosis& d = r.reports.first().crs;
        QCOMPARE(int(d.problem), problem);
        QCOMPARE(d.suggestedEpsg, suggested);
        QCOMPARE(r.needsCrsDecision(), problem != int(CrsProblem::None));
        if (problem != int(CrsProblem::None))
            QVERIFY2(warningsOf(r).contains(d.message), qPrintable(warningsOf(r)));
        if (!fix.isEmpty()) {
            // The fix the viewer offers: the layer then lands where the control does, within 1 m.
            LayerLoadOptions fixed{gpkg, {}, {}, {}};
            if (fix == QLatin1String("swap"))
                fixed.swapAxes = true;
            else
                fixed.crsOverride = fix;
            const LayerLoadResult again = loadVectorLayers(fixed);
            QVERIFY2(again.ok(), qPrintable(again.error));
            QVERIFY2(again.reports.first().crs.ok(), qPrintable(again.reports.first().crs.message));
            const QRectF got = again.layers.first()->extent();
            const QRectF want = controlExtent();
            QVERIFY2(std::abs(got.left() - want.left()) < 1 && std::abs(got.top() - want.top()) < 1 &&
                         std::abs(got.right() - want.right()) < 1 &&
                         std::abs(got.bottom() - want.bottom()) < 1,
                     qPrintable(QStringLiteral("%1,%2 %3x%4 vs %5,%6")
                                    .arg(got.left(), 0, 'f', 1)
                                    .arg(got.top(), 0, 'f', 1)
                                    .arg(got.width(), 0, 'f', 1)
                                    .arg(got.height(), 0, 'f', 1)
                                    .arg(want.left(), 0, 'f', 1)
                                    .arg(want.top(), 0, 'f', 1)));
        }
        QCOMPARE(stderrText.text(), QByteArray()); // PROJ's complaints about the bad ones: not printed
    }

    void archives_data() {
        QTest::addColumn<QString>(
            "entryContent");                 // "zeros": 32 MiB of zeros; "roads": a GeoJSON of the roads
        QTest::addColumn<bool>("viaVsizip"); // open "/vsizip/x.zip/entry" rather than "x.zip"
        QTest::addColumn<bool>("refused");
        QTest::newRow("zip bomb (32 MiB of zeros) opened as x.zip") << "zeros" << false << true;
        QTest::newRow("zip bomb typed as a /vsizip/ path") << "zeros" << true << true;
        QTest::newRow("zipped GeoJSON of the roads (control)") << "roads" << true << false;
    }
    void archives() {
        QFETCH(QString, entryContent);
        QFETCH(bool, viaVsizip);
        QFETCH(bool, refused);
        const QString zip = dir_.filePath(QStringLiteral("archive_%1.zip").arg(++counter_));
        const QString entry = QStringLiteral("/vsizip/%1/roads.geojson").arg(zip);
        {
            // Written with GDAL's own /vsizip/ writer.
            VSILFILE* f = VSIFOpenL(entry.toUtf8().constData(), "wb");
            QVERIFY(f);
            QByteArray bytes;
            if (entryContent == QLatin1String("zeros")) {
                bytes = QByteArray(1 << 20, '\0');
                for (int i = 0; i < 32; ++i)
                    VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), f);
            } else {
                QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[";
                for (int i = 0; i < kRoads; ++i) {
                    json += (i ? "," : "") + QByteArray("{\"type\":\"Feature\",\"properties\":{\"name\":\"") +
                            roadName(i, false).toUtf8() +
                            "\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[";
                    const QList<QPointF> points = roadLonLat(i);
                    for (int j = 0; j < points.size(); ++j)
                        json += (j ? "," : "") + QStringLiteral("[%1,%2]")
                                                     .arg(points[j].x(), 0, 'f', 4)
                                                     .arg(points[j].y(), 0, 'f', 4)
                                                     .toUtf8();
                    json += "]}}";
                }
                json += "]}";
                VSIFWriteL(json.constData(), 1, size_t(json.size()), f);
            }
            QCOMPARE(VSIFCloseL(f), 0);
        }
        const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{viaVsizip ? entry : zip, {}, {}, {}});
        if (refused) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(QFileInfo(zip).fileName()) && r.error.contains(QStringLiteral("bomb")),
                     qPrintable(r.error));
            QVERIFY(r.layers.isEmpty());
        } else {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.featuresRead, kRoads);
            // The same archive under a tighter total-size limit: refused, naming the file and the limit.
            const QString tight = checkArchive(entry, ArchiveLimits{1024, 100});
            QVERIFY2(tight.contains(QFileInfo(zip).fileName()) &&
                         tight.contains(QStringLiteral("unpack to more")),
                     qPrintable(tight));
        }
    }

    void zippedGbkShapefileGuessedPerLayer() {
        // A zip holding a GBK shapefile without .cpg, opened as /vsizip/x.zip: GDAL sees a folder of
        // shapefiles, and the layer is reopened alone with its own .dbf's encoding.
        const QString shp = dir_.filePath(QStringLiteral("zipped_gbk.shp"));
        QVERIFY(writeRoads(QStringLiteral("ESRI Shapefile"), shp, 4490, {QStringLiteral("ENCODING=CP936")},
                           false, identity));
        QVERIFY(QFile::remove(shp.chopped(4) + QStringLiteral(".cpg")));
        const QString zip = dir_.filePath(QStringLiteral("zipped_gbk.zip"));
        for (const char* suffix : {".shp", ".shx", ".dbf", ".prj"}) {
            const QString from = shp.chopped(4) + QLatin1String(suffix);
            const QString to = QStringLiteral("/vsizip/%1/zipped_gbk%2").arg(zip, QLatin1String(suffix));
            QCOMPARE(CPLCopyFile(to.toUtf8().constData(), from.toUtf8().constData()), 0);
        }
        const LayerLoadResult r = loadVectorLayers(LayerLoadOptions(QStringLiteral("/vsizip/") + zip));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.size(), 1);
        QVERIFY(r.reports.first().encoding);
        QCOMPARE(r.reports.first().encoding->encoding, TextEncoding::Gbk);
        QCOMPARE(r.reports.first().encoding->basis, EncodingBasis::Content);
        QCOMPARE(labelsOf(*r.layers.first()), expectedNames(false));
        QVERIFY2(warningsOf(r).contains(QStringLiteral("encoding GBK, guessed from content")),
                 qPrintable(warningsOf(r)));
    }

private:
    // The control layer (lon/lat in EPSG:4490) in EPSG:4548, for comparing fixed layers with.
    QRectF controlExtent() {
        if (control_.isNull()) {
            const QString gpkg = dir_.filePath(QStringLiteral("control.gpkg"));
            if (!writeRoads(QStringLiteral("GPKG"), gpkg, 4490, {}, false, identity))
                return {};
            const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{gpkg, {}, {}, {}});
            if (r.ok())
                control_ = r.layers.first()->extent();
        }
        return control_;
    }

    QTemporaryDir dir_;
    int counter_ = 0;
    QRectF control_;
};

QTEST_GUILESS_MAIN(TstVectorFileReader)
#include "tst_vector_file_reader.moc"
