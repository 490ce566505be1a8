// Notices → the JSON of issue 2 item 4: {"notices":[{…, "roads":[…], "findings":[…]}]}.
// Missing numbers and empty optional text are null (never 0 or ""); integers print without ".0".
#pragma once

#include "core/notice.h"
#include "io/json_serializer.h"
#include "io/json_value.h"
#include "io/write_result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace luming {

class NoticeJsonWriter {
public:
    [[nodiscard]] static JsonValue roadToJson(const RoadRecord& road);
    [[nodiscard]] static JsonValue findingToJson(const Finding& finding);
    [[nodiscard]] static JsonValue noticeToJson(const Notice& notice);
    // {"市中区":9, "历城区":44, …} in printed order.
    [[nodiscard]] static JsonValue declaredByDistrictToJson(const QList<QPair<QString, int>>& counts);

    [[nodiscard]] static QByteArray toJson(const QList<Notice>& notices,
                                           JsonStyle style = JsonStyle::Indented);

    // Atomic (QSaveFile); the error names the file.
    [[nodiscard]] static WriteResult write(const QString& path, const QList<Notice>& notices,
                                           JsonStyle style = JsonStyle::Indented);
    [[nodiscard]] static WriteResult write(const QString& path, const ParseResult& parse,
                                           JsonStyle style = JsonStyle::Indented);
};

} // namespace luming
