#include "region/place_check.h"

#include "core/finding_messages.h"
#include "region/place_key.h"

#include <QHash>

namespace luming {

namespace {

// The city's units of one level, by placeKey of name and short name.
struct Level {
    QList<AdminUnit> units;
    QHash<QString, QList<qsizetype>> byKey;

    void add(const AdminUnit& u) {
        units.append(u);
        for (const QString& key : {placeKey(u.name), placeKey(u.shortName)})
            if (!byKey.value(key).contains(units.size() - 1))
                byKey[key].append(units.size() - 1);
    }
    QList<AdminUnit> find(const QString& key) const {
        QList<AdminUnit> found;
        for (const qsizetype i : byKey.value(key))
            found.append(units[i]);
        return found;
    }
};

// 港沟镇 → 港沟: the gazetteer may list the place under its newer kind (港沟街道).
QString withoutKindSuffix(const QString& key) {
    for (const QString& suffix :
         {QStringLiteral("街道办事处"), QStringLiteral("街道"), QStringLiteral("镇"), QStringLiteral("乡"),
          QStringLiteral("区"), QStringLiteral("县"), QStringLiteral("市")})
        if (key.endsWith(suffix) && key.size() - suffix.size() >= 2)
            return key.chopped(suffix.size());
    return key;
}

QList<AdminUnit> lookUp(const Level& level, const QString& place) {
    const QString key = placeKey(place);
    QList<AdminUnit> found = level.find(key);
    if (found.isEmpty())
        found = level.find(withoutKindSuffix(key));
    return found;
}

// Names of the level that differ from `place` in exactly one character (the slip OCR makes).
QStringList oneCharacterNeighbours(const Level& level, const QString& place) {
    const QString key = placeKey(place);
    QStringList out;
    for (const AdminUnit& u : level.units) {
        const QString other = placeKey(u.name);
        if (other.size() != key.size())
            continue;
        int differ = 0;
        for (qsizetype i = 0; i < key.size() && differ < 2; ++i)
            differ += key[i] != other[i] ? 1 : 0;
        if (differ == 1 && !out.contains(u.name))
            out.append(u.name);
    }
    return out;
}

Finding finding(FindingCode code, const RoadRecord& road, const QString& subject, const QString& message) {
    Finding f;
    f.severity = Severity::Warning;
    f.code = code;
    f.seqs = {road.seq};
    f.subject = subject;
    f.message = message;
    return f;
}

bool anyWithin(const Gazetteer& g, const QList<AdminUnit>& places, const QList<AdminUnit>& districts) {
    for (const AdminUnit& p : places)
        for (const AdminUnit& d : districts)
            if (g.isWithin(p.code, d.code))
                return true;
    return false;
}

bool anyZone(const Gazetteer& g, const QList<AdminUnit>& units) {
    for (const AdminUnit& u : units) {
        if (u.kind == AdminKind::Zone)
            return true;
        if (const std::optional<AdminUnit> parent = g.unit(u.parentCode);
            parent && parent->kind == AdminKind::Zone)
            return true;
    }
    return false;
}

} // namespace

QList<Finding> checkPlaces(const Notice& notice, const Gazetteer& gazetteer) {
    QList<Finding> findings;
    if (!notice.region.known())
        return findings;
    Level counties;
    Level towns;
    // The city's tree (a county-level city governed by the province is its own tree).
    const std::optional<AdminUnit> city = gazetteer.unit(notice.region.code);
    if (!city)
        return findings; // a code this gazetteer does not have: nothing to check against
    QList<AdminUnit> pending{*city};
    while (!pending.isEmpty()) {
        const AdminUnit u = pending.takeLast();
        if (isCountyLevel(u.kind))
            counties.add(u);
        else if (isTownLevel(u.kind))
            towns.add(u);
        if (!isTownLevel(u.kind))
            pending += gazetteer.children(u.code);
    }

    // One finding per place and problem, listing every item that names it.
    QHash<QString, qsizetype> reported;
    const auto report = [&](FindingCode code, const RoadRecord& road, const QString& subject,
                            const QString& message) {
        const QString key =
            QStringLiteral("%1:%2:%3").arg(int(code)).arg(placeKey(subject), placeKey(road.district));
        if (const auto it = reported.constFind(key); it != reported.constEnd()) {
            if (!findings[*it].seqs.contains(road.seq))
                findings[*it].seqs.append(road.seq);
            return;
        }
        reported.insert(key, findings.size());
        findings.append(finding(code, road, subject, message));
    };
    const auto unknown = [&](const Level& units, const QString& place, FindingMessage none,
                             FindingMessage withNear) {
        const QStringList near = oneCharacterNeighbours(units, place);
        return near.isEmpty()
                   ? findingMessage(none, {notice.region.name, place})
                   : findingMessage(withNear, {notice.region.name, place, near.join(QStringLiteral(" / "))});
    };

    for (const RoadRecord& road : notice.roads) {
        QList<AdminUnit> districts;
        // A road in two districts has them joined with 、 (label convention): each is looked up.
        for (const QString& district : road.district.split(u'、', Qt::SkipEmptyParts)) {
            const QList<AdminUnit> found = lookUp(counties, district);
            if (found.isEmpty())
                report(FindingCode::PlaceUnknown, road, district,
                       unknown(counties, district, FindingMessage::DistrictUnknown,
                               FindingMessage::DistrictUnknownNear));
            districts += found;
        }
        for (const QString& place : road.subdistricts) {
            const QList<AdminUnit> found = lookUp(towns, place);
            if (found.isEmpty()) {
                report(FindingCode::PlaceUnknown, road, place,
                       unknown(towns, place, FindingMessage::SubdistrictUnknown,
                               FindingMessage::SubdistrictUnknownNear));
            } else if (!districts.isEmpty() && !anyWithin(gazetteer, found, districts) &&
                       !anyZone(gazetteer, found) && !anyZone(gazetteer, districts)) {
                QStringList under;
                for (const AdminUnit& u : found)
                    if (const std::optional<AdminUnit> parent = gazetteer.unit(u.parentCode))
                        under.append(parent->name);
                report(FindingCode::PlaceInOtherDistrict, road, place,
                       findingMessage(FindingMessage::PlaceInOtherDistrict,
                                      {place, road.district, under.join(QStringLiteral(" / "))}));
            }
        }
    }
    return findings;
}

} // namespace luming
