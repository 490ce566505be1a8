#include "place_hits.h"

#include "chinese/chinese_variants.h"

namespace luming::app {

QList<PlaceHit> placeHits(const RoadTree& tree, const QString& query) {
    QList<PlaceHit> districts;
    QList<PlaceHit> subdistricts;
    const QString key = ChineseVariants::searchKey(query);
    if (key.isEmpty())
        return {};
    const auto matches = [&key](const QString& name) {
        return !name.isEmpty() && ChineseVariants::searchKey(name).contains(key);
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
