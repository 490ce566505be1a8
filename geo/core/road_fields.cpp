#include "core/road_fields.h"

#include <QStringList>

namespace luming {
namespace {

using R = const RoadRecord&;
using W = RoadRecord&;
using V = const QVariant&;

QVariant text(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant real(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}

// Setters: an invalid QVariant resets; a value of another type is refused.
bool setText(QString& member, V v) {
    if (v.isValid() && v.typeId() != QMetaType::QString)
        return false;
    member = v.toString();
    return true;
}
bool setReal(std::optional<double>& member, V v) {
    if (!v.isValid()) {
        member.reset();
        return true;
    }
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok)
        member = d;
    return ok;
}
bool setList(QStringList& member, V v) {
    if (v.isValid() && v.typeId() != QMetaType::QStringList)
        return false;
    member = v.toStringList();
    return true;
}
bool setInteger(qint64 fallback, V v, qint64& out) {
    if (!v.isValid()) {
        out = fallback;
        return true;
    }
    bool ok = false;
    out = v.toLongLong(&ok);
    return ok;
}
bool setDirection(Direction& member, V v) {
    if (v.isValid() && v.typeId() != QMetaType::QString)
        return false;
    const auto d = directionFromCode(v.toString());
    if (d)
        member = *d;
    return d.has_value();
}

QList<RoadField> makeFields() {
    const FieldFormats notCsv = FieldFormat::Json | FieldFormat::Gpkg;
    QList<RoadField> f;
    auto add = [&f](FieldId id, RoadField field) {
        Q_ASSERT(int(id) == f.size()); // the enum follows the table's order
        field.id = id;
        if (!field.formats) // {} in a row below: every format
            field.formats = FieldFormat::Json | FieldFormat::Csv | FieldFormat::Gpkg;
        if (field.jsonKey.isEmpty())
            field.jsonKey = field.key;
        f.append(std::move(field));
    };
    // clang-format off
    add(FieldId::Seq, {QStringLiteral("seq"), FieldType::Integer, NullRule::Never, {}, {}, {},
         QStringLiteral("XH"), 5, 0, QStringLiteral("序号"), QStringLiteral("Item"),
         QStringLiteral("公告中的条目序号（一、二…）；无序号为空"),
         [](R r) { return QVariant(qint64(r.seq)); },
         [](W r, V v) { qint64 n = 0; const bool ok = setInteger(0, v, n); r.seq = int(n); return ok; },
         [](R r) { return r.seq > 0 ? QVariant(r.seq) : QVariant(); }});
    add(FieldId::Action, {QStringLiteral("action"), FieldType::Code, NullRule::Never, {}, {}, {},
         QStringLiteral("ZT"), 10, 0, QStringLiteral("状态"), QStringLiteral("Action"),
         QStringLiteral("公告事项：命名、更名、调整、注销（文件中为 name、rename、adjust、cancel）"),
         [](R r) { return QVariant(actionCode(r.action)); },
         [](W r, V v) {
             const auto a = v.isValid() ? actionFromCode(v.toString()) : RoadAction::Name;
             if (a)
                 r.action = *a;
             return a.has_value();
         },
         [](R r) { return QVariant(actionChineseName(r.action)); }});
    add(FieldId::Name, {QStringLiteral("name"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("DLMC"), 60, 0, QStringLiteral("道路名称"), QStringLiteral("Name"),
         QStringLiteral("道路标准名称，按公告原文"),
         [](R r) { return text(r.name); }, [](W r, V v) { return setText(r.name, v); }});
    add(FieldId::OldName, {QStringLiteral("old_name"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("YMC"), 60, 0, QStringLiteral("原名称"), QStringLiteral("Former name"),
         QStringLiteral("更名前的名称"),
         [](R r) { return r.oldName ? text(*r.oldName) : QVariant(); },
         [](W r, V v) {
             QString s;
             const bool ok = setText(s, v);
             r.oldName = v.isValid() ? std::optional<QString>(s) : std::nullopt;
             return ok;
         }});
    add(FieldId::District, {QStringLiteral("district"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("QXMC"), 50, 0, QStringLiteral("区县"), QStringLiteral("District"),
         QStringLiteral("所在区县（或功能区，如 济南高新区）"),
         [](R r) { return text(r.district); }, [](W r, V v) { return setText(r.district, v); }});
    add(FieldId::Subdistricts, {QStringLiteral("subdistricts"), FieldType::TextList, NullRule::EmptyList, {}, {}, {},
         QStringLiteral("JDMC"), 100, 0, QStringLiteral("街道"), QStringLiteral("Subdistricts"),
         QStringLiteral("所在街道/镇，多个以、分隔"),
         [](R r) { return QVariant(r.subdistricts); }, [](W r, V v) { return setList(r.subdistricts, v); }});
    add(FieldId::LengthM, {QStringLiteral("length_m"), FieldType::Real, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("CD"), 12, 2, QStringLiteral("长度"), QStringLiteral("Length (m)"),
         QStringLiteral("公告所载长度，米；未载明为空"),
         [](R r) { return real(r.lengthM); }, [](W r, V v) { return setReal(r.lengthM, v); }});
    add(FieldId::LengthApprox, {QStringLiteral("length_approx"), FieldType::Boolean, NullRule::Never, {}, {}, {},
         QStringLiteral("CDYS"), 1, 0, QStringLiteral("长度为约数"), QStringLiteral("Length approximate"),
         QStringLiteral("1 = 公告写“约”，0 = 确数；无长度为空"),
         [](R r) { return QVariant(r.lengthApprox); },
         [](W r, V v) {
             if (v.isValid() && v.typeId() != QMetaType::Bool)
                 return false;
             r.lengthApprox = v.toBool();
             return true;
         },
         [](R r) { return r.lengthM ? QVariant(r.lengthApprox ? 1 : 0) : QVariant(); }});
    add(FieldId::WidthMinM, {QStringLiteral("width_min_m"), FieldType::Real, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("KD_MIN"), 8, 2, QStringLiteral("最小宽度"), QStringLiteral("Minimum width (m)"),
         QStringLiteral("规划宽度下限，米"),
         [](R r) { return real(r.widthMinM); }, [](W r, V v) { return setReal(r.widthMinM, v); }});
    add(FieldId::WidthMaxM, {QStringLiteral("width_max_m"), FieldType::Real, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("KD_MAX"), 8, 2, QStringLiteral("最大宽度"), QStringLiteral("Maximum width (m)"),
         QStringLiteral("规划宽度上限，米（单一宽度时与下限相同）"),
         [](R r) { return real(r.widthMaxM); }, [](W r, V v) { return setReal(r.widthMaxM, v); }});
    add(FieldId::WidthParts, {QStringLiteral("width_parts"), FieldType::RealList, NullRule::EmptyList, {}, {}, {},
         QStringLiteral("KDGC"), 50, 0, QStringLiteral("宽度构成"), QStringLiteral("Width parts (m)"),
         QStringLiteral("断面组成，如 24+9+16（米）"),
         [](R r) { return QVariant::fromValue(r.widthParts); },
         [](W r, V v) {
             if (v.isValid() && !v.canConvert<QList<double>>())
                 return false;
             r.widthParts = v.value<QList<double>>();
             return true;
         }});
    add(FieldId::StartDir, {QStringLiteral("start_dir"), FieldType::Code, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("QDFX"), 10, 0, QStringLiteral("起点方位"), QStringLiteral("Start direction"),
         QStringLiteral("起点所在方位：东、西、南、北、东南、东北、西南、西北"),
         [](R r) { return text(directionCode(r.startDir)); }, [](W r, V v) { return setDirection(r.startDir, v); }});
    add(FieldId::Start, {QStringLiteral("start"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("QD"), 100, 0, QStringLiteral("起点"), QStringLiteral("Start"),
         QStringLiteral("起点所接道路或地物，按公告原文"),
         [](R r) { return text(r.start); }, [](W r, V v) { return setText(r.start, v); }});
    add(FieldId::EndDir, {QStringLiteral("end_dir"), FieldType::Code, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("ZDFX"), 10, 0, QStringLiteral("终点方位"), QStringLiteral("End direction"),
         QStringLiteral("终点所在方位（最后一段的走向）"),
         [](R r) { return text(directionCode(r.endDir)); }, [](W r, V v) { return setDirection(r.endDir, v); }});
    add(FieldId::End, {QStringLiteral("end"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("ZD"), 100, 0, QStringLiteral("终点"), QStringLiteral("End"),
         QStringLiteral("终点所接道路或地物，按公告原文"),
         [](R r) { return text(r.end); }, [](W r, V v) { return setText(r.end, v); }});
    add(FieldId::Via, {QStringLiteral("via"), FieldType::TextList, NullRule::EmptyList, {}, {}, {},
         QStringLiteral("TJD"), 254, 0, QStringLiteral("途经"), QStringLiteral("Via"),
         QStringLiteral("途经或转折处的道路、地物，依次以、分隔"),
         [](R r) { return QVariant(r.via); }, [](W r, V v) { return setList(r.via, v); }});
    add(FieldId::Shape, {QStringLiteral("shape"), FieldType::Code, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("XZ"), 10, 0, QStringLiteral("形状"), QStringLiteral("Shape"),
         QStringLiteral("走向形状代码：straight 直线、L、Z、loop 环形、turn 折线"),
         [](R r) { return text(shapeCode(r.shape)); },
         [](W r, V v) {
             if (v.isValid() && v.typeId() != QMetaType::QString)
                 return false;
             const auto s = shapeFromCode(v.toString());
             if (s)
                 r.shape = *s;
             return s.has_value();
         }});
    add(FieldId::PlannedRefs, {QStringLiteral("planned_refs"), FieldType::TextList, NullRule::EmptyList, {}, {}, {},
         QStringLiteral("GHDL"), 254, 0, QStringLiteral("规划道路"), QStringLiteral("Planned references"),
         QStringLiteral("端点中标注（规划）的道路，以、分隔"),
         [](R r) { return QVariant(r.plannedRefs); }, [](W r, V v) { return setList(r.plannedRefs, v); }});
    add(FieldId::Pinyin, {QStringLiteral("pinyin"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("PY"), 100, 0, QStringLiteral("拼音"), QStringLiteral("Pinyin"),
         QStringLiteral("道路名称的汉语拼音"),
         [](R r) { return text(r.pinyin); }, [](W r, V v) { return setText(r.pinyin, v); }});
    add(FieldId::Note, {QStringLiteral("note"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("BZ"), 254, 0, QStringLiteral("备注"), QStringLiteral("Note"),
         QStringLiteral("注销原因、调整说明等"),
         [](R r) { return text(r.note); }, [](W r, V v) { return setText(r.note, v); }});
    add(FieldId::OldStart, {QStringLiteral("old_start"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("YQD"), 100, 0, QStringLiteral("原起点"), QStringLiteral("Former start"),
         QStringLiteral("调整前的起点"),
         [](R r) { return text(r.oldStart); }, [](W r, V v) { return setText(r.oldStart, v); }});
    add(FieldId::OldEnd, {QStringLiteral("old_end"), FieldType::Text, NullRule::WhenEmpty, {}, {}, {},
         QStringLiteral("YZD"), 100, 0, QStringLiteral("原终点"), QStringLiteral("Former end"),
         QStringLiteral("调整前的终点"),
         [](R r) { return text(r.oldEnd); }, [](W r, V v) { return setText(r.oldEnd, v); }});
    add(FieldId::SourceText, {QStringLiteral("source_text"), FieldType::Text, NullRule::WhenEmpty, {},
         QStringLiteral("source"), QStringLiteral("text"),
         QStringLiteral("YW"), 254, 0, QStringLiteral("原文"), QStringLiteral("As printed"),
         QStringLiteral("公告中该条目的原文（未规范化）；DBF 中超过 254 字节时截断，YWJD = 1"),
         [](R r) { return text(r.source.text); }, [](W r, V v) { return setText(r.source.text, v); }});
    add(FieldId::SourceOffset, {QStringLiteral("source_offset"), FieldType::Integer, NullRule::WhenEmpty, notCsv,
         QStringLiteral("source"), QStringLiteral("offset"),
         {}, 0, 0, QStringLiteral("原文位置"), QStringLiteral("Source offset"),
         QStringLiteral("条目在解码后文件中的字符偏移（从 0 起）；未知为空"),
         [](R r) { return r.source.offset >= 0 ? QVariant(qint64(r.source.offset)) : QVariant(); },
         [](W r, V v) { qint64 n = 0; const bool ok = setInteger(-1, v, n); r.source.offset = qsizetype(n); return ok; }});
    add(FieldId::SourceLine, {QStringLiteral("source_line"), FieldType::Integer, NullRule::WhenEmpty, {},
         QStringLiteral("source"), QStringLiteral("line"),
         {}, 0, 0, QStringLiteral("原文行号"), QStringLiteral("Source line"),
         QStringLiteral("条目所在行号（从 1 起）；未知为空"),
         [](R r) { return r.source.line > 0 ? QVariant(qint64(r.source.line)) : QVariant(); },
         [](W r, V v) { qint64 n = 0; const bool ok = setInteger(0, v, n); r.source.line = int(n); return ok; }});
    // clang-format on
    return f;
}

QString cell(QString s) {
    return s.replace(u'|', QStringLiteral("\\|"));
}

QString nullRuleText(const RoadField& f) {
    switch (f.nullRule) {
    case NullRule::Never:
        return QStringLiteral("never null");
    case NullRule::WhenEmpty:
        return QStringLiteral("null when not given");
    case NullRule::EmptyList:
        return QStringLiteral("never null; [] when not given");
    }
    return {};
}

} // namespace

const QList<RoadField>& roadFields() {
    static const QList<RoadField> fields = makeFields();
    return fields;
}

const RoadField& roadField(FieldId id) {
    return roadFields()[qsizetype(id)];
}

const RoadField* roadField(QStringView key) {
    for (const RoadField& f : roadFields())
        if (f.key == key)
            return &f;
    return nullptr;
}

QString fieldTypeName(FieldType type) {
    switch (type) {
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Real:
        return QStringLiteral("real");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Code:
        return QStringLiteral("code");
    case FieldType::TextList:
        return QStringLiteral("text list");
    case FieldType::RealList:
        return QStringLiteral("real list");
    }
    return {};
}

QString roadFieldsMarkdown() {
    QString md = QStringLiteral(
        "# Road record fields\n\n"
        "Generated from `geo/core/road_fields.cpp` by `luming schema`; `tst_road_fields` fails when this "
        "file\n"
        "differs from it. One row per field of a road record. *key* is the JSON member (`source.x` sits in\n"
        "the nested `source` object), the GeoPackage `roads` column and the CSV header; *DBF* is the "
        "exported\n"
        "attribute name (ASCII, at most 10 characters) beside the Chinese field name of formats that allow "
        "it.\n"
        "Lists are JSON arrays in JSON and GeoPackage, joined with `;` in CSV and with `、` (widths `+`) "
        "when\n"
        "exported. Codes are the words of the code tables in `geo/core/road_codes.cpp`.\n\n"
        "| key | type | null | formats | DBF | 中文 | English | description |\n"
        "|---|---|---|---|---|---|---|---|\n");
    for (const RoadField& f : roadFields()) {
        QStringList formats;
        if (f.in(FieldFormat::Json))
            formats << QStringLiteral("JSON");
        if (f.in(FieldFormat::Csv))
            formats << QStringLiteral("CSV");
        if (f.in(FieldFormat::Gpkg))
            formats << QStringLiteral("GPKG");
        const QString key = f.jsonObject.isEmpty()
                                ? f.key
                                : QStringLiteral("%1 (`%2.%3`)").arg(f.key, f.jsonObject, f.jsonKey);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(cell(key), fieldTypeName(f.type), nullRuleText(f), formats.join(QStringLiteral(", ")),
                       f.dbfCode.isEmpty() ? QStringLiteral("—") : f.dbfCode, cell(f.chineseLabel),
                       cell(f.englishLabel), cell(f.description));
    }
    return md;
}

} // namespace luming
