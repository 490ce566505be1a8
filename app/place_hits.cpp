#include "place_hits.h"

#include "chinese/name_key.h"

namespace luming::app {

QList<PlaceHit> placeHits(const RoadTree& tree, const QString& query) {
    QList<PlaceHit> districts;
    QList<PlaceHit> subdistricts;
    const QString key = NameKey::of(query);
    if (key.isEmpty())
        return {};
    const auto matches = [&key](const QString& name) {
        return !name.isEmpty() && NameKey::of(name).contains(key);
    };
    for (const RoadTreeDistrict& d : tree.districts) {
        if (matches(d.name))
            districts.append({PlaceHit::Kind::District, d.name, QString(), d.roadKeys()});
        for (const RoadTreeSubdistrict& s : d.subdistricts)
            if (matches(s.name))
                subdistricts.append({PlaceHit::Kind::Subdistrict, s.name, d.name, s.roadKeys()});
    }
    return districts + subdistricts;
}

} // namespace luming::app
