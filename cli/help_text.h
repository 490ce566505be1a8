// The words of `luming --help`, each command's --help and its usage errors, in the "luming::cli::Help"
// context: Chinese on a Chinese locale (cli/translations/luming_cli_zh_CN.ts), English otherwise.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace luming::cli {

class Help {
    Q_DECLARE_TR_FUNCTIONS(luming::cli::Help)
};

// `luming --help`: the commands with their summary lines.
[[nodiscard]] QString usageText();

// The exit statuses, documented at the end of every --help.
[[nodiscard]] QString exitStatusHelp();

} // namespace luming::cli
