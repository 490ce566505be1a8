// A Project for the viewer's tests, built without the parser or the layout solver: the 59 records of
// the hand-written oracle (data/seed_expected.json, read from the seed notice by eye), each item's
// printed line from the seed file as its source text, the oracle's expected findings, and a simple
// stand-in geometry (straight lines of the stated length in the stated direction, 街道 by 街道 on a
// grid around rough anchors). The geometry is only a fixture for selection and hit tests; the real
// one comes from the layout solver.
#pragma once

#include "core/project.h"
#include "record_support.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace luming::test {

// Rough (lon, lat) per 街道 (the anchors of issue 3, ±2 km); roads are laid out around them.
inline LonLat fixtureAnchor(const QString& subdistrict) {
    static const QHash<QString, LonLat> anchors{
        {QStringLiteral("陡沟街道"), {116.910, 36.615}}, {QStringLiteral("港沟街道"), {117.158, 36.660}},
        {QStringLiteral("董家街道"), {117.200, 36.760}}, {QStringLiteral("郭店街道"), {117.280, 36.720}},
        {QStringLiteral("遥墙街道"), {117.200, 36.830}}, {QStringLiteral("章锦街道"), {117.195, 36.655}}};
    return anchors.value(subdistrict, LonLat{117.0, 36.65});
}

inline Project seedOracleProject() {
    const QJsonObject oracle =
        QJsonDocument::fromJson(readAll(testDataPath(QStringLiteral("seed_expected.json")))).object();
    const QStringList seedLines = QString::fromUtf8(readAll(seedNoticePath())).split(QLatin1Char('\n'));

    Notice notice;
    notice.title = oracle.value(QStringLiteral("title")).toString();
    notice.issuer = oracle.value(QStringLiteral("issuer")).toString();
    notice.docNumber = oracle.value(QStringLiteral("doc_number")).toString();
    notice.id = NoticeId::fromDocNumber(notice.docNumber);
    notice.date = QDate::fromString(oracle.value(QStringLiteral("date")).toString(), Qt::ISODate);
    notice.declaredTotal = oracle.value(QStringLiteral("declared_total")).toInt();
    const QJsonObject gazette = oracle.value(QStringLiteral("gazette")).toObject();
    notice.gazette.issue = gazette.value(QStringLiteral("issue")).toString();
    notice.gazette.page = gazette.value(QStringLiteral("page")).toInt();
    notice.sourceFile = seedNoticePath();
    notice.sourceLine = oracle.value(QStringLiteral("source_title_line")).toInt();

    Project project;
    QHash<QString, int> placedIn; // roads already laid out per 街道 and direction
    const QJsonObject declared = oracle.value(QStringLiteral("declared_by_district")).toObject();
    for (RoadRecord r : readSeedOracle().roads) {
        r.source.text = seedLines.value(r.source.line - 1).trimmed();
        notice.roads.append(r);
        if (declared.contains(r.district) &&
            std::none_of(notice.declaredByDistrict.begin(), notice.declaredByDistrict.end(),
                         [&](const auto& p) { return p.first == r.district; }))
            notice.declaredByDistrict.append({r.district, declared.value(r.district).toInt()});

        // Stand-in geometry: east–west items stacked 150 m apart, north–south ones 200 m apart.
        const QString sub = r.subdistricts.value(0);
        const bool eastWest = r.startDir == Direction::East || r.startDir == Direction::West;
        const int slot = placedIn[sub + (eastWest ? QStringLiteral("|ew") : QStringLiteral("|ns"))]++;
        const LonLat anchor = fixtureAnchor(sub);
        const double length = r.lengthM.value_or(300);
        const double mPerDegLat = 110950.0;
        const double mPerDegLon = 111320.0 * std::cos(anchor.lat * M_PI / 180.0);
        RoadGeometry g;
        g.id = RoadId{notice.id, r.seq};
        g.drawnLengthM = length;
        if (eastWest) {
            const double lat = anchor.lat - slot * 150.0 / mPerDegLat;
            g.points = {{anchor.lon, lat}, {anchor.lon - length / mPerDegLon, lat}};
        } else {
            const double lon = anchor.lon + (slot + 1) * 200.0 / mPerDegLon;
            g.points = {{lon, anchor.lat + 100.0 / mPerDegLat},
                        {lon, anchor.lat + (100.0 - length) / mPerDegLat}};
        }
        project.roads.append(g);
    }
    for (const QJsonValue& v : oracle.value(QStringLiteral("expected_findings")).toArray()) {
        const QJsonObject o = v.toObject();
        Finding f;
        setFindingCode(f, o.value(QStringLiteral("code")).toString());
        f.message = o.value(QStringLiteral("about")).toString();
        f.subject = o.value(QStringLiteral("name")).toString(); // as the validator sets it
        for (const QJsonValue& s : o.value(QStringLiteral("seqs")).toArray())
            f.seqs << s.toInt();
        notice.findings.append(f);
    }
    project.parse.file = seedNoticePath();
    project.parse.encoding = QStringLiteral("UTF-8");
    project.parse.notices.append(notice);
    return project;
}

} // namespace luming::test
