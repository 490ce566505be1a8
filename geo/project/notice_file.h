// Reads any notice file a user can open — text in any encoding, Markdown, or a PDF with a text layer —
// into notices: the one entry point the CLI, the viewer and the tests share.
#pragma once

#include "notice/notice_parser.h"

namespace luming {

[[nodiscard]] ParseOutcome parseNoticeFile(const QString& path, Feedback* feedback = nullptr);

} // namespace luming
