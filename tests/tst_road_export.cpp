// ctest-label: unit
// links: luming_export luming_core GDAL::GDAL
// exportRoads: every format × encoding × CRS written, then read back with GDAL and compared (count,
// Chinese names incl. the traditional 葉, attributes, CRS, lengths in EPSG:4548); .cpg/LDID of both
// shapefile profiles; GBK refusal of a character outside GBK; atomicity (read-only folder, file-size
// limit standing in for a full disk, cancel) leaving an earlier export byte-identical.
#include "core/feedback.h"
#include "export/road_exporter.h"
#include "export/road_row.h"
#include "test_support.h"

#include <QDirIterator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <gdal_priv.h>
#include <linux/fs.h>
#include <ogrsf_frmts.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace luming;

namespace {

const QString kDoc = QStringLiteral("济政字〔2021〕62号");
const NoticeId kNotice = NoticeId::fromDocNumber(kDoc);

// A small notice near Jinan: a straight road, an L-shaped renamed road with the traditional 葉, an
// adjusted road in 济南高新区 whose note has quotes and commas (CSV quoting), and a cancelled road that
// has no line yet.
Project sampleProject() {
    Notice n;
    n.docNumber = kDoc;
    n.id = kNotice;
    n.title = QStringLiteral("济南市人民政府关于部分道路命名的通知");
    n.date = QDate(2021, 6, 10);

    RoadRecord a;
    a.seq = 1;
    a.name = QStringLiteral("凤鸣路");
    a.district = QStringLiteral("历城区");
    a.subdistricts = {QStringLiteral("港沟街道")};
    a.lengthM = 707.4;
    a.widthMinM = 24;
    a.widthMaxM = 24;
    a.startDir = Direction::North;
    a.start = QStringLiteral("潘田街");
    a.endDir = Direction::South;
    a.end = QStringLiteral("莲岳街");
    a.shape = Shape::Straight;
    a.pinyin = QStringLiteral("Fengming Lu");

    RoadRecord b;
    b.seq = 2;
    b.action = RoadAction::Rename;
    b.name = QStringLiteral("葉家路");
    b.oldName = QStringLiteral("叶家庄路");
    b.district = QStringLiteral("历城区");
    b.subdistricts = {QStringLiteral("郭店街道"), QStringLiteral("港沟街道")};
    b.lengthM = 1113;
    b.lengthApprox = true;
    b.widthMinM = 49;
    b.widthMaxM = 49;
    b.widthParts = {24, 9, 16};
    b.via = {QStringLiteral("经十路")};
    b.shape = Shape::L;
    b.plannedRefs = {QStringLiteral("规划支一路")};

    RoadRecord c;
    c.seq = 3;
    c.action = RoadAction::Adjust;
    c.name = QStringLiteral("规划支一路");
    c.district = QStringLiteral("济南高新区");
    c.subdistricts = {QStringLiteral("章锦街道")};
    c.note = QStringLiteral("起点由“旧路”调整为 \"新村\", 长度不变");
    c.oldStart = QStringLiteral("旧路");

    RoadRecord d;
    d.seq = 4;
    d.action = RoadAction::Cancel;
    d.name = QStringLiteral("港兴三路");
    d.district = QStringLiteral("历城区");
    d.note = QStringLiteral("道路未建成，予以注销");

    n.roads = {a, b, c, d};

    Project p;
    p.parse.notices = {n};
    // Laid out in 济南 (its Gauss–Krüger zone CM 117°E is what the metric exports and HZCD use).
    p.region.code = QStringLiteral("370100");
    p.region.name = QStringLiteral("济南市");
    p.region.metricEpsg = 4548;
    p.region.centre = LonLat{117.0, 36.65};
    // Lines in EPSG:4490 lon/lat; d has none (not laid out yet).
    p.roads = {
        RoadGeometry{RoadId{kNotice, 1}, {{117.158, 36.675}, {117.158, 36.668624}}},
        RoadGeometry{RoadId{kNotice, 2}, {{117.280, 36.720}, {117.290, 36.720}, {117.290, 36.715}}},
        RoadGeometry{RoadId{kNotice, 3}, {{117.195, 36.655}, {117.2003, 36.6561}}},
    };
    return p;
}

// Length of a lon/lat EPSG:4490 line measured in EPSG:4548, independently of the exporter.
double lengthIn4548(const LonLatLine& points) {
    OGRSpatialReference from;
    OGRSpatialReference to;
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    from.importFromEPSG(4490);
    to.importFromEPSG(4548);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&from, &to));
    OGRLineString line;
    for (const LonLat& p : points)
        line.addPoint(p.lon, p.lat);
    if (!ct || line.transform(ct.get()) != OGRERR_NONE)
        return -1;
    return line.get_Length();
}

// Everything GDAL reads back from one export.
struct ReadBack {
    QString error;
    QString epsg;                        // authority code of the layer CRS; empty when none
    QList<QHash<QString, QString>> rows; // field name → value ("" for null)
    QList<double> lengthsM;              // per feature, measured in EPSG:4548; -1 without geometry
    QList<QPointF> firstVertex;          // as stored (x, y)
};

ReadBack readBack(const QString& path, int assumedEpsg) {
    ReadBack out;
    // GeoJSON: keep ISO dates as the strings written (GDAL would turn them into 2021/06/10).
    const char* const openOptions[] = {"DATE_AS_STRING=YES", nullptr};
    const bool geojson = path.endsWith(QLatin1String(".geojson"));
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, geojson ? openOptions : nullptr, nullptr));
    if (!ds) {
        out.error = QStringLiteral("GDAL cannot open ") + path;
        return out;
    }
    if (ds->GetLayerCount() != 1) {
        out.error = QStringLiteral("%1 layers").arg(ds->GetLayerCount());
        return out;
    }
    OGRLayer* layer = ds->GetLayer(0);
    OGRSpatialReference assumed;
    assumed.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    assumed.importFromEPSG(assumedEpsg);
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        // Shapefile, GeoPackage, GeoJSON and KML come back with an EPSG code; the ESRI WKT of a .prj beside
        // a CSV is matched against the EPSG database (as the shapefile driver does for its .prj).
        OGRSpatialReference copy(*srs);
        const char* code = copy.GetAuthorityCode(nullptr);
        if (!code && copy.AutoIdentifyEPSG() == OGRERR_NONE)
            code = copy.GetAuthorityCode(nullptr);
        if (code) {
            out.epsg = QString::fromLatin1(code);
        } else if (std::unique_ptr<OGRSpatialReference, void (*)(OGRSpatialReference*)> match(
                       copy.FindBestMatch(90, "EPSG"),
                       [](OGRSpatialReference* p) {
                           if (p)
                               p->Release();
                       });
                   match && match->GetAuthorityCode(nullptr)) {
            out.epsg = QString::fromLatin1(match->GetAuthorityCode(nullptr));
        }
    }
    OGRSpatialReference metric;
    metric.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    metric.importFromEPSG(4548);
    // Measured from the CRS the export claims, so a wrong CRS shows up as a wrong length.
    std::unique_ptr<OGRCoordinateTransformation> toMetric(
        OGRCreateCoordinateTransformation(&assumed, &metric));
    for (const auto& feature : *layer) {
        QHash<QString, QString> values;
        for (int i = 0; i < feature->GetFieldCount(); ++i)
            values.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                          feature->IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature->GetFieldAsString(i))
                                                           : QString());
        out.rows.append(values);
        const OGRGeometry* g = feature->GetGeometryRef();
        if (!g || g->IsEmpty()) {
            out.lengthsM.append(-1);
            out.firstVertex.append(QPointF());
            continue;
        }
        std::unique_ptr<OGRGeometry> copy(g->clone());
        const auto* line = copy->toLineString();
        out.firstVertex.append(QPointF(line->getX(0), line->getY(0)));
        copy->assignSpatialReference(nullptr);
        if (!toMetric || copy->transform(toMetric.get()) != OGRERR_NONE) {
            out.error = QStringLiteral("cannot transform a read-back line to EPSG:4548");
            return out;
        }
        out.lengthsM.append(copy->toLineString()->get_Length());
    }
    return out;
}

// Every file under a folder (hidden ones too) with its bytes: "untouched" means equal snapshots.
QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path),
                     QFileInfo(path).isDir() ? QByteArray("<dir>") : test::readAll(path));
    }
    return files;
}

// Makes a folder read-only for this process, also when running as root (where permission bits do not
// bind): then the immutable attribute is set. RAII: restored on destruction, also after a failed QVERIFY.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(QString dir) : dir_(std::move(dir)) {
        ::chmod(QFile::encodeName(dir_).constData(), 0555);
        if (canWrite())
            setImmutable(true);
        effective_ = !canWrite();
    }
    ~ReadOnlyFolder() {
        if (immutable_)
            setImmutable(false);
        ::chmod(QFile::encodeName(dir_).constData(), 0755);
    }
    bool effective() const { return effective_; }

private:
    bool canWrite() const {
        QFile probe(QDir(dir_).filePath(QStringLiteral(".probe")));
        if (!probe.open(QIODevice::WriteOnly))
            return false;
        probe.remove();
        return true;
    }
    void setImmutable(bool on) {
        const int fd = ::open(QFile::encodeName(dir_).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return;
        int flags = 0;
        if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            if (::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0)
                immutable_ = on;
        }
        ::close(fd);
    }
    QString dir_;
    bool immutable_ = false;
    bool effective_ = false;
};

// Caps the size of any file this process writes (RLIMIT_FSIZE): writes past it fail with EFBIG, which is
// how a full disk looks to GDAL and SQLite. RAII: the previous limit comes back on destruction.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        std::signal(SIGXFSZ, SIG_IGN); // get EFBIG instead of being killed
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        rlimit limited = saved_;
        limited.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &saved_); }

private:
    rlimit saved_{};
};

QString nameFieldFor(ExportFormat format) {
    switch (format) {
    case ExportFormat::Shapefile:
        return QStringLiteral("DLMC");
    case ExportFormat::Kml:
        return QStringLiteral("Name");
    default:
        return QStringLiteral("道路名称");
    }
}

} // namespace

Q_DECLARE_METATYPE(luming::ExportFormat)
Q_DECLARE_METATYPE(luming::ShapefileEncoding)
Q_DECLARE_METATYPE(std::optional<luming::ExportCrs>)

class TstRoadExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void shapefileEncodingProfile_data();
    void shapefileEncodingProfile();
    void refusals_data();
    void refusals();
    void gbkRefusesCharacterOutsideGbk_data();
    void gbkRefusesCharacterOutsideGbk();
    void replacesEarlierExportAndStaleSidecars();
    void csvAndShapefileShareNoConflictingPrj();
    void readOnlyFolderLeavesEarlierExportUntouched();
    void fullDiskLeavesEarlierExportUntouched_data();
    void fullDiskLeavesEarlierExportUntouched();
    void cancelLeavesNothingBehind_data();
    void cancelLeavesNothingBehind();
    void progressPerFeature();
    void missingFolderIsReported();
    void exportOntoItsSourceIsRefused_data();
    void exportOntoItsSourceIsRefused();
    void optionCodes();
    void existingOutputNeedsReplace_data();
    void existingOutputNeedsReplace();
    void openLayerIsNeverReplaced();
    void dbfTextWidthsLeaveRoom_data();
    void dbfTextWidthsLeaveRoom();
    void sourceTextCutInDbfWithFlag_data();
    void sourceTextCutInDbfWithFlag();
    void sourceTextWholeInOtherFormats_data();
    void sourceTextWholeInOtherFormats();
    void onlyChosenRoads();
};

void TstRoadExport::initTestCase() {
    GDALAllRegister();
}

void TstRoadExport::roundTrip_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<ShapefileEncoding>("encoding");
    QTest::addColumn<std::optional<ExportCrs>>("crs");
    QTest::addColumn<int>("expectedEpsg");
    const ExportCrs all[] = {ExportCrs::Cgcs2000Geographic, ExportCrs::Wgs84Geographic,
                             ExportCrs::Cgcs2000GaussKruger};
    for (auto enc : {ShapefileEncoding::Utf8, ShapefileEncoding::Gbk})
        for (auto crs : all)
            QTest::addRow("shp %s %s", qPrintable(shapefileEncodingCode(enc)),
                          qPrintable(exportCrsCode(crs, 4548)))
                << ExportFormat::Shapefile << enc << std::optional<ExportCrs>(crs)
                << exportCrsEpsg(crs, 4548);
    for (auto format : {ExportFormat::GeoPackage, ExportFormat::Csv})
        for (auto crs : all)
            QTest::addRow("%s UTF-8 %s", qPrintable(exportFormatCode(format)),
                          qPrintable(exportCrsCode(crs, 4548)))
                << format << ShapefileEncoding::Utf8 << std::optional<ExportCrs>(crs)
                << exportCrsEpsg(crs, 4548);
    QTest::newRow("shp default CRS (EPSG:4490)")
        << ExportFormat::Shapefile << ShapefileEncoding::Utf8 << std::optional<ExportCrs>() << 4490;
    QTest::newRow("geojson default CRS (RFC 7946, EPSG:4326)")
        << ExportFormat::GeoJson << ShapefileEncoding::Utf8 << std::optional<ExportCrs>() << 4326;
    QTest::newRow("geojson EPSG:4326 given") << ExportFormat::GeoJson << ShapefileEncoding::Utf8
                                             << std::optional<ExportCrs>(ExportCrs::Wgs84Geographic) << 4326;
    QTest::newRow("kml default CRS (EPSG:4326)")
        << ExportFormat::Kml << ShapefileEncoding::Utf8 << std::optional<ExportCrs>() << 4326;
}

void TstRoadExport::roundTrip() {
    QFETCH(ExportFormat, format);
    QFETCH(ShapefileEncoding, encoding);
    QFETCH(std::optional<ExportCrs>, crs);
    QFETCH(int, expectedEpsg);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Project project = sampleProject();
    ExportOptions options;
    options.format = format;
    options.encoding = encoding;
    options.crs = crs;
    options.path = dir.filePath(QStringLiteral("roads")); // extension added by the exporter
    const ExportResult result = exportRoads(project, options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.featureCount, 4);
    QCOMPARE(result.withoutGeometry, 1);
    QCOMPARE(result.crs, QStringLiteral("EPSG:%1").arg(expectedEpsg));
    QVERIFY2(result.message.contains(QLatin1String("empty geometry")), qPrintable(result.message));
    const QString mainFile = dir.filePath(QStringLiteral("roads.") + exportFormatExtension(format));
    QCOMPARE(result.files.value(0), mainFile);
    for (const QString& f : result.files)
        QVERIFY2(QFileInfo::exists(f), qPrintable(f));
    // Nothing else left in the folder (no staging folder).
    QStringList expectedFiles;
    for (const QString& f : result.files)
        expectedFiles.append(QFileInfo(f).fileName());
    expectedFiles.sort();
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             expectedFiles);
    if (format == ExportFormat::Shapefile) {
        for (const char* suffix : {".shp", ".shx", ".dbf", ".prj", ".cpg", "_dictionary.csv"})
            QVERIFY2(expectedFiles.contains(QStringLiteral("roads") + QLatin1String(suffix)), suffix);
    }
    if (format == ExportFormat::Csv)
        QCOMPARE(expectedFiles, QStringList({QStringLiteral("roads.csv"), QStringLiteral("roads.prj")}));

    const ReadBack back = readBack(mainFile, expectedEpsg);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.rows.size(), 4);
    QCOMPARE(back.epsg, QString::number(expectedEpsg)); // CSV: from the .prj written beside it

    // Names (Chinese, traditional 葉 included) in order.
    const QString nameField = nameFieldFor(format);
    const QStringList names = {QStringLiteral("凤鸣路"), QStringLiteral("葉家路"),
                               QStringLiteral("规划支一路"), QStringLiteral("港兴三路")};
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(back.rows.at(i).value(nameField), names.at(i));

    // Attributes, by the field names of the format (KML keeps the Chinese names in ExtendedData).
    const bool codes = format == ExportFormat::Shapefile;
    const auto field = [&](const char* code, const QString& chinese) {
        return codes ? QString::fromLatin1(code) : chinese;
    };
    const auto& r0 = back.rows.at(0);
    const auto& r1 = back.rows.at(1);
    const auto& r2 = back.rows.at(2);
    const auto& r3 = back.rows.at(3);
    QCOMPARE(r0.value(field("CD", QStringLiteral("长度"))).toDouble(), 707.4);
    QCOMPARE(r0.value(field("QXMC", QStringLiteral("区县"))), QStringLiteral("历城区"));
    QCOMPARE(r0.value(field("KD_MAX", QStringLiteral("最大宽度"))).toDouble(), 24.0);
    QCOMPARE(r0.value(field("QD", QStringLiteral("起点"))), QStringLiteral("潘田街"));
    QCOMPARE(r0.value(field("JHLY", QStringLiteral("几何来源"))), QStringLiteral("schematic"));
    QCOMPARE(r1.value(field("ZT", QStringLiteral("状态"))), QStringLiteral("更名"));
    QCOMPARE(r1.value(field("YMC", QStringLiteral("原名称"))), QStringLiteral("叶家庄路"));
    QCOMPARE(r1.value(field("JDMC", QStringLiteral("街道"))), QStringLiteral("郭店街道、港沟街道"));
    QCOMPARE(r1.value(field("KDGC", QStringLiteral("宽度构成"))), QStringLiteral("24+9+16"));
    QCOMPARE(r1.value(field("CDYS", QStringLiteral("长度为约数"))).toInt(), 1);
    QCOMPARE(r1.value(field("GGWH", QStringLiteral("公告文号"))), kDoc);
    QCOMPARE(r1.value(field("GGRQ", QStringLiteral("公告日期"))), QStringLiteral("2021-06-10"));
    QCOMPARE(r2.value(field("QXMC", QStringLiteral("区县"))), QStringLiteral("济南高新区"));
    QVERIFY(r2.value(field("CD", QStringLiteral("长度"))).isEmpty()); // no length in the text: null, not 0
    QCOMPARE(r3.value(field("ZT", QStringLiteral("状态"))), QStringLiteral("注销"));
    QVERIFY(r3.value(field("JHLY", QStringLiteral("几何来源"))).isEmpty());
    if (format != ExportFormat::Kml) // KML puts 备注 in <description>
        QCOMPARE(r2.value(field("BZ", QStringLiteral("备注"))),
                 QStringLiteral("起点由“旧路”调整为 \"新村\", 长度不变"));
    else
        QVERIFY(test::readAll(mainFile).contains("<name>葉家路</name>")); // the label

    // Geometry: where the CRS says, and as long (in EPSG:4548) as the input line.
    const LonLatLine inputs[] = {project.roads.at(0).points, project.roads.at(1).points,
                                 project.roads.at(2).points};
    double worstM = 0;
    for (int i = 0; i < 3; ++i) {
        const double expected = lengthIn4548(inputs[i]);
        worstM = std::max(worstM, std::abs(back.lengthsM.at(i) - expected));
        QVERIFY2(std::abs(back.lengthsM.at(i) - expected) < 0.05,
                 qPrintable(QStringLiteral("%1: %2 m read back vs %3 m in")
                                .arg(names.at(i))
                                .arg(back.lengthsM.at(i))
                                .arg(expected)));
        if (format != ExportFormat::Kml) // HZCD = the length of the written line, in centimetres
            QVERIFY(std::abs(back.rows.at(i).value(field("HZCD", QStringLiteral("绘制长度"))).toDouble() -
                             expected) < 0.0051);
    }
    QCOMPARE(back.lengthsM.at(3), -1.0); // 港兴三路: empty geometry
    qInfo("largest length difference read back vs input, in EPSG:4548: %.1e m", worstM);
    const QPointF v = back.firstVertex.at(0);
    if (expectedEpsg == 4548) { // easting/northing: CM 117E has false easting 500000 m
        QVERIFY2(v.x() > 510000 && v.x() < 520000 && v.y() > 4.05e6 && v.y() < 4.07e6,
                 qPrintable(QString::number(v.x())));
    } else { // lon/lat order, not lat/lon
        QVERIFY2(std::abs(v.x() - 117.158) < 1e-6 && std::abs(v.y() - 36.675) < 1e-6,
                 qPrintable(QStringLiteral("%1 %2").arg(v.x()).arg(v.y())));
    }

    if (format == ExportFormat::Csv)
        QVERIFY(test::readAll(mainFile).startsWith("\xEF\xBB\xBF"));
    if (format == ExportFormat::Shapefile) {
        const QByteArray dictionary = test::readAll(dir.filePath(QStringLiteral("roads_dictionary.csv")));
        QVERIFY(dictionary.startsWith(QByteArray("\xEF\xBB\xBF") +
                                      QStringLiteral("code,中文名,type,description").toUtf8()));
        QVERIFY(dictionary.contains(QStringLiteral("DLMC,\"道路名称\"").toUtf8()));
    }
}

void TstRoadExport::shapefileEncodingProfile_data() {
    QTest::addColumn<ShapefileEncoding>("encoding");
    QTest::addColumn<QByteArray>("cpg");
    QTest::addColumn<int>("ldid");
    QTest::addColumn<QByteArray>("codec");
    // GDAL writes .cpg "UTF-8" and LDID 0 for ENCODING=UTF-8; for ENCODING=LDID/77 it writes LDID 0x4D and
    // no .cpg, so the exporter adds one saying 936. Never LDID 87 (GDAL's Latin-1 default).
    QTest::newRow("UTF-8 profile: .cpg UTF-8, LDID 0")
        << ShapefileEncoding::Utf8 << QByteArray("UTF-8") << 0 << QByteArray("UTF-8");
    QTest::newRow("GBK profile: .cpg 936, LDID 77")
        << ShapefileEncoding::Gbk << QByteArray("936") << 77 << QByteArray("GBK");
}

void TstRoadExport::shapefileEncodingProfile() {
    QFETCH(ShapefileEncoding, encoding);
    QFETCH(QByteArray, cpg);
    QFETCH(int, ldid);
    QFETCH(QByteArray, codec);
    QTemporaryDir dir;
    ExportOptions options;
    options.encoding = encoding;
    options.path = dir.filePath(QStringLiteral("roads.shp"));
    const ExportResult result = exportRoads(sampleProject(), options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(test::readAll(dir.filePath(QStringLiteral("roads.cpg"))).trimmed(), cpg);
    const QByteArray dbf = test::readAll(dir.filePath(QStringLiteral("roads.dbf")));
    QVERIFY(dbf.size() > 32);
    QCOMPARE(static_cast<int>(static_cast<unsigned char>(dbf.at(29))), ldid); // DBF header byte 29: LDID
    // The names are stored in that code page, byte for byte.
    QStringEncoder encoder(codec.constData());
    const QByteArray encoded = encoder.encode(QStringLiteral("葉家路"));
    QVERIFY(!encoder.hasError());
    QVERIFY(dbf.contains(encoded));
    if (encoding == ShapefileEncoding::Gbk)
        QVERIFY(!dbf.contains(QStringLiteral("葉家路").toUtf8()));
    QVERIFY(!dbf.contains("???"));
}

void TstRoadExport::refusals_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<ShapefileEncoding>("encoding");
    QTest::addColumn<std::optional<ExportCrs>>("crs");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("geojson in EPSG:4490 (RFC 7946 is WGS 84)")
        << ExportFormat::GeoJson << ShapefileEncoding::Utf8
        << std::optional<ExportCrs>(ExportCrs::Cgcs2000Geographic) << QStringLiteral("roads.geojson")
        << QStringLiteral("EPSG:4326");
    QTest::newRow("geojson in EPSG:4548") << ExportFormat::GeoJson << ShapefileEncoding::Utf8
                                          << std::optional<ExportCrs>(ExportCrs::Cgcs2000GaussKruger)
                                          << QStringLiteral("roads.geojson") << QStringLiteral("EPSG:4548");
    QTest::newRow("kml in EPSG:4548") << ExportFormat::Kml << ShapefileEncoding::Utf8
                                      << std::optional<ExportCrs>(ExportCrs::Cgcs2000GaussKruger)
                                      << QStringLiteral("roads.kml") << QStringLiteral("WGS 84");
    QTest::newRow("gpkg with GBK") << ExportFormat::GeoPackage << ShapefileEncoding::Gbk
                                   << std::optional<ExportCrs>() << QStringLiteral("roads.gpkg")
                                   << QStringLiteral("shapefiles only");
    QTest::newRow("csv with GBK") << ExportFormat::Csv << ShapefileEncoding::Gbk << std::optional<ExportCrs>()
                                  << QStringLiteral("roads.csv") << QStringLiteral("shapefiles only");
    QTest::newRow("shp to a .gpkg name")
        << ExportFormat::Shapefile << ShapefileEncoding::Utf8 << std::optional<ExportCrs>()
        << QStringLiteral("roads.gpkg") << QStringLiteral(".shp");
}

void TstRoadExport::refusals() {
    QFETCH(ExportFormat, format);
    QFETCH(ShapefileEncoding, encoding);
    QFETCH(std::optional<ExportCrs>, crs);
    QFETCH(QString, fileName);
    QFETCH(QString, mustSay);
    QTemporaryDir dir;
    ExportOptions options;
    options.format = format;
    options.encoding = encoding;
    options.crs = crs;
    options.path = dir.filePath(fileName);
    const ExportResult result = exportRoads(sampleProject(), options);
    QCOMPARE(result.status, ExportStatus::Failed);
    QVERIFY2(result.message.contains(mustSay), qPrintable(result.message));
    QVERIFY(snapshot(dir.path()).isEmpty());
}

void TstRoadExport::gbkRefusesCharacterOutsideGbk_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("mustSay");
    // U+20000 𠀀 (CJK Ext-B, first code point) and U+1F6A7 🚧: both outside code page 936.
    QTest::newRow("Ext-B ideograph in the name")
        << QStringLiteral("𠀀家路") << QString() << QStringLiteral("U+20000");
    QTest::newRow("emoji in the note")
        << QStringLiteral("凤鸣路") << QStringLiteral("施工中🚧") << QStringLiteral("U+1F6A7");
}

void TstRoadExport::gbkRefusesCharacterOutsideGbk() {
    QFETCH(QString, name);
    QFETCH(QString, note);
    QFETCH(QString, mustSay);
    Project project = sampleProject();
    project.parse.notices[0].roads[0].name = name;
    project.parse.notices[0].roads[0].note = note;
    QTemporaryDir dir;
    ExportOptions options;
    options.encoding = ShapefileEncoding::Gbk;
    options.path = dir.filePath(QStringLiteral("roads.shp"));
    const ExportResult result = exportRoads(project, options);
    QCOMPARE(result.status, ExportStatus::Failed);
    QVERIFY2(result.message.contains(name), qPrintable(result.message)); // names the road
    QVERIFY2(result.message.contains(QStringLiteral("#1")), qPrintable(result.message));
    QVERIFY2(result.message.contains(mustSay), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("GBK")), qPrintable(result.message));
    QVERIFY(snapshot(dir.path()).isEmpty()); // no file, no '?'

    // The same text is fine in UTF-8, and comes back intact.
    options.encoding = ShapefileEncoding::Utf8;
    const ExportResult utf8 = exportRoads(project, options);
    QVERIFY2(utf8.ok(), qPrintable(utf8.message));
    const ReadBack back = readBack(options.path, 4490);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.rows.at(0).value(QStringLiteral("DLMC")), name);
    QCOMPARE(back.rows.at(0).value(QStringLiteral("BZ")), note);
}

void TstRoadExport::replacesEarlierExportAndStaleSidecars() {
    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("roads.shp"));
    QVERIFY(exportRoads(sampleProject(), options).ok());
    // A stale spatial index from some other tool must not survive a replacement.
    QFile qix(dir.filePath(QStringLiteral("roads.qix")));
    QVERIFY(qix.open(QIODevice::WriteOnly));
    qix.write("stale");
    qix.close();
    Project smaller = sampleProject();
    smaller.parse.notices[0].roads.removeLast();
    options.encoding = ShapefileEncoding::Gbk;
    options.existing = ExistingOutput::Replace;
    const ExportResult second = exportRoads(smaller, options);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("roads.qix"))));
    QCOMPARE(test::readAll(dir.filePath(QStringLiteral("roads.cpg"))), QByteArray("936"));
    QCOMPARE(readBack(options.path, 4490).rows.size(), 3);
}

void TstRoadExport::csvAndShapefileShareNoConflictingPrj() {
    // GDAL reads roads.prj for roads.shp and roads.csv alike.
    QTemporaryDir dir;
    ExportOptions shp;
    shp.crs = ExportCrs::Cgcs2000GaussKruger;
    shp.path = dir.filePath(QStringLiteral("roads.shp"));
    QVERIFY(exportRoads(sampleProject(), shp).ok());
    const auto before = snapshot(dir.path());
    ExportOptions csv;
    csv.format = ExportFormat::Csv;
    csv.crs = ExportCrs::Cgcs2000Geographic;
    csv.path = dir.filePath(QStringLiteral("roads.csv"));
    const ExportResult clash = exportRoads(sampleProject(), csv);
    QCOMPARE(clash.status, ExportStatus::Failed);
    QVERIFY2(clash.message.contains(QLatin1String("roads.shp")), qPrintable(clash.message));
    QCOMPARE(snapshot(dir.path()), before);
    csv.crs = ExportCrs::Cgcs2000GaussKruger; // same CRS: the .prj can be shared
    const ExportResult shared = exportRoads(sampleProject(), csv);
    QVERIFY2(shared.ok(), qPrintable(shared.message));
    QCOMPARE(readBack(shp.path, 4548).epsg, QStringLiteral("4548"));
    QCOMPARE(readBack(csv.path, 4548).epsg, QStringLiteral("4548"));
}

void TstRoadExport::readOnlyFolderLeavesEarlierExportUntouched() {
    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("roads.shp"));
    QVERIFY(exportRoads(sampleProject(), options).ok());
    const auto before = snapshot(dir.path());
    QVERIFY(before.contains(QStringLiteral("roads.dbf")));

    Project changed = sampleProject();
    changed.parse.notices[0].roads[0].name = QStringLiteral("凤鸣北路");
    options.existing = ExistingOutput::Replace;
    ExportResult result;
    {
        ReadOnlyFolder readOnly(dir.path());
        if (!readOnly.effective())
            QSKIP("cannot make a folder read-only here (root without the immutable attribute)");
        result = exportRoads(changed, options);
    }
    QCOMPARE(result.status, ExportStatus::NotWritten);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(dir.path())), qPrintable(result.message));
    QCOMPARE(snapshot(dir.path()), before); // byte-identical, nothing added
}

void TstRoadExport::fullDiskLeavesEarlierExportUntouched_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<int>("limitBytes");
    // Limits below the size of the new files: the .dbf header alone is ~900 bytes, a GeoPackage ~100 KiB.
    QTest::newRow("shp, files capped at 600 bytes") << ExportFormat::Shapefile << 600;
    QTest::newRow("gpkg, files capped at 16 KiB") << ExportFormat::GeoPackage << 16 * 1024;
}

void TstRoadExport::fullDiskLeavesEarlierExportUntouched() {
    QFETCH(ExportFormat, format);
    QFETCH(int, limitBytes);
    QTemporaryDir dir;
    ExportOptions options;
    options.format = format;
    options.path = dir.filePath(QStringLiteral("roads"));
    QVERIFY(exportRoads(sampleProject(), options).ok());
    const auto before = snapshot(dir.path());
    options.existing = ExistingOutput::Replace;
    ExportResult result;
    {
        FileSizeLimit limit(static_cast<rlim_t>(limitBytes));
        result = exportRoads(sampleProject(), options);
    }
    QCOMPARE(result.status, ExportStatus::NotWritten);
    // The cause is named, not left as GDAL's "Failure seeking to position…" (issue 13, point 9).
    QVERIFY2(result.message.contains(QLatin1String("File too large")), qPrintable(result.message));
    qInfo("%s", qPrintable(result.message));
    QCOMPARE(snapshot(dir.path()), before);
}

void TstRoadExport::cancelLeavesNothingBehind_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("earlier");    // an earlier export of the same name is there
    QTest::addColumn<double>("cancelAt"); // progress at which the user cancels
    QTest::newRow("gpkg, new file, after 2 of 4 features") << ExportFormat::GeoPackage << false << 45.0;
    QTest::newRow("gpkg over an earlier export, after 2 of 4") << ExportFormat::GeoPackage << true << 45.0;
    QTest::newRow("shp over an earlier export, after 1 of 4") << ExportFormat::Shapefile << true << 22.5;
    QTest::newRow("shp over an earlier export, after the last feature, before the swap")
        << ExportFormat::Shapefile << true << 90.0;
}

void TstRoadExport::cancelLeavesNothingBehind() {
    QFETCH(ExportFormat, format);
    QFETCH(bool, earlier);
    QFETCH(double, cancelAt);
    QTemporaryDir dir;
    ExportOptions options;
    options.format = format;
    options.path = dir.filePath(QStringLiteral("roads.") + exportFormatExtension(format));
    if (earlier) {
        Project old = sampleProject();
        old.parse.notices.first().roads.removeLast(); // the earlier file differs from what is cancelled
        QVERIFY(exportRoads(old, options).ok());
    }
    const auto before = snapshot(dir.path());

    Feedback* self = nullptr;
    QList<double> seen;
    Feedback feedback([&](double percent) {
        seen.append(percent);
        if (percent >= cancelAt)
            self->cancel(); // the callback runs on the exporting thread: the next poll sees it
    });
    self = &feedback;
    options.feedback = &feedback;
    options.existing = ExistingOutput::Replace;
    const ExportResult result = exportRoads(sampleProject(), options);
    QCOMPARE(result.status, ExportStatus::Cancelled);
    QVERIFY(seen.last() < 100);
    QCOMPARE(snapshot(dir.path()), before); // nothing new, the earlier file byte for byte
}

void TstRoadExport::progressPerFeature() {
    QTemporaryDir dir;
    QList<double> calls;
    Feedback feedback([&](double percent) { calls.append(percent); });
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.path = dir.filePath(QStringLiteral("roads.csv"));
    options.feedback = &feedback;
    QVERIFY(exportRoads(sampleProject(), options).ok());
    // Four features share the first kWritingShare (90) percent; the checks and renames the rest.
    const QList<double> expected = {22.5, 45, 67.5, 90, 100};
    QCOMPARE(calls, expected);
    QCOMPARE(feedback.progress(), 100.0);
    QVERIFY(std::is_sorted(calls.begin(), calls.end()));
}

void TstRoadExport::missingFolderIsReported() {
    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("no/such/folder/roads.shp"));
    const ExportResult result = exportRoads(sampleProject(), options);
    QCOMPARE(result.status, ExportStatus::NotWritten);
    QVERIFY2(result.message.contains(QLatin1String("does not exist")), qPrintable(result.message));
    QVERIFY(snapshot(dir.path()).isEmpty());
}

void TstRoadExport::optionCodes() {
    QCOMPARE(exportFormatFromCode(QStringLiteral("SHP")), std::optional(ExportFormat::Shapefile));
    QCOMPARE(exportFormatFromCode(QStringLiteral("kml")), std::optional(ExportFormat::Kml));
    QVERIFY(!exportFormatFromCode(QStringLiteral("dxf")));
    QCOMPARE(exportCrsFromCode(QStringLiteral("EPSG:4548")), std::optional(ExportCrs::Cgcs2000GaussKruger));
    QCOMPARE(exportCrsFromCode(QStringLiteral("4326")), std::optional(ExportCrs::Wgs84Geographic));
    QVERIFY(!exportCrsFromCode(QStringLiteral("EPSG:3857")));
    QCOMPARE(shapefileEncodingFromCode(QStringLiteral("utf8")), std::optional(ShapefileEncoding::Utf8));
    QCOMPARE(shapefileEncodingFromCode(QStringLiteral("GBK")), std::optional(ShapefileEncoding::Gbk));
    QVERIFY(!shapefileEncodingFromCode(QStringLiteral("Latin-1")));
}

QTEST_GUILESS_MAIN(TstRoadExport)
#include "tst_road_export.moc"

// Issue 13 point 3 in the library: no member of the target's file set may be a file the project was
// read from — by name, through a symlink, or as a shapefile sidecar.
void TstRoadExport::exportOntoItsSourceIsRefused_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("source"); // the project's source file, relative to the folder
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("symlink"); // output is a symlink to the source
    QTest::newRow("gpkg onto its own project") << ExportFormat::GeoPackage << "p.gpkg"
                                               << "p.gpkg" << false;
    QTest::newRow("gpkg onto a symlink to the project") << ExportFormat::GeoPackage << "p.gpkg"
                                                        << "l.gpkg" << true;
    QTest::newRow("shp whose .dbf is the source") << ExportFormat::Shapefile << "roads.dbf"
                                                  << "roads.shp" << false;
    QTest::newRow("csv onto the notice text") << ExportFormat::Csv << "notice.csv"
                                              << "notice.csv" << false;
}

void TstRoadExport::exportOntoItsSourceIsRefused() {
    QFETCH(ExportFormat, format);
    QFETCH(QString, source);
    QFETCH(QString, output);
    QFETCH(bool, symlink);
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(source);
    {
        QFile f(sourcePath);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("the source\n") > 0);
    }
    if (symlink)
        QVERIFY(QFile::link(sourcePath, dir.filePath(output)));
    Project project = sampleProject();
    project.parse.file = sourcePath;
    ExportOptions options;
    options.format = format;
    options.path = dir.filePath(output);
    const auto before = snapshot(dir.path());
    const ExportResult result = exportRoads(project, options);
    QCOMPARE(result.status, ExportStatus::NotWritten);
    QVERIFY2(result.message.contains(QLatin1String("read from")), qPrintable(result.message));
    QCOMPARE(snapshot(dir.path()), before);
}

// Issue 10 point 6: an export never replaces a file unasked.
void TstRoadExport::existingOutputNeedsReplace_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("existing"); // the file already there, beside the target roads.<ext>
    QTest::newRow("shp over roads.shp") << ExportFormat::Shapefile << "roads.shp";
    QTest::newRow("shp over a lone roads.dbf (an attribute table is work too)")
        << ExportFormat::Shapefile << "roads.dbf";
    QTest::newRow("gpkg over roads.gpkg") << ExportFormat::GeoPackage << "roads.gpkg";
    QTest::newRow("geojson over roads.geojson") << ExportFormat::GeoJson << "roads.geojson";
    QTest::newRow("csv over roads.csv") << ExportFormat::Csv << "roads.csv";
}

void TstRoadExport::existingOutputNeedsReplace() {
    QFETCH(ExportFormat, format);
    QFETCH(QString, existing);
    QTemporaryDir dir;
    QVERIFY(test::writeFile(dir.filePath(existing), "someone's work\n"));
    const auto before = snapshot(dir.path());
    ExportOptions options;
    options.format = format;
    options.path = dir.filePath(QStringLiteral("roads"));
    QCOMPARE(existingExportFiles(options), QStringList{dir.filePath(existing)});
    const ExportResult refused = exportRoads(sampleProject(), options);
    QCOMPARE(refused.status, ExportStatus::TargetExists);
    QVERIFY2(refused.message.contains(dir.filePath(existing)), qPrintable(refused.message));
    QCOMPARE(snapshot(dir.path()), before); // byte for byte, nothing added
    options.existing = ExistingOutput::Replace;
    const ExportResult replaced = exportRoads(sampleProject(), options);
    QVERIFY2(replaced.ok(), qPrintable(replaced.message));
    QCOMPARE(readBack(dir.filePath(QStringLiteral("roads.") + exportFormatExtension(format)),
                      format == ExportFormat::GeoJson ? 4326 : 4490)
                 .rows.size(),
             4);
}

void TstRoadExport::openLayerIsNeverReplaced() {
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportFormat::GeoPackage;
    options.path = dir.filePath(QStringLiteral("roads.gpkg"));
    QVERIFY(exportRoads(sampleProject(), options).ok());
    const auto before = snapshot(dir.path());
    QVERIFY(QFile::link(options.path, dir.filePath(QStringLiteral("layer.gpkg"))));
    options.openFiles = {dir.filePath(QStringLiteral("layer.gpkg"))}; // the viewer shows it via a link
    options.existing = ExistingOutput::Replace;
    const ExportResult result = exportRoads(sampleProject(), options);
    QCOMPARE(result.status, ExportStatus::NotWritten);
    QVERIFY2(result.message.contains(QLatin1String("open as a layer")), qPrintable(result.message));
    auto after = snapshot(dir.path());
    after.remove(QStringLiteral("layer.gpkg"));
    QCOMPARE(after, before);
}

// Widths as GDAL reads them back from the .dbf: room to type a longer name, a 拼音 or a 备注 in ArcGIS.
void TstRoadExport::dbfTextWidthsLeaveRoom_data() {
    QTest::addColumn<ShapefileEncoding>("encoding");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("minWidth");
    for (ShapefileEncoding e : {ShapefileEncoding::Utf8, ShapefileEncoding::Gbk}) {
        const QString enc = shapefileEncodingCode(e);
        QTest::addRow("%s DLMC 道路名称 ≥ 50", qPrintable(enc)) << e << "DLMC" << 50;
        QTest::addRow("%s YMC 原名称 ≥ 50", qPrintable(enc)) << e << "YMC" << 50;
        QTest::addRow("%s PY 拼音 ≥ 50 (empty in the data)", qPrintable(enc)) << e << "PY" << 50;
        QTest::addRow("%s BZ 备注 = 254", qPrintable(enc)) << e << "BZ" << 254;
        QTest::addRow("%s YW 原文 = 254", qPrintable(enc)) << e << "YW" << 254;
        QTest::addRow("%s QD 起点 ≥ 50", qPrintable(enc)) << e << "QD" << 50;
    }
}

void TstRoadExport::dbfTextWidthsLeaveRoom() {
    QFETCH(ShapefileEncoding, encoding);
    QFETCH(QString, code);
    QFETCH(int, minWidth);
    QTemporaryDir dir;
    ExportOptions options;
    options.encoding = encoding;
    options.path = dir.filePath(QStringLiteral("roads.shp"));
    const ExportResult result = exportRoads(sampleProject(), options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    GDALDatasetUniquePtr ds(GDALDataset::Open(options.path.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds && ds->GetLayerCount() == 1);
    OGRFeatureDefn* defn = ds->GetLayer(0)->GetLayerDefn();
    const int i = defn->GetFieldIndex(code.toLatin1().constData());
    QVERIFY2(i >= 0, qPrintable(code));
    QCOMPARE(defn->GetFieldDefn(i)->GetType(), OFTString);
    const int width = defn->GetFieldDefn(i)->GetWidth();
    QVERIFY2(width >= minWidth && width <= 254,
             qPrintable(QStringLiteral("%1 is %2 bytes").arg(code).arg(width)));
    // The data dictionary says the same width.
    const QString dictionary =
        QString::fromUtf8(test::readAll(dir.filePath(QStringLiteral("roads_dictionary.csv"))));
    QVERIFY2(dictionary.contains(QStringLiteral("%1,").arg(code)) &&
                 dictionary.contains(
                     QStringLiteral("String(%1 bytes %2)").arg(width).arg(shapefileEncodingCode(encoding))),
             qPrintable(dictionary));
}

// The item as printed: whole where the format allows, cut to 254 bytes (whole characters) in a DBF
// with YWJD = 1. 120 × 路 is 360 bytes in UTF-8 but 240 in GBK, so only the UTF-8 file cuts it.
void TstRoadExport::sourceTextCutInDbfWithFlag_data() {
    QTest::addColumn<ShapefileEncoding>("encoding");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("expectedKept"); // characters in YW
    QTest::addColumn<int>("expectedFlag");
    QTest::newRow("UTF-8, 120 characters (360 bytes): 84 kept, flagged")
        << ShapefileEncoding::Utf8 << 120 << 84 << 1;
    QTest::newRow("UTF-8, 84 characters (252 bytes): whole") << ShapefileEncoding::Utf8 << 84 << 84 << 0;
    QTest::newRow("GBK, 120 characters (240 bytes): whole") << ShapefileEncoding::Gbk << 120 << 120 << 0;
    QTest::newRow("GBK, 200 characters (400 bytes): 127 kept, flagged")
        << ShapefileEncoding::Gbk << 200 << 127 << 1;
}

void TstRoadExport::sourceTextCutInDbfWithFlag() {
    QFETCH(ShapefileEncoding, encoding);
    QFETCH(int, characters);
    QFETCH(int, expectedKept);
    QFETCH(int, expectedFlag);
    Project project = sampleProject();
    const QString printed = QString(characters, QChar(u'路'));
    project.parse.notices[0].roads[1].source.text = printed;
    project.parse.notices[0].roads[0].source.text = QStringLiteral("一、凤鸣路");
    QTemporaryDir dir;
    ExportOptions options;
    options.encoding = encoding;
    options.path = dir.filePath(QStringLiteral("roads.shp"));
    const ExportResult result = exportRoads(project, options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const ReadBack back = readBack(options.path, 4490);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.rows.at(1).value(QStringLiteral("YW")), printed.left(expectedKept));
    QCOMPARE(back.rows.at(1).value(QStringLiteral("YWJD")).toInt(), expectedFlag);
    QCOMPARE(back.rows.at(0).value(QStringLiteral("YW")), QStringLiteral("一、凤鸣路"));
    QCOMPARE(back.rows.at(0).value(QStringLiteral("YWJD")).toInt(), 0);
    QVERIFY(back.rows.at(2).value(QStringLiteral("YW")).isEmpty()); // no source text: null, flag 0
    QCOMPARE(back.rows.at(2).value(QStringLiteral("YWJD")).toInt(), 0);
}

void TstRoadExport::sourceTextWholeInOtherFormats_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("gpkg") << ExportFormat::GeoPackage;
    QTest::newRow("geojson") << ExportFormat::GeoJson;
    QTest::newRow("csv") << ExportFormat::Csv;
}

void TstRoadExport::sourceTextWholeInOtherFormats() {
    QFETCH(ExportFormat, format);
    Project project = sampleProject();
    const QString printed = QStringLiteral("二、") + QString(300, QChar(u'路')); // 906 bytes
    project.parse.notices[0].roads[1].source.text = printed;
    QTemporaryDir dir;
    ExportOptions options;
    options.format = format;
    options.path = dir.filePath(QStringLiteral("roads"));
    const ExportResult result = exportRoads(project, options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const ReadBack back = readBack(result.files.value(0), format == ExportFormat::GeoJson ? 4326 : 4490);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.rows.at(1).value(QStringLiteral("原文")), printed);
    QVERIFY(!back.rows.at(1).contains(QStringLiteral("原文截断"))); // the flag is the DBF's alone
}

void TstRoadExport::onlyChosenRoads() {
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.path = dir.filePath(QStringLiteral("roads.csv"));
    options.only = roadsOfDistrict(sampleProject(), QStringLiteral("历城区"));
    QCOMPARE(options.only->size(), 3);
    const ExportResult result = exportRoads(sampleProject(), options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.featureCount, 3);
    const ReadBack back = readBack(options.path, 4490);
    QCOMPARE(back.rows.size(), 3);
    for (const auto& row : back.rows)
        QCOMPARE(row.value(QStringLiteral("区县")), QStringLiteral("历城区"));
    options.only = QSet<RoadId>{RoadId{kNotice, 3}};
    options.existing = ExistingOutput::Replace;
    QCOMPARE(exportRoads(sampleProject(), options).featureCount, 1);
    options.only = QSet<RoadId>{};
    QCOMPARE(exportRoads(sampleProject(), options).status, ExportStatus::Failed);
}
