#include "notice/adjustment_clause.h"

#include "notice/endpoint_parser.h"
#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

Extension readExtension(const TextSlice& text) {
    const auto& g = NoticeGrammar::instance();
    static const QRegularExpression dir(QStringLiteral("(?:东南|东北|西南|西北|东|西|南|北)"));
    Extension out;
    for (const auto& pattern : g.extensions) {
        const auto m = pattern.regex.match(text.folded);
        if (!m.hasMatch())
            continue;
        out.found = true;
        out.fromStart = m.captured(u"which") == u"起";
        out.formerEnd = text.cut(m.capturedStart(u"old"), m.capturedEnd(u"old"));
        out.newEnd = text.cut(m.capturedStart(u"new"), m.capturedEnd(u"new"));
        auto legs = dir.globalMatch(m.capturedView(u"legs"));
        while (legs.hasNext()) {
            const Direction d = directionWord(legs.next().capturedView());
            if (out.headings.isEmpty() || out.headings.last() != d)
                out.headings.append(d);
        }
        out.span = {m.capturedStart(), m.capturedEnd()};
        break;
    }
    return out;
}

std::optional<Span> sameRoadSection(const TextSlice& text, const QString& name) {
    const QString key = foldForMatching(name);
    auto it = NoticeGrammar::instance().sameRoad.globalMatch(text.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString road = m.captured(u"road").isEmpty() ? m.captured(u"road2") : m.captured(u"road");
        if (road.isEmpty() || road == key)
            return Span{m.capturedStart(), m.capturedEnd()};
    }
    return std::nullopt;
}

FormerEnds readFormerEnds(const TextSlice& text) {
    const auto& g = NoticeGrammar::instance();
    FormerEnds out;
    auto it = g.formerEnd.globalMatch(text.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString ref = text.cut(m.capturedStart(u"ref"), m.capturedEnd(u"ref"));
        if (m.captured(u"which") == u"起")
            out.start = ref;
        else
            out.end = ref;
        out.spans.append({m.capturedStart(), m.capturedEnd()});
    }
    // "起点由原A调整为B": A is the former end, B the new one.
    for (auto c = g.endChange.globalMatch(text.folded); c.hasNext();) {
        const auto m = c.next();
        const QString former = text.cut(m.capturedStart(u"ref"), m.capturedEnd(u"ref"));
        const Span now{m.capturedStart(u"new"), m.capturedEnd(u"new")};
        if (m.capturedView(u"which") == u"起") {
            out.start = former;
            out.newStart = now;
        } else {
            out.end = former;
            out.newEnd = now;
        }
        out.spans.append({m.capturedStart(), m.capturedEnd()});
    }
    // "止点不变": the end that stays is told nowhere here.
    for (auto c = g.endUnchanged.globalMatch(text.folded); c.hasNext();) {
        const auto m = c.next();
        out.unchanged.append({m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

} // namespace luming
