#include "notice/action_classifier.h"

#include <QRegularExpression>

namespace luming {

std::optional<ActionCue> actionCueIn(QStringView folded, const QList<ActionKeyword>& table) {
    for (const auto& row : table)
        if (const auto m = row.regex.match(folded); m.hasMatch())
            return ActionCue{row.action, m.capturedStart(), m.capturedEnd()};
    return std::nullopt;
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
