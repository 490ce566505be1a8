// notice_variants [--verbose] [--dump SET FAMILY VARIANT] [DIR]: renders the labelled records of every
// sample in DIR (default tests/data/samples) and of the seed oracle through the template families,
// parses every variant back and prints, per family, how many variants came out exact. --verbose lists
// each failing variant with its wrong fields; --dump prints one rendered text. Exit 0 (it
// measures), 2 when the labels cannot be read.
#include "eval/score_report.h"
#include "eval/variant_families.h"
#include "eval/variant_runner.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace luming;
using namespace luming::eval;

namespace {

int dump(const QList<RecordSet>& sets, const QStringList& what, QTextStream& out) {
    for (const Variant& v : variantFamilies() + negativeVariants())
        for (const RecordSet& set : sets)
            if (set.id.startsWith(what.value(0)) && v.family == what.value(1) && v.name == what.value(2)) {
                out << renderVariant(v, set);
                return 0;
            }
    QTextStream(stderr) << "no such set/family/variant\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    QStringList dumpArgs;
    if (const qsizetype at = args.indexOf(QStringLiteral("--dump")); at >= 0) {
        dumpArgs = args.mid(at + 1, 3);
        args.remove(at, std::min<qsizetype>(4, args.size() - at));
    }
    const QString dir = args.value(0, QStringLiteral(LUMING_TEST_DATA_DIR "/samples"));
    QTextStream out(stdout);
    QStringList errors;
    const QList<RecordSet> sets =
        developmentSets(dir, QStringLiteral(LUMING_TEST_DATA_DIR "/seed_expected.json"), &errors);
    for (const QString& e : errors)
        QTextStream(stderr) << e << '\n';
    if (!errors.isEmpty() || sets.isEmpty())
        return 2;
    if (!dumpArgs.isEmpty())
        return dump(sets, dumpArgs, out);

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("family"), -18)
               .arg(QStringLiteral("variants"), 9)
               .arg(QStringLiteral("exact"), 6)
               .arg(QStringLiteral("rate"), 7)
               .arg(QStringLiteral("records exact"), 14)
               .arg(QStringLiteral("fields right"), 14)
               .arg(QStringLiteral("missed/spurious"), 16);
    ScoreTotals all;
    int variants = 0;
    int exact = 0;
    for (const FamilyRate& f : measureFamilies(sets)) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(f.family, -18)
                   .arg(f.variants, 9)
                   .arg(f.exact, 6)
                   .arg(QString::number(100.0 * f.rate(), 'f', 1) + QLatin1Char('%'), 7)
                   .arg(QStringLiteral("%1/%2").arg(f.totals.exactRecords).arg(f.totals.expected), 14)
                   .arg(QStringLiteral("%1/%2").arg(f.totals.rightFields).arg(f.totals.fields), 14)
                   .arg(QStringLiteral("%1/%2").arg(f.totals.missed).arg(f.totals.spurious), 16);
        for (const TemplateRate& t : f.templates)
            out << QStringLiteral("    %1 %2/%3\n").arg(t.variant, -32).arg(t.exact).arg(t.sets);
        variants += f.variants;
        exact += f.exact;
        if (verbose)
            for (const VariantResult& r : f.failures) {
                out << QStringLiteral("  FAIL %1 · %2\n").arg(r.set, r.variant);
                if (!r.score.parseError.isEmpty())
                    out << "    reader: " << r.score.parseError << '\n';
                for (const QString& line : scoreDetails(r.score))
                    out << "  " << line << '\n';
            }
    }
    out << QStringLiteral("all: %1 of %2 variants exact (%3%)\n")
               .arg(exact)
               .arg(variants)
               .arg(variants > 0 ? 100.0 * exact / variants : 0.0, 0, 'f', 1);
    return 0;
}
