// Test helper for road records, iterating the field table (core/road_fields.h) so that no test lists
// the record's fields again: the seed notice's records from the hand-written oracle
// tests/data/seed_expected.json (the issue-2 record schema, flat: "source_line" at the top), and a
// field-by-field comparison whose failure names the fields that differ.
#pragma once

#include "core/road_fields.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace luming::test {

// One oracle value as the field's setter takes it (null/missing → invalid).
inline QVariant oracleValue(const RoadField& f, const QJsonValue& v) {
    if (v.isNull() || v.isUndefined())
        return {};
    switch (f.type) {
    case FieldType::Integer:
        return QVariant(qint64(v.toDouble()));
    case FieldType::Real:
        return QVariant(v.toDouble());
    case FieldType::Boolean:
        return QVariant(v.toBool());
    case FieldType::Text:
    case FieldType::Code:
        return QVariant(v.toString());
    case FieldType::TextList: {
        QStringList out;
        for (const QJsonValue& s : v.toArray())
            out << s.toString();
        return QVariant(out);
    }
    case FieldType::RealList: {
        QList<double> out;
        for (const QJsonValue& d : v.toArray())
            out << d.toDouble();
        return QVariant::fromValue(out);
    }
    }
    return {};
}

// The record as a flat oracle object (the inverse of recordFromOracle): every table field, null when
// the field is.
inline QJsonObject recordToOracle(const RoadRecord& r) {
    QJsonObject o;
    for (const RoadField& f : roadFields()) {
        const QVariant v = f.get(r);
        QJsonValue j;
        if (v.isValid()) {
            switch (f.type) {
            case FieldType::Integer:
                j = QJsonValue(v.toLongLong());
                break;
            case FieldType::Real:
                j = QJsonValue(v.toDouble());
                break;
            case FieldType::Boolean:
                j = QJsonValue(v.toBool());
                break;
            case FieldType::Text:
            case FieldType::Code:
                j = QJsonValue(v.toString());
                break;
            case FieldType::TextList:
                j = QJsonArray::fromStringList(v.toStringList());
                break;
            case FieldType::RealList: {
                QJsonArray a;
                for (double d : v.value<QList<double>>())
                    a.append(d);
                j = a;
                break;
            }
            }
        }
        o.insert(f.key, j);
    }
    return o;
}

// A record from a flat oracle object: every table field whose key the object has; `unknown` collects
// values a setter refused (a typo in the oracle must not pass silently).
inline RoadRecord recordFromOracle(const QJsonObject& o, QStringList* unknown = nullptr) {
    RoadRecord r;
    for (const RoadField& f : roadFields()) {
        if (!o.contains(f.key))
            continue;
        if (!f.set(r, oracleValue(f, o.value(f.key))) && unknown)
            *unknown << QStringLiteral("%1=%2").arg(f.key, o.value(f.key).toVariant().toString());
    }
    return r;
}

// "length_m: 447 ≠ 446" for every field of the table that differs between a and b.
inline QStringList fieldDifferences(const RoadRecord& a, const RoadRecord& b) {
    QStringList out;
    auto show = [](const QVariant& v) {
        if (!v.isValid())
            return QStringLiteral("null");
        if (v.canConvert<QList<double>>() && v.typeId() != QMetaType::QString &&
            v.typeId() != QMetaType::QStringList && v.typeId() != QMetaType::Double &&
            v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Bool) {
            QStringList parts;
            for (double d : v.value<QList<double>>())
                parts << QString::number(d);
            return QStringLiteral("[%1]").arg(parts.join(u','));
        }
        if (v.typeId() == QMetaType::QStringList)
            return QStringLiteral("[%1]").arg(v.toStringList().join(u','));
        return v.toString();
    };
    for (const RoadField& f : roadFields()) {
        const QVariant va = f.get(a);
        const QVariant vb = f.get(b);
        const bool same =
            f.type == FieldType::RealList ? va.value<QList<double>>() == vb.value<QList<double>>() : va == vb;
        if (!same)
            out << QStringLiteral("%1: %2 ≠ %3").arg(f.key, show(va), show(vb));
    }
    return out;
}

// A field's value in the grammar spec's notation: lists "[a,b]", numbers as QString::number prints
// them, booleans "true"/"false", codes as their code, null as "".
inline QString fieldText(const RoadRecord& r, const QString& key) {
    const RoadField* f = roadField(key);
    if (!f)
        return QStringLiteral("<unknown field %1>").arg(key);
    const QVariant v = f->get(r);
    if (!v.isValid())
        return {};
    switch (f->type) {
    case FieldType::Integer:
        return QString::number(v.toLongLong());
    case FieldType::Real:
        return QString::number(v.toDouble());
    case FieldType::Boolean:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Text:
    case FieldType::Code:
        return v.toString();
    case FieldType::TextList:
        return u'[' + v.toStringList().join(u',') + u']';
    case FieldType::RealList: {
        QStringList parts;
        for (double d : v.value<QList<double>>())
            parts << QString::number(d);
        return u'[' + parts.join(u',') + u']';
    }
    }
    return {};
}

struct SeedOracle {
    QString docNumber;
    QList<RoadRecord> roads;
};

inline SeedOracle readSeedOracle() {
    SeedOracle out;
    const QJsonObject root =
        QJsonDocument::fromJson(readAll(testDataPath(QStringLiteral("seed_expected.json")))).object();
    out.docNumber = root.value(QStringLiteral("doc_number")).toString();
    for (const QJsonValue& v : root.value(QStringLiteral("roads")).toArray())
        out.roads.append(recordFromOracle(v.toObject()));
    return out;
}

} // namespace luming::test
