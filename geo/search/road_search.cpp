#include "search/road_search.h"

#include "search/variant_pairs.h"

#include <QHash>
#include <algorithm>
#include <string_view>

namespace luming {

RoadSearch::RoadSearch(const Project& project) {
    RoadMatcher::FoldCache cache;
    for (const Notice& n : project.parse.notices) {
        QList<ItemNames> items;
        for (const RoadRecord& r : n.roads)
            items.append(ItemNames{r.seq, r.name, QStringList{r.start} + r.via + QStringList{r.end}});
        QHash<int, VariantPair> variants;
        for (const VariantPair& v : variantPairs(items, n.findings))
            variants.insert(v.seq, v);
        for (const RoadRecord& r : n.roads) {
            const VariantPair v = variants.value(r.seq);
            matchers_.append(
                RoadMatcher(SearchFields{RoadId{n.id, r.seq}, r.name, r.oldName.value_or(QString()),
                                         r.district, r.subdistricts, r.start, r.end, r.via, v.twin, v.items},
                            &cache));
            pinyin_.append(PinyinFilter{matchers_.last().pinyinMasks(), matchers_.last().asciiInKeys()});
            starts_.append(qsizetype(keys_.size()));
            const QString& k = matchers_.last().keys();
            keys_.append(reinterpret_cast<const char16_t*>(k.constData()), size_t(k.size()));
            keys_.push_back(u'\x01');
        }
    }
}

QList<SearchHit> RoadSearch::search(const QString& query, int limit) const {
    QList<SearchHit> hits;
    const SearchQuery prepared = RoadMatcher::prepare(query);
    if (prepared.key.isEmpty())
        return hits;
    if (!prepared.letters.isEmpty()) {
        // Pinyin: the roads whose readings have the query's letters, and those with ASCII in a value.
        const quint64 wanted = Pinyin::letterMask(prepared.letters);
        const quint64 first = Pinyin::letterMask(QByteArrayView(prepared.letters).first(1));
        for (qsizetype i = 0; i < pinyin_.size(); ++i)
            if (pinyin_[i].asciiInKeys || pinyin_[i].masks.mayMatch(wanted, first))
                if (std::optional<SearchHit> h = matchers_[i].match(prepared))
                    hits.append(std::move(*h));
    } else {
        // The roads whose keys hold the query, in order; the matcher then decides why.
        const std::u16string_view all(keys_);
        const std::u16string_view key(reinterpret_cast<const char16_t*>(prepared.key.constData()),
                                      size_t(prepared.key.size()));
        qsizetype last = -1;
        for (size_t pos = all.find(key); pos != std::u16string_view::npos; pos = all.find(key, pos + 1)) {
            const qsizetype road =
                std::upper_bound(starts_.cbegin(), starts_.cend(), qsizetype(pos)) - starts_.cbegin() - 1;
            if (road == last)
                continue;
            last = road;
            if (std::optional<SearchHit> h = matchers_[road].match(prepared))
                hits.append(std::move(*h));
        }
    }
    RoadMatcher::sortHits(hits);
    if (limit > 0 && hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace luming
