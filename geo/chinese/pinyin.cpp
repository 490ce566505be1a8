#include "chinese/pinyin.h"

#include "chinese/char_table_file.h"

#include <QHash>
#include <array>

namespace luming {
namespace {

struct Tables {
    QHash<char16_t, QList<QByteArray>> readings;
    std::array<QList<QByteArray>, 128> ascii; // letters and digits read as themselves
    QString error;

    Tables() {
        for (int c = 0; c < 128; ++c)
            if (QChar(c).isLetterOrNumber())
                ascii[size_t(c)] = {QByteArray(1, char(QChar(c).toLower().unicode()))};
        error = readCharTable(QStringLiteral("pinyin_readings.tsv"), 2, [this](const QStringList& f, int) {
            if (!isSyllable(f[0]))
                return QStringLiteral("\"%1\" is not a toneless syllable").arg(f[0]);
            const QByteArray reading = f[0].toLatin1();
            for (QChar c : f[1])
                readings[c.unicode()] = {reading};
            return QString();
        });
        if (!error.isEmpty())
            return;
        // Place-name readings replace the general one (their first is the one a place name uses).
        error =
            readCharTable(QStringLiteral("place_name_readings.tsv"), 3, [this](const QStringList& f, int) {
                if (f[0].size() != 1)
                    return QStringLiteral("one character expected, not \"%1\"").arg(f[0]);
                QList<QByteArray> list;
                for (const QString& r : f[1].split(u','))
                    if (!isSyllable(r))
                        return QStringLiteral("\"%1\" is not a toneless syllable").arg(r);
                    else
                        list << r.toLatin1();
                readings[f[0][0].unicode()] = list;
                return QString();
            });
    }

    static bool isSyllable(const QString& s) {
        if (s.isEmpty() || s.size() > 6)
            return false;
        for (QChar c : s)
            if (c < u'a' || c > u'z')
                return false;
        return true;
    }
};

const Tables& tables() {
    static const Tables instance;
    return instance;
}

quint64 letterBit(char c) {
    if (c >= 'a' && c <= 'z')
        return quint64(1) << (c - 'a');
    if (c >= '0' && c <= '9')
        return quint64(1) << (26 + c - '0');
    return 0;
}

// How far one character's readings can consume `q` from `pos`: whole readings, initials (one letter, or
// zh/ch/sh), or — for the last character typed — a prefix of a reading.
struct Matcher {
    const QList<const QList<QByteArray>*>& chars;
    const QByteArray& q;

    // Best outcome starting with character i at query position pos; fullSeen: a whole syllable so far.
    // Returns 0 none, 1 initials only, 2 with a full syllable.
    int walk(qsizetype i, qsizetype pos, bool fullSeen, qsizetype* endChar) const {
        if (pos == q.size()) {
            *endChar = i;
            return fullSeen ? 2 : 1;
        }
        if (i >= chars.size())
            return 0;
        int best = 0;
        qsizetype bestEnd = 0;
        const qsizetype left = q.size() - pos;
        for (const QByteArray& r : *chars[i]) {
            auto consider = [&](qsizetype used, bool full) {
                qsizetype end = 0;
                const int got = walk(i + 1, pos + used, fullSeen || full, &end);
                // Prefer the longest run (a whole-name match), then a full syllable typed.
                if (got != 0 && (best == 0 || end > bestEnd || (end == bestEnd && got > best))) {
                    best = got;
                    bestEnd = end;
                }
            };
            const QByteArrayView rest = QByteArrayView(q).sliced(pos);
            if (rest.startsWith(r))
                consider(r.size(), r.size() > 1);
            if (r.size() > 1 && q[pos] == r[0])
                consider(1, false);
            if (r.size() > 2 && r[1] == 'h' && left >= 2 && q[pos] == r[0] && q[pos + 1] == 'h')
                consider(2, false);
            // The query ends inside this reading (typing in progress): counts as a syllable typed.
            if (r.size() > left && left >= 2 && QByteArrayView(r).startsWith(rest))
                consider(left, true);
            if (best == 2 && bestEnd == chars.size())
                break;
        }
        *endChar = bestEnd;
        return best;
    }
};

} // namespace

const QList<QByteArray>& Pinyin::readings(QChar c) {
    static const QList<QByteArray> none;
    const Tables& t = tables();
    if (c.unicode() < 128)
        return t.ascii[c.unicode()];
    const auto it = t.readings.constFind(c.unicode());
    return it == t.readings.cend() ? none : *it;
}

QString Pinyin::spelled(const QString& text) {
    QStringList out;
    for (QChar c : text) {
        const QList<QByteArray>& r = readings(c);
        out << (r.isEmpty() ? QString(c) : QString::fromLatin1(r.first()));
    }
    return out.join(u' ');
}

QByteArray Pinyin::queryLetters(const QString& query) {
    QByteArray out;
    int letters = 0;
    const QString decomposed = query.normalized(QString::NormalizationForm_KD).toLower();
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed[i];
        if (c == u'\u0308' && !out.isEmpty() && out.back() == 'u') { // ü typed with its diaeresis
            out.back() = 'v';
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing || c.isSpace() || c == u'\'' || c == u'’')
            continue;
        if (c >= u'a' && c <= u'z') {
            out += char(c.unicode());
            ++letters;
        } else if (c >= u'0' && c <= u'9') {
            // A tone number closes a syllable (gang3tian2); other digits are part of the name (1haolu).
            const bool tone = c >= u'1' && c <= u'5' && !out.isEmpty() && out.back() >= 'a' &&
                              (i + 1 == decomposed.size() || !decomposed[i + 1].isDigit());
            if (!tone)
                out += char(c.unicode());
        } else {
            return {};
        }
    }
    return letters >= 2 ? out : QByteArray();
}

quint64 Pinyin::letterMask(QByteArrayView letters) {
    quint64 mask = 0;
    for (char l : letters)
        mask |= letterBit(l);
    return mask;
}

QString Pinyin::error() {
    return tables().error;
}

PinyinName::PinyinName(const QString& text) {
    chars_.reserve(text.size());
    for (QChar c : text) {
        const QList<QByteArray>& r = Pinyin::readings(c);
        chars_.append(&r);
        for (const QByteArray& reading : r) {
            initials_ |= letterBit(reading[0]);
            for (char l : reading)
                letters_ |= letterBit(l);
        }
    }
}

std::optional<PinyinName::Match> PinyinName::match(const QByteArray& letters) const {
    if (letters.isEmpty() || chars_.isEmpty())
        return std::nullopt;
    // A letter no reading of this name has, or a first letter no reading starts with: the common, cheap
    // answer, so a query over 100,000 names walks only the few that could match.
    if (!masks().mayMatch(Pinyin::letterMask(letters), letterBit(letters[0])))
        return std::nullopt;
    const Matcher m{chars_, letters};
    std::optional<Match> best;
    auto better = [](const Match& a, const Match& b) {
        return a.span != b.span ? a.span < b.span : a.kind < b.kind;
    };
    for (qsizetype i = 0; i < chars_.size(); ++i) {
        qsizetype end = 0;
        const int got = m.walk(i, 0, false, &end);
        if (got == 0)
            continue;
        const Match found{got == 2 ? Kind::Full : Kind::Initials,
                          i > 0 ? Span::Inside : (end == chars_.size() ? Span::Whole : Span::Start)};
        if (!best || better(found, *best))
            best = found;
        if (i == 0 && found.span == Span::Whole && found.kind == Kind::Full)
            break;
    }
    return best;
}

} // namespace luming
