// The JSON of issue 2 item 4 back into notices (the inverse of NoticeJsonWriter), read with Qt's
// QJsonDocument. Unknown members are ignored; a member of the wrong type is an error naming the file
// and the member's path. Ordered counts are arrays of pairs; the object form of older files still
// reads, in its printed order when the raw text shows it (json_key_order.h). Failures are Results
// (core/result.h): the Error names the file, its text the member's path.
#pragma once

#include "core/notice.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace luming {

class NoticeJsonReader {
public:
    // The notices of a file (parse.file = the path read, encoding "UTF-8"); on failure the error's
    // file is the path and its text "notices[0].roads[3].length_m: expected a number or null".
    [[nodiscard]] static Result<ParseResult> read(const QString& path);
    // `name` is used as the error's file (and as parse.file).
    [[nodiscard]] static Result<ParseResult> fromJson(const QByteArray& utf8, const QString& name);

    // Per-object conversions; an error's text says which member, relative to `where` (no file).
    [[nodiscard]] static Result<RoadRecord> roadFromJson(const QJsonValue& value, const QString& where);
    [[nodiscard]] static Result<Finding> findingFromJson(const QJsonValue& value, const QString& where);
    // [["市中区", 9], …] → pairs in that order; the older {"市中区": 9, …} → pairs in `printedOrder`
    // where it names exactly the object's keys, else in key order.
    [[nodiscard]] static Result<QList<QPair<QString, int>>>
    countsFromJson(const QJsonValue& value, const QString& where, const QStringList& printedOrder = {});
};

} // namespace luming
