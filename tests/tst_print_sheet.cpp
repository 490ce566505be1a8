// ctest-label: gui
// links: luming_app_core
// The printed map (issue 10 point 7): the sheet's scale and scale bar (painted by PrintSheetPainter,
// the bar's length on paper = its metres / N), the legend's texts, and the real binary headless:
// `luming-viewer --print out.pdf --scale 1:10000 --paper A3` read back with poppler's pdftotext (the
// title and road names are text) and pdftoppm (the page is not blank; the scale bar measured in the
// rendered pixels matches 1:10 000), and a PNG chosen by suffix.
#include "gui_test_project.h"
#include "print_dialog.h"
#include "print_sheet_text.h"
#include "record_support.h"
#include "render/pdf_unicode_repair.h"
#include "render/print_writer.h"
#include "render/scene_layer_builder.h"
#include "test_support.h"
#include "viewer_options.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace luming;

namespace {

QString viewerPath() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/luming-viewer"));
}

struct Run {
    int status = -1;
    QString output;
};

Run runTool(const QString& program, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --print must choose offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("LUMING_PROJECT_CACHE"), QStringLiteral("0"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

// One straight east–west road of 2 km, 30 m wide, around (500 km, 4 060 km) in EPSG:4548.
MapScene oneRoadScene() {
    SceneLayerBuilder roads(QStringLiteral("roads"));
    roads.beginFeature(FeatureKind::Line, QStringLiteral("港田路"), 30, Provenance::Schematic);
    const QPointF line[] = {{499000, 4060000}, {501000, 4060000}};
    roads.addPart(line);
    return MapScene(nullptr, roads.build(), {RoadId{NoticeId::fromDocNumber(QStringLiteral("x")), 1}});
}

// Longest horizontal run of pixels within `tolerance` of `colour` in the rectangle.
int longestRun(const QImage& image, const QRect& area, QColor colour, int tolerance) {
    int best = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        int run = 0;
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool near = std::abs(c.red() - colour.red()) <= tolerance &&
                              std::abs(c.green() - colour.green()) <= tolerance &&
                              std::abs(c.blue() - colour.blue()) <= tolerance;
            run = near ? run + 1 : 0;
            best = std::max(best, run);
        }
    }
    return best;
}

bool isNice(double metres) { // 1, 2 or 5 × 10ⁿ
    const double decade = std::pow(10.0, std::floor(std::log10(metres)));
    const double m = metres / decade;
    return std::abs(m - 1) < 1e-9 || std::abs(m - 2) < 1e-9 || std::abs(m - 5) < 1e-9;
}

} // namespace

class TstPrintSheet : public QObject {
    Q_OBJECT
private slots:
    void paperAndScaleCodes() {
        QCOMPARE(paperSizeFromCode(QStringLiteral("a3")), std::optional(PaperSize::A3));
        QCOMPARE(paperSizeCode(PaperSize::A0), QStringLiteral("A0"));
        QVERIFY(!paperSizeFromCode(QStringLiteral("B5")));
        QCOMPARE(scaleFromText(QStringLiteral("1:10000")), std::optional(10000.0));
        QCOMPARE(scaleFromText(QStringLiteral("1：50 000")), std::optional(50000.0));
        QCOMPARE(scaleFromText(QStringLiteral("2000")), std::optional(2000.0));
        QVERIFY(!scaleFromText(QStringLiteral("1:0")));
        QVERIFY(!scaleFromText(QStringLiteral("fit")));
        QCOMPARE(scaleText(10000), QStringLiteral("1:10") + QChar(0x2009) + QStringLiteral("000"));
        PrintPage a4;
        a4.paper = PaperSize::A4;
        a4.orientation = PaperOrientation::Portrait;
        QCOMPARE(a4.sizeMm(), QSizeF(210, 297));
        a4.orientation = PaperOrientation::Landscape;
        QCOMPARE(a4.sizeMm(), QSizeF(297, 210));
        const QRectF page(QPointF(0, 0), a4.sizeMm());
        for (const QRectF& r : {a4.titleMm(), a4.mapFrameMm(), a4.legendMm(), a4.footerMm()})
            QVERIFY(page.contains(r));
        QVERIFY(!a4.mapFrameMm().intersects(a4.legendMm()));
    }

    // The map is at the scale asked for and its scale bar is as long on paper as that scale says.
    void scaleBarMatchesScale_data() {
        QTest::addColumn<PaperSize>("paper");
        QTest::addColumn<PaperOrientation>("orientation");
        QTest::addColumn<double>("scale");
        QTest::newRow("A3 landscape 1:10 000") << PaperSize::A3 << PaperOrientation::Landscape << 10000.0;
        QTest::newRow("A4 portrait 1:2 000") << PaperSize::A4 << PaperOrientation::Portrait << 2000.0;
        QTest::newRow("A2 landscape 1:50 000") << PaperSize::A2 << PaperOrientation::Landscape << 50000.0;
    }
    void scaleBarMatchesScale() {
        QFETCH(PaperSize, paper);
        QFETCH(PaperOrientation, orientation);
        QFETCH(double, scale);
        PrintPage page{paper, orientation, scale};
        const MapScene scene = oneRoadScene();
        const MapViewport viewport = page.viewport(QPointF(500000, 4060000), scene.extent());
        QCOMPARE(viewport.size(), page.mapFramePx());
        QVERIFY(std::abs(PrintPage::scaleOf(viewport) / scale - 1) < 1e-12);
        QImage image(QSize(400, 300), QImage::Format_ARGB32_Premultiplied); // any device: the sheet scales
        image.fill(Qt::white);
        QPainter painter(&image);
        const double unitsPerMm = 400 / page.sizeMm().width();
        const PrintReport report = PrintSheetPainter::paint(painter, unitsPerMm, page, scene, viewport,
                                                            RenderOptions{}, PrintSheet{});
        painter.end();
        QVERIFY(std::abs(report.scaleDenominator / scale - 1) < 1e-12);
        QVERIFY2(isNice(report.scaleBarMetres), qPrintable(QString::number(report.scaleBarMetres)));
        // On paper: metres / N, in mm (×1000). Tolerance 0.01 mm: the bar's pixels are exact, only the
        // frame's origin is rounded.
        const double expectedMm = report.scaleBarMetres / scale * 1000;
        QVERIFY2(std::abs(report.scaleBarMm.width() - expectedMm) < 0.01,
                 qPrintable(QStringLiteral("%1 mm drawn, %2 mm expected")
                                .arg(report.scaleBarMm.width())
                                .arg(expectedMm)));
        QVERIFY(report.mapFrameMm.contains(report.scaleBarMm));
    }

    // The legend says what the map shows: the width classes of the roads in view, the selection, the
    // schematic badge, the scale.
    void legendTexts() {
        const Project project = test::seedOracleProject();
        auto scene = MapScene::fromProject(project);
        QVERIFY(scene);
        PrintPage page{PaperSize::A3, PaperOrientation::Landscape, 10000.0};
        const MapViewport viewport = page.viewport(scene->projectExtent().center(), scene->projectExtent());
        RenderOptions options;
        const RoadRecord& gangtian = *std::find_if(
            project.parse.notices.first().roads.begin(), project.parse.notices.first().roads.end(),
            [](const RoadRecord& r) { return r.name == QStringLiteral("港田路"); });
        options.selection = {RoadId{project.parse.notices.first().id, gangtian.seq}};
        const PrintSheet sheet =
            app::PrintSheetText::make(project, *scene, viewport, options, QDate(2026, 12, 6));
        QCOMPARE(sheet.title, project.parse.notices.first().title);
        QVERIFY2(sheet.subtitle.contains(QStringLiteral("济政字〔2021〕62号")), qPrintable(sheet.subtitle));
        QStringList all;
        int roadsInClasses = 0;
        for (const LegendSection& s : sheet.legend)
            for (const LegendEntry& e : s.entries) {
                all.append(e.text);
                if (s.entries.first().kind == LegendEntry::Kind::Line && e.colour == options.style.road) {
                    const QRegularExpression count(QStringLiteral("\\((\\d+) road"));
                    roadsInClasses += count.match(e.text).captured(1).toInt();
                }
            }
        QCOMPARE(roadsInClasses, 59); // every road in one width class
        QVERIFY2(all.contains(QStringLiteral("港田路")), qPrintable(all.join(u'|')));
        QVERIFY2(sheet.scaleLine.endsWith(scaleText(10000)), qPrintable(sheet.scaleLine));
        QVERIFY(sheet.footer.contains(QStringLiteral("2026-12-06")));
    }

    void printPdfHeadless() {
        QVERIFY2(QFileInfo::exists(viewerPath()), "build the luming-viewer target first");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftotext.isEmpty() && !pdftoppm.isEmpty(),
                 "poppler-utils is missing: run tools/install-deps.sh");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        const Run printed = runTool(viewerPath(), {QStringLiteral("--print"), pdf, QStringLiteral("--scale"),
                                                   QStringLiteral("1:10000"), QStringLiteral("--paper"),
                                                   QStringLiteral("A3"), QStringLiteral("--landscape")});
        QVERIFY2(printed.status == 0, qPrintable(printed.output));
        QVERIFY(test::readAll(pdf).startsWith("%PDF"));

        // Text kept as text: the title, the document number and road names come back out.
        const Run text = runTool(pdftotext, {pdf, QStringLiteral("-")});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.output.contains(QStringLiteral("济政字〔2021〕62号")), qPrintable(text.output));
        QVERIFY2(text.output.contains(QStringLiteral("济南市人民政府")), qPrintable(text.output));
        int namesFound = 0;
        for (const RoadRecord& r : test::readSeedOracle().roads)
            namesFound += text.output.contains(r.name) ? 1 : 0;
        qInfo("road names found as text in the PDF: %d of 59", namesFound);
        QVERIFY2(namesFound >= 3, qPrintable(text.output));

        // Rendered back: not blank, and the scale bar is as long as 1:10 000 says.
        constexpr int kDpi = 100;
        const Run render =
            runTool(pdftoppm, {QStringLiteral("-r"), QString::number(kDpi), QStringLiteral("-png"),
                               QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
        QVERIFY2(render.status == 0, qPrintable(render.output));
        const QImage page(dir.filePath(QStringLiteral("page.png")));
        QVERIFY(!page.isNull());
        // A3 landscape at 100 dpi: 1653.5 × 1169.3 px; the page box is in whole points and pdftoppm rounds
        // up, so up to 2 px more.
        QVERIFY2(std::abs(page.width() - 420 / 25.4 * kDpi) <= 2 &&
                     std::abs(page.height() - 297 / 25.4 * kDpi) <= 2,
                 qPrintable(QStringLiteral("%1x%2").arg(page.width()).arg(page.height())));
        QSet<QRgb> colours;
        qint64 nonWhite = 0;
        for (int y = 0; y < page.height(); y += 3)
            for (int x = 0; x < page.width(); x += 3) {
                colours.insert(page.pixel(x, y));
                nonWhite += page.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            }
        const double share = double(nonWhite) / ((page.width() / 3) * (page.height() / 3));
        QVERIFY2(colours.size() > 50 && share > 0.3,
                 qPrintable(QStringLiteral("%1 colours, %2 non-white").arg(colours.size()).arg(share)));
        const MapStyle style;
        QVERIFY(longestRun(page, page.rect(), style.road, 40) > 5); // roads drawn

        PrintPage sheet{PaperSize::A3, PaperOrientation::Landscape, 10000.0};
        const QRectF frame = sheet.mapFrameMm();
        const double pxPerMm = kDpi / 25.4;
        // The bar: bottom left inside the frame, clear of its border.
        const QRect corner(qRound((frame.left() + 1.5) * pxPerMm), qRound((frame.bottom() - 20) * pxPerMm),
                           qRound(70 * pxPerMm), qRound(18.5 * pxPerMm));
        const ScaleBar bar = ScaleBar::choose(
            10000 / 1000.0 / kPrintPxPerMm, std::min(style.scaleBarMaxPx, sheet.mapFramePx().width() / 3.0));
        const double expectedPx = bar.metres / 10000 * 1000 * pxPerMm;
        const int measured = longestRun(page, corner, style.furniture, 60);
        qInfo("scale bar %s: %d px measured at %d dpi, %.1f px expected (%.2f mm)", qPrintable(bar.label),
              measured, kDpi, expectedPx, bar.metres / 10);
        QVERIFY2(std::abs(measured - expectedPx) <= 2, qPrintable(QString::number(measured)));
    }

    void printPngBySuffix() {
        QVERIFY2(QFileInfo::exists(viewerPath()), "build the luming-viewer target first");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const Run printed = runTool(
            viewerPath(), {QStringLiteral("--print"), png, QStringLiteral("--paper"), QStringLiteral("A4")});
        QVERIFY2(printed.status == 0, qPrintable(printed.output));
        QVERIFY2(printed.output.contains(png), qPrintable(printed.output));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(),
                 QSize(qRound(210 / 25.4 * 200), qRound(297 / 25.4 * 200))); // A4 portrait, 200 dpi
        QCOMPARE(image.dotsPerMeterX(), qRound(200 / 0.0254));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    }

    // File → Print map…: the canvas's view at the chosen scale, and an existing file only after asking.
    void printDialogWritesAndAsks() {
        const Project project = test::seedOracleProject();
        auto scene = MapScene::fromProject(project);
        QVERIFY(scene);
        const MapViewport view = MapViewport::fitting(scene->projectExtent(), QSize(900, 600));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        app::PrintDialog dialog(project, *scene, view, RenderOptions{});
        dialog.setPaper(PaperSize::A4);
        dialog.setOrientation(PaperOrientation::Landscape);
        dialog.setScaleText(QStringLiteral("1:5000"));
        dialog.setPath(pdf);
        int asked = 0;
        bool answer = false;
        dialog.setReplaceQuestion([&](const QString&) {
            ++asked;
            return answer;
        });
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QCOMPARE(asked, 0);
        QVERIFY(test::readAll(pdf).startsWith("%PDF"));
        QVERIFY(std::abs(dialog.outcome().report.scaleDenominator - 5000) < 1e-6);
        const QByteArray first = test::readAll(pdf);
        QVERIFY(!dialog.save()); // exists: asked, answered no
        QCOMPARE(asked, 1);
        QCOMPARE(test::readAll(pdf), first);
        QVERIFY2(dialog.message().contains(QStringLiteral("left as it was")), qPrintable(dialog.message()));
        answer = true;
        dialog.setScaleText(QString()); // fit the view
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QCOMPARE(asked, 2);
        // Fitted: the whole view is inside the frame, so the scale is at least the view's.
        QVERIFY(dialog.outcome().report.scaleDenominator > 5000);
        dialog.setScaleText(QStringLiteral("1:ten"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(QStringLiteral("1:N")), qPrintable(dialog.message()));
    }

    // The repair of Qt's ToUnicode maps, on CMap text as Qt writes it (glyph ids are never rewritten).
    void toUnicodeRepair_data() {
        QTest::addColumn<QByteArray>("cmap");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("rewritten");
        QTest::newRow("bfrange array: ⼈ U+2F08 → 人, ⽥ U+2F65 → 田")
            << QByteArray("2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<2F08> <6E2F> <2F65> "
                          "]\nendbfrange\n")
            << QByteArray("2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<4EBA> <6E2F> <7530> "
                          "]\nendbfrange\n")
            << 2;
        QTest::newRow("bfchar: ⻓ U+2ED3 → 长; the glyph id 2F08 stays")
            << QByteArray("1 beginbfchar\n<2F08> <2ED3>\nendbfchar\n")
            << QByteArray("1 beginbfchar\n<2F08> <957F>\nendbfchar\n") << 1;
        QTest::newRow("linear range left alone")
            << QByteArray("1 beginbfrange\n<0001> <000A> <2F08>\nendbfrange\n")
            << QByteArray("1 beginbfrange\n<0001> <000A> <2F08>\nendbfrange\n") << 0;
    }
    void toUnicodeRepair() {
        QFETCH(QByteArray, cmap);
        QFETCH(QByteArray, expected);
        QFETCH(int, rewritten);
        int count = -1;
        const QByteArray out = repairPdfToUnicode(QByteArray("%PDF-1.4\n") + cmap, &count);
        QCOMPARE(out, QByteArray("%PDF-1.4\n") + expected);
        QCOMPARE(count, rewritten);
        QCOMPARE(unifiedIdeographOf(u'\u2F08'), u'人');
        QCOMPARE(unifiedIdeographOf(u'人'), char16_t(0));
    }

    void printOptions_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("--print out.pdf --scale 1:10000 --paper A3")
            << QStringList{"--print", "o.pdf", "--scale", "1:10000", "--paper", "A3"} << "";
        QTest::newRow("--print out.txt") << QStringList{"--print", "o.txt"} << ".pdf or .png";
        QTest::newRow("--scale without --print") << QStringList{"--scale", "1:10000"} << "go with --print";
        QTest::newRow("--paper B5") << QStringList{"--print", "o.pdf", "--paper", "B5"} << "A4";
        QTest::newRow("--scale fit") << QStringList{"--print", "o.pdf", "--scale", "fit"} << "1:N";
    }
    void printOptions() {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const app::ViewerOptionsParse parsed =
            app::ViewerOptionsParser::parse(QStringList{QStringLiteral("luming-viewer")} + args);
        if (error.isEmpty()) {
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            QVERIFY(parsed.options.printing());
            QCOMPARE(parsed.options.printPage.scaleDenominator, std::optional(10000.0));
            QCOMPARE(parsed.options.printPage.paper, PaperSize::A3);
        } else {
            QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        }
    }
};

QTEST_MAIN(TstPrintSheet)
#include "tst_print_sheet.moc"
