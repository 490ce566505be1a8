// Opens what a command is pointed at: a notice/gazette text (parsed and laid out) or a project .gpkg.
#pragma once

#include "core/project.h"

#include <QString>
#include <QTextStream>

namespace luming::cli {

struct OpenedProject {
    int status = 0; // ExitStatus
    Project project;
};

// Prints errors and warnings to `err`.
[[nodiscard]] OpenedProject openProject(const QString& path, QTextStream& err);

} // namespace luming::cli
