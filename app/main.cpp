// luming-viewer [FILE] [--screenshot out.png] [--select NAME] [--size WxH]
#include "app_translator.h"
#include "bundled_notice.h"
#include "display_check.h"
#include "launch_clock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "screenshot_runner.h"
#include "viewer_options.h"

#include <QApplication>
#include <QDir>
#include <cstdio>

using namespace luming::app;

namespace {

constexpr int kUsageExitCode = 64; // EX_USAGE
constexpr int kFailureExitCode = 1;

void printLine(FILE* stream, const QString& text) {
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
}

} // namespace

int main(int argc, char** argv) {
    LaunchClock::markMainStarted();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const ViewerOptionsParse parsed = ViewerOptionsParser::parse(arguments);
    if (!parsed.error.isEmpty()) {
        printLine(stderr, QStringLiteral("luming-viewer: %1\nTry 'luming-viewer --help'.").arg(parsed.error));
        return kUsageExitCode;
    }
    const ViewerOptions& options = parsed.options;
    if (options.showHelp) {
        printLine(stdout, parsed.helpText);
        return 0;
    }
    if (options.showVersion) {
        printLine(stdout, QStringLiteral("luming-viewer " LUMING_VERSION));
        return 0;
    }

    switch (DisplayCheck::decide(DisplayEnvironment::current(argc, argv), options.screenshot())) {
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
    QApplication::setOrganizationName(QStringLiteral("Luming"));
    QApplication::setApplicationName(QStringLiteral("luming-viewer"));
    QApplication::setApplicationVersion(QStringLiteral(LUMING_VERSION));
    AppTranslator::install(app);

    MainWindow window;
    if (options.screenshot()) {
        // A screenshot shows the default layout at the requested size, whatever the last session saved.
        window.setErrorDisplay(MainWindow::ErrorDisplay::StatusBarOnly);
        window.resize(options.size);
    } else if (!window.restoreSettings()) {
        window.resize(options.size);
    }
    QObject::connect(window.canvas(), &MapCanvas::firstFramePainted, &window, [&window] {
        qInfo().noquote() << QStringLiteral("luming-viewer: first frame painted %1 ms after process start "
                                            "(%2 ms after main; frame rendered in %3 ms)")
                                 .arg(qRound(LaunchClock::msSinceProcessStart()))
                                 .arg(qRound(LaunchClock::msSinceMain()))
                                 .arg(window.canvas()->shownFrame().renderMs, 0, 'f', 1);
    });

    QString file = options.file;
    if (file.isEmpty()) {
        file = BundledNotice::find(QCoreApplication::applicationDirPath());
        if (file.isEmpty()) {
            printLine(stderr, QStringLiteral("luming-viewer: no bundled notice found; looked in %1. "
                                             "Pass a notice file as argument.")
                                  .arg(BundledNotice::searchFolders(QCoreApplication::applicationDirPath())
                                           .join(QStringLiteral(", "))));
            if (options.screenshot())
                return kFailureExitCode;
        }
    }
    const bool loaded = !file.isEmpty() && window.openNotice(file);
    if (!loaded && !file.isEmpty() && options.screenshot())
        return kFailureExitCode; // openNotice() printed why
    if (!options.selectName.isEmpty() && loaded && !window.selectRoadByName(options.selectName)) {
        printLine(stderr, QStringLiteral("luming-viewer: no road named '%1' in %2.")
                              .arg(options.selectName, QDir::toNativeSeparators(file)));
        if (options.screenshot())
            return kFailureExitCode;
    }
    window.show();

    if (!options.screenshot())
        return QApplication::exec();

    ScreenshotRunner runner(&window, options.screenshotPath);
    int exitCode = kFailureExitCode;
    QObject::connect(&runner, &ScreenshotRunner::finished, &app,
                     [&exitCode](int code, const QString& message) {
                         exitCode = code;
                         printLine(code == 0 ? stdout : stderr, message);
                         QCoreApplication::quit();
                     });
    runner.start();
    QApplication::exec();
    return exitCode;
}
