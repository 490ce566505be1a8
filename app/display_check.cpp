#include "display_check.h"

#include <cstring>

namespace luming::app {

DisplayEnvironment DisplayEnvironment::current(int argc, char** argv) {
    DisplayEnvironment env;
    env.qpaPlatform = qEnvironmentVariable("QT_QPA_PLATFORM");
    env.display = qEnvironmentVariable("DISPLAY");
    env.waylandDisplay = qEnvironmentVariable("WAYLAND_DISPLAY");
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "-platform") == 0 || std::strncmp(argv[i], "-platform=", 10) == 0)
            env.platformArgument = true;
    return env;
}

DisplayDecision DisplayCheck::decide(const DisplayEnvironment& env, bool screenshot) {
    if (screenshot)
        return DisplayDecision::UseOffscreen;
    if (!env.qpaPlatform.isEmpty() || env.platformArgument)
        return DisplayDecision::UseDefault; // the user chose; Qt reports its own errors then
    if (env.display.isEmpty() && env.waylandDisplay.isEmpty())
        return DisplayDecision::NoDisplay;
    return DisplayDecision::UseDefault;
}

QString DisplayCheck::noDisplayMessage() {
    return QStringLiteral(
        "luming-viewer: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "  To use the viewer on this machine without a screen, run it under a virtual display:\n"
        "      xvfb-run -a luming-viewer [FILE]\n"
        "  or render the window straight into a picture and exit:\n"
        "      luming-viewer [FILE] --screenshot out.png [--select NAME] [--size 1280x800]");
}

} // namespace luming::app
