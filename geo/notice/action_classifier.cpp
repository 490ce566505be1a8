#include "notice/action_classifier.h"

#include <QRegularExpression>

namespace luming {

namespace {

// A parenthetical remark attached to a word ("东阳大道交会处(向东延伸至江西亚龙…公司)") describes that
// place, not what the notice decides; a short one is an annotation of the item ("X路(注销)") and counts.
bool insideRemark(QStringView folded, qsizetype pos) {
    constexpr qsizetype kAnnotation = 8;
    const qsizetype open = folded.first(pos).lastIndexOf(u'(');
    if (open <= 0 || folded.first(pos).lastIndexOf(u')') > open)
        return false;
    const qsizetype close = folded.indexOf(u')', pos);
    const qsizetype inner = (close < 0 ? folded.size() : close) - open - 1;
    return inner > kAnnotation && folded[open - 1].script() == QChar::Script_Han;
}

} // namespace

std::optional<ActionCue> actionCueIn(QStringView folded, const QList<ActionKeyword>& table) {
    for (const auto& row : table) {
        auto it = row.regex.globalMatch(folded);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!insideRemark(folded, m.capturedStart()))
                return ActionCue{row.action, m.capturedStart(), m.capturedEnd()};
        }
    }
    return std::nullopt;
}

std::optional<RoadAction> soleActionOf(QStringView folded, const QList<ActionKeyword>& table) {
    std::optional<RoadAction> found;
    for (const auto& row : table) {
        if (found && row.action == *found)
            continue;
        for (auto it = row.regex.globalMatch(folded); it.hasNext();) {
            const auto m = it.next();
            // The words of a stronger row ("更名" in "命名更名") are no second act of their own.
            if (insideRemark(folded, m.capturedStart()))
                continue;
            if (found)
                return std::nullopt;
            found = row.action;
            break;
        }
    }
    return found;
}

LexCategory actionCategory(RoadAction action) {
    switch (action) {
    case RoadAction::Rename:
        return LexCategory::ActRename;
    case RoadAction::Adjust:
        return LexCategory::ActAdjust;
    case RoadAction::Cancel:
        return LexCategory::ActCancel;
    case RoadAction::Name:
        break;
    }
    return LexCategory::ActName;
}

std::optional<RoadAction> actionOfKeywords(QStringView folded, const QList<ActionKeyword>& table) {
    if (const auto cue = actionCueIn(folded, table))
        return cue->action;
    return std::nullopt;
}

std::optional<RoadAction> actionOfVerb(const QString& verb) {
    return actionOfKeywords(verb, NoticeGrammar::instance().actionKeywords);
}

QString cancelReasonIn(const TextSlice& text) {
    for (const auto& re : NoticeGrammar::instance().cancelReasons)
        if (const auto m = re.match(text.folded); m.hasMatch())
            return text.cut(m.capturedStart(u"reason"), m.capturedEnd(u"reason"));
    return {};
}

} // namespace luming
