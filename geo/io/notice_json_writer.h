// Notices → the JSON of issue 2 item 4: {"notices":[{…, "roads":[…], "findings":[…]}]}.
// Missing numbers and empty optional text are null (never 0 or ""); integers print without ".0".
// Members come out in Qt's (sorted) order; maps whose order matters are arrays of pairs.
#pragma once

#include "core/notice.h"
#include "io/write_result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace luming {

enum class JsonStyle { Indented, Compact };

class NoticeJsonWriter {
public:
    [[nodiscard]] static QJsonObject roadToJson(const RoadRecord& road);
    [[nodiscard]] static QJsonObject findingToJson(const Finding& finding);
    [[nodiscard]] static QJsonObject noticeToJson(const Notice& notice);
    // [["市中区", 9], ["历城区", 44], …] in printed order (a JSON object would not keep it).
    [[nodiscard]] static QJsonArray countsToJson(const QList<QPair<QString, int>>& counts);
    [[nodiscard]] static QJsonArray countsToJson(const QList<QPair<RoadAction, int>>& counts);

    [[nodiscard]] static QByteArray toJson(const QList<Notice>& notices,
                                           JsonStyle style = JsonStyle::Indented);

    // Atomic (QSaveFile); the error names the file.
    [[nodiscard]] static WriteResult write(const QString& path, const QList<Notice>& notices,
                                           JsonStyle style = JsonStyle::Indented);
    [[nodiscard]] static WriteResult write(const QString& path, const ParseResult& parse,
                                           JsonStyle style = JsonStyle::Indented);
};

} // namespace luming
