// The JSON of issue 2 item 4 back into notices (the inverse of NoticeJsonWriter), read with Qt's
// QJsonDocument. Unknown members are ignored; a member of the wrong type is an error naming the file
// and the member's path. Ordered counts are arrays of pairs; the object form of older files still
// reads, in its printed order when the raw text shows it (json_key_order.h).
#pragma once

#include "core/notice.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace luming {

struct NoticeJsonReadResult {
    bool ok = false;
    QString error;     // "roads.json: notices[0].roads[3].length_m: expected a number or null"
    ParseResult parse; // file = the path read, encoding "UTF-8"
};

class NoticeJsonReader {
public:
    [[nodiscard]] static NoticeJsonReadResult read(const QString& path);
    // `name` is used in messages (and as parse.file).
    [[nodiscard]] static NoticeJsonReadResult fromJson(const QByteArray& utf8, const QString& name);

    // Per-object conversions; on failure `error` says which member, relative to `where`.
    [[nodiscard]] static std::optional<RoadRecord> roadFromJson(const QJsonValue& value, const QString& where,
                                                                QString* error);
    [[nodiscard]] static std::optional<Finding> findingFromJson(const QJsonValue& value, const QString& where,
                                                                QString* error);
    // [["市中区", 9], …] → pairs in that order; the older {"市中区": 9, …} → pairs in `printedOrder`
    // where it names exactly the object's keys, else in key order.
    [[nodiscard]] static std::optional<QList<QPair<QString, int>>>
    countsFromJson(const QJsonValue& value, const QString& where, QString* error,
                   const QStringList& printedOrder = {});
};

} // namespace luming
