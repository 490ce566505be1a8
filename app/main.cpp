// luming-viewer [FILE…] [--screenshot out.png] [--select NAME] [--select-place PLACE] [--attribute-table]
// [--size WxH] [--print out.pdf …]
#include "app_translator.h"
#include "core/background.h"
#include "display_check.h"
#include "file_kind.h"
#include "launch_clock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "print_runner.h"
#include "project/resource_locator.h"
#include "project_loader.h"
#include "screenshot_runner.h"
#include "session.h"
#include "startup_log.h"
#include "viewer_options.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <cstdio>
#include <memory>
#include <utility>

using namespace luming::app;

namespace {

constexpr int kUsageExitCode = 64; // EX_USAGE
constexpr int kFailureExitCode = 1;

void printLine(FILE* stream, const QString& text) {
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
}

// "first frame with the layers painted N ms after process start" once a frame holding the --layer
// layer (its view-first preview, or the whole when there is none) is on screen; then when it was read
// whole and that frame painted.
// "N ms after process start (M ms after main, C ms CPU)"
QString launchTimes() {
    return QStringLiteral("%1 ms after process start (%2 ms after main, %3 ms CPU)")
        .arg(qRound(LaunchClock::msSinceProcessStart()))
        .arg(qRound(LaunchClock::msSinceMain()))
        .arg(qRound(LaunchClock::cpuMs()));
}

void logLayerFrames(MainWindow& window) {
    auto logFrame = [&window](const QString& what, const QString& note) {
        QObject::connect(
            window.canvas(), &MapCanvas::currentFramePainted, &window,
            [&window, what, note] {
                logStartupPhase(what);
                qInfo().noquote() << QStringLiteral("luming-viewer: %1 %2; %3; frame rendered in %4 ms")
                                         .arg(what, launchTimes(), note)
                                         .arg(window.canvas()->shownFrame().renderMs, 0, 'f', 1);
            },
            Qt::SingleShotConnection);
    };
    auto firstShown = std::make_shared<bool>(false);
    auto first = [logFrame, firstShown](const QString& extent) {
        if (std::exchange(*firstShown, true))
            return;
        logFrame(QStringLiteral("first frame with the layers painted"), extent);
    };
    QObject::connect(&window, &MainWindow::vectorLayerPreviewed, &window,
                     [first] { first(QStringLiteral("the view first, the rest loading")); });
    QObject::connect(
        &window, &MainWindow::vectorLayerLoaded, &window, [first, logFrame](const QString&, bool ok) {
            if (!ok)
                return;
            logStartupPhase(QStringLiteral("layers read whole"));
            qInfo().noquote() << QStringLiteral("luming-viewer: layers read whole %1").arg(launchTimes());
            first(QStringLiteral("read whole"));
            logFrame(QStringLiteral("frame with the layers read whole painted"),
                     QStringLiteral("all features"));
        });
}

// The names QSettings keys on (the language chosen in the menu among them).
void setNames() {
    QCoreApplication::setOrganizationName(QStringLiteral("Luming"));
    QCoreApplication::setApplicationName(QStringLiteral("luming-viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LUMING_VERSION));
}

} // namespace

int main(int argc, char** argv) {
    LaunchClock::markMainStarted();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    ViewerOptionsParse parsed = ViewerOptionsParser::parse(arguments);
    if (!parsed.error.isEmpty() || parsed.options.showHelp) {
        // The help and usage errors in the user's language: the translators need an application object,
        // and the window's (QApplication) can only come after the display check those options decide.
        // So a plain one, with the same translators main installs later, and the arguments parsed again.
        QCoreApplication words(argc, argv);
        setNames();
        AppTranslator::install(words);
        parsed = ViewerOptionsParser::parse(arguments);
        if (!parsed.error.isEmpty()) {
            printLine(stderr, QStringLiteral("luming-viewer: %1\n%2")
                                  .arg(parsed.error, ViewerOptionsParser::tr("Try 'luming-viewer --help'.")));
            return kUsageExitCode;
        }
        printLine(stdout, parsed.helpText);
        return 0;
    }
    const ViewerOptions& options = parsed.options;
    if (options.showVersion) {
        printLine(stdout, QStringLiteral("luming-viewer " LUMING_VERSION));
        return 0;
    }

    switch (DisplayCheck::decide(DisplayEnvironment::current(argc, argv),
                                 options.screenshot() || options.printing())) {
    case DisplayDecision::NoDisplay:
        printLine(stderr, DisplayCheck::noDisplayMessage());
        return DisplayCheck::kNoDisplayExitCode;
    case DisplayDecision::UseOffscreen:
        qputenv("QT_QPA_PLATFORM", "offscreen");
        break;
    case DisplayDecision::UseDefault:
        break;
    }

    QApplication app(argc, argv);
    setNames();
    logStartupPhase(QStringLiteral("QApplication created"));
    // Connect Qt's accessibility bridge to the session bus now, before any worker thread runs: without a
    // session bus (xvfb-run, ssh -X) libdbus forks dbus-launch, and a fork while the loader thread holds
    // PROJ's lock leaves the child stuck in PROJ's after-fork handler and the window never appears. The
    // bridge connects once, on first use; here that use happens while this is the only thread.
    QAccessible::isActive();

    if (options.printing()) { // no window: read, lay out and print the sheet
        AppTranslator::install(app);
        const QString source = options.file.isEmpty() ? luming::bundledNoticePath() : options.file;
        const PrintRunResult printed = PrintRunner::run(source, options.printPath, options.printPage);
        printLine(printed.exitCode == 0 ? stdout : stderr, printed.message);
        return printed.exitCode;
    }

    // What to open: the files given; else the last session (not for a screenshot, which shows the
    // bundled notice the same way every time); else the bundled notice.
    QStringList files = options.files;
    std::optional<Session> session;
    QString sessionError;
    if (files.isEmpty() && !options.screenshot())
        session = SessionFile::load(&sessionError);
    if (session && session->notice.isEmpty() && session->layers.isEmpty())
        session.reset();
    if (files.isEmpty() && !session) {
        const QString bundled = luming::bundledNoticePath();
        if (bundled.isEmpty()) {
            printLine(stderr,
                      QStringLiteral("luming-viewer: the bundled notice (resources/notices/) was not found "
                                     "beside the program or in the source tree; set LUMING_RESOURCES "
                                     "or pass a notice file."));
            if (options.screenshot())
                return kFailureExitCode;
        } else {
            files << bundled;
        }
    }

    // The first file, when it is a notice, is read and laid out on a worker thread while the window is
    // built and shown.
    QFuture<ProjectLoad> pending;
    if (!files.isEmpty()) {
        const FileKind first = FileClassifier::classify(files.first()).kind;
        if (first == FileKind::Notice || first == FileKind::Project)
            pending = luming::runInBackground([file = files.first()] { return ProjectLoader::load(file); });
    }
    AppTranslator::install(app);
    MainWindow window;
    if (!sessionError.isEmpty())
        qWarning().noquote() << sessionError;
    logStartupPhase(QStringLiteral("window built"));
    if (options.screenshot()) {
        // A screenshot shows the default layout at the requested size, whatever the last session saved.
        window.setErrorDisplay(MainWindow::ErrorDisplay::StatusBarOnly);
        window.resize(options.size);
    } else if (!window.restoreSettings()) {
        window.resize(options.size);
    }
    if (!options.layers.isEmpty())
        logLayerFrames(window);
    QObject::connect(window.canvas(), &MapCanvas::firstFramePainted, &window, [&window] {
        logStartupPhase(QStringLiteral("first frame painted"));
        qInfo().noquote() << QStringLiteral("luming-viewer: first frame painted %1 ms after process start "
                                            "(%2 ms after main; frame rendered in %3 ms)")
                                 .arg(qRound(LaunchClock::msSinceProcessStart()))
                                 .arg(qRound(LaunchClock::msSinceMain()))
                                 .arg(window.canvas()->shownFrame().renderMs, 0, 'f', 1);
    });

    // After the notice is shown: select the road asked for, and in --screenshot mode take the picture.
    int exitCode = 0;
    ScreenshotRunner runner(&window, options.screenshotPath);
    QObject::connect(&runner, &ScreenshotRunner::finished, &app,
                     [&exitCode](int code, const QString& message) {
                         exitCode = code;
                         printLine(code == 0 ? stdout : stderr, message);
                         QCoreApplication::quit();
                     });
    auto fail = [&exitCode] {
        exitCode = kFailureExitCode;
        QCoreApplication::quit();
    };
    QObject::connect(
        &window, &MainWindow::noticeOpened, &app,
        [&](bool ok, const QString& path) {
            logStartupPhase(QStringLiteral("notice shown"));
            if (ok)
                QObject::connect(
                    window.canvas(), &MapCanvas::currentFramePainted, &window,
                    [&window] {
                        logStartupPhase(QStringLiteral("first frame with the notice's roads painted"));
                        qInfo().noquote()
                            << QStringLiteral("luming-viewer: first frame with the roads painted %1 ms after "
                                              "process start (%2 ms after main; frame rendered in %3 ms)")
                                   .arg(qRound(LaunchClock::msSinceProcessStart()))
                                   .arg(qRound(LaunchClock::msSinceMain()))
                                   .arg(window.canvas()->shownFrame().renderMs, 0, 'f', 1);
                    },
                    Qt::SingleShotConnection);
            if (!ok && options.screenshot())
                return fail(); // showLoaded() printed why
            if (ok && !options.selectName.isEmpty()) {
                if (!window.selectRoadByName(options.selectName)) {
                    printLine(stderr, QStringLiteral("luming-viewer: no road named '%1' in %2.")
                                          .arg(options.selectName, QDir::toNativeSeparators(path)));
                    if (options.screenshot())
                        return fail();
                }
                window.canvas()->zoomToSelection(); // --select is asked for by name: show the road up close
            }
            if (ok && !options.selectPlace.isEmpty() && !window.selectPlace(options.selectPlace)) {
                printLine(stderr,
                          QStringLiteral("luming-viewer: no district or subdistrict named '%1' in %2.")
                              .arg(options.selectPlace, QDir::toNativeSeparators(path)));
                if (options.screenshot())
                    return fail();
            }
        },
        Qt::SingleShotConnection);
    // The picture is taken once every file given is open (or reported).
    QObject::connect(
        &window, &MainWindow::filesOpened, &app,
        [&] { // the window showed what was not opened (a dialog, or stderr when headless)
            if (options.screenshot() && exitCode == 0)
                runner.start();
        },
        Qt::SingleShotConnection);
    if (session)
        window.restoreSession(*session);
    // --layer files join what opens anyway, queued through the same opener as FILE… (one path).
    files += options.layers;
    if (!files.isEmpty())
        window.openFiles(files, pending);

    if (options.attributeTable)
        window.showAttributeTable();
    window.show();
    logStartupPhase(QStringLiteral("window shown"));
    if (options.screenshot() && files.isEmpty())
        runner.start();
    const int loopCode = QApplication::exec();
    return options.screenshot() ? exitCode : loopCode;
}
