// Opens what a command is pointed at: a notice/gazette text (parsed and laid out) or a project .gpkg.
#pragma once

#include "core/notice_region.h"
#include "core/project.h"

#include <QString>
#include <QTextStream>

namespace luming::cli {

struct OpenedProject {
    int status = 0; // ExitStatus
    Project project;
};

// Prints errors and warnings to `err`. `region` known (from --region): the notice text is read as about
// that city; a project .gpkg was laid out when it was written, so it is refused with a message saying
// to parse the notice again with --region.
[[nodiscard]] OpenedProject openProject(const QString& path, QTextStream& err,
                                        const NoticeRegion& region = {});

} // namespace luming::cli
