// Runs the template families over the development records: renders each labelled record set in each
// variant, parses it back and scores it against the records the variant must give (the label, in
// traditional script for s2t, without compass words for the styles that print none). Negatives are
// wrapped instead and must give no record. A variant is exact when every record is.
#pragma once

#include "eval/sample_scorer.h"
#include "eval/variant_layout.h"

namespace luming::eval {

// One labelled record set (a sample or the seed oracle) or a negative sample's text.
struct RecordSet {
    QString id;
    QList<LabelRecord> records;
    QString negativeText; // set for negatives (records empty)
};

struct VariantResult {
    QString family;
    QString variant;
    QString set;
    QString text; // what was parsed
    SampleScore score;
};

// One template over every set it applies to.
struct TemplateRate {
    QString variant;
    int sets = 0;
    int exact = 0;
};

struct FamilyRate {
    QString family;
    int variants = 0; // (record set, template) pairs run
    int exact = 0;
    ScoreTotals totals;
    QList<TemplateRate> templates;
    QList<VariantResult> failures;
    double rate() const { return variants > 0 ? double(exact) / variants : 0.0; }
};

// The samples of `samplesDir` (records, or the text of negatives) and the seed oracle at `seedOracle`.
// Unreadable files are listed in `errors`.
QList<RecordSet> developmentSets(const QString& samplesDir, const QString& seedOracle, QStringList* errors);
// False where a template cannot say the set's facts: a title or intro place needs one shared place.
bool applies(const Variant& v, const RecordSet& set);
// The records a correct reader gets from the set rendered in this layout.
QList<LabelRecord> expectedRecords(const QList<LabelRecord>& records, const Layout& l);
// The text of one variant of one set.
QString renderVariant(const Variant& v, const RecordSet& set);
VariantResult runVariant(const Variant& v, const RecordSet& set);
// Every family (and "negatives") over every set, in the order of variantFamilies().
QList<FamilyRate> measureFamilies(const QList<RecordSet>& sets);

} // namespace luming::eval
