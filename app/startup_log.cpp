#include "startup_log.h"

#include "launch_clock.h"

Q_LOGGING_CATEGORY(lcStartup, "luming.viewer.startup", QtWarningMsg)

namespace luming::app {

void logStartupPhase(const QString& phase) {
    qCDebug(lcStartup).noquote() << QStringLiteral("%1: %2 ms since process start (%3 ms after main)")
                                        .arg(phase)
                                        .arg(qRound(LaunchClock::msSinceProcessStart()))
                                        .arg(LaunchClock::msSinceMain(), 0, 'f', 1);
}

} // namespace luming::app
