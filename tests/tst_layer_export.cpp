// ctest-label: unit
// links: luming_export luming_core luming_gdal GDAL::GDAL
// Issue 11 point 5: any vector layer exported through the roads' format profiles. A generated layer
// that is no Luming project (a GeoPackage in UTF-8, and a GBK shapefile as a bureau would ship) goes to
// every format and is read back: count, every name, CRS. Refusals (an existing output, the source
// itself, a name GBK cannot hold) and a cancel leave the folder as it was.
#include "core/feedback.h"
#include "export/dbf_text_check.h"
#include "export/layer_exporter.h"
#include "export/layer_field_codes.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

constexpr int kFeatures = 120;

// Feature i: a short east–west line in Jinan (117.0xE, 36.6xN), named in Chinese that GBK holds.
QString featureName(int i) {
    return QStringLiteral("泉城%1路").arg(i);
}

// A layer as a bureau or OSM ships it: `nameField` (名称 or name), a Real and an Integer field, in
// EPSG:4490. `gbk`: a shapefile whose DBF is code page 936 (LDID 77, .cpg 936).
bool writeSource(const QString& path, const QString& driver, const QString& nameField, int count,
                 const QStringList& layerOptions = {}, const QString& odd = {}) {
    gdal::CplErrorCollector errors;
    gdal::DatasetPtr ds = gdal::createVector(driver, path);
    auto srs = gdal::epsgTraditional(4490);
    if (!ds || !srs)
        return false;
    CPLStringList options = gdal::toCpl(layerOptions);
    OGRLayer* layer = ds->CreateLayer("centerlines", &*srs, wkbLineString, options.List());
    if (!layer)
        return false;
    const QByteArray name = nameField.toUtf8();
    OGRFieldDefn nameDefn(name.constData(), OFTString);
    OGRFieldDefn width("路宽", OFTReal);
    OGRFieldDefn lanes("lanes", OFTInteger);
    if (layer->CreateField(&nameDefn) != OGRERR_NONE || layer->CreateField(&width) != OGRERR_NONE ||
        layer->CreateField(&lanes) != OGRERR_NONE)
        return false;
    for (int i = 0; i < count; ++i) {
        gdal::FeaturePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        const QString n = (i == count / 2 && !odd.isEmpty()) ? odd : featureName(i);
        f->SetField(0, n.toUtf8().constData());
        f->SetField(1, 7.5 + i % 5);
        f->SetField(2, 2 + i % 3);
        OGRLineString line;
        line.addPoint(117.0 + i * 0.0005, 36.6 + (i % 50) * 0.001);
        line.addPoint(117.0003 + i * 0.0005, 36.6 + (i % 50) * 0.001);
        if (f->SetGeometry(&line) != OGRERR_NONE || layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return gdal::closeAndCheck(ds) && !errors.hasFailure();
}

struct ReadBack {
    QString error;
    QStringList names;
    int epsg = 0;
};

ReadBack readBack(const QString& file, const QString& driver, const QString& nameField) {
    gdal::CplErrorCollector errors;
    ReadBack r;
    const gdal::DatasetPtr ds = gdal::openVector(file, gdal::OpenMode::ReadOnly, {driver});
    if (!ds || ds->GetLayerCount() != 1) {
        r.error = QStringLiteral("cannot open %1: %2").arg(file, errors.describe());
        return r;
    }
    OGRLayer* layer = ds->GetLayer(0);
    // The CRS read back as the EPSG code it is the same as (a .prj in ESRI WKT names no authority).
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        const char* const sameness[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
        for (const int epsg : {4490, 4326, 4548})
            if (const auto known = gdal::epsgTraditional(epsg); known && srs->IsSame(&*known, sameness))
                r.epsg = epsg;
    }
    const int index = layer->GetLayerDefn()->GetFieldIndex(nameField.toUtf8().constData());
    if (index < 0) {
        r.error = QStringLiteral("%1 has no field %2").arg(file, nameField);
        return r;
    }
    for (const auto& f : *layer)
        r.names.append(gdal::text(*f, index));
    return r;
}

QByteArray gbk(const QString& text) {
    QStringEncoder encoder("GBK");
    return encoder.encode(text);
}

QStringList expectedNames(int count) {
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(featureName(i));
    return names;
}

// Everything in a folder, hidden staging folders included.
QStringList folderEntries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestLayerExport : public QObject {
    Q_OBJECT

private slots:
    void fieldCodes_data();
    void fieldCodes();
    void utf8FastPathAgrees_data();
    void utf8FastPathAgrees();
    void exportsAnyLayer_data();
    void exportsAnyLayer();
    void filters_data();
    void filters();
    void refuses_data();
    void refuses();
    void cancelLeavesNothing();
};

void TestLayerExport::fieldCodes_data() {
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("Chinese names by pinyin initials (道路名称 → DLMC as the roads' table)")
        << QStringList{QStringLiteral("道路名称"), QStringLiteral("长度")}
        << QStringList{QStringLiteral("DLMC"), QStringLiteral("CD")};
    QTest::newRow("ASCII names stay, cut to 10")
        << QStringList{QStringLiteral("name"), QStringLiteral("width_max_m")}
        << QStringList{QStringLiteral("name"), QStringLiteral("width_max_")};
    QTest::newRow("clashes numbered, case ignored (dlmc vs 道路名称)")
        << QStringList{QStringLiteral("dlmc"), QStringLiteral("道路名称"), QStringLiteral("道路名称")}
        << QStringList{QStringLiteral("dlmc"), QStringLiteral("DLMC1"), QStringLiteral("DLMC2")};
    QTest::newRow("letters in a Chinese name kept (省道S1)")
        << QStringList{QStringLiteral("省道S1")} << QStringList{QStringLiteral("SDS1")};
}

void TestLayerExport::fieldCodes() {
    QFETCH(QStringList, names);
    QFETCH(QStringList, codes);
    QCOMPARE(dbfFieldCodes(names), codes);
}

// A differential check: the scan's UTF-8 fast path says what the QString path says, for both encodings.
void TestLayerExport::utf8FastPathAgrees_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("ASCII") << QStringLiteral("Jingshi Rd 12");
    QTest::newRow("basic-block ideographs 泉城路") << QStringLiteral("泉城路");
    QTest::newRow("U+9FA5 last of the block in GBK") << QString(QChar(0x9FA5));
    QTest::newRow("U+9FA6 just past it (not in GBK)") << QString(QChar(0x9FA6));
    QTest::newRow("Ext B 𠀀 (U+20000, not in GBK)") << QStringLiteral("𠀀路");
    QTest::newRow("Latin é and full-width １ (in GBK)") << QStringLiteral("Café１号");
    QTest::newRow("254 ASCII bytes") << QString(254, QLatin1Char('a'));
    QTest::newRow("255 ASCII bytes (too long)") << QString(255, QLatin1Char('a'));
    QTest::newRow("128 ideographs: 256 GBK bytes (too long)") << QString(128, QChar(0x8DEF));
}

void TestLayerExport::utf8FastPathAgrees() {
    QFETCH(QString, text);
    for (const ShapefileEncoding encoding : {ShapefileEncoding::Gbk, ShapefileEncoding::Utf8}) {
        DbfTextFit slow(encoding);
        DbfTextFit fast(encoding);
        int slowBytes = -1;
        int fastBytes = -1;
        const QString slowProblem = slow.problem(text, &slowBytes);
        const QString fastProblem = fast.problemUtf8(text.toUtf8().constData(), &fastBytes);
        QCOMPARE(fastProblem, slowProblem);
        if (slowProblem.isEmpty())
            QCOMPARE(fastBytes, slowBytes);
    }
}

void TestLayerExport::exportsAnyLayer_data() {
    QTest::addColumn<QString>("source");   // "gpkg" (UTF-8, field 名称) | "gbkshp" (GBK DBF, field name)
    QTest::addColumn<QString>("format");   // export format code
    QTest::addColumn<QString>("encoding"); // shapefile encoding
    QTest::addColumn<QString>("crs");      // "" = the layer's own, else EPSG code
    QTest::addColumn<QString>("readDriver");
    QTest::addColumn<QString>("readName"); // the name field as read back
    QTest::addColumn<int>("epsg");         // CRS read back
    const QStringList sources{QStringLiteral("gpkg"), QStringLiteral("gbkshp")};
    for (const QString& src : sources) {
        const QString name = src == QLatin1String("gpkg") ? QStringLiteral("名称") : QStringLiteral("name");
        const QString code = src == QLatin1String("gpkg") ? QStringLiteral("MC") : QStringLiteral("name");
        const QByteArray s = src.toUtf8();
        QTest::newRow(s + " → shp GBK, ASCII codes") << src << "shp"
                                                     << "GBK"
                                                     << ""
                                                     << "ESRI Shapefile" << code << 4490;
        QTest::newRow(s + " → shp UTF-8, GK zone 4548") << src << "shp"
                                                        << "UTF-8"
                                                        << "4548"
                                                        << "ESRI Shapefile" << code << 4548;
        QTest::newRow(s + " → gpkg, WGS 84") << src << "gpkg"
                                             << "UTF-8"
                                             << "4326"
                                             << "GPKG" << name << 4326;
        QTest::newRow(s + " → geojson (WGS 84 by definition)") << src << "geojson"
                                                               << "UTF-8"
                                                               << ""
                                                               << "GeoJSON" << name << 4326;
        QTest::newRow(s + " → kml, name as Placemark name") << src << "kml"
                                                            << "UTF-8"
                                                            << ""
                                                            << "LIBKML"
                                                            << "Name" << 4326;
        QTest::newRow(s + " → csv with .prj") << src << "csv"
                                              << "UTF-8"
                                              << "4490"
                                              << "CSV" << name << 4490;
    }
}

void TestLayerExport::exportsAnyLayer() {
    QFETCH(QString, source);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, crs);
    QFETCH(QString, readDriver);
    QFETCH(QString, readName);
    QFETCH(int, epsg);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString input;
    if (source == QLatin1String("gpkg")) {
        input = dir.filePath(QStringLiteral("centerlines.gpkg"));
        QVERIFY(writeSource(input, QStringLiteral("GPKG"), QStringLiteral("名称"), kFeatures));
    } else {
        input = dir.filePath(QStringLiteral("bureau.shp"));
        QVERIFY(writeSource(input, QStringLiteral("ESRI Shapefile"), QStringLiteral("name"), kFeatures,
                            {QStringLiteral("ENCODING=CP936")}));
        QFile dbf(dir.filePath(QStringLiteral("bureau.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        QVERIFY2(dbf.readAll().contains(gbk(featureName(7))), "the source DBF is GBK");
    }
    ExportOptions options;
    options.format = *exportFormatFromCode(format);
    options.encoding = *shapefileEncodingFromCode(encoding);
    if (!crs.isEmpty())
        options.crs = exportCrsFromCode(crs);
    options.path = dir.filePath(QStringLiteral("out/exported.") + format);
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("out")));
    Feedback feedback;
    options.feedback = &feedback;
    const ExportResult result = exportLayer(LayerExportSource{input, {}, {}, {}}, options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.featureCount, kFeatures);
    QCOMPARE(feedback.progress(), 100.0);
    QCOMPARE(result.crs, QStringLiteral("EPSG:%1").arg(epsg));

    const ReadBack back = readBack(result.files.first(), readDriver, readName);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.names, expectedNames(kFeatures));
    QCOMPARE(back.epsg, epsg);
    if (format == QLatin1String("shp")) {
        QFile cpg(dir.filePath(QStringLiteral("out/exported.cpg")));
        QVERIFY(cpg.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(cpg.readAll()).trimmed(),
                 encoding == QLatin1String("GBK") ? QStringLiteral("936") : QStringLiteral("UTF-8"));
        QFile dictionary(dir.filePath(QStringLiteral("out/exported_dictionary.csv")));
        QVERIFY(dictionary.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(dictionary.readAll());
        QVERIFY2(text.contains(QStringLiteral("LK,\"路宽\"")), qPrintable(text)); // 路宽 lù kuān → LK
        QFile dbf(dir.filePath(QStringLiteral("out/exported.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        const QByteArray bytes = dbf.readAll();
        if (encoding == QLatin1String("GBK"))
            QVERIFY(bytes.contains(gbk(featureName(7))));
        // A whole dBase file: the header's count of records of its length, then one end-of-file mark
        // (written after the last record, not by shapelib after each).
        QVERIFY(bytes.size() > 12);
        const auto le = [&bytes](int at, int n) {
            quint32 v = 0;
            for (int i = n - 1; i >= 0; --i)
                v = (v << 8) | quint8(bytes.at(at + i));
            return qint64(v);
        };
        QCOMPARE(le(4, 4), qint64(kFeatures));
        QCOMPARE(qint64(bytes.size()), le(8, 2) + le(4, 4) * le(10, 2) + 1);
        QCOMPARE(bytes.back(), '\x1a');
    }
    // Nothing but the export is left in the folder (no staging folder).
    for (const QString& entry : folderEntries(dir.filePath(QStringLiteral("out"))))
        QVERIFY2(entry.startsWith(QLatin1String("exported")), qPrintable(entry));
}

void TestLayerExport::filters_data() {
    QTest::addColumn<QString>("where");
    QTest::addColumn<QRectF>("bbox");
    QTest::addColumn<int>("count");
    QTest::newRow("where lanes = 2 (every third)")
        << QStringLiteral("lanes = 2") << QRectF() << kFeatures / 3;
    // Features 0..19 start at 117.0 + i × 0.0005 < 117.0098.
    QTest::newRow("bbox over the first 20")
        << QString() << QRectF(QPointF(116.9, 36.5), QPointF(117.0098, 36.7)) << 20;
}

void TestLayerExport::filters() {
    QFETCH(QString, where);
    QFETCH(QRectF, bbox);
    QFETCH(int, count);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("centerlines.gpkg"));
    QVERIFY(writeSource(input, QStringLiteral("GPKG"), QStringLiteral("name"), kFeatures));
    ExportOptions options;
    options.format = ExportFormat::GeoPackage;
    options.path = dir.filePath(QStringLiteral("part.gpkg"));
    LayerExportSource source{input, {}, where, {}};
    if (!bbox.isNull())
        source.bbox = bbox;
    const ExportResult result = exportLayer(source, options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.featureCount, count);
    QCOMPARE(readBack(result.files.first(), QStringLiteral("GPKG"), QStringLiteral("name")).names.size(),
             count);
}

void TestLayerExport::refuses_data() {
    QTest::addColumn<QString>("output"); // relative to the folder; "SOURCE" = the input itself
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("odd"); // a name put in the middle of the layer
    QTest::addColumn<int>("status");  // ExportStatus
    QTest::addColumn<QString>("says");
    QTest::newRow("existing output without --overwrite")
        << "old.gpkg"
        << "gpkg"
        << "" << int(ExportStatus::TargetExists) << "already exists";
    QTest::newRow("output is the input (GeoPackage)") << "SOURCE"
                                                      << "gpkg"
                                                      << "" << int(ExportStatus::NotWritten) << "read from";
    QTest::newRow("output is the input's shapefile set (its .dbf)")
        << "bureau.shp"
        << "shp"
        << "" << int(ExportStatus::NotWritten) << "read from";
    QTest::newRow("a name GBK cannot hold (U+20000)")
        << "gbk.shp"
        << "shp" << QStringLiteral("𠀀路") << int(ExportStatus::Failed) << "U+20000";
}

void TestLayerExport::refuses() {
    QFETCH(QString, output);
    QFETCH(QString, format);
    QFETCH(QString, odd);
    QFETCH(int, status);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("centerlines.gpkg"));
    QVERIFY(writeSource(gpkg, QStringLiteral("GPKG"), QStringLiteral("name"), kFeatures, {}, odd));
    const QString shp = dir.filePath(QStringLiteral("bureau.shp"));
    QVERIFY(writeSource(shp, QStringLiteral("ESRI Shapefile"), QStringLiteral("name"), kFeatures,
                        {QStringLiteral("ENCODING=UTF-8")}));
    QFile old(dir.filePath(QStringLiteral("old.gpkg")));
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("someone's work") > 0);
    old.close();
    const QStringList before = folderEntries(dir.path());
    QByteArray shpBytes;
    {
        QFile f(shp);
        QVERIFY(f.open(QIODevice::ReadOnly));
        shpBytes = f.readAll();
    }

    ExportOptions options;
    options.format = *exportFormatFromCode(format);
    options.encoding = ShapefileEncoding::Gbk;
    if (format != QLatin1String("shp"))
        options.encoding = ShapefileEncoding::Utf8;
    options.path = output == QLatin1String("SOURCE") ? gpkg : dir.filePath(output);
    const QString input = output == QLatin1String("bureau.shp") ? shp : gpkg;
    const ExportResult result = exportLayer(LayerExportSource{input, {}, {}, {}}, options);
    QCOMPARE(int(result.status), status);
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    QCOMPARE(folderEntries(dir.path()), before);
    QFile f(shp);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), shpBytes);
    QFile oldAgain(dir.filePath(QStringLiteral("old.gpkg")));
    QVERIFY(oldAgain.open(QIODevice::ReadOnly));
    QCOMPARE(oldAgain.readAll(), QByteArray("someone's work"));
}

void TestLayerExport::cancelLeavesNothing() {
    // Enough features for several cancel polls (every 4096 features) in both passes.
    constexpr int kMany = 20000;
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("big.gpkg"));
    QVERIFY(writeSource(input, QStringLiteral("GPKG"), QStringLiteral("name"), kMany));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("out")));
    QFile old(dir.filePath(QStringLiteral("out/roads.shp")));
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("earlier export") > 0);
    old.close();
    const QStringList before = folderEntries(dir.filePath(QStringLiteral("out")));
    double cancelledAt = 0;
    Feedback* self = nullptr;
    Feedback feedback([&](double percent) {
        // Cancel while the features are being written (after the DBF text scan's 20 %).
        if (percent >= 40 && self && !self->isCanceled()) {
            cancelledAt = percent;
            self->cancel();
        }
    });
    self = &feedback;
    ExportOptions options;
    options.format = ExportFormat::Shapefile;
    options.encoding = ShapefileEncoding::Gbk;
    options.existing = ExistingOutput::Replace;
    options.path = dir.filePath(QStringLiteral("out/roads.shp"));
    options.feedback = &feedback;
    const ExportResult result = exportLayer(LayerExportSource{input, {}, {}, {}}, options);
    QCOMPARE(int(result.status), int(ExportStatus::Cancelled));
    QVERIFY2(cancelledAt >= 40 && cancelledAt < 90, qPrintable(QString::number(cancelledAt)));
    QCOMPARE(folderEntries(dir.filePath(QStringLiteral("out"))), before);
    QFile earlier(dir.filePath(QStringLiteral("out/roads.shp")));
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("earlier export"));
}

QTEST_GUILESS_MAIN(TestLayerExport)
#include "tst_layer_export.moc"
