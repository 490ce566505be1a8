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

namespace luming {

struct DbfTextCheck {
    QString error;              // empty when everything fits; otherwise names the road, field and character
    QHash<QString, int> widths; // field code → DBF width in bytes (at least 1)

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] DbfTextCheck checkDbfText(const QList<RoadRow>& rows, ShapefileEncoding encoding);

} // namespace luming
