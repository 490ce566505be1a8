#include "region/region_detector.h"

#include "core/finding_messages.h"
#include "region/place_key.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace luming {

namespace {

constexpr int kIssuerWeight = 3;
constexpr int kTitleWeight = 3;
constexpr int kOtherWeight = 1;

void addCity(QList<AdminUnit>& cities, const AdminUnit& city) {
    if (std::none_of(cities.begin(), cities.end(), [&](const AdminUnit& c) { return c.code == city.code; }))
        cities.append(city);
}

struct Vote {
    AdminUnit city;
    int score = 0;
    QStringList evidence;
};

QString tr(const char* text) {
    return QCoreApplication::translate("RegionDetector", text);
}

} // namespace

RegionDetector::RegionDetector(Gazetteer gazetteer) : gazetteer_(std::move(gazetteer)) {
    for (const AdminUnit& u : gazetteer_.units()) {
        // A province's full name is read whole (吉林省 is not 吉林市); only a municipality votes.
        if (u.kind == AdminKind::Province && !gazetteer_.cityOf(u.code)) {
            textNames_.insert(placeKey(u.name), {});
            continue;
        }
        const bool city =
            u.kind == AdminKind::City || (u.kind == AdminKind::Province && gazetteer_.cityOf(u.code));
        if (!city && !isCountyLevel(u.kind))
            continue;
        const std::optional<AdminUnit> of = gazetteer_.cityOf(u.code);
        if (!of)
            continue;
        const bool ownCity = of->code == u.code;
        QStringList names;
        // A 2-character full name (城区, 郊区, 东区) is an everyday word in running text ("宜昌城区").
        if (city || u.name.size() >= 3)
            names.append(u.name);
        // Short names for cities and county-level cities (诸城, 石狮) only: a 区/县's short name (市中, 城区,
        // 新华) is an everyday word.
        if ((city || ownCity || u.kind == AdminKind::CountyCity) && u.shortName.size() >= 2)
            names.append(u.shortName);
        for (const QString& name : names) {
            const QString key = placeKey(name);
            addCity(textNames_[key], *of);
            longestName_ = std::max(longestName_, int(key.size()));
        }
        // The prefix of a city's documents: its short name's first character (济政字: 济南, 济宁, and 济源,
        // a county-level city the province governs itself, so its own region).
        if (const QString key = placeKey(u.shortName); (city || ownCity) && !key.isEmpty())
            addCity(docPrefix_[key.front()], *of);
    }
}

QList<AdminUnit> RegionDetector::citiesNamedIn(const QString& text, QStringList* matched) const {
    return scan(text, false, matched);
}

QList<AdminUnit> RegionDetector::citiesMentionedIn(const QString& text) const {
    return scan(text, true, nullptr);
}

QList<AdminUnit> RegionDetector::scan(const QString& text, bool skipRoadNames, QStringList* matched) const {
    // A city's name followed closely by a road word is a road's name, unless 市 says it is the city.
    static const QString roadWords = QStringLiteral("路街巷道桥弄里");
    const auto startsRoadName = [&](const QString& key, qsizetype end) {
        if (key.at(end - 1) == u'市' || (end < key.size() && key.at(end) == u'市'))
            return false;
        for (qsizetype k = end; k < std::min(end + 2, key.size()); ++k)
            if (roadWords.contains(key.at(k)))
                return true;
        return false;
    };
    QList<AdminUnit> cities;
    const QString key = placeKey(text);
    for (qsizetype i = 0; i < key.size();) {
        qsizetype taken = 0;
        for (qsizetype len = std::min<qsizetype>(longestName_, key.size() - i); len >= 2 && !taken; --len) {
            const auto it = textNames_.constFind(key.mid(i, len));
            if (it == textNames_.constEnd())
                continue;
            taken = len;
            if (skipRoadNames && startsRoadName(key, i + len))
                continue;
            for (const AdminUnit& c : *it)
                addCity(cities, c);
            if (matched)
                matched->append(key.mid(i, len));
        }
        i += taken ? taken : 1;
    }
    return cities;
}

RegionDetection RegionDetector::detect(const Notice& notice) const {
    QMap<QString, Vote> votes; // by city code: the order of the output is the codes'
    const auto vote = [&](const QList<AdminUnit>& cities, int weight, const QString& evidence) {
        for (const AdminUnit& c : cities) {
            Vote& v = votes[c.code];
            v.city = c;
            v.score += weight;
            v.evidence.append(evidence);
        }
    };

    QStringList matched;
    vote(citiesNamedIn(notice.issuer, &matched), kIssuerWeight, tr("发文机关 %1").arg(notice.issuer));
    vote(citiesNamedIn(notice.title, &matched), kTitleWeight, tr("标题 %1").arg(notice.title));
    if (!notice.docNumber.isEmpty()) {
        const QString key = placeKey(notice.docNumber);
        if (!key.isEmpty() && key.front().script() == QChar::Script_Han)
            vote(docPrefix_.value(key.front()), kOtherWeight, tr("文号 %1").arg(notice.docNumber));
    }
    // A city the lead mentions on several lines is what the report is about; a passing mention of
    // another city weighs one line.
    QHash<QString, int> leadLines;
    QHash<QString, AdminUnit> leadCities;
    for (const QString& line : notice.lead.split(u'\n', Qt::SkipEmptyParts))
        for (const AdminUnit& c : citiesMentionedIn(line)) {
            ++leadLines[c.code];
            leadCities.insert(c.code, c);
        }
    for (auto it = leadLines.cbegin(); it != leadLines.cend(); ++it)
        vote({leadCities.value(it.key())}, std::min(it.value(), kTitleWeight),
             tr("导语 %1").arg(leadCities.value(it.key()).name));
    // Each distinct 区/县 and 街道/镇 once, however many items name it.
    QSet<QString> seen;
    for (const RoadRecord& road : notice.roads) {
        QStringList places{road.district};
        places += road.subdistricts;
        for (const QString& place : places) {
            const QString key = placeKey(place);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            QList<AdminUnit> cities;
            for (const AdminUnit& u : gazetteer_.byName(place)) {
                // Full names only: a 街道's short name (港沟) is too common a word to vote.
                if ((isCountyLevel(u.kind) || isTownLevel(u.kind)) && placeKey(u.name) == key)
                    if (const std::optional<AdminUnit> c = gazetteer_.cityOf(u.code))
                        addCity(cities, *c);
            }
            vote(cities, kOtherWeight, place);
        }
    }

    RegionDetection out;
    int best = 0;
    for (const Vote& v : votes)
        best = std::max(best, v.score);
    QList<const Vote*> top;
    for (const Vote& v : votes)
        if (v.score == best && best > 0)
            top.append(&v);
    if (top.size() == 1) {
        out.region.code = top.front()->city.code;
        out.region.name = top.front()->city.name;
        out.region.basis = RegionBasis::Detected;
        out.region.evidence = top.front()->evidence.join(QStringLiteral("; "));
        out.candidates.append(top.front()->city);
        return out;
    }
    Finding f;
    f.severity = Severity::Warning;
    if (top.isEmpty()) {
        f.code = FindingCode::RegionUnknown;
        f.message = findingMessage(FindingMessage::RegionUnknown, {});
    } else {
        QStringList names;
        for (const Vote* v : top) {
            out.candidates.append(v->city);
            names.append(QStringLiteral("%1 %2 (%3)")
                             .arg(v->city.code, v->city.name, v->evidence.join(QStringLiteral(", "))));
        }
        f.code = FindingCode::RegionAmbiguous;
        f.message = findingMessage(FindingMessage::RegionAmbiguous,
                                   {QString::number(top.size()), names.join(QStringLiteral("; "))});
    }
    out.finding = f;
    return out;
}

Result<NoticeRegion> RegionDetector::choose(const QString& codeOrName) const {
    const QString wanted = codeOrName.trimmed();
    QList<AdminUnit> cities;
    if (const std::optional<AdminUnit> u = gazetteer_.unit(wanted)) {
        if (const std::optional<AdminUnit> c = gazetteer_.cityOf(u->code))
            cities.append(*c);
    } else {
        for (const AdminUnit& u : gazetteer_.byName(wanted))
            if (!isTownLevel(u.kind))
                if (const std::optional<AdminUnit> c = gazetteer_.cityOf(u.code))
                    addCity(cities, *c);
    }
    if (cities.isEmpty())
        return fail(tr("no city or county called \"%1\" in the gazetteer").arg(wanted));
    if (cities.size() > 1) {
        QStringList names;
        for (const AdminUnit& c : cities)
            names.append(QStringLiteral("%1 %2").arg(c.code, c.name));
        return fail(tr("\"%1\" can mean %2; give the code").arg(wanted, names.join(QStringLiteral(", "))));
    }
    NoticeRegion region;
    region.code = cities.front().code;
    region.name = cities.front().name;
    region.basis = RegionBasis::Chosen;
    region.evidence = tr("chosen: %1").arg(wanted);
    return region;
}

} // namespace luming
