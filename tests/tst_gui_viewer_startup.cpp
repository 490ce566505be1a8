// ctest-label: gui
// links: luming_app_core
// How luming-viewer starts: its command line, the no-display check, the bundled notice, and the real
// binary's --screenshot (a PNG of the requested size, exit status 0; with no display and no
// --screenshot, exit status 2 and a message saying how to run headless).
#include "display_check.h"
#include "viewer_options.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace luming::app;

namespace {
// The viewer is built beside the tests: build/tests/tst_… → build/app/luming-viewer.
QString viewerPath() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/luming-viewer"));
}
} // namespace

class TestGuiViewerStartup : public QObject {
    Q_OBJECT

private slots:
    void options_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("screenshot");
        QTest::addColumn<QString>("select");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("error");
        QTest::newRow("no arguments: bundled notice, 1280x800") << QStringList{} << ""
                                                                << ""
                                                                << "" << QSize(1280, 800) << false;
        QTest::newRow("file and everything")
            << QStringList{"n.txt", "--screenshot", "o.png", "--select", "祈福街", "--size", "900x600"}
            << "n.txt"
            << "o.png"
            << "祈福街" << QSize(900, 600) << false;
        QTest::newRow("--size=WxH form") << QStringList{"--size=640X480"} << ""
                                         << ""
                                         << "" << QSize(640, 480) << false;
        QTest::newRow("bad size") << QStringList{"--size", "big"} << ""
                                  << ""
                                  << "" << QSize(1280, 800) << true;
        QTest::newRow("tiny size") << QStringList{"--size", "10x10"} << ""
                                   << ""
                                   << "" << QSize(1280, 800) << true;
        QTest::newRow("two files: both kept, the first is the file")
            << QStringList{"a.txt", "b.gpkg"} << "a.txt"
            << ""
            << "" << QSize(1280, 800) << false;
        QTest::newRow("--print with two files") << QStringList{"a.txt", "b.gpkg", "--print", "o.pdf"} << ""
                                                << ""
                                                << "" << QSize(1280, 800) << true;
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << ""
                                        << ""
                                        << "" << QSize(1280, 800) << true;
        QTest::newRow("--screenshot without path") << QStringList{"--screenshot"} << ""
                                                   << ""
                                                   << "" << QSize(1280, 800) << true;
    }
    void options() {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QString, screenshot);
        QFETCH(QString, select);
        QFETCH(QSize, size);
        QFETCH(bool, error);
        const ViewerOptionsParse parsed =
            ViewerOptionsParser::parse(QStringList{QStringLiteral("luming-viewer")} + args);
        QCOMPARE(!parsed.error.isEmpty(), error);
        if (error)
            return;
        QCOMPARE(parsed.options.file, file);
        QCOMPARE(parsed.options.screenshotPath, screenshot);
        QCOMPARE(parsed.options.selectName, select);
        QCOMPARE(parsed.options.size, size);
    }
    // --layer FILE (repeatable): vector layers opened at launch through the same opener as FILE…, beside
    // the notice (issue 11 point 2); they are not the notice (FILE stays the first positional).
    void layerOption() {
        const QString roads = QStringLiteral("roads.gpkg");
        const QString parcels = QStringLiteral("parcels.shp");
        ViewerOptionsParse parsed = ViewerOptionsParser::parse(
            {QStringLiteral("luming-viewer"), QStringLiteral("n.txt"), QStringLiteral("--layer"), roads,
             QStringLiteral("--layer"), parcels});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.options.layers, QStringList({roads, parcels}));
        QCOMPARE(parsed.options.file, QStringLiteral("n.txt"));
        QCOMPARE(parsed.options.files, QStringList{QStringLiteral("n.txt")});
        parsed = ViewerOptionsParser::parse({QStringLiteral("luming-viewer"), QStringLiteral("--layer")});
        QVERIFY(!parsed.error.isEmpty()); // the file is missing
        QVERIFY(ViewerOptionsParser::parse({QStringLiteral("luming-viewer")}).options.layers.isEmpty());
    }

    void displayDecision_data() {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("wayland");
        QTest::addColumn<bool>("platformArg");
        QTest::addColumn<bool>("screenshot");
        QTest::addColumn<int>("decision");
        QTest::newRow("X11 display") << ""
                                     << ":0"
                                     << "" << false << false << int(DisplayDecision::UseDefault);
        QTest::newRow("Wayland") << ""
                                 << ""
                                 << "wayland-0" << false << false << int(DisplayDecision::UseDefault);
        QTest::newRow("nothing at all") << ""
                                        << ""
                                        << "" << false << false << int(DisplayDecision::NoDisplay);
        QTest::newRow("explicit QT_QPA_PLATFORM") << "offscreen"
                                                  << ""
                                                  << "" << false << false << int(DisplayDecision::UseDefault);
        QTest::newRow("explicit -platform") << ""
                                            << ""
                                            << "" << true << false << int(DisplayDecision::UseDefault);
        QTest::newRow("--screenshot forces offscreen even with a display")
            << "xcb"
            << ":0"
            << "" << false << true << int(DisplayDecision::UseOffscreen);
    }
    void displayDecision() {
        QFETCH(QString, platform);
        QFETCH(QString, display);
        QFETCH(QString, wayland);
        QFETCH(bool, platformArg);
        QFETCH(bool, screenshot);
        QFETCH(int, decision);
        const DisplayEnvironment env{platform, display, wayland, platformArg};
        QCOMPARE(int(DisplayCheck::decide(env, screenshot)), decision);
    }

    void screenshotOfTheWholeWindow_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default view, 1000x700") << QStringList{"--size", "1000x700"} << QSize(1000, 700);
        QTest::newRow("seed#29 港田路 selected, default size")
            << QStringList{"--select", "港田路"} << QSize(1280, 800);
    }
    void screenshotOfTheWholeWindow() {
        QFETCH(QStringList, args);
        QFETCH(QSize, size);
        QVERIFY2(QFileInfo::exists(viewerPath()), "build the luming-viewer target first");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess viewer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --screenshot must choose offscreen itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        viewer.setProcessEnvironment(env);
        viewer.start(viewerPath(), QStringList{QStringLiteral("--screenshot"), png} + args);
        QVERIFY(viewer.waitForFinished(60000));
        const QString output =
            QString::fromUtf8(viewer.readAllStandardError() + viewer.readAllStandardOutput());
        QVERIFY2(viewer.exitStatus() == QProcess::NormalExit && viewer.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("first frame painted")), qPrintable(output));
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.size(), size);
        // Not blank: a window with docks, text and a map has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    // --help and a usage error in the locale's language (issue 10 point 5): the translators are loaded
    // before the options are parsed for them, so zh_CN reads Chinese and C English; no display needed.
    void helpInTheLocalesLanguage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("notSaid");
        const QStringList help{QStringLiteral("--help")};
        const QStringList badSize{QStringLiteral("--size"), QStringLiteral("big")};
        QTest::newRow("--help under C") << help << "C" << 0 << "Show this help."
                                        << "显示本帮助";
        QTest::newRow("--help under zh_CN") << help << "zh_CN.UTF-8" << 0 << "显示本帮助。"
                                            << "Show this help";
        QTest::newRow("a usage error under C")
            << badSize << "C" << 64 << "--size wants WIDTHxHEIGHT in pixels"
            << "需要";
        QTest::newRow("a usage error under zh_CN")
            << badSize << "zh_CN.UTF-8" << 64 << "--size 需要以像素计的 宽x高"
            << "wants";
    }
    void helpInTheLocalesLanguage() {
        QFETCH(QStringList, args);
        QFETCH(QString, language);
        QFETCH(int, exitCode);
        QFETCH(QString, said);
        QFETCH(QString, notSaid);
        QVERIFY2(QFileInfo::exists(viewerPath()), "build the luming-viewer target first");
        QTemporaryDir config; // no language chosen in the menu: the locale decides
        QProcess viewer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANG"), language);
        viewer.setProcessEnvironment(env);
        viewer.start(viewerPath(), args);
        QVERIFY(viewer.waitForFinished(30000));
        QCOMPARE(viewer.exitCode(), exitCode);
        const QString output =
            QString::fromUtf8(exitCode == 0 ? viewer.readAllStandardOutput() : viewer.readAllStandardError());
        QVERIFY2(output.contains(said), qPrintable(output));
        QVERIFY2(!output.contains(notSaid), qPrintable(output));
    }

    void noDisplayExplainsHowToRunHeadless() {
        QVERIFY2(QFileInfo::exists(viewerPath()), "build the luming-viewer target first");
        QProcess viewer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        viewer.setProcessEnvironment(env);
        viewer.start(viewerPath(), {});
        QVERIFY(viewer.waitForFinished(30000));
        QCOMPARE(viewer.exitCode(), DisplayCheck::kNoDisplayExitCode);
        const QString err = QString::fromUtf8(viewer.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("xvfb-run")) && err.contains(QStringLiteral("--screenshot")),
                 qPrintable(err));
    }

    void badSelectFailsTheScreenshot() {
        QVERIFY2(QFileInfo::exists(viewerPath()), "build the luming-viewer target first");
        QTemporaryDir dir;
        QProcess viewer;
        viewer.start(viewerPath(), {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                                    QStringLiteral("--select"), QStringLiteral("不存在的路")});
        QVERIFY(viewer.waitForFinished(60000));
        QCOMPARE(viewer.exitCode(), 1);
        QVERIFY(QString::fromUtf8(viewer.readAllStandardError()).contains(QStringLiteral("不存在的路")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.png"))));
    }
    // The real window under an X server with no session D-Bus (xvfb-run, ssh -X): Qt's accessibility
    // bridge makes libdbus fork dbus-launch; before the fix 7 of 8 such starts froze with no window (the
    // forked child stuck in PROJ's after-fork handler while the loader thread held PROJ's lock). Each start
    // must paint the notice's roads. The first start fills a fresh project cache; the later ones read it
    // (GDAL + PROJ on the loader thread while the window is being built: the case that froze).
    void realWindowStartsWithoutSessionBus() {
        QVERIFY2(QFileInfo::exists(viewerPath()), "build the luming-viewer target first");
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            QSKIP("Xvfb is not installed (tools/install-deps.sh installs it)");
        QProcess server;
        server.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                            QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                            QStringLiteral("1280x800x24")});
        QVERIFY(server.waitForStarted(10000));
        QByteArray display;
        QDeadlineTimer serverDeadline(10000);
        while (!display.contains('\n') && !serverDeadline.hasExpired() && server.waitForReadyRead(500))
            display += server.readAllStandardOutput();
        QVERIFY2(display.contains('\n'), "Xvfb did not report its display number");
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DISPLAY"), u':' + QString::fromLatin1(display.trimmed()));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        constexpr int kStarts = 6;
        for (int i = 0; i < kStarts; ++i) {
            QProcess viewer;
            viewer.setProcessEnvironment(env);
            viewer.setProcessChannelMode(QProcess::MergedChannels);
            viewer.start(viewerPath(), {});
            QVERIFY(viewer.waitForStarted(10000));
            QByteArray log;
            QDeadlineTimer deadline(30000);
            while (!log.contains("first frame with the roads painted") && !deadline.hasExpired() &&
                   viewer.state() == QProcess::Running) {
                viewer.waitForReadyRead(200);
                log += viewer.readAll();
            }
            viewer.kill();
            viewer.waitForFinished(5000);
            QVERIFY2(log.contains("first frame with the roads painted"),
                     qPrintable(QStringLiteral("start %1 of %2 showed no window in 30 s: %3")
                                    .arg(i + 1)
                                    .arg(kStarts)
                                    .arg(QString::fromUtf8(log))));
        }
        server.terminate();
        server.waitForFinished(5000);
    }
};

QTEST_MAIN(TestGuiViewerStartup)
#include "tst_gui_viewer_startup.moc"
