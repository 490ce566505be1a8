#include "eval/score_report.h"

namespace luming::eval {
namespace {

QString percent(int part, int whole) {
    return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

QString scoreTableHeader() {
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(QStringLiteral("sample"), -44)
        .arg(QStringLiteral("records"), 8)
        .arg(QStringLiteral("exact"), 6)
        .arg(QStringLiteral("missed"), 7)
        .arg(QStringLiteral("spurious"), 9)
        .arg(QStringLiteral("fields right"), 14)
        .arg(QStringLiteral("accuracy"), 9);
}

QString scoreTableRow(const QString& id, const SampleScore& s) {
    const QString accuracy = s.negative ? (s.exact() ? QStringLiteral("ok") : QStringLiteral("FAIL"))
                                        : percent(s.rightFields, s.fields);
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(id, -44)
        .arg(s.expected(), 8)
        .arg(s.exactRecords(), 6)
        .arg(s.missed, 7)
        .arg(s.spurious, 9)
        .arg(QStringLiteral("%1/%2").arg(s.rightFields).arg(s.fields), 14)
        .arg(accuracy, 9);
}

QString scoreTotalsRow(const ScoreTotals& t) {
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n%8 of %9 samples exact")
        .arg(QStringLiteral("total"), -44)
        .arg(t.expected, 8)
        .arg(t.exactRecords, 6)
        .arg(t.missed, 7)
        .arg(t.spurious, 9)
        .arg(QStringLiteral("%1/%2").arg(t.rightFields).arg(t.fields), 14)
        .arg(percent(t.rightFields, t.fields), 9)
        .arg(t.exactSamples)
        .arg(t.samples);
}

QStringList fieldAccuracyRows(const ScoreTotals& t, const QStringList& fields) {
    QStringList out;
    for (const QString& f : fields) {
        const int right = t.rightByField.value(f);
        out.append(QStringLiteral("  %1 %2 %3")
                       .arg(f, -14)
                       .arg(QStringLiteral("%1/%2").arg(right).arg(t.expected), 10)
                       .arg(percent(right, t.expected), 7));
    }
    return out;
}

QStringList scoreDetails(const SampleScore& s) {
    QStringList out;
    for (const RecordScore& r : s.records)
        for (const QString& w : r.wrong)
            out.append(QStringLiteral("  %1: %2").arg(r.expected.name, w));
    for (const QString& name : s.spuriousNames)
        out.append(QStringLiteral("  spurious record: %1").arg(name));
    return out;
}

} // namespace luming::eval
