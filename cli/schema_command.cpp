#include "schema_command.h"

#include "core/road_fields.h"
#include "exit_status.h"
#include "help_text.h"

#include <QTextStream>

namespace luming::cli {

int runSchema(const QStringList& args) {
    QTextStream out(stdout);
    if (args.size() > 1) {
        const bool help = args.size() == 2 && (args[1] == u"--help" || args[1] == u"-h");
        QTextStream(help ? stdout : stderr)
            << Help::tr("usage: luming schema   (prints docs/schema.md)") << "\n";
        return help ? Success : UsageError;
    }
    out << roadFieldsMarkdown();
    return Success;
}

} // namespace luming::cli
