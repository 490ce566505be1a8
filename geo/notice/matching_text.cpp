#include "notice/matching_text.h"

#include "chinese/chinese_variants.h"

#include <QHash>
#include <vector>

namespace luming {

namespace {

bool isIdeograph(char16_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

// One OpenCC call for all distinct ideographs, each on a line of its own so that no phrase rule joins
// two of them; the result maps each to its simplified form when that is a single character.
QString foldCharacters(const QString& text) {
    std::vector<bool> seen(0x10000, false);
    QString distinct;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (isIdeograph(u) && !seen[u]) {
            seen[u] = true;
            distinct.append(c);
            distinct.append(u'\n');
        }
    }
    if (distinct.isEmpty())
        return text;
    const QString simplified = ChineseVariants::toSimplified(distinct);
    const QStringList from = distinct.split(u'\n');
    const QStringList to = simplified.split(u'\n');
    QHash<char16_t, char16_t> map;
    if (from.size() == to.size()) {
        for (qsizetype i = 0; i < from.size(); ++i)
            if (from[i].size() == 1 && to[i].size() == 1 && from[i] != to[i])
                map.insert(from[i][0].unicode(), to[i][0].unicode());
    }
    if (map.isEmpty())
        return text;
    QString folded = text;
    for (QChar& c : folded) {
        const auto it = map.constFind(c.unicode());
        if (it != map.constEnd())
            c = QChar(it.value());
    }
    return folded;
}

} // namespace

TextSlice TextSlice::mid(qsizetype pos, qsizetype n) const {
    pos = std::clamp<qsizetype>(pos, 0, shown.size());
    if (n < 0 || pos + n > shown.size())
        n = shown.size() - pos;
    return {shown.mid(pos, n), folded.mid(pos, n), offset + pos};
}

QString TextSlice::cut(qsizetype from, qsizetype to) const {
    from = std::clamp<qsizetype>(from, 0, shown.size());
    to = std::clamp<qsizetype>(to, from, shown.size());
    return shown.mid(from, to - from).toString().trimmed();
}

MatchingText::MatchingText(QString shown) : shown_(std::move(shown)), folded_(foldCharacters(shown_)) {}

TextSlice MatchingText::slice(qsizetype from, qsizetype to) const {
    from = std::clamp<qsizetype>(from, 0, shown_.size());
    to = std::clamp<qsizetype>(to, from, shown_.size());
    return {QStringView(shown_).mid(from, to - from), QStringView(folded_).mid(from, to - from), from};
}

QString foldForMatching(const QString& text) {
    return foldCharacters(text);
}

} // namespace luming
