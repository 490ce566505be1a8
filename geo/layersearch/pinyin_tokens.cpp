#include "layersearch/pinyin_tokens.h"

#include "chinese/name_key.h"
#include "chinese/pinyin.h"

#include <QList>

namespace luming {

namespace {

// Readings combined per suffix, so a name of polyphones cannot multiply its tokens without bound
// (the place-name reading comes first and is always kept).
constexpr int kMaxVariants = 4;

// The spellings of chars[from, end): every combination of readings, up to kMaxVariants, full and initials.
void spell(const QList<const QList<QByteArray>*>& chars, qsizetype from, qsizetype end, QStringList& full,
           QStringList& initials) {
    QList<QByteArray> fulls{QByteArray()};
    QList<QByteArray> firsts{QByteArray()};
    for (qsizetype i = from; i < end; ++i) {
        QList<QByteArray> nextFull, nextFirst;
        for (qsizetype v = 0; v < fulls.size(); ++v)
            for (const QByteArray& reading : *chars[i]) {
                if (nextFull.size() >= kMaxVariants)
                    break;
                nextFull << fulls[v] + reading;
                nextFirst << firsts[v] + reading.left(1);
            }
        fulls = std::move(nextFull);
        firsts = std::move(nextFirst);
    }
    for (const QByteArray& f : fulls)
        full << QString::fromLatin1(f);
    for (const QByteArray& f : firsts)
        initials << QString::fromLatin1(f);
}

} // namespace

PinyinTokens pinyinTokens(const QString& name) {
    const QString key = NameKey::of(name, NameKey::Step::Simplified);
    // Readings of the letters and digits (punctuation is not part of a name); empty: none known.
    QList<const QList<QByteArray>*> chars;
    for (QChar c : key)
        if (c.isLetterOrNumber())
            chars << &Pinyin::readings(c.toLower());
    PinyinTokens out;
    qsizetype runEnd = 0;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (chars[i]->isEmpty())
            continue; // a character without a reading ends a run: a pinyin query cannot pass it
        if (runEnd <= i)
            for (runEnd = i; runEnd < chars.size() && !chars[runEnd]->isEmpty(); ++runEnd) {
            }
        QStringList full, initials;
        spell(chars, i, runEnd, full, initials);
        out.suffixes << full << initials;
        if (i == 0 && runEnd == chars.size())
            out.wholes << full << initials;
    }
    out.suffixes.removeDuplicates();
    out.wholes.removeDuplicates();
    return out;
}

} // namespace luming
