#include "search/road_matcher.h"

#include "chinese/name_key.h"

#include <algorithm>
#include <string_view>

namespace luming {
namespace {

// Substring test of short texts: std::u16string_view's find is several times faster than QString::contains
// (Qt 6.4's findString dominated a profile of 100,000 roads), and it runs for every road on every keystroke.
std::u16string_view view(const QString& s) {
    return {reinterpret_cast<const char16_t*>(s.constData()), size_t(s.size())};
}
bool holds(const QString& text, const QString& part) {
    return view(text).find(view(part)) != std::u16string_view::npos;
}

} // namespace

QString matchReasonCode(MatchReason reason) {
    switch (reason) {
    case MatchReason::Name:
        return QStringLiteral("name");
    case MatchReason::OldName:
        return QStringLiteral("old_name");
    case MatchReason::District:
        return QStringLiteral("district");
    case MatchReason::Subdistrict:
        return QStringLiteral("subdistrict");
    case MatchReason::Endpoint:
        return QStringLiteral("endpoint");
    case MatchReason::Via:
        return QStringLiteral("via");
    }
    return {};
}

QString matchFormCode(MatchForm form) {
    switch (form) {
    case MatchForm::AsPrinted:
        return QStringLiteral("as_printed");
    case MatchForm::Traditional:
        return QStringLiteral("traditional");
    case MatchForm::LookAlike:
        return QStringLiteral("look_alike");
    case MatchForm::Variant:
        return QStringLiteral("variant");
    case MatchForm::Pinyin:
        return QStringLiteral("pinyin");
    case MatchForm::Initials:
        return QStringLiteral("initials");
    }
    return {};
}

RoadMatcher::Value RoadMatcher::fold(const QString& printed, FoldCache* cache) {
    if (cache) {
        const auto it = cache->constFind(printed);
        if (it != cache->cend())
            return *it;
    }
    Value v{printed, NameKey::of(printed, NameKey::Step::Plain), NameKey::of(printed)};
    if (cache)
        cache->insert(printed, v);
    return v;
}

RoadMatcher::RoadMatcher(SearchFields fields, FoldCache* cache) : fields_(std::move(fields)) {
    name_ = fold(fields_.name, cache);
    variant_ = fold(fields_.variantName, cache);
    pinyin_ = PinyinName(NameKey::of(fields_.name, NameKey::Step::Simplified));
    oldName_ = fold(fields_.oldName, cache);
    district_ = fold(fields_.district, cache);
    for (const QString& s : fields_.subdistricts)
        subdistricts_ << fold(s, cache);
    start_ = fold(fields_.start, cache);
    end_ = fold(fields_.end, cache);
    for (const QString& v : fields_.via)
        via_ << fold(v, cache);
    QStringList keys{name_.key, variant_.key, oldName_.key, district_.key, start_.key, end_.key};
    for (const QList<Value>* list : {&subdistricts_, &via_})
        for (const Value& v : *list)
            keys << v.key;
    keys_ = keys.join(u'\n');
    asciiInKeys_ =
        std::any_of(keys_.cbegin(), keys_.cend(), [](QChar c) { return c.unicode() < 0x80 && c != u'\n'; });
}

SearchQuery RoadMatcher::prepare(const QString& query) {
    const QString text = query.trimmed();
    SearchQuery q{text, NameKey::of(text, NameKey::Step::Plain), NameKey::of(text, NameKey::Step::Simplified),
                  NameKey::of(text), Pinyin::queryLetters(text)};
    q.asciiKey = std::all_of(q.key.cbegin(), q.key.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return q;
}

// Most hits are as printed: the plain forms answer that; only a folded hit converts the value again.
MatchForm RoadMatcher::formOf(const Value& value, const SearchQuery& query) const {
    if (holds(value.plain, query.plain))
        return MatchForm::AsPrinted;
    if (holds(NameKey::of(value.printed, NameKey::Step::Simplified), query.simplified))
        return MatchForm::Traditional;
    return MatchForm::LookAlike;
}

SearchHit RoadMatcher::hit(MatchReason reason, MatchRank rank, const Value& value,
                           const SearchQuery& query) const {
    SearchHit h{fields_.road,
                fields_.name,
                reason,
                formOf(value, query),
                rank,
                value.printed,
                value.key == query.key,
                fields_.district,
                fields_.subdistricts,
                fields_.variantName,
                fields_.variantItems};
    return h;
}

std::optional<SearchHit> RoadMatcher::matchName(const SearchQuery& query) const {
    auto rankOf = [&](const Value& v) -> std::optional<MatchRank> {
        if (v.key.isEmpty())
            return std::nullopt;
        if (v.key == query.key)
            return MatchRank::ExactName;
        if (v.key.startsWith(query.key))
            return MatchRank::NamePrefix;
        if (holds(v.key, query.key))
            return MatchRank::NameSubstring;
        return std::nullopt;
    };
    const std::optional<MatchRank> byName = rankOf(name_);
    // The name other items use for a flagged road finds it as well as its printed name does; and a
    // look-alike match of a flagged road is that pair.
    const std::optional<MatchRank> byVariant = rankOf(variant_);
    if (byName && (!byVariant || *byName <= *byVariant)) {
        SearchHit h = hit(MatchReason::Name, *byName, name_, query);
        if (h.form == MatchForm::LookAlike && !variant_.key.isEmpty())
            h.form = MatchForm::Variant;
        return h;
    }
    if (byVariant) {
        SearchHit h = hit(MatchReason::Name, *byVariant, variant_, query);
        h.form = MatchForm::Variant;
        h.matched = fields_.name;
        return h;
    }
    return std::nullopt;
}

std::optional<SearchHit> RoadMatcher::matchPinyin(const SearchQuery& query) const {
    if (query.letters.isEmpty())
        return std::nullopt;
    const std::optional<PinyinName::Match> m = pinyin_.match(query.letters);
    if (!m)
        return std::nullopt;
    static constexpr MatchRank kRank[] = {MatchRank::ExactName, MatchRank::NamePrefix,
                                          MatchRank::NameSubstring};
    SearchHit h = hit(MatchReason::Name, kRank[int(m->span)], name_, query);
    h.form = m->kind == PinyinName::Kind::Full ? MatchForm::Pinyin : MatchForm::Initials;
    h.exact = m->span == PinyinName::Span::Whole;
    return h;
}

std::optional<SearchHit> RoadMatcher::match(const SearchQuery& query) const {
    if (query.key.isEmpty())
        return std::nullopt;
    // No value holds the query (or cannot: ASCII typed, no ASCII printed): only its pinyin can still match.
    if ((query.asciiKey && !asciiInKeys_) || !holds(keys_, query.key))
        return matchPinyin(query);
    const SearchQuery& key = query;
    if (std::optional<SearchHit> h = matchName(key))
        return h;
    if (std::optional<SearchHit> h = matchPinyin(key))
        return h;
    if (holds(oldName_.key, key.key))
        return hit(MatchReason::OldName, MatchRank::OldName, oldName_, key);
    if (holds(district_.key, key.key))
        return hit(MatchReason::District, MatchRank::Area, district_, key);
    for (const Value& s : subdistricts_)
        if (holds(s.key, key.key))
            return hit(MatchReason::Subdistrict, MatchRank::Area, s, key);
    // An endpoint query lists the roads tied to it: an exact end beats a longer name containing the query.
    const Value* endpoint = nullptr;
    for (const Value* v : {&start_, &end_}) {
        if (v->key == key.key)
            return hit(MatchReason::Endpoint, MatchRank::Endpoint, *v, key);
        if (!endpoint && holds(v->key, key.key))
            endpoint = v;
    }
    for (const Value& v : via_) {
        if (v.key == key.key)
            return hit(MatchReason::Via, MatchRank::Endpoint, v, key);
    }
    if (endpoint)
        return hit(MatchReason::Endpoint, MatchRank::Endpoint, *endpoint, key);
    for (const Value& v : via_)
        if (holds(v.key, key.key))
            return hit(MatchReason::Via, MatchRank::Endpoint, v, key);
    return std::nullopt;
}

void RoadMatcher::sortHits(QList<SearchHit>& hits) {
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.exact && !b.exact;
    });
}

} // namespace luming
