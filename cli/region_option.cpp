#include "region_option.h"

#include "help_text.h"
#include "region/region_assigner.h"

namespace luming::cli {

QCommandLineOption regionOption() {
    return {QStringLiteral("region"),
            Help::tr("The city the notice is about, by GB/T 2260 code or name (370100, 济南, 济南市), "
                     "instead of the one its own words name."),
            QStringLiteral("CODE|NAME")};
}

std::optional<NoticeRegion> chosenRegion(const QCommandLineParser& cli, QTextStream& err,
                                         const QString& command) {
    if (!cli.isSet(QStringLiteral("region")))
        return NoticeRegion{};
    const Result<NoticeRegion> region = chooseRegion(cli.value(QStringLiteral("region")));
    if (!region) {
        err << "luming " << command << ": --region: " << region.errorString() << "\n";
        return std::nullopt;
    }
    return *region;
}

} // namespace luming::cli
