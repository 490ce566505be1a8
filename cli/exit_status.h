// Exit statuses of the luming command, documented in `luming --help` (help_text.h: exitStatusHelp).
#pragma once

namespace luming::cli {

enum ExitStatus : int {
    Success = 0,
    InternalError = 1,
    UsageError = 2,
    InputUnreadable = 3, // missing, unreadable, empty or not a text file
    NoNotice = 4,        // readable, but no road-naming notice in it
    OutputFailed = 5,    // the output could not be written (nothing was replaced)
    ExportFailed = 6,    // export refused or failed (e.g. GBK cannot hold a name)
};

} // namespace luming::cli
