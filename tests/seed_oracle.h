// Test helper: the seed notice's records from the hand-written oracle tests/data/seed_expected.json (the
// issue-2 record schema), for tests that need records before or without the parser.
#pragma once

#include "core/road_record.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace luming::test {

struct SeedOracle {
    QString docNumber;
    QList<RoadRecord> roads;
};

inline SeedOracle readSeedOracle() {
    SeedOracle out;
    const QJsonObject root =
        QJsonDocument::fromJson(readAll(testDataPath(QStringLiteral("seed_expected.json")))).object();
    out.docNumber = root.value(QStringLiteral("doc_number")).toString();
    auto strings = [](const QJsonValue& v) {
        QStringList list;
        for (const QJsonValue& s : v.toArray())
            list.append(s.toString());
        return list;
    };
    for (const QJsonValue& v : root.value(QStringLiteral("roads")).toArray()) {
        const QJsonObject o = v.toObject();
        RoadRecord r;
        r.seq = o.value(QStringLiteral("seq")).toInt();
        r.action = actionFromCode(o.value(QStringLiteral("action")).toString()).value_or(RoadAction::Name);
        r.name = o.value(QStringLiteral("name")).toString();
        r.district = o.value(QStringLiteral("district")).toString();
        r.subdistricts = strings(o.value(QStringLiteral("subdistricts")));
        if (o.value(QStringLiteral("length_m")).isDouble())
            r.lengthM = o.value(QStringLiteral("length_m")).toDouble();
        r.lengthApprox = o.value(QStringLiteral("length_approx")).toBool();
        if (o.value(QStringLiteral("width_min_m")).isDouble())
            r.widthMinM = o.value(QStringLiteral("width_min_m")).toDouble();
        if (o.value(QStringLiteral("width_max_m")).isDouble())
            r.widthMaxM = o.value(QStringLiteral("width_max_m")).toDouble();
        r.startDir = o.value(QStringLiteral("start_dir")).toString();
        r.start = o.value(QStringLiteral("start")).toString();
        r.endDir = o.value(QStringLiteral("end_dir")).toString();
        r.end = o.value(QStringLiteral("end")).toString();
        r.via = strings(o.value(QStringLiteral("via")));
        r.shape = o.value(QStringLiteral("shape")).toString();
        r.plannedRefs = strings(o.value(QStringLiteral("planned_refs")));
        r.source.line = o.value(QStringLiteral("source_line")).toInt();
        out.roads.append(r);
    }
    return out;
}

} // namespace luming::test
