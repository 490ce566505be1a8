#include "eval/variant_runner.h"

#include "eval/course_phrasing.h"
#include "eval/labelled_set.h"
#include "eval/notice_rendering.h"
#include "eval/text_damage.h"
#include "eval/variant_families.h"

#include <QFile>

namespace luming::eval {

QList<RecordSet> developmentSets(const QString& samplesDir, const QString& seedOracle, QStringList* errors) {
    QList<RecordSet> out;
    const LabelledSet set = loadLabelledSet(samplesDir);
    *errors += set.errors;
    for (const LabelledSample& sample : set.samples) {
        RecordSet rs{sample.id, sample.records, {}};
        if (sample.negative()) {
            QFile file(sample.textPath);
            if (!file.open(QIODevice::ReadOnly)) {
                errors->append(
                    QStringLiteral("%1: cannot read (%2)").arg(sample.textPath, file.errorString()));
                continue;
            }
            rs.negativeText = QString::fromUtf8(file.readAll());
        }
        out.append(rs);
    }
    const Result<QList<LabelRecord>> seed = readLabelFile(seedOracle);
    if (!seed)
        errors->append(seed.errorString());
    else
        out.append(RecordSet{QStringLiteral("seed"), *seed, {}});
    return out;
}

bool applies(const Variant& v, const RecordSet& set) {
    const bool negativeFamily = v.family == u"negatives";
    if (set.records.isEmpty() != negativeFamily)
        return false;
    if (v.layout.place == PlaceStyle::Title || v.layout.place == PlaceStyle::Intro)
        return !sharedPlace(set.records).isEmpty();
    // A lead counts the roads of a district, with at most one 街道 ("A区B街道N条道路").
    if (v.layout.place == PlaceStyle::Lead)
        return !sharedPlace(set.records).isEmpty() && !set.records.first().district.isEmpty() &&
               set.records.first().subdistricts.size() <= 1;
    return true;
}

QList<LabelRecord> expectedRecords(const QList<LabelRecord>& records, const Layout& l) {
    QList<LabelRecord> out;
    for (LabelRecord r : records) {
        // The table arrangements print the course in 起点/终点 cells with their compass words.
        if (l.arrangement == Arrangement::List && !keepsDirections(l.ends)) {
            r.startDir.clear();
            r.endDir.clear();
        }
        out.append(l.script == Script::Traditional ? toTraditional(r) : r);
    }
    return out;
}

QString renderVariant(const Variant& v, const RecordSet& set) {
    const quint32 seed = seedOf(set.id + QLatin1Char('/') + v.family + QLatin1Char('/') + v.name);
    if (!set.negativeText.isEmpty())
        return wrapText(set.negativeText, v.layout, seed);
    return renderNotice(set.records, v.layout, seed);
}

VariantResult runVariant(const Variant& v, const RecordSet& set) {
    VariantResult result{v.family, v.name, set.id, renderVariant(v, set), {}};
    const ParseOutcome outcome =
        NoticeParser::parseText(result.text, QStringLiteral("%1 [%2: %3]").arg(set.id, v.family, v.name));
    result.score = scoreOutcome(expectedRecords(set.records, v.layout), outcome);
    return result;
}

QList<FamilyRate> measureFamilies(const QList<RecordSet>& sets) {
    QList<FamilyRate> rates;
    for (const Variant& v : variantFamilies() + negativeVariants()) {
        if (rates.isEmpty() || rates.last().family != v.family)
            rates.append(FamilyRate{v.family, 0, 0, {}, {}, {}});
        FamilyRate& rate = rates.last();
        rate.templates.append(TemplateRate{v.name, 0, 0});
        for (const RecordSet& set : sets) {
            if (!applies(v, set))
                continue;
            VariantResult result = runVariant(v, set);
            ++rate.variants;
            ++rate.templates.last().sets;
            rate.totals.add(result.score);
            if (result.score.exact()) {
                ++rate.exact;
                ++rate.templates.last().exact;
            } else {
                rate.failures.append(std::move(result));
            }
        }
    }
    return rates;
}

} // namespace luming::eval
