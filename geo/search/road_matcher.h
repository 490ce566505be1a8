// Decides whether one road matches a query and why. Each road's values are folded once (NameKey: one key
// for every module) and its name prepared for pinyin, so a keystroke costs a few substring tests per road.
#pragma once

#include "chinese/pinyin.h"
#include "search/search_hit.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

// The searchable values of a road, as printed.
struct SearchFields {
    RoadId road;
    QString name;
    QString oldName;
    QString district;
    QStringList subdistricts;
    QString start;
    QString end;
    QStringList via;
    QString variantName; // the name other items use for this road (VariantPair), if flagged
    int variantItems = 0;
};

// A query prepared once per keystroke.
struct SearchQuery {
    QString text;       // as typed, trimmed
    QString plain;      // NameKey::of(text, Step::Plain)
    QString simplified; // NameKey::of(text, Step::Simplified)
    QString key;        // NameKey::of(text); empty: nothing to search for
    QByteArray letters; // Pinyin::queryLetters(text); empty: not a pinyin query
    bool asciiKey =
        false; // the key is ASCII only (then a road whose keys have no ASCII can match by pinyin only)
};

class RoadMatcher {
public:
    // A value as compared: printed, NameKey Step::Plain (tells an as-printed match from a folded one without
    // OpenCC) and the key.
    struct Value {
        QString printed;
        QString plain;
        QString key;
    };
    // Values repeat across roads (a 区, a 街道, an end): one fold per distinct value when a cache is given.
    using FoldCache = QHash<QString, Value>;

    explicit RoadMatcher(SearchFields fields, FoldCache* cache = nullptr);

    [[nodiscard]] static SearchQuery prepare(const QString& query);
    [[nodiscard]] std::optional<SearchHit> match(const SearchQuery& query) const;
    // Every key of the road, '\n'-joined (a key holds no whitespace): a query matches only by pinyin unless
    // this holds its key.
    [[nodiscard]] const QString& keys() const { return keys_; }
    [[nodiscard]] bool asciiInKeys() const { return asciiInKeys_; }
    [[nodiscard]] PinyinName::Masks pinyinMasks() const { return pinyin_.masks(); }
    // Stable sort by rank, exact values first within a rank; ties keep their (road) order.
    static void sortHits(QList<SearchHit>& hits);

private:
    MatchForm formOf(const Value& value, const SearchQuery& query) const;
    static Value fold(const QString& printed, FoldCache* cache);
    SearchHit hit(MatchReason reason, MatchRank rank, const Value& value, const SearchQuery& query) const;
    std::optional<SearchHit> matchName(const SearchQuery& query) const;
    std::optional<SearchHit> matchPinyin(const SearchQuery& query) const;

    SearchFields fields_;
    Value name_;
    Value variant_;
    PinyinName pinyin_;
    Value oldName_;
    Value district_;
    QList<Value> subdistricts_;
    Value start_;
    Value end_;
    QList<Value> via_;
    QString keys_;             // every key above, '\n'-joined: one substring test rules most roads out
    bool asciiInKeys_ = false; // an ASCII query can match a key only then
};

} // namespace luming
