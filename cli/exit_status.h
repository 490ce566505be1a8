// Exit statuses of the luming command, documented in `luming --help`.
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

inline const char* exitStatusHelp() {
    return "Exit status:\n"
           "  0  success\n"
           "  1  internal error\n"
           "  2  usage error (bad option or argument)\n"
           "  3  an input file is missing, unreadable, empty or not text\n"
           "  4  an input file holds no road-naming notice\n"
           "  5  the output could not be written, or exists and --overwrite was not given (an existing\n"
           "     file is left as it was)\n"
           "  6  export failed (e.g. a name the GBK profile cannot hold)\n";
}

} // namespace luming::cli
