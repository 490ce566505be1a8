#include "layout/suffix_order.h"

#include <QHash>
#include <optional>

namespace luming {

namespace {

struct SplitName {
    QString stem;   // "莲岳"
    QChar side;     // 北/南/东/西, or null
    QString suffix; // "街"
};

std::optional<SplitName> split(QString name) {
    if (name.startsWith(QStringLiteral("规划")))
        name.remove(0, 2);
    static const QStringList suffixes{QStringLiteral("大街"), QStringLiteral("大道"), QStringLiteral("街"),
                                      QStringLiteral("路"), QStringLiteral("巷")};
    for (const QString& suffix : suffixes) {
        if (!name.endsWith(suffix))
            continue;
        QString rest = name.chopped(suffix.size());
        QChar side;
        if (!rest.isEmpty() && QStringLiteral("北南东西").contains(rest.back())) {
            side = rest.back();
            rest.chop(1);
        }
        // A one-character stem (山东路) is more likely a place name than a side word.
        if (rest.size() < 2)
            return std::nullopt;
        return SplitName{rest, side, suffix};
    }
    return std::nullopt;
}

// Rank along one axis: north (or west) first.
std::optional<std::pair<OrderRelation::Kind, int>> rank(QChar side) {
    using K = OrderRelation::Kind;
    if (side == u'北')
        return std::pair{K::NorthOf, 0};
    if (side == u'南')
        return std::pair{K::NorthOf, 2};
    if (side == u'西')
        return std::pair{K::WestOf, 0};
    if (side == u'东')
        return std::pair{K::WestOf, 2};
    return std::nullopt;
}

} // namespace

QList<OrderRelation> SuffixOrder::relations(const QList<QString>& names) {
    QHash<QString, QList<std::pair<int, QChar>>> groups; // stem+suffix → (index, side)
    QList<QString> keys;
    for (int i = 0; i < names.size(); ++i) {
        const auto s = split(names[i]);
        if (!s)
            continue;
        const QString key = s->stem + u'|' + s->suffix;
        if (!groups.contains(key))
            keys.append(key);
        groups[key].append({i, s->side});
    }
    QList<OrderRelation> out;
    for (const QString& key : keys) {
        const auto& members = groups[key];
        for (qsizetype a = 0; a < members.size(); ++a) {
            for (qsizetype b = 0; b < members.size(); ++b) {
                if (a == b)
                    continue;
                const QChar sa = members[a].second;
                const QChar sb = members[b].second;
                const auto ra = rank(sa);
                const auto rb = rank(sb);
                // Compare on the axis the side words name; the plain name sits in the middle (rank 1).
                OrderRelation::Kind kind;
                int rankA = 1;
                int rankB = 1;
                if (ra && rb) {
                    if (ra->first != rb->first)
                        continue;
                    kind = ra->first;
                    rankA = ra->second;
                    rankB = rb->second;
                } else if (ra) {
                    kind = ra->first;
                    rankA = ra->second;
                } else if (rb) {
                    kind = rb->first;
                    rankB = rb->second;
                } else {
                    continue;
                }
                if (rankA < rankB)
                    out.append({kind, members[a].first, members[b].first});
            }
        }
    }
    return out;
}

} // namespace luming
