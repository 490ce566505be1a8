#include "schema_command.h"

#include "core/road_fields.h"
#include "exit_status.h"

#include <QTextStream>

namespace luming::cli {

int runSchema(const QStringList& args) {
    QTextStream out(stdout);
    if (args.size() > 1) {
        QTextStream(stderr) << "usage: luming schema   (prints docs/schema.md)\n";
        return UsageError;
    }
    out << roadFieldsMarkdown();
    return Success;
}

} // namespace luming::cli
