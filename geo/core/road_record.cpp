#include "core/road_record.h"

#include "core/field_value_labels.h"
#include "core/notice.h"

namespace luming {

QString actionCode(RoadAction action) {
    switch (action) {
    case RoadAction::Name:
        return QStringLiteral("name");
    case RoadAction::Rename:
        return QStringLiteral("rename");
    case RoadAction::Adjust:
        return QStringLiteral("adjust");
    case RoadAction::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

std::optional<RoadAction> actionFromCode(const QString& code) {
    for (auto a : {RoadAction::Name, RoadAction::Rename, RoadAction::Adjust, RoadAction::Cancel})
        if (actionCode(a) == code)
            return a;
    return std::nullopt;
}

QString actionChineseName(RoadAction action) {
    return fieldValueLabel(u"action", actionCode(action), LabelLanguage::Chinese);
}

QString severityCode(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

} // namespace luming
