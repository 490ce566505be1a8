#include "notice/matching_text.h"

#include "chinese/chinese_variants.h"

#include <QMutex>
#include <QStringList>
#include <array>
#include <atomic>
#include <vector>

namespace luming {

namespace {

bool isIdeograph(char16_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

// The folded form of every ideograph met so far, shared by all parses: 0 until known. OpenCC is asked
// once per character for the life of the process (under a lock); lookups are plain relaxed loads.
std::array<std::atomic<char16_t>, 0x10000>& foldTable() {
    static std::array<std::atomic<char16_t>, 0x10000> table{};
    return table;
}

// Asks OpenCC about the ideographs of `text` not yet in the table: one call, each character on a line
// of its own so that no phrase rule joins two of them; a character whose simplified form is not a
// single character folds to itself.
void learn(const QString& text) {
    auto& table = foldTable();
    // Most texts (every cell, heading and name) hold no ideograph the table lacks: one scan, no queue.
    qsizetype first = 0;
    while (first < text.size() && !(isIdeograph(text[first].unicode()) &&
                                    table[text[first].unicode()].load(std::memory_order_relaxed) == 0))
        ++first;
    if (first == text.size())
        return;
    static QMutex mutex;
    QString unknown;
    {
        std::vector<bool> queued(0x10000, false);
        for (QChar c : QStringView(text).sliced(first)) {
            const char16_t u = c.unicode();
            if (isIdeograph(u) && table[u].load(std::memory_order_relaxed) == 0 && !queued[u]) {
                queued[u] = true;
                unknown.append(c);
                unknown.append(u'\n');
            }
        }
    }
    if (unknown.isEmpty())
        return;
    const QMutexLocker lock(&mutex);
    const QString simplified = ChineseVariants::toSimplified(unknown);
    const QStringList from = unknown.split(u'\n');
    const QStringList to = simplified.split(u'\n');
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (from[i].size() != 1)
            continue;
        const char16_t u = from[i][0].unicode();
        const bool single = from.size() == to.size() && to[i].size() == 1;
        table[u].store(single ? to[i][0].unicode() : u, std::memory_order_relaxed);
    }
}

bool isToneMarked(char16_t c) {
    static const QString tones = QStringLiteral("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ");
    return tones.contains(QChar(c));
}

// The length of a reading inserted right after an ideograph at `at` ("(fā)" in "中發(fā)街"): lower-case
// pinyin letters with a tone mark in round brackets; 0 when there is none. "(G354)", "(Pinyin)" are not.
qsizetype insertedReadingAt(const QString& text, qsizetype at) {
    constexpr qsizetype kLongest = 6;
    if (at <= 0 || at >= text.size() || text[at] != u'(' || !isIdeograph(text[at - 1].unicode()))
        return 0;
    bool toned = false;
    qsizetype i = at + 1;
    for (; i < text.size() && i - at - 1 <= kLongest; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u')')
            break;
        if (isToneMarked(c))
            toned = true;
        else if (!(c >= u'a' && c <= u'z') && c != u'ü')
            return 0;
    }
    const qsizetype letters = i - at - 1;
    return i < text.size() && text[i] == u')' && toned && letters >= 1 && letters <= kLongest ? letters + 2
                                                                                              : 0;
}

QString foldCharacters(const QString& text) {
    learn(text);
    const auto& table = foldTable();
    QString folded;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (const qsizetype reading = insertedReadingAt(text, i); reading > 0) {
            if (folded.isEmpty())
                folded = text;
            for (qsizetype k = 0; k < reading; ++k)
                folded[i + k] = kReadingFiller;
            i += reading - 1;
            continue;
        }
        if (!isIdeograph(u))
            continue;
        const char16_t f = table[u].load(std::memory_order_relaxed);
        if (f == 0 || f == u)
            continue;
        if (folded.isEmpty())
            folded = text; // copy only when something folds
        folded[i] = QChar(f);
    }
    return folded.isEmpty() ? text : folded;
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

ReadingFree withoutReadings(QStringView folded) {
    ReadingFree out;
    if (!folded.contains(QChar(kReadingFiller))) { // most texts: no copy of indices
        out.text = folded.toString();
        return out;
    }
    out.text.reserve(folded.size());
    out.at.reserve(folded.size() + 1);
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (folded[i] == QChar(kReadingFiller))
            continue;
        out.text.append(folded[i]);
        out.at.append(i);
    }
    out.at.append(folded.size());
    return out;
}

} // namespace luming
