// Plain-text tables of scores: one line per sample and a totals line (score_samples), and the
// mismatches of one sample (its --verbose detail).
#pragma once

#include "eval/sample_scorer.h"

namespace luming::eval {

QString scoreTableHeader();
QString scoreTableRow(const QString& id, const SampleScore& s);
QString scoreTotalsRow(const ScoreTotals& t);
// Per-field accuracy over the totals: "start 180/195 (92.3%)", one line per field in `fields` order.
QStringList fieldAccuracyRows(const ScoreTotals& t, const QStringList& fields = scoredFields());
// Each wrong field of each record, and each spurious record, one line each.
QStringList scoreDetails(const SampleScore& s);

} // namespace luming::eval
