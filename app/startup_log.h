// Startup timing, logged under the category "luming.viewer.startup" (off by default; turn on with
// QT_LOGGING_RULES="luming.viewer.startup.debug=true") so each phase to the first frame can be measured.
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

namespace luming::app {

// Logs "<phase>: <ms since process start> ms (<ms since main> ms after main)".
void logStartupPhase(const QString& phase);

} // namespace luming::app
