#include "search_command.h"

#include "code_words.h"
#include "exit_status.h"
#include "help_text.h"
#include "layer_source.h"
#include "layersearch/layer_name_index.h"
#include "progress_line.h"
#include "project_source.h"
#include "search/road_search.h"
#include "search/store_road_search.h"
#include "terminal_stream.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace luming::cli {

namespace {

int searchLayer(const QString& query, const QString& src, int limit, QTextStream& out, QTextStream& err) {
    ProgressLine progress(err, Help::tr("indexing the names of %1").arg(QFileInfo(src).fileName()));
    const auto index = LayerNameIndex::open(src, progress.feedback());
    if (!index) {
        err << "luming: " << index.errorString() << "\n";
        return InputUnreadable;
    }
    if (index->facts().built)
        err << Help::tr("luming: indexed %1 named of %2 features of %3 (%4)")
                   .arg(index->facts().named)
                   .arg(index->facts().features)
                   .arg(QFileInfo(src).fileName(), index->facts().indexPath)
            << "\n";
    const auto hits = index->search(query, limit);
    if (!hits) {
        err << "luming: " << hits.errorString() << "\n";
        return InputUnreadable;
    }
    out << Help::tr("%1 feature(s) for \"%2\"").arg(hits->size()).arg(query) << "\n";
    for (const LayerHit& h : *hits) {
        out << "  " << h.name << "  (" << h.layer << " fid " << h.fid;
        if (!h.lonLatBounds.isNull())
            out << QStringLiteral("; %1, %2")
                       .arg(h.lonLatBounds.center().x(), 0, 'f', 5)
                       .arg(h.lonLatBounds.center().y(), 0, 'f', 5);
        if (h.exact)
            out << "; " << exactWord();
        out << ")\n";
    }
    return Success;
}

} // namespace

int runSearch(const QStringList& args) {
    TerminalStream out(stdout);
    TerminalStream err(stderr);
    QCommandLineParser cli;
    cli.setApplicationDescription(Help::tr(
        "Search roads by name (substring; 繁/简, spaces and look-alike characters either way; pinyin in "
        "full or initials: gangtianlu, gtl), by 区 or 街道, or by the road they start, end or turn on."));
    cli.addPositionalArgument(QStringLiteral("QUERY"),
                              Help::tr("What to look for (one character is enough)."));
    cli.addPositionalArgument(QStringLiteral("SRC"),
                              Help::tr("A project .gpkg (uses its name index), a notice file, or any vector "
                                       "file GDAL reads (a road layer: its names are indexed once, then "
                                       "searched)."));
    cli.addOption({{QStringLiteral("n"), QStringLiteral("limit")},
                   Help::tr("At most N results (0: all)."),
                   QStringLiteral("N"),
                   QStringLiteral("0")});
    cli.addHelpOption();
    if (!cli.parse(args)) {
        err << "luming search: " << cli.errorText() << "\n";
        return UsageError;
    }
    if (cli.isSet(QStringLiteral("help"))) {
        out << cli.helpText() << "\n" << exitStatusHelp();
        return Success;
    }
    if (cli.positionalArguments().size() != 2) {
        err << Help::tr("luming search: give a QUERY and one SRC (see luming search --help)") << "\n";
        return UsageError;
    }
    const QString query = cli.positionalArguments()[0];
    const QString src = cli.positionalArguments()[1];
    const int limit = cli.value(QStringLiteral("limit")).toInt();

    if (isVectorLayer(src))
        return searchLayer(query, src, limit, out, err);
    QList<SearchHit> hits;
    if (QFileInfo(src).suffix().compare(QStringLiteral("gpkg"), Qt::CaseInsensitive) == 0) {
        const StoreSearchResult found = StoreRoadSearch::search(src, query, limit);
        if (!found.ok) {
            err << "luming: " << found.error << "\n";
            return InputUnreadable;
        }
        hits = found.hits;
    } else {
        const OpenedProject opened = openProject(src, err);
        if (opened.status != Success)
            return opened.status;
        hits = RoadSearch(opened.project).search(query, limit);
    }
    out << Help::tr("%1 road(s) for \"%2\"").arg(hits.size()).arg(query) << "\n";
    // "  风集路  历城区 港沟街道  (济政字〔2021〕62号 item 32; name, variant: printed 风集路, 9 item(s) say
    // 凤集路)"
    for (const auto& h : hits) {
        QStringList place{h.district};
        place << h.subdistricts;
        place.removeAll(QString());
        out << "  " << h.name << "  " << place.join(u' ') << "  ("
            << Help::tr("%1 item %2").arg(h.road.notice.displayText()).arg(h.road.seq) << "; "
            << matchReasonWord(h.reason);
        if (h.reason != MatchReason::Name)
            out << ": " << h.matched;
        if (h.form != MatchForm::AsPrinted)
            out << ", " << matchFormWord(h.form);
        if (h.form == MatchForm::Variant)
            out << ": "
                << Help::tr("printed %1, %2 item(s) say %3")
                       .arg(h.name)
                       .arg(h.variantItems)
                       .arg(h.variantName);
        out << ")\n";
    }
    return Success;
}

} // namespace luming::cli
