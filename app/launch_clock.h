// Time since the program was launched, for the "first frame painted" log line. Counts from the
// process's start as the kernel recorded it (so loading Qt's libraries is included), with the start
// of main() as a fallback where /proc is not available.
#pragma once

#include <QElapsedTimer>

namespace luming::app {

class LaunchClock {
public:
    // Call first thing in main().
    static void markMainStarted();
    // Milliseconds since the process started (10 ms resolution), or -1 when unknown.
    [[nodiscard]] static double msSinceProcessStart();
    [[nodiscard]] static double msSinceMain();
    // CPU time the process has used so far, all threads (on a shared machine wall time stretches; this
    // much less).
    [[nodiscard]] static double cpuMs();
};

} // namespace luming::app
