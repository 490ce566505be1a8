// The record's fields, written once: every format (JSON, CSV, GeoPackage, the export dictionary),
// the viewer's details, the test helper and docs/schema.md iterate this table instead of naming
// RoadRecord members. A new field is one row here.
#pragma once

#include "core/road_record.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QVariant>

namespace luming {

// How a value is held in the QVariant the accessors pass: Integer qint64, Real double, Boolean bool,
// Text/Code QString (Code: a code from a code table, e.g. "rename", "东南", "L"), TextList QStringList,
// RealList QList<double>.
enum class FieldType { Integer, Real, Boolean, Text, Code, TextList, RealList };

// When a field is null (an invalid QVariant from `get`): never, when empty/unset, or lists (never
// null, empty when not given).
enum class NullRule { Never, WhenEmpty, EmptyList };

enum class FieldFormat { Json = 1, Csv = 2, Gpkg = 4 };
Q_DECLARE_FLAGS(FieldFormats, FieldFormat)
Q_DECLARE_OPERATORS_FOR_FLAGS(FieldFormats)

struct RoadField {
    QString key; // JSON member, GeoPackage column and CSV header ("length_m", "source_text")
    FieldType type = FieldType::Text;
    NullRule nullRule = NullRule::WhenEmpty;
    FieldFormats formats = FieldFormat::Json | FieldFormat::Csv | FieldFormat::Gpkg;
    // In JSON a few fields sit in a nested object: {"source": {"text": …}}; empty = top level.
    QString jsonObject;
    QString jsonKey;
    QString dbfCode; // exported attribute name (ASCII, ≤ 10 chars); empty = not exported
    // DBF width: digits for numbers; bytes for text — room to fill the field in later (names ≥ 50,
    // remarks 254), widened to the longest value up to the DBF limit of 254.
    int dbfWidth = 0;
    int dbfPrecision = 0; // decimals for Real
    QString chineseLabel;
    QString englishLabel;
    QString description; // Chinese, as the export's data dictionary prints it
    // The value as `type` says, or an invalid QVariant for null.
    QVariant (*get)(const RoadRecord&) = nullptr;
    // Writes a value back; an invalid QVariant resets the member to its default. Returns false when the
    // value is not of the field's type or not a known code.
    bool (*set)(RoadRecord&, const QVariant&) = nullptr;
    // The exported value when it differs from `get` (Chinese 状态, 0 → null …); null = `get`, with lists
    // joined by the exporter.
    QVariant (*exportValue)(const RoadRecord&) = nullptr;
    FieldId id = FieldId::Seq; // set from the row (the rows are written without it)

    [[nodiscard]] bool in(FieldFormat format) const { return formats.testFlag(format); }
};

// Every field, in CSV/GeoPackage column order.
const QList<RoadField>& roadFields();
// The field with this key, or null.
const RoadField* roadField(QStringView key);
// The field of this id.
const RoadField& roadField(FieldId id);

// "integer", "real", "boolean", "text", "code", "text list", "real list".
QString fieldTypeName(FieldType type);

// docs/schema.md: the table above as Markdown (what `luming schema` prints).
QString roadFieldsMarkdown();

} // namespace luming
