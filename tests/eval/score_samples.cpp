// score_samples [--verbose] [DIR]: reads every labelled notice of DIR (default tests/data/samples) with
// the parser and prints one line per sample and the totals (label convention: DIR/README.md or
// tests/data/samples/README.md). Exit status 0 even when fields are wrong: it measures, it does not judge;
// 2 when DIR holds no labelled sample or a label cannot be read.
#include "eval/labelled_set.h"
#include "eval/score_report.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace luming;
using namespace luming::eval;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    const QString dir = args.value(0, QStringLiteral(LUMING_TEST_DATA_DIR "/samples"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const LabelledSet set = loadLabelledSet(dir);
    for (const QString& e : set.errors)
        err << e << '\n';
    // A partly read set is not scored as if whole.
    if (set.samples.isEmpty() || !set.errors.isEmpty()) {
        err << dir << ": nothing scored (" << set.samples.size() << " labelled samples read, "
            << set.errors.size() << " errors)\n";
        return 2;
    }
    out << scoreTableHeader() << '\n';
    ScoreTotals totals;
    for (const LabelledSample& sample : set.samples) {
        const SampleScore score = scoreOutcome(sample.records, NoticeParser::parseFile(sample.textPath));
        totals.add(score);
        out << scoreTableRow(sample.id, score) << '\n';
        if (verbose)
            for (const QString& line : scoreDetails(score))
                out << line << '\n';
    }
    out << scoreTotalsRow(totals) << "\nper field (label records with the field right):\n";
    for (const QString& line : fieldAccuracyRows(totals))
        out << line << '\n';
    return 0;
}
