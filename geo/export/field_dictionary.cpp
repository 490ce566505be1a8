#include "export/field_dictionary.h"

#include <QStringList>
#include <cmath>

namespace luming {

namespace {

QVariant text(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant joined(const QStringList& parts) {
    return text(parts.join(QStringLiteral("、")));
}
QVariant number(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}

QString widthParts(const QList<double>& parts) {
    QStringList out;
    for (double p : parts)
        out.append(QString::number(p, 'g', 10));
    return out.join(QLatin1Char('+'));
}

ExportField str(const char* code, const QString& chinese, const QString& description,
                std::function<QVariant(const RoadRow&)> value) {
    return {QString::fromLatin1(code), chinese, ExportFieldType::String, 0, 0, description, std::move(value)};
}
ExportField real(const char* code, const QString& chinese, int width, int precision,
                 const QString& description, std::function<QVariant(const RoadRow&)> value) {
    return {QString::fromLatin1(code), chinese, ExportFieldType::Real, width, precision, description,
            std::move(value)};
}
ExportField integer(const char* code, const QString& chinese, int width, const QString& description,
                    std::function<QVariant(const RoadRow&)> value) {
    return {QString::fromLatin1(code), chinese, ExportFieldType::Integer, width, 0, description,
            std::move(value)};
}

QList<ExportField> makeFields() {
    using R = const RoadRow&;
    return {
        integer("XH", QStringLiteral("序号"), 5, QStringLiteral("公告中的条目序号（一、二…）；无序号为空"),
                [](R r) { return r.record->seq > 0 ? QVariant(r.record->seq) : QVariant(); }),
        str("GGWH", QStringLiteral("公告文号"), QStringLiteral("命名公告的文号，如 济政字〔2021〕62号"),
            [](R r) { return text(r.notice->docNumber); }),
        str("GGRQ", QStringLiteral("公告日期"), QStringLiteral("公告日期，ISO 格式 YYYY-MM-DD"),
            [](R r) {
                return r.notice->date.isValid() ? QVariant(r.notice->date.toString(Qt::ISODate)) : QVariant();
            }),
        str("ZT", QStringLiteral("状态"), QStringLiteral("公告事项：命名、更名、调整、注销"),
            [](R r) { return QVariant(actionChineseName(r.record->action)); }),
        str("DLMC", QStringLiteral("道路名称"), QStringLiteral("道路标准名称，按公告原文"),
            [](R r) { return text(r.record->name); }),
        str("YMC", QStringLiteral("原名称"), QStringLiteral("更名前的名称"),
            [](R r) { return r.record->oldName ? text(*r.record->oldName) : QVariant(); }),
        str("QXMC", QStringLiteral("区县"), QStringLiteral("所在区县（或功能区，如 济南高新区）"),
            [](R r) { return text(r.record->district); }),
        str("JDMC", QStringLiteral("街道"), QStringLiteral("所在街道/镇，多个以、分隔"),
            [](R r) { return joined(r.record->subdistricts); }),
        real("CD", QStringLiteral("长度"), 12, 2, QStringLiteral("公告所载长度，米；未载明为空"),
             [](R r) { return number(r.record->lengthM); }),
        integer(
            "CDYS", QStringLiteral("长度为约数"), 1, QStringLiteral("1 = 公告写“约”，0 = 确数；无长度为空"),
            [](R r) { return r.record->lengthM ? QVariant(r.record->lengthApprox ? 1 : 0) : QVariant(); }),
        real("KD_MIN", QStringLiteral("最小宽度"), 8, 2, QStringLiteral("规划宽度下限，米"),
             [](R r) { return number(r.record->widthMinM); }),
        real("KD_MAX", QStringLiteral("最大宽度"), 8, 2,
             QStringLiteral("规划宽度上限，米（单一宽度时与下限相同）"),
             [](R r) { return number(r.record->widthMaxM); }),
        str("KDGC", QStringLiteral("宽度构成"), QStringLiteral("断面组成，如 24+9+16（米）"),
            [](R r) { return text(widthParts(r.record->widthParts)); }),
        str("QDFX", QStringLiteral("起点方位"), QStringLiteral("起点所在方位：东、西、南、北…"),
            [](R r) { return text(r.record->startDir); }),
        str("QD", QStringLiteral("起点"), QStringLiteral("起点所接道路或地物，按公告原文"),
            [](R r) { return text(r.record->start); }),
        str("ZDFX", QStringLiteral("终点方位"), QStringLiteral("终点所在方位（最后一段的走向）"),
            [](R r) { return text(r.record->endDir); }),
        str("ZD", QStringLiteral("终点"), QStringLiteral("终点所接道路或地物，按公告原文"),
            [](R r) { return text(r.record->end); }),
        str("TJD", QStringLiteral("途经"), QStringLiteral("途经或转折处的道路、地物，依次以、分隔"),
            [](R r) { return joined(r.record->via); }),
        str("XZ", QStringLiteral("形状"),
            QStringLiteral("走向形状代码：straight 直线、L、Z、loop 环形、turn 折线"),
            [](R r) { return text(r.record->shape); }),
        str("GHDL", QStringLiteral("规划道路"), QStringLiteral("端点中标注（规划）的道路，以、分隔"),
            [](R r) { return joined(r.record->plannedRefs); }),
        str("YQD", QStringLiteral("原起点"), QStringLiteral("调整前的起点"),
            [](R r) { return text(r.record->oldStart); }),
        str("YZD", QStringLiteral("原终点"), QStringLiteral("调整前的终点"),
            [](R r) { return text(r.record->oldEnd); }),
        str("PY", QStringLiteral("拼音"), QStringLiteral("道路名称的汉语拼音"),
            [](R r) { return text(r.record->pinyin); }),
        str("BZ", QStringLiteral("备注"), QStringLiteral("注销原因、调整说明等"),
            [](R r) { return text(r.record->note); }),
        str("JHLY", QStringLiteral("几何来源"),
            QStringLiteral("schematic = 由公告文字推算的示意位置，非实测中心线；空 = 尚未生成几何"),
            [](R r) { return r.hasLine() ? text(r.geometry->source) : QVariant(); }),
        real("HZCD", QStringLiteral("绘制长度"), 12, 2,
             QStringLiteral("导出线在 CGCS2000 3度带 117°E（EPSG:4548）中量得的长度，米"),
             [](R r) {
                 return r.drawnLengthM ? QVariant(std::round(*r.drawnLengthM * 100) / 100) : QVariant();
             }),
    };
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

QString actionChineseName(RoadAction action) {
    switch (action) {
    case RoadAction::Name:
        return QStringLiteral("命名");
    case RoadAction::Rename:
        return QStringLiteral("更名");
    case RoadAction::Adjust:
        return QStringLiteral("调整");
    case RoadAction::Cancel:
        return QStringLiteral("注销");
    }
    return {};
}

QByteArray dataDictionaryCsv(const QHash<QString, int>& stringWidths, const QString& encodingName) {
    QString out = QStringLiteral("code,中文名,type,description\r\n");
    for (const ExportField& f : roadExportFields()) {
        QString type;
        switch (f.type) {
        case ExportFieldType::String:
            type = QStringLiteral("String(%1 bytes %2)").arg(stringWidths.value(f.code)).arg(encodingName);
            break;
        case ExportFieldType::Integer:
            type = QStringLiteral("Integer(%1)").arg(f.width);
            break;
        case ExportFieldType::Real:
            type = QStringLiteral("Real(%1,%2)").arg(f.width).arg(f.precision);
            break;
        }
        out += f.code + QLatin1Char(',') + csvCell(f.chineseName) + QLatin1Char(',') + csvCell(type) +
               QLatin1Char(',') + csvCell(f.description) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace luming
