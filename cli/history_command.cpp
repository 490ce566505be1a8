#include "history_command.h"

#include "code_words.h"
#include "exit_status.h"
#include "help_text.h"
#include "project/notice_file.h"
#include "register/road_register.h"
#include "store/road_store.h"
#include "terminal_stream.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace luming::cli {

namespace {

// Every notice in the sources: project GeoPackages hold all notices imported so far; text files are parsed.
bool collectNotices(const QStringList& sources, QList<Notice>& notices, QTextStream& err, int& status) {
    for (const auto& src : sources) {
        if (QFileInfo(src).suffix().compare(QStringLiteral("gpkg"), Qt::CaseInsensitive) == 0) {
            const LoadResult loaded = RoadStore::load(src);
            if (!loaded.ok) {
                err << "luming: " << loaded.error << "\n";
                status = InputUnreadable;
                return false;
            }
            notices += loaded.project.parse.notices;
            continue;
        }
        const ParseOutcome parsed = parseNoticeFile(src);
        if (parsed.status == ParseStatus::NoNotice) {
            err << "luming: " << parsed.error << "\n";
            continue;
        }
        if (parsed.status != ParseStatus::Ok) {
            err << "luming: " << parsed.error << "\n";
            status = InputUnreadable;
            return false;
        }
        notices += parsed.result.notices;
    }
    return true;
}

} // namespace

int runHistory(const QStringList& args) {
    TerminalStream out(stdout);
    TerminalStream err(stderr);
    QCommandLineParser cli;
    cli.setApplicationDescription(Help::tr("Show the history of a road name across notices."));
    cli.addPositionalArgument(QStringLiteral("NAME"), Help::tr("Road name (繁/简 either way)."));
    cli.addPositionalArgument(QStringLiteral("SRC"), Help::tr("Project .gpkg files and/or notice files."),
                              QStringLiteral("SRC…"));
    cli.addHelpOption();
    if (!cli.parse(args)) {
        err << "luming history: " << cli.errorText() << "\n";
        return UsageError;
    }
    if (cli.isSet(QStringLiteral("help"))) {
        out << cli.helpText() << "\n" << exitStatusHelp();
        return Success;
    }
    QStringList positional = cli.positionalArguments();
    if (positional.size() < 2) {
        err << Help::tr("luming history: give a NAME and at least one SRC (see luming history --help)")
            << "\n";
        return UsageError;
    }
    const QString name = positional.takeFirst();
    QList<Notice> notices;
    int status = Success;
    if (!collectNotices(positional, notices, err, status))
        return status;

    const QList<RegisterEntry> entries = RoadRegister::build(notices).lookup(name);
    if (entries.isEmpty()) {
        out << Help::tr("%1: not named, changed or cancelled by any of the %2 notice(s) read.")
                   .arg(name)
                   .arg(notices.size())
            << "\n";
        return Success;
    }
    for (const auto& e : entries) {
        out << e.name << " — " << roadStatusWord(e.status);
        if (e.status == RoadStatus::Renamed)
            out << Help::tr(" to %1").arg(e.renamedTo);
        if (!e.start.isEmpty() || !e.end.isEmpty())
            out << Help::tr("; ends: %1 – %2").arg(e.start, e.end);
        out << "\n";
        for (const auto& ev : e.events) {
            out << "  " << (ev.date.isValid() ? ev.date.toString(Qt::ISODate) : Help::tr("(undated)")) << "  "
                << actionWord(ev.action) << "  " << (ev.docNumber.isEmpty() ? ev.title : ev.docNumber);
            if (ev.seq > 0)
                out << Help::tr(" item %1").arg(ev.seq);
            if (ev.action == RoadAction::Rename)
                out << ": " << ev.oldName << " → " << ev.name;
            else if (!ev.start.isEmpty() || !ev.end.isEmpty())
                out << ": " << ev.start << " – " << ev.end;
            if (!ev.note.isEmpty())
                out << " (" << ev.note << ")";
            out << "\n";
        }
    }
    return Success;
}

} // namespace luming::cli
