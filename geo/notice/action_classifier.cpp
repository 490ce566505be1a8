#include "notice/action_classifier.h"

#include <QRegularExpression>

namespace luming {

std::optional<RoadAction> actionOfKeywords(QStringView folded, const QList<ActionKeyword>& table) {
    for (const auto& row : table)
        if (row.regex.match(folded).hasMatch())
            return row.action;
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
