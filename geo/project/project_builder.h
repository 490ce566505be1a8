// text → records → validated records → geometry: builds the Project every front end shows.
#pragma once

#include "core/project.h"
#include "notice/notice_parser.h"

#include <QStringList>

namespace luming {

struct ProjectBuild {
    ParseStatus status = ParseStatus::Ok;
    Project project;
    QString error;        // when status != Ok: one sentence naming the file
    QStringList warnings; // resources that could not be read (anchors, districts), layout errors
};

class ProjectBuilder {
public:
    // Parses `noticePath`, decides each notice's region (`chosen` when known, as `--region` gives it) and
    // checks its places, and lays out every notice's roads; loads the district boundaries.
    [[nodiscard]] static ProjectBuild fromNoticeFile(const QString& noticePath,
                                                     const NoticeRegion& chosen = {});
    // Same from a parse already done (e.g. text extracted from a PDF).
    [[nodiscard]] static ProjectBuild fromParse(ParseResult parse, const NoticeRegion& chosen = {});
};

} // namespace luming
