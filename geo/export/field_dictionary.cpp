#include "export/field_dictionary.h"

#include "core/road_fields.h"

#include <QStringList>
#include <cmath>

namespace luming {

namespace {

QVariant text(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

ExportFieldType exportType(FieldType type) {
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return ExportFieldType::Integer;
    case FieldType::Real:
        return ExportFieldType::Real;
    case FieldType::Text:
    case FieldType::Code:
    case FieldType::TextList:
    case FieldType::RealList:
        return ExportFieldType::String;
    }
    return ExportFieldType::String;
}

// A record field's exported value: its export form if it has one, else lists joined with 、 (widths
// with +), booleans as 1/0, integers as int.
QVariant recordValue(const RoadField& f, const RoadRecord& r) {
    if (f.exportValue)
        return f.exportValue(r);
    QVariant v = f.get(r);
    if (!v.isValid())
        return v;
    switch (f.type) {
    case FieldType::Integer:
        return QVariant(int(v.toLongLong()));
    case FieldType::Boolean:
        return QVariant(v.toBool() ? 1 : 0);
    case FieldType::TextList:
        return text(v.toStringList().join(QStringLiteral("、")));
    case FieldType::RealList: {
        QStringList out;
        for (double p : v.value<QList<double>>())
            out.append(QString::number(p, 'g', 10));
        return text(out.join(QLatin1Char('+')));
    }
    case FieldType::Real:
    case FieldType::Text:
    case FieldType::Code:
        return v;
    }
    return v;
}

// The item as printed may be longer than a DBF field holds: cut there, whole elsewhere.
const QString kSourceTextCode = QStringLiteral("YW");

ExportField fromRecordField(const RoadField& f) {
    ExportField e{f.dbfCode,
                  f.chineseLabel,
                  exportType(f.type),
                  f.dbfWidth,
                  f.dbfPrecision,
                  f.description,
                  [&f](const RoadRow& row) { return recordValue(f, *row.record); },
                  f.dbfCode == kSourceTextCode ? DbfOverflow::Cut : DbfOverflow::Refuse,
                  {}};
    return e;
}

// The flag beside a cut field; its value is the shapefile writer's (dbfValue), never this one.
ExportField cutFlagField(const ExportField& cut) {
    ExportField flag{cut.code + QStringLiteral("JD"),
                     cut.chineseName + QStringLiteral("截断"),
                     ExportFieldType::Integer,
                     1,
                     0,
                     QStringLiteral("1 = %1超过 254 字节，DBF 中只存前 254 字节（其他格式为全文）；0 = 全文")
                         .arg(cut.chineseName),
                     [](const RoadRow&) { return QVariant(); },
                     DbfOverflow::Refuse,
                     cut.code};
    return flag;
}

// The exported fields that are not the record's: its notice's and its line's.
QList<ExportField> noticeFields() {
    return {
        {QStringLiteral("GGWH"),
         QStringLiteral("公告文号"),
         ExportFieldType::String,
         50,
         0,
         QStringLiteral("命名公告的文号，如 济政字〔2021〕62号"),
         [](const RoadRow& r) { return text(r.notice->docNumber); },
         DbfOverflow::Refuse,
         {}},
        {QStringLiteral("GGRQ"),
         QStringLiteral("公告日期"),
         ExportFieldType::String,
         10,
         0,
         QStringLiteral("公告日期，ISO 格式 YYYY-MM-DD"),
         [](const RoadRow& r) {
             return r.notice->date.isValid() ? QVariant(r.notice->date.toString(Qt::ISODate)) : QVariant();
         },
         DbfOverflow::Refuse,
         {}},
    };
}

// A residual of a line taken from a centerline layer (RoadGeometry), in metres to the centimetre.
ExportField residualField(const QString& code, const QString& name, const QString& description,
                          std::optional<double> RoadGeometry::*member) {
    return {code,
            name,
            ExportFieldType::Real,
            12,
            2,
            description,
            [member](const RoadRow& r) {
                const std::optional<double> v = r.hasLine() ? r.geometry->*member : std::nullopt;
                return v ? QVariant(std::round(*v * 100) / 100) : QVariant();
            },
            DbfOverflow::Refuse,
            {}};
}

QList<ExportField> geometryFields() {
    return {
        {QStringLiteral("JHLY"),
         QStringLiteral("几何来源"),
         ExportFieldType::String,
         20,
         0,
         QStringLiteral("schematic = 由公告文字推算的示意位置，非实测中心线；layer:<文件名> = "
                        "取自该道路图层、已按公告文字核对的中心线；空 = 尚未生成几何"),
         [](const RoadRow& r) {
             return r.hasLine() ? text(geometrySourceText(r.geometry->source, r.geometry->sourceFile))
                                : QVariant();
         },
         DbfOverflow::Refuse,
         {}},
        {QStringLiteral("HZCD"),
         QStringLiteral("绘制长度"),
         ExportFieldType::Real,
         12,
         2,
         QStringLiteral(
             "导出线在本区域中心所在的 CGCS2000 3度带（EPSG:4534–4554，按中央经线）中量得的长度，米"),
         [](const RoadRow& r) {
             return r.drawnLengthM ? QVariant(std::round(*r.drawnLengthM * 100) / 100) : QVariant();
         },
         DbfOverflow::Refuse,
         {}},
        {QStringLiteral("DWFS"),
         QStringLiteral("定位方式"),
         ExportFieldType::String,
         20,
         0,
         QStringLiteral("示意线的定位：anchor = 按街道锚点，district = 按区县，city = "
                        "无锚点、置于市级备用点；空 = 尚未生成几何"),
         [](const RoadRow& r) {
             return r.hasLine() ? text(placementCode(r.geometry->placement)) : QVariant();
         },
         DbfOverflow::Refuse,
         {}},
        residualField(QStringLiteral("QDJJ"), QStringLiteral("起点间距"),
                      QStringLiteral("取自道路图层的线：起点到公告所述起点道路的距离，米"),
                      &RoadGeometry::startGapM),
        residualField(QStringLiteral("ZDJJ"), QStringLiteral("终点间距"),
                      QStringLiteral("取自道路图层的线：终点到公告所述终点道路的距离，米"),
                      &RoadGeometry::endGapM),
        residualField(QStringLiteral("CDWC"), QStringLiteral("长度误差"),
                      QStringLiteral("取自道路图层的线：图层线长减公告所述长度，米"),
                      &RoadGeometry::lengthErrorM),
    };
}

// Record fields in table order (the item number first, then the notice's two), then the line's.
QList<ExportField> makeFields() {
    QList<ExportField> out;
    for (const RoadField& f : roadFields()) {
        if (f.dbfCode.isEmpty())
            continue;
        out.append(fromRecordField(f));
        if (out.last().dbfOverflow == DbfOverflow::Cut)
            out.append(cutFlagField(out.last()));
        if (out.size() == 1)
            out.append(noticeFields());
    }
    out.append(geometryFields());
    return out;
}

QString csvCell(const QString& s) {
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

const QList<ExportField>& roadExportFields() {
    static const QList<ExportField> fields = makeFields();
    return fields;
}

const ExportField& roadNameField() {
    for (const ExportField& f : roadExportFields())
        if (f.code == QLatin1String("DLMC"))
            return f;
    Q_UNREACHABLE();
}

QString dictionaryType(ExportFieldType type, int width, int precision, const QString& encodingName) {
    switch (type) {
    case ExportFieldType::String:
        return QStringLiteral("String(%1 bytes %2)").arg(width).arg(encodingName);
    case ExportFieldType::Integer:
        return QStringLiteral("Integer(%1)").arg(width);
    case ExportFieldType::Real:
        return QStringLiteral("Real(%1,%2)").arg(width).arg(precision);
    }
    return {};
}

QByteArray dictionaryCsv(const QList<DictionaryEntry>& entries) {
    QString out = QStringLiteral("code,中文名,type,description\r\n");
    for (const DictionaryEntry& e : entries)
        out += e.code + QLatin1Char(',') + csvCell(e.name) + QLatin1Char(',') + csvCell(e.type) +
               QLatin1Char(',') + csvCell(e.description) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray dataDictionaryCsv(const QHash<QString, int>& stringWidths, const QString& encodingName) {
    QList<DictionaryEntry> entries;
    for (const ExportField& f : roadExportFields())
        entries.append(
            {f.code, f.chineseName,
             dictionaryType(f.type, f.type == ExportFieldType::String ? stringWidths.value(f.code) : f.width,
                            f.precision, encodingName),
             f.description});
    return dictionaryCsv(entries);
}

} // namespace luming
