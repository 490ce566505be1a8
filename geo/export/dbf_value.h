// A field's value as a shapefile's DBF holds it: a Cut field (the item as printed) cut to the DBF's
// 254-byte limit at a character boundary in the chosen encoding, its flag field 1 when that happened;
// every other field as ExportField::value gives it. The writer, the pre-write check and the read-back
// check all ask here, so they agree on what the file holds.
#pragma once

#include "export/field_dictionary.h"

#include <QByteArray>
#include <QString>

namespace luming {

inline constexpr int kDbfMaxFieldBytes = 254;

// `codec`: "UTF-8" or "GBK" (ExportFormatProfile::dbfCodec).
[[nodiscard]] QVariant dbfValue(const ExportField& field, const RoadRow& row, const QString& codec);

// The longest prefix of `text` (whole characters) that takes at most maxBytes in `codec`.
[[nodiscard]] QString cutToBytes(const QString& text, const QString& codec, int maxBytes);

} // namespace luming
