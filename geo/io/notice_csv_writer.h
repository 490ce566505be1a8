// Roads as CSV, one row per road: UTF-8 with BOM (Excel then reads the Chinese correctly), English
// header, RFC 4180 quoting and CRLF line ends. Lists are joined with ";", missing numbers are empty.
#pragma once

#include "core/notice.h"
#include "io/write_result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace luming {

class NoticeCsvWriter {
public:
    [[nodiscard]] static QStringList header();
    [[nodiscard]] static QStringList row(const Notice& notice, const RoadRecord& road);
    [[nodiscard]] static QByteArray toCsv(const QList<Notice>& notices); // BOM included
    // RFC 4180: quoted when it holds a comma, quote, CR or LF; inner quotes doubled.
    [[nodiscard]] static QString quoteField(const QString& field);

    [[nodiscard]] static WriteResult write(const QString& path, const QList<Notice>& notices);
};

} // namespace luming
