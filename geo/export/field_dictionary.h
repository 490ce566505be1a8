// The exported attribute fields: ASCII codes in the style of Chinese road-data standards for DBF
// (DLMC 道路名称, CD 长度, …; at most 10 characters), Chinese names for formats that allow them, and
// how each value comes out of a RoadRow. The record's fields come from the field table (road_fields.h);
// only the notice's (文号, 日期) and the line's (来源, 绘制长度, 定位方式) are named here.
#pragma once

#include "export/road_row.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace luming {

enum class ExportFieldType { String, Integer, Real };

// What a DBF does with a text longer than its 254-byte limit: refuse the export (a name must stay
// whole), or cut it and say so in a flag field (the item as printed, kept whole in the other formats).
enum class DbfOverflow { Refuse, Cut };

struct ExportField {
    QString code;        // DBF field name (ASCII, ≤ 10 chars)
    QString chineseName; // field name in GeoPackage, GeoJSON, KML and CSV
    ExportFieldType type = ExportFieldType::String;
    int width = 0;     // DBF width: digits for numbers, bytes for text (room to edit; widened by the data)
    int precision = 0; // decimals for Real
    QString description;
    // The value for one road: a QString, int or double; a null QVariant when the notice gives none.
    std::function<QVariant(const RoadRow&)> value;
    DbfOverflow dbfOverflow = DbfOverflow::Refuse;
    // Set on a shapefile-only flag field: the code of the Cut field whose cut it reports (1 = cut).
    QString flagsCutOf;

    [[nodiscard]] bool dbfOnly() const { return !flagsCutOf.isEmpty(); }
};

// All fields in output order. The road name (DLMC) is the one used as label.
const QList<ExportField>& roadExportFields();
const ExportField& roadNameField();

// One row of the data dictionary written beside a shapefile.
struct DictionaryEntry {
    QString code; // the DBF field name
    QString name; // its full (Chinese) name
    QString type; // dictionaryType()
    QString description;
};
// "String(60 bytes GBK)", "Integer(9)", "Real(12,2)".
QString dictionaryType(ExportFieldType type, int width, int precision, const QString& encodingName);
// UTF-8 with BOM, columns code,中文名,type,description, CRLF lines.
QByteArray dictionaryCsv(const QList<DictionaryEntry>& entries);

// The roads' dictionary. stringWidths: DBF width in bytes of each String field (by code), as written.
QByteArray dataDictionaryCsv(const QHash<QString, int>& stringWidths, const QString& encodingName);

} // namespace luming
