// A road record in the label schema of tests/data/samples/README.md (the `luming parse -o` JSON shape):
// what the scorer compares and what the variant generator renders. `note` and the file-level fields
// are not held; `length_approx`, `planned_refs`, `shape` and `pinyin` are held but not scored.
#pragma once

#include "core/road_record.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace luming::eval {

// The scored fields of the label convention, in the README's order.
const QStringList& scoredFields();
// The scored fields and the labelled-but-unscored ones (a stricter check for the first ten samples).
const QStringList& labelledFields();

struct LabelRecord {
    QString action = QStringLiteral("name"); // name / rename / adjust / cancel
    QString name;
    QString oldName;
    QString district;
    QStringList subdistricts;
    std::optional<double> lengthM;
    bool lengthApprox = false;
    std::optional<double> widthMinM;
    std::optional<double> widthMaxM;
    QString startDir;
    QString start;
    QString endDir;
    QString end;
    QStringList via;
    QStringList plannedRefs;
    QString shape;
    QString pinyin;

    [[nodiscard]] static LabelRecord fromJson(const QJsonObject& o);
    [[nodiscard]] static LabelRecord fromRoad(const RoadRecord& r);
    // Every held field as JSON: empty strings and missing numbers are null, lists are arrays.
    [[nodiscard]] QJsonObject toJson() const;
};

// Same value for scoring: numbers within a millimetre, everything else exactly.
bool sameValue(const QJsonValue& a, const QJsonValue& b);
// A value as a short string for messages and tables ("null", "[\"A\",\"B\"]", "450").
QString showValue(const QJsonValue& v);

} // namespace luming::eval
