// `luming export` as a user runs it on the bundled notice: an existing output refused without
// --overwrite (status 5, the message names the file and the flag) and replaced with it; DBF text widths
// read back through GDAL; the item as printed (原文) whole in GeoPackage/GeoJSON/CSV and cut with a
// flag in the DBF; --district exporting only that 区's roads.
// ctest-label: system
// links: Qt6::Core GDAL::GDAL
#include "cli_run.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace {

using luming::test::Run;
using luming::test::runLuming;

Run exportSeed(const QString& format, const QString& out, const QStringList& extra = {}) {
    return runLuming(QStringList{QStringLiteral("export"), luming::test::seedNoticePath(),
                                 QStringLiteral("-f"), format, QStringLiteral("-o"), out} +
                     extra);
}

QByteArray sha(const QString& path) {
    return QCryptographicHash::hash(luming::test::readAll(path), QCryptographicHash::Sha256);
}

// Every feature's fields as GDAL reads them (name → value, "" for null).
QList<QHash<QString, QString>> features(const QString& path) {
    QList<QHash<QString, QString>> rows;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || ds->GetLayerCount() != 1)
        return rows;
    for (const auto& f : *ds->GetLayer(0)) {
        QHash<QString, QString> row;
        for (int i = 0; i < f->GetFieldCount(); ++i)
            row.insert(QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef()),
                       f->IsFieldSetAndNotNull(i) ? QString::fromUtf8(f->GetFieldAsString(i)) : QString());
        rows.append(row);
    }
    return rows;
}

} // namespace

class TstExportCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { GDALAllRegister(); }

    void existingOutputNeedsOverwrite_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("shp") << "shp"
                             << "roads.shp";
        QTest::newRow("gpkg") << "gpkg"
                              << "roads.gpkg";
        QTest::newRow("geojson") << "geojson"
                                 << "roads.geojson";
        QTest::newRow("csv") << "csv"
                             << "roads.csv";
    }
    void existingOutputNeedsOverwrite() {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString out = dir.filePath(file);
        const Run first = exportSeed(format, out);
        QVERIFY2(first.status == 0, qPrintable(first.err));
        const QByteArray before = sha(out);
        const Run again = exportSeed(format, out);
        QCOMPARE(again.status, 5); // README: the output could not be written, existing file left as it was
        QVERIFY2(again.err.contains(out) && again.err.contains(QLatin1String("--overwrite")),
                 qPrintable(again.err));
        QCOMPARE(sha(out), before);
        const Run replaced = exportSeed(format, out, {QStringLiteral("--overwrite")});
        QVERIFY2(replaced.status == 0, qPrintable(replaced.err));
        QCOMPARE(features(out).size(), 59);
    }

    void dbfWidths_data() {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("minWidth");
        QTest::addColumn<int>("maxWidth");
        for (const char* enc : {"UTF-8", "GBK"}) {
            QTest::addRow("%s DLMC ≥ 50", enc) << enc << "DLMC" << 50 << 254;
            QTest::addRow("%s PY ≥ 50", enc) << enc << "PY" << 50 << 254;
            QTest::addRow("%s BZ = 254", enc) << enc << "BZ" << 254 << 254;
            QTest::addRow("%s YW = 254", enc) << enc << "YW" << 254 << 254;
        }
    }
    void dbfWidths() {
        QFETCH(QString, encoding);
        QFETCH(QString, code);
        QFETCH(int, minWidth);
        QFETCH(int, maxWidth);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("roads.shp"));
        const Run r = exportSeed(QStringLiteral("shp"), out, {QStringLiteral("--encoding"), encoding});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        GDALDatasetUniquePtr ds(
            GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(ds && ds->GetLayerCount() == 1);
        OGRFeatureDefn* defn = ds->GetLayer(0)->GetLayerDefn();
        const int i = defn->GetFieldIndex(code.toLatin1().constData());
        QVERIFY2(i >= 0, qPrintable(code));
        const int width = defn->GetFieldDefn(i)->GetWidth();
        QVERIFY2(width >= minWidth && width <= maxWidth,
                 qPrintable(QStringLiteral("%1: %2").arg(code).arg(width)));
    }

    // The seed's items as printed, whole in these formats; the DBF keeps ≤ 254 bytes and flags a cut.
    void sourceTextInEveryFormat_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("field");
        QTest::newRow("gpkg 原文") << "gpkg"
                                   << "原文";
        QTest::newRow("geojson 原文") << "geojson"
                                      << "原文";
        QTest::newRow("csv 原文") << "csv"
                                  << "原文";
        QTest::newRow("shp YW") << "shp"
                                << "YW";
    }
    void sourceTextInEveryFormat() {
        QFETCH(QString, format);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("roads.") + format);
        const Run r = exportSeed(format, out);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto rows = features(out);
        QCOMPARE(rows.size(), 59);
        // The whole texts, from a GeoPackage of the same notice (same road order).
        const QString whole = dir.filePath(QStringLiteral("whole.gpkg"));
        QCOMPARE(exportSeed(QStringLiteral("gpkg"), whole).status, 0);
        const auto wholeRows = features(whole);
        QCOMPARE(wholeRows.size(), 59);
        int cut = 0;
        bool found = false;
        for (int i = 0; i < rows.size(); ++i) {
            const QString printed = rows.at(i).value(field);
            const QString full = wholeRows.at(i).value(QStringLiteral("原文"));
            QVERIFY2(!full.isEmpty(), qPrintable(wholeRows.at(i).value(QStringLiteral("道路名称"))));
            if (format == QLatin1String("shp")) {
                const bool tooLong = full.toUtf8().size() > 254;
                QCOMPARE(rows.at(i).value(QStringLiteral("YWJD")), QString::number(tooLong ? 1 : 0));
                QVERIFY(printed.toUtf8().size() <= 254);
                QVERIFY(full.startsWith(printed));
                QVERIFY(tooLong ? full.left(printed.size() + 1).toUtf8().size() > 254 : printed == full);
                cut += tooLong ? 1 : 0;
            } else {
                QCOMPARE(printed, full);
            }
            found = found || (printed.contains(QStringLiteral("熙和街")) &&
                              printed.contains(QStringLiteral("东起凤鸣路")));
        }
        QVERIFY(found); // item (十一) 熙和街 as printed
        if (format == QLatin1String("shp"))
            qInfo("%d of 59 items are longer than 254 bytes and were cut in the DBF", cut);
    }

    void districtOnly() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("licheng.csv"));
        const Run r =
            exportSeed(QStringLiteral("csv"), out, {QStringLiteral("--district"), QStringLiteral("历城区")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto rows = features(out);
        QCOMPARE(rows.size(), 44); // the notice: 历城区 44 of 59
        for (const auto& row : rows)
            QCOMPARE(row.value(QStringLiteral("区县")), QStringLiteral("历城区"));
        const Run unknown = exportSeed(QStringLiteral("csv"), dir.filePath(QStringLiteral("x.csv")),
                                       {QStringLiteral("--district"), QStringLiteral("天桥区")});
        QCOMPARE(unknown.status, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("历城区")),
                 qPrintable(unknown.err)); // lists what there is
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TstExportCommand)
#include "tst_export_command.moc"
