#include "launch_clock.h"

#include <QFile>
#include <QList>
#include <ctime>
#include <unistd.h>

namespace luming::app {

namespace {
QElapsedTimer& mainTimer() {
    static QElapsedTimer timer;
    return timer;
}

// Field `field` (1-based, as proc(5) numbers them) of a /proc file's first line, or -1.
double readField(const QString& path, int field) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QByteArray line = file.readLine();
    if (path.endsWith(QLatin1String("/stat"))) {
        // The command name (field 2) may hold spaces; count fields after its closing parenthesis.
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            return -1;
        line = line.mid(close + 2); // now starts with field 3
        field -= 2;
    }
    const QList<QByteArray> parts = line.simplified().split(' ');
    bool ok = false;
    const double value = parts.value(field - 1).toDouble(&ok);
    return ok ? value : -1;
}
} // namespace

void LaunchClock::markMainStarted() {
    mainTimer().start();
}

double LaunchClock::msSinceMain() {
    return mainTimer().isValid() ? mainTimer().nsecsElapsed() / 1e6 : -1;
}

double LaunchClock::cpuMs() {
    timespec ts{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
        return -1;
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double LaunchClock::msSinceProcessStart() {
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    const double startTicks = readField(QStringLiteral("/proc/self/stat"), 22); // starttime, in clock ticks
    const double uptime = readField(QStringLiteral("/proc/uptime"), 1);
    if (startTicks < 0 || uptime < 0 || ticksPerSecond <= 0)
        return -1;
    return (uptime - startTicks / ticksPerSecond) * 1000.0;
}

} // namespace luming::app
