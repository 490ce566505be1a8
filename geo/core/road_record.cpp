#include "core/road_record.h"

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
    switch (action) {
    case RoadAction::Name:
        return QStringLiteral("命名");
    case RoadAction::Rename:
        return QStringLiteral("更名");
    case RoadAction::Adjust:
        return QStringLiteral("调整");
    case RoadAction::Cancel:
        return QStringLiteral("注销");
    }
    return {};
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
