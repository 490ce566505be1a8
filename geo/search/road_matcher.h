// Decides whether one road matches a query and why. Each road's values are folded once
// (ChineseVariants::searchKey: simplified, case-folded) so a keystroke costs a few substring tests per road.
#pragma once

#include "search/search_hit.h"

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
};

class RoadMatcher {
public:
    explicit RoadMatcher(SearchFields fields);

    // The query in the form it is compared in; empty when there is nothing to search for.
    [[nodiscard]] static QString queryKey(const QString& query);
    // `key` must come from queryKey().
    [[nodiscard]] std::optional<SearchHit> match(const QString& key) const;
    // Stable sort by rank, exact values first within a rank; ties keep their (road) order.
    static void sortHits(QList<SearchHit>& hits);

private:
    struct Value {
        QString printed;
        QString key;
    };
    static Value fold(const QString& printed);
    SearchHit hit(MatchReason reason, MatchRank rank, const Value& value, const QString& key) const;

    SearchFields fields_;
    Value name_;
    Value oldName_;
    Value district_;
    QList<Value> subdistricts_;
    Value start_;
    Value end_;
    QList<Value> via_;
};

} // namespace luming
