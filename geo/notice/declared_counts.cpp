#include "notice/declared_counts.h"

#include "notice/action_classifier.h"
#include "notice/chinese_numeral.h"
#include "notice/notice_grammar.h"

#include <QRegularExpression>
#include <QSet>

namespace luming {

namespace {

QString actionWord(RoadAction a) {
    switch (a) {
    case RoadAction::Name:
        return QStringLiteral("named");
    case RoadAction::Rename:
        return QStringLiteral("renamed");
    case RoadAction::Adjust:
        return QStringLiteral("adjusted");
    case RoadAction::Cancel:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool declares(const QList<QPair<RoadAction, int>>& counts, RoadAction action) {
    return std::any_of(counts.cbegin(), counts.cend(),
                       [&](const QPair<RoadAction, int>& p) { return p.first == action; });
}

// Count sentences of `text`, the first of each kind kept.
void readByAction(const TextSlice& text, QList<QPair<RoadAction, int>>& out) {
    struct Hit {
        qsizetype at;
        RoadAction action;
        int n;
    };
    QList<Hit> hits;
    for (const auto& p : NoticeGrammar::instance().declaredByAction) {
        auto it = p.regex.globalMatch(text.folded);
        while (it.hasNext()) {
            const auto m = it.next();
            const auto action = actionOfVerb(m.captured(u"verb"));
            const auto n = parseCount(m.capturedView(u"n"));
            if (action && n)
                hits.append({m.capturedStart(), *action, *n});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    for (const auto& h : hits)
        if (!declares(out, h.action))
            out.append({h.action, h.n});
}

} // namespace

QList<DeclaredCount> readDeclaredCounts(Notice& n, const CountSources& src) {
    const auto& sections = src.split->sections;
    QList<DeclaredCount> counts;

    // Per kind: count sentences in free text, then headings that name a kind.
    readByAction(src.preamble, n.declaredByAction);
    for (const auto& t : src.freeText)
        readByAction(t, n.declaredByAction);
    readByAction(src.title, n.declaredByAction);
    for (const auto& s : sections)
        if (s.rank == 0 && s.action && s.declaredCount && !declares(n.declaredByAction, *s.action))
            n.declaredByAction.append({*s.action, *s.declaredCount});

    // Per heading: its items run to the next heading of the same or a lower rank. A kind heading whose
    // count is the kind's declared count is checked once, as the kind.
    for (qsizetype h = 0; h < sections.size(); ++h) {
        const SectionHeading& s = sections[h];
        if (s.rank == 1 && s.declaredCount)
            n.declaredByDistrict.append({s.title, *s.declaredCount});
        if (!s.declaredCount)
            continue;
        if (s.rank == 0 && s.action && n.declaredByAction.contains({*s.action, *s.declaredCount}))
            continue;
        qsizetype scopeEnd = src.bodyEnd;
        for (qsizetype k = h + 1; k < sections.size(); ++k)
            if (sections[k].rank <= s.rank) {
                scopeEnd = sections[k].start;
                break;
            }
        // A district's heading counts the roads of its scope that lie there: a news report's next
        // paragraph may turn to another district without a heading of its own.
        int read = 0;
        for (qsizetype i = 0; i < src.roadOffsets.size(); ++i) {
            const qsizetype at = src.roadOffsets[i];
            const QString district = i < src.roadDistricts.size() ? src.roadDistricts[i] : QString();
            if (at >= s.end && at < scopeEnd &&
                (s.district.isEmpty() || district.isEmpty() || district.split(u'、').contains(s.district)))
                ++read;
        }
        counts.append({s.title, *s.declaredCount, read});
    }

    QSet<RoadAction> actionsRead;
    for (const auto& r : n.roads)
        actionsRead.insert(r.action);
    int total = 0;
    bool everyKindDeclared = !n.declaredByAction.isEmpty();
    for (const auto& [action, count] : n.declaredByAction) {
        total += count;
        const int read = int(std::count_if(n.roads.cbegin(), n.roads.cend(),
                                           [a = action](const RoadRecord& r) { return r.action == a; }));
        if (read != count)
            counts.append({QStringLiteral("%1 roads").arg(actionWord(action)), count, read});
    }
    for (const RoadAction action : actionsRead)
        everyKindDeclared &= declares(n.declaredByAction, action);
    // The total is the sum of the kinds when the notice declares every kind it handles; otherwise
    // (no count sentence) "确定命名…等59条".
    if (everyKindDeclared)
        n.declaredTotal = total;
    else if (n.declaredByAction.isEmpty())
        if (const auto m = NoticeGrammar::instance().declaredTotal.match(src.preamble.folded); m.hasMatch())
            n.declaredTotal = parseCount(m.capturedView(u"n"));
    return counts;
}

} // namespace luming
