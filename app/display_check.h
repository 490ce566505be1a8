// Decides, before QApplication exists, which platform the viewer can use: Qt aborts with an obscure
// "could not connect to display" when there is none, so the viewer checks first and explains.
#pragma once

#include <QString>

namespace luming::app {

struct DisplayEnvironment {
    QString qpaPlatform;           // $QT_QPA_PLATFORM
    QString display;               // $DISPLAY
    QString waylandDisplay;        // $WAYLAND_DISPLAY
    bool platformArgument = false; // -platform given on the command line
    static DisplayEnvironment current(int argc, char** argv);
};

enum class DisplayDecision {
    UseDefault,   // a display (or an explicit platform) is there
    UseOffscreen, // --screenshot: force the offscreen platform
    NoDisplay,    // nothing to show a window on: print noDisplayMessage() and exit 2
};

class DisplayCheck {
public:
    [[nodiscard]] static DisplayDecision decide(const DisplayEnvironment& env, bool screenshot);
    static QString noDisplayMessage();
    static constexpr int kNoDisplayExitCode = 2;
};

} // namespace luming::app
