#include "eval/label_record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace luming::eval {
namespace {

QString text(const QJsonObject& o, QStringView key) {
    return o.value(key).toString();
}
std::optional<double> number(const QJsonObject& o, QStringView key) {
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
QStringList strings(const QJsonObject& o, QStringView key) {
    QStringList out;
    for (const QJsonValue& v : o.value(key).toArray())
        out.append(v.toString());
    return out;
}
QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue orNull(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

const QStringList& scoredFields() {
    static const QStringList fields = {
        QStringLiteral("action"),      QStringLiteral("name"),         QStringLiteral("old_name"),
        QStringLiteral("district"),    QStringLiteral("subdistricts"), QStringLiteral("length_m"),
        QStringLiteral("width_min_m"), QStringLiteral("width_max_m"),  QStringLiteral("start_dir"),
        QStringLiteral("start"),       QStringLiteral("end_dir"),      QStringLiteral("end"),
        QStringLiteral("via")};
    return fields;
}

const QStringList& labelledFields() {
    static const QStringList fields =
        scoredFields() + QStringList{QStringLiteral("length_approx"), QStringLiteral("planned_refs"),
                                     QStringLiteral("shape"), QStringLiteral("pinyin")};
    return fields;
}

LabelRecord LabelRecord::fromJson(const QJsonObject& o) {
    LabelRecord r;
    r.action = text(o, u"action");
    r.name = text(o, u"name");
    r.oldName = text(o, u"old_name");
    r.district = text(o, u"district");
    r.subdistricts = strings(o, u"subdistricts");
    r.lengthM = number(o, u"length_m");
    r.lengthApprox = o.value(u"length_approx").toBool();
    r.widthMinM = number(o, u"width_min_m");
    r.widthMaxM = number(o, u"width_max_m");
    r.startDir = text(o, u"start_dir");
    r.start = text(o, u"start");
    r.endDir = text(o, u"end_dir");
    r.end = text(o, u"end");
    r.via = strings(o, u"via");
    r.plannedRefs = strings(o, u"planned_refs");
    r.shape = text(o, u"shape");
    r.pinyin = text(o, u"pinyin");
    return r;
}

LabelRecord LabelRecord::fromRoad(const RoadRecord& road) {
    LabelRecord r;
    r.action = actionCode(road.action);
    r.name = road.name;
    r.oldName = road.oldName.value_or(QString());
    r.district = road.district;
    r.subdistricts = road.subdistricts;
    r.lengthM = road.lengthM;
    r.lengthApprox = road.lengthApprox;
    r.widthMinM = road.widthMinM;
    r.widthMaxM = road.widthMaxM;
    r.startDir = road.startDir;
    r.start = road.start;
    r.endDir = road.endDir;
    r.end = road.end;
    r.via = road.via;
    r.plannedRefs = road.plannedRefs;
    r.shape = road.shape;
    r.pinyin = road.pinyin;
    return r;
}

QJsonObject LabelRecord::toJson() const {
    QJsonObject o;
    o.insert(u"action", action);
    o.insert(u"name", name);
    o.insert(u"old_name", orNull(oldName));
    o.insert(u"district", orNull(district));
    o.insert(u"subdistricts", QJsonArray::fromStringList(subdistricts));
    o.insert(u"length_m", orNull(lengthM));
    o.insert(u"width_min_m", orNull(widthMinM));
    o.insert(u"width_max_m", orNull(widthMaxM));
    o.insert(u"start_dir", orNull(startDir));
    o.insert(u"start", orNull(start));
    o.insert(u"end_dir", orNull(endDir));
    o.insert(u"end", orNull(end));
    o.insert(u"via", QJsonArray::fromStringList(via));
    o.insert(u"length_approx", lengthApprox);
    o.insert(u"planned_refs", QJsonArray::fromStringList(plannedRefs));
    o.insert(u"shape", orNull(shape));
    o.insert(u"pinyin", orNull(pinyin));
    return o;
}

bool sameValue(const QJsonValue& a, const QJsonValue& b) {
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) < 1e-3; // metres
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    return (aNull && bNull) || a == b;
}

QString showValue(const QJsonValue& v) {
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace luming::eval
