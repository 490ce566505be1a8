// Checks, before anything is written, that every text value fits a DBF in the chosen encoding: each
// character exists in it (GDAL would silently write '?' for one that does not) and each value fits the
// 254-byte DBF field limit (the item as printed is cut instead, see dbf_value.h). Also sizes the String
// fields: the field table's width (room to fill them in later), or the longest value in bytes if wider.
#pragma once

#include "export/export_options.h"
#include "export/road_row.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

namespace luming {

struct DbfTextCheck {
    QString error;              // empty when everything fits; otherwise names the road, field and character
    QHash<QString, int> widths; // field code → DBF width in bytes (at least 1)

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// One text value against a DBF in one encoding: its size in bytes, or why the DBF cannot hold it
// ("contains “…” (U+…), which GBK cannot hold; …" / "is 300 bytes in GBK, more than a DBF field holds
// (254); …"). Keeps its ICU converters between values: a million names are checked in well under a second.
class DbfTextFit {
public:
    explicit DbfTextFit(ShapefileEncoding encoding);
    // Empty when `value` fits; then *bytes is its size.
    [[nodiscard]] QString problem(const QString& value, int* bytes);
    // The same for UTF-8 text as GDAL hands it out: ASCII and the CJK Unified Ideographs block
    // (U+4E00–U+9FA5, all in GBK at two bytes each) are sized without a conversion; anything else
    // goes through problem() above.
    [[nodiscard]] QString problemUtf8(const char* utf8, int* bytes);

private:
    bool gbk_ = false;
    QByteArray codec_;
    QString encodingName_;
    QStringEncoder encoder_;
    QStringDecoder decoder_;
};

[[nodiscard]] DbfTextCheck checkDbfText(const QList<RoadRow>& rows, ShapefileEncoding encoding);

} // namespace luming
