#include "search/variant_pairs.h"

#include <QHash>
#include <QSet>
#include <limits>

namespace luming {
namespace {

// Characters that differ position by position, plus the length difference.
qsizetype distance(const QString& a, const QString& b) {
    qsizetype d = std::abs(a.size() - b.size());
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        d += a[i] != b[i];
    return d;
}

} // namespace

QList<VariantPair> variantPairs(const QList<ItemNames>& items, const QList<Finding>& findings) {
    QHash<int, const ItemNames*> bySeq;
    QSet<QString> roadNames;
    for (const ItemNames& item : items) {
        bySeq.insert(item.seq, &item);
        roadNames.insert(item.name);
    }
    QList<VariantPair> out;
    for (const Finding& f : findings) {
        if (f.code != FindingCode::NameVariant || f.subject.isEmpty())
            continue;
        int printed = 0;
        QList<const ItemNames*> referring;
        for (int seq : f.seqs) {
            const ItemNames* item = bySeq.value(seq);
            if (!item)
                continue;
            if (item->name == f.subject && printed == 0)
                printed = seq;
            else
                referring.append(item);
        }
        if (printed == 0 || referring.isEmpty())
            continue;
        QSet<QString> shared(referring.first()->refs.cbegin(), referring.first()->refs.cend());
        for (const ItemNames* item : referring)
            shared.intersect(QSet<QString>(item->refs.cbegin(), item->refs.cend()));
        QString twin;
        qsizetype best = std::numeric_limits<qsizetype>::max();
        for (const QString& candidate : shared) {
            if (candidate.isEmpty() || roadNames.contains(candidate))
                continue;
            const qsizetype d = distance(candidate, f.subject);
            if (d < best || (d == best && candidate < twin)) {
                best = d;
                twin = candidate;
            }
        }
        if (!twin.isEmpty())
            out.append(VariantPair{printed, twin, int(referring.size())});
    }
    return out;
}

} // namespace luming
