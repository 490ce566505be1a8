#include "layout/road_name_matcher.h"

namespace luming {

RoadNameMatcher::RoadNameMatcher(const QList<QString>& names) {
    for (int i = 0; i < names.size(); ++i) {
        if (!exact_.contains(names[i]))
            exact_.insert(names[i], i);
        folded_[fold(names[i])].append(i);
    }
}

QString RoadNameMatcher::fold(const QString& name) {
    QString out = name;
    if (out.startsWith(QStringLiteral("规划")))
        out.remove(0, 2);
    // Pairs seen in OCR of gazettes: the simpler glyph is read for the richer one. The seed notice prints
    // item 32 as 风集路 while nine items refer to 凤集路.
    static const QList<QPair<QChar, QChar>> confusables{{u'风', u'凤'}, {u'己', u'已'}, {u'未', u'末'}};
    for (const auto& [from, to] : confusables)
        out.replace(from, to);
    return out;
}

int RoadNameMatcher::find(const QString& reference) const {
    const auto exact = exact_.constFind(reference);
    if (exact != exact_.cend())
        return *exact;
    const QList<int> folded = folded_.value(fold(reference));
    return folded.size() == 1 ? folded.first() : -1;
}

} // namespace luming
