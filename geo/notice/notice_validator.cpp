#include "notice/notice_validator.h"

#include "chinese/lookalike_table.h"
#include "core/finding_messages.h"
#include "notice/matching_text.h"
#include "notice/notice_grammar.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <limits>

namespace luming {

namespace {

QString seqList(const QList<int>& seqs) {
    QStringList parts;
    for (int s : seqs)
        parts.append(QString::number(s));
    return parts.join(QStringLiteral(", "));
}

void add(Notice& n, Severity sev, FindingCode code, const QString& message, QList<int> seqs = {},
         const QString& subject = {}) {
    std::sort(seqs.begin(), seqs.end());
    seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
    n.findings.append({sev, code, message, seqs, subject, {}});
}

void checkCounts(Notice& n, const QList<DeclaredCount>& counts) {
    for (const auto& c : counts)
        if (c.read != c.declared)
            add(n, Severity::Error, FindingCode::CountMismatch,
                findingMessage(FindingMessage::CountMismatchFor,
                               {c.label, QString::number(c.declared), QString::number(c.read)}));
    // Counts per kind, when the notice gives them, say the same more precisely.
    if (n.declaredTotal && *n.declaredTotal != n.roads.size() && n.declaredByAction.isEmpty())
        add(n, Severity::Error, FindingCode::CountMismatch,
            findingMessage(FindingMessage::CountMismatchTotal,
                           {QString::number(*n.declaredTotal), QString::number(n.roads.size())}));
}

// Item numbers of one run: 1 … max without gaps (a run that starts later than 1 is checked from its
// first number: numbering may continue from an earlier section) and without repeats.
void checkNumbering(Notice& n, const QList<int>& run, bool fromOne) {
    QMap<int, int> seen;
    int minSeq = std::numeric_limits<int>::max();
    int maxSeq = 0;
    for (int s : run) {
        if (s <= 0)
            continue;
        seen[s] += 1;
        minSeq = std::min(minSeq, s);
        maxSeq = std::max(maxSeq, s);
    }
    // Gaps as ranges between the numbers seen: time and memory follow the items, not the size of the
    // numbers printed (a stray "5100951" in a number column is one gap, not five million).
    constexpr int kListedRanges = 20;
    constexpr qsizetype kLinkedSeqs = 100;
    QStringList ranges;
    QList<int> missing; // the first missing numbers, for the finding's item links
    int rangeCount = 0;
    int expected = fromOne ? 1 : minSeq;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.key() > expected) {
            const int last = it.key() - 1;
            if (rangeCount++ < kListedRanges)
                ranges.append(last == expected ? QString::number(expected)
                                               : QStringLiteral("%1–%2").arg(expected).arg(last));
            for (int s = expected; s <= last && missing.size() < kLinkedSeqs; ++s)
                missing.append(s);
        }
        expected = std::max(expected, it.key() + 1);
    }
    if (rangeCount > kListedRanges)
        ranges.append(QStringLiteral("…"));
    if (rangeCount > 0)
        add(n, Severity::Error, FindingCode::NumberingGap,
            findingMessage(FindingMessage::NumberingGap, {ranges.join(QStringLiteral(", "))}), missing);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value() > 1)
            add(n, Severity::Error, FindingCode::NumberingRepeat,
                findingMessage(FindingMessage::NumberingRepeat,
                               {QString::number(it.key()), QString::number(it.value())}),
                {it.key()});
}

// Names in a series differ by a direction or a numeral on purpose (莲岳北街/莲岳南街, 港源一路/港源十路).
bool isSeriesCharacter(QChar c) {
    static const QString series = QStringLiteral("东西南北中上下前后内外一二三四五六七八九十0123456789");
    return series.contains(c);
}

// Same length and exactly one differing character, not a series marker. `*alike` tells whether
// that character pair is a known look-alike.
bool oneCharacterApart(const QString& a, const QString& b, bool* alike) {
    if (a.size() != b.size() || a.size() < 2 || a == b)
        return false;
    int diffs = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) {
            if (++diffs > 1 || isSeriesCharacter(a[i]) || isSeriesCharacter(b[i]))
                return false;
            *alike = LookAlikeTable::alike(a[i], b[i]); // resources/lookalike_chars.tsv
        }
    }
    return diffs == 1;
}

// A name with one position blanked out ("龙?路"), as a view into the name: two keys are equal when
// they blank the same position of names equal elsewhere. The hash is computed once, in O(1) per key
// from the name's polynomial prefix hashes (forEachWildcard), so indexing a name is linear in its length.
struct WildcardKey {
    QStringView name;
    qsizetype pos = 0;
    size_t hash = 0;
    friend bool operator==(const WildcardKey& a, const WildcardKey& b) {
        return a.hash == b.hash && a.pos == b.pos && a.name.size() == b.name.size() &&
               a.name.first(a.pos) == b.name.first(b.pos) &&
               a.name.sliced(a.pos + 1) == b.name.sliced(b.pos + 1);
    }
};
size_t qHash(const WildcardKey& key, size_t seed = 0) noexcept {
    return key.hash ^ seed;
}

// Calls `visit` with each one-position wildcard of `name`: hash(name) with the character at i
// replaced by 0, i.e. h - c_i·B^(n-1-i) (mod 2^64), then mixed with the position.
template <typename Visit> void forEachWildcard(const QString& name, Visit&& visit) {
    constexpr quint64 kBase = 0x100000001B3ULL;
    const qsizetype n = name.size();
    quint64 whole = 0;
    for (const QChar c : name)
        whole = whole * kBase + c.unicode();
    quint64 power = 1; // kBase^(n-1-i), walking i from the end
    for (qsizetype i = n - 1; i >= 0; --i) {
        const quint64 blanked = whole - quint64(name[i].unicode()) * power;
        visit(WildcardKey{name, i, size_t(blanked ^ (quint64(i) * 0x9E3779B97F4A7C15ULL))});
        power *= kBase;
    }
}

void checkNames(Notice& n) {
    QSet<QString> roadNames;
    QSet<qsizetype> nameLengths; // a one-character twin has the name's length
    for (const auto& r : n.roads) {
        roadNames.insert(r.name);
        nameLengths.insert(r.name.size());
    }

    // Every referenced name and the items that refer to it, in first-seen order.
    QStringList refOrder;
    QHash<QString, QList<int>> refItems;
    for (const auto& r : n.roads) {
        QStringList refs{r.start};
        refs += r.via;
        refs.append(r.end);
        for (const auto& ref : refs) {
            if (ref.isEmpty())
                continue;
            if (!refItems.contains(ref))
                refOrder.append(ref);
            // Roads come in reading order, so a road's references are next to each other.
            QList<int>& items = refItems[ref];
            if (items.isEmpty() || items.last() != r.seq)
                items.append(r.seq);
        }
    }

    // Fold every name to simplified once, character by character (matching_text's shared table).
    QHash<QString, QString> simplified;
    auto fold = [&simplified](const QString& s) -> const QString& {
        auto it = simplified.find(s);
        if (it == simplified.end())
            it = simplified.insert(s, foldForMatching(s));
        return it.value();
    };

    // Candidate twins of a name without comparing it to every reference: references indexed by their
    // folded form and by each one-character wildcard of it, so the check stays linear in the notice.
    // A wildcard key is a view of the name and the blanked position (no copy per character: a
    // 50,000-character endpoint would otherwise hold 50,000 copies of itself).
    QHash<QString, QList<qsizetype>> byFolded;
    QHash<WildcardKey, QList<qsizetype>> byWildcard;
    for (qsizetype k = 0; k < refOrder.size(); ++k) {
        const QString& ref = refOrder[k];
        if (roadNames.contains(ref))
            continue;
        byFolded[fold(ref)].append(k);
        if (nameLengths.contains(ref.size()))
            forEachWildcard(ref, [&](const WildcardKey& key) { byWildcard[key].append(k); });
    }

    for (const auto& r : n.roads) {
        const QString& plain = fold(r.name);
        if (plain != r.name)
            add(n, Severity::Warning, FindingCode::TraditionalCharacter,
                findingMessage(FindingMessage::TraditionalCharacter, {QString::number(r.seq), r.name, plain}),
                {r.seq}, r.name);
        QList<qsizetype> candidates = byFolded.value(plain);
        forEachWildcard(r.name, [&](const WildcardKey& key) { candidates += byWildcard.value(key); });
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (const qsizetype k : candidates) {
            const QString& ref = refOrder[k];
            // A one-character twin is a probable misprint when the two characters look alike (风/凤) or
            // differ only as 繁/简. Otherwise it may be a second road of a series (龙旭路 beside 龙景路),
            // so it is only noted, and only when nobody refers to the printed name while several items
            // refer to the twin.
            bool alike = false;
            const bool oneApart = oneCharacterApart(r.name, ref, &alike);
            const bool unreferenced = !refItems.contains(r.name);
            const bool probable = (oneApart && alike) || (plain == fold(ref) && r.name != ref);
            const bool possible = oneApart && unreferenced && refItems.value(ref).size() >= 3;
            if (!probable && !possible)
                continue;
            const QList<int> items = refItems.value(ref);
            add(n, probable ? Severity::Warning : Severity::Info,
                probable ? FindingCode::NameVariant : FindingCode::PossibleNameVariant,
                findingMessage(
                    probable ? FindingMessage::NameVariantProbable : FindingMessage::NameVariantPossible,
                    {QString::number(r.seq), r.name, QString::number(items.size()), seqList(items), ref}),
                QList<int>{r.seq} + items, r.name);
        }
    }

    for (const auto& ref : refOrder) {
        if (roadNames.contains(ref))
            continue;
        const QList<int> items = refItems.value(ref);
        add(n, Severity::Info, FindingCode::ExternalEndpoint,
            findingMessage(FindingMessage::ExternalEndpoint, {ref, seqList(items)}), items, ref);
    }
}

// One name given to two roads of one notice (named or renamed to it), in the same district or in two:
// a city's road names are unique, so one of the items is misprinted or the two are one road.
void checkDuplicateNames(Notice& n) {
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < n.roads.size(); ++i) {
        const RoadRecord& r = n.roads[i];
        if (!r.name.isEmpty() && (r.action == RoadAction::Name || r.action == RoadAction::Rename))
            byName[r.name].append(i);
    }
    for (qsizetype i = 0; i < n.roads.size(); ++i) {
        const QList<qsizetype> same = byName.value(n.roads[i].name);
        if (same.size() < 2 || same.first() != i)
            continue;
        QList<int> seqs;
        QStringList districts;
        for (const qsizetype k : same) {
            seqs.append(n.roads[k].seq);
            for (const QString& d : n.roads[k].district.split(u'、')) // "A区、B区" for a road in two
                if (!districts.contains(d))
                    districts.append(d);
        }
        add(n, Severity::Warning, FindingCode::DuplicateName,
            districts.size() > 1
                ? findingMessage(FindingMessage::DuplicateNameDistricts,
                                 {seqList(seqs), n.roads[i].name, districts.join(u'、')})
                : findingMessage(FindingMessage::DuplicateNameSameDistrict, {seqList(seqs), n.roads[i].name}),
            seqs, n.roads[i].name);
    }
}

// "位于A区B街道和C区D街道": a road across a district boundary is possible, and worth a look (a boundary road
// is often named by both districts, or the text lists two roads as one).
void checkSpannedDistricts(Notice& n) {
    for (const auto& r : n.roads) {
        const QStringList districts = r.district.split(u'、', Qt::SkipEmptyParts);
        if (districts.size() > 1)
            add(n, Severity::Info, FindingCode::SpansDistricts,
                findingMessage(FindingMessage::SpansDistricts,
                               {QString::number(r.seq), r.name, districts.join(u'、')}),
                {r.seq}, r.name);
    }
}

void checkValues(Notice& n) {
    for (const auto& r : n.roads) {
        if (r.lengthM && *r.lengthM <= 0)
            add(n, Severity::Error, FindingCode::ImpossibleValue,
                findingMessage(FindingMessage::LengthNotPositive,
                               {QString::number(r.seq), r.name,
                                QString::number(*r.lengthM, 'g', QLocale::FloatingPointShortest)}),
                {r.seq});
        if (r.widthMinM && r.widthMaxM && *r.widthMinM > *r.widthMaxM)
            add(n, Severity::Error, FindingCode::ImpossibleValue,
                findingMessage(FindingMessage::WidthRangeBackwards,
                               {QString::number(r.seq), r.name,
                                QString::number(*r.widthMinM, 'g', QLocale::FloatingPointShortest),
                                QString::number(*r.widthMaxM, 'g', QLocale::FloatingPointShortest)}),
                {r.seq});
        if (r.widthMinM && *r.widthMinM <= 0)
            add(n, Severity::Error, FindingCode::ImpossibleValue,
                findingMessage(FindingMessage::WidthNotPositive,
                               {QString::number(r.seq), r.name,
                                QString::number(*r.widthMinM, 'g', QLocale::FloatingPointShortest)}),
                {r.seq});
        // Two unnamed planned roads ("南至规划道路,北至规划道路") are not the same road.
        const bool generic =
            NoticeGrammar::instance().genericReference.match(foldForMatching(r.start)).hasMatch();
        if (!r.start.isEmpty() && r.start == r.end && r.via.isEmpty() && r.shape != Shape::Loop && !generic)
            add(n, Severity::Error, FindingCode::ImpossibleValue,
                findingMessage(FindingMessage::SameStartAndEnd, {QString::number(r.seq), r.name, r.start}),
                {r.seq});
        if (!r.name.isEmpty() && (r.name == r.start || r.name == r.end))
            add(n, Severity::Error, FindingCode::ImpossibleValue,
                findingMessage(FindingMessage::EndsOnItself, {QString::number(r.seq), r.name}), {r.seq});
    }
}

} // namespace

void validateNotice(Notice& notice, const ValidationInput& input) {
    for (const auto& p : input.problems) {
        const bool unreadable = p.missing.contains(QStringLiteral("name"));
        add(notice, unreadable ? Severity::Error : Severity::Warning,
            unreadable ? FindingCode::UnparsedItem : FindingCode::IncompleteItem,
            findingMessage(FindingMessage::ItemNotReadFully,
                           {QString::number(p.seq), p.missing.join(QStringLiteral(", ")),
                            // A prefix first: an item can be a page long, and only 200 are quoted.
                            p.text.left(400).simplified().left(200)}),
            {p.seq});
    }
    for (const auto& f : input.readerFindings)
        notice.findings.append(f);
    checkCounts(notice, input.counts);
    for (qsizetype i = 0; i < input.numberRuns.size(); ++i)
        checkNumbering(notice, input.numberRuns[i], i == 0);
    checkNames(notice);
    checkDuplicateNames(notice);
    checkSpannedDistricts(notice);
    checkValues(notice);
}

} // namespace luming
