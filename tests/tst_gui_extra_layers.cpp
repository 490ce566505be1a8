// ctest-label: gui
// links: luming_app_core luming_gdal GDAL::GDAL
// The viewer's extra layers when a layer is doubtful (issue 13 point 5): a layer whose CRS does not fit
// its coordinates is held back until the user answers (swap axes, draw anyway, cancel); "Encoding…"
// reloads a shapefile's attributes in the chosen encoding; the layer report's words for the tooltip.
// Read the view first (issue 11 point 2): the preview is shown, then swapped for the whole layer; a
// cancel keeps the preview and says so.
#include "extra_layers.h"
#include "gdal/gdal_dataset_p.h"
#include "grid_layer.h"
#include "layer_report_text.h"
#include "test_support.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;
using namespace luming::app;
using luming::test::writeFile;

namespace {

constexpr int kRoads = 59;

// Roads of Jinan in GeoJSON; `swapped` writes [lat, lon] as a careless export does.
QByteArray roadsGeoJson(bool swapped) {
    QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[";
    for (int i = 0; i < kRoads; ++i) {
        const double lon = 117.0 + i * 0.001, lat = 36.66;
        const auto point = [&](double dLat) {
            return swapped ? QStringLiteral("[%1,%2]").arg(lat + dLat, 0, 'f', 4).arg(lon, 0, 'f', 4)
                           : QStringLiteral("[%1,%2]").arg(lon, 0, 'f', 4).arg(lat + dLat, 0, 'f', 4);
        };
        json += (i ? "," : "") +
                QStringLiteral(
                    "{\"type\":\"Feature\",\"properties\":{\"name\":\"经%1路\"},\"geometry\":{\"type\":"
                    "\"LineString\",\"coordinates\":[%2,%3]}}")
                    .arg(i)
                    .arg(point(0), point(0.01))
                    .toUtf8();
    }
    return json + "]}";
}

// A GBK shapefile of the roads without a .cpg, as many Chinese shapefiles come.
bool writeGbkShapefile(const QString& shp) {
    const bool converted = [&] {
        gdal::DatasetPtr source =
            gdal::openVector(shp.chopped(4) + QStringLiteral(".geojson"), gdal::OpenMode::ReadOnly);
        gdal::DatasetPtr target = gdal::createVector(QStringLiteral("ESRI Shapefile"), shp);
        if (!source || !target)
            return false;
        CPLStringList options = gdal::toCpl({QStringLiteral("ENCODING=CP936")});
        return target->CopyLayer(source->GetLayer(0), "roads", options.List()) != nullptr &&
               gdal::closeAndCheck(target);
    }();
    return converted && QFile::remove(shp.chopped(4) + QStringLiteral(".cpg"));
}

QSet<QString> labelsOf(const SceneLayer& layer) {
    QSet<QString> labels;
    for (std::int64_t f = 0; f < layer.featureCount(); ++f)
        labels.insert(layer.label(f));
    return labels;
}

} // namespace

class TstGuiExtraLayers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void doubtfulCrsIsHeldBack_data() {
        QTest::addColumn<QString>("answer"); // "swap", "anyway", "cancel"
        QTest::addColumn<bool>("drawn");
        QTest::addColumn<bool>("crsFits"); // after the answer
        QTest::addColumn<int>("read");     // features drawn
        QTest::newRow("swap axes: drawn in Jinan") << "swap" << true << true << kRoads;
        // Latitude 117 is nowhere: PROJ places none of them, and the report says so.
        QTest::newRow("load anyway: as declared, none placeable") << "anyway" << true << false << 0;
        QTest::newRow("cancel: nothing drawn") << "cancel" << false << false << 0;
    }
    void doubtfulCrsIsHeldBack() {
        QFETCH(QString, answer);
        QFETCH(bool, drawn);
        QFETCH(bool, crsFits);
        QFETCH(int, read);
        const QString path = dir_.filePath(QStringLiteral("swapped_%1.geojson").arg(answer));
        QVERIFY(writeFile(path, roadsGeoJson(true)));
        ExtraLayers extra;
        QSignalSpy question(&extra, &ExtraLayers::crsQuestion);
        QSignalSpy added(&extra, &ExtraLayers::added);
        QVERIFY(extra.open(path));
        QVERIFY(question.wait(30000));
        QCOMPARE(added.count(), 0); // nothing drawn before the answer
        QVERIFY(extra.hasPending());
        const auto doubtful = question.first().at(1).value<QList<LayerReadReport>>();
        QCOMPARE(doubtful.size(), 1);
        QCOMPARE(doubtful.first().crs.problem, CrsProblem::AxesSwapped);
        QVERIFY(!extra.open(path)); // one question at a time

        if (answer == QLatin1String("swap")) {
            QVERIFY(extra.retryPending(true, {}));
            QVERIFY(added.wait(30000));
        } else if (answer == QLatin1String("anyway")) {
            extra.acceptPending();
        } else {
            extra.dropPending();
        }
        QCOMPARE(question.count(), 1); // a retry the user chose is not asked again
        QVERIFY(!extra.hasPending());
        QCOMPARE(added.count(), drawn ? 1 : 0);
        QCOMPARE(extra.layers().size(), drawn ? 1 : 0);
        if (drawn) {
            const LayerReadReport* report = extra.report(extra.layers().first()->id());
            QVERIFY(report);
            QCOMPARE(report->crs.ok(), crsFits);
            QCOMPARE(report->featuresRead, read);
            QCOMPARE(report->unreadableGeometry, kRoads - read);
        }
    }

    void encodingChoiceReloadsTheLayer() {
        const QString shp = dir_.filePath(QStringLiteral("gbk_roads.shp"));
        QVERIFY(writeFile(shp.chopped(4) + QStringLiteral(".geojson"), roadsGeoJson(false)));
        QVERIFY(writeGbkShapefile(shp));
        QSet<QString> names;
        for (int i = 0; i < kRoads; ++i)
            names.insert(QStringLiteral("经%1路").arg(i));

        ExtraLayers extra;
        QSignalSpy added(&extra, &ExtraLayers::added);
        QSignalSpy removed(&extra, &ExtraLayers::removed);
        QVERIFY(extra.open(shp));
        QVERIFY(added.wait(30000));
        std::uint64_t id = extra.layers().first()->id();
        QCOMPARE(extra.report(id)->encoding->basis, EncodingBasis::Content);
        QCOMPARE(labelsOf(*extra.layers().first()), names);

        // The user says UTF-8 (wrongly): obeyed, labels garbled, the old layer replaced.
        QVERIFY(extra.reloadWithEncoding(id, TextEncoding::Utf8));
        QVERIFY(added.wait(30000));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(extra.layers().size(), 1);
        id = extra.layers().first()->id();
        QCOMPARE(extra.report(id)->encoding->basis, EncodingBasis::Override);
        QVERIFY(labelsOf(*extra.layers().first()) != names);

        // And back to GBK.
        QVERIFY(extra.reloadWithEncoding(id, TextEncoding::Gbk));
        QVERIFY(added.wait(30000));
        QCOMPARE(extra.layers().size(), 1);
        QCOMPARE(labelsOf(*extra.layers().first()), names);
        QCOMPARE(encodingText(*extra.report(extra.layers().first()->id())),
                 QStringLiteral("Encoding GBK, chosen by you"));
    }

    void previewThenWhole() {
        const QString gpkg = dir_.filePath(QStringLiteral("grid.gpkg"));
        QVERIFY(test::writeGridLayer(QStringLiteral("GPKG"), gpkg, 100));
        ExtraLayers extra;
        QSignalSpy previews(&extra, &ExtraLayers::previewAdded);
        QSignalSpy added(&extra, &ExtraLayers::added);
        QSignalSpy removed(&extra, &ExtraLayers::removed);
        std::int64_t shownWhileLoading = -1;
        connect(&extra, &ExtraLayers::previewAdded, this, [&] {
            QCOMPARE(extra.layers().size(), 1);
            shownWhileLoading = extra.layers().first()->featureCount();
            QVERIFY(extra.isLoading());
            QVERIFY(extra.report(extra.layers().first()->id())->preview);
        });
        LayerLoadOptions options(gpkg);
        options.previewBudget = 500;
        QVERIFY(extra.open(options));
        QVERIFY(added.wait(30000));
        QCOMPARE(previews.count(), 1);
        QCOMPARE(shownWhileLoading, 500);
        const auto previewId =
            previews.first().first().value<QList<std::shared_ptr<const SceneLayer>>>().first()->id();
        QCOMPARE(removed.count(), 1); // the preview, swapped for the whole layer
        QCOMPARE(removed.first().first().value<std::uint64_t>(), previewId);
        QCOMPARE(extra.layers().size(), 1);
        QCOMPARE(extra.layers().first()->featureCount(), 10000);
        QVERIFY(extra.report(previewId) == nullptr);
        QVERIFY(extra.report(extra.layers().first()->id())->complete());
    }

    void cancelKeepsThePreview() {
        const QString gpkg = dir_.filePath(QStringLiteral("big_grid.gpkg"));
        QVERIFY(test::writeGridLayer(QStringLiteral("GPKG"), gpkg, 300));
        ExtraLayers extra;
        QSignalSpy cancelled(&extra, &ExtraLayers::fillCancelled);
        QSignalSpy added(&extra, &ExtraLayers::added);
        QSignalSpy failed(&extra, &ExtraLayers::failed);
        connect(&extra, &ExtraLayers::previewAdded, &extra, &ExtraLayers::cancel);
        LayerLoadOptions options(gpkg);
        options.previewBudget = 1000;
        QVERIFY(extra.open(options));
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(added.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!extra.isLoading());
        QCOMPARE(extra.layers().size(), 1);
        QCOMPARE(extra.layers().first()->featureCount(), 1000);
        const LayerReadReport* report = extra.report(extra.layers().first()->id());
        QVERIFY(report && report->cancelled);
        QCOMPARE(readCountText(*report), QStringLiteral("1000 of 90000 features read, cancelled"));
    }

    void reportWords_data() {
        QTest::addColumn<qint64>("inLayer");
        QTest::addColumn<qint64>("returned");
        QTest::addColumn<qint64>("read");
        QTest::addColumn<qint64>("unreadable");
        QTest::addColumn<qint64>("noGeometry");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("preview");
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("whole layer") << 59ll << 59ll << 59ll << 0ll << 0ll << "59 of 59 features read"
                                     << false << false;
        QTest::newRow("the view first, the rest loading")
            << 10000ll << 300ll << 300ll << 0ll << 0ll << "300 of 10000 features read so far (the view first)"
            << true << false;
        QTest::newRow("the rest cancelled after the preview")
            << 10000ll << 300ll << 299ll << 0ll << 1ll
            << "299 of 10000 features read, cancelled; 1 had no geometry" << true << true;
        QTest::newRow("issue 13: 7 unreadable geometries")
            << 59ll << 59ll << 52ll << 7ll << 0ll << "52 of 59 features read; 7 had unreadable geometry"
            << false << false;
        QTest::newRow("truncated .dbf: 31 never handed out")
            << 59ll << 28ll << 28ll << 0ll << 0ll << "28 of 59 features read; 31 could not be read at all"
            << false << false;
        QTest::newRow("one without geometry")
            << 5ll << 5ll << 4ll << 0ll << 1ll << "4 of 5 features read; 1 had no geometry" << false << false;
    }
    void reportWords() {
        QFETCH(qint64, inLayer);
        QFETCH(qint64, returned);
        QFETCH(qint64, read);
        QFETCH(qint64, unreadable);
        QFETCH(qint64, noGeometry);
        QFETCH(QString, words);
        QFETCH(bool, preview);
        QFETCH(bool, cancelled);
        LayerReadReport r;
        r.preview = preview;
        r.cancelled = cancelled;
        r.featuresInLayer = inLayer;
        r.featuresReturned = returned;
        r.featuresRead = read;
        r.unreadableGeometry = unreadable;
        r.noGeometry = noGeometry;
        QCOMPARE(readCountText(r), words); // the viewer's words (untranslated here)...
        QCOMPARE(r.summary(), words);      // ...say what the library's warning says
        QCOMPARE(r.complete(), read == inLayer && !preview && !cancelled);
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TstGuiExtraLayers)
#include "tst_gui_extra_layers.moc"
