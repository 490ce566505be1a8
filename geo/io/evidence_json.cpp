#include "io/evidence_json.h"

#include "core/road_fields.h"

#include <QCoreApplication>

namespace luming {

QJsonObject evidenceToJson(const FieldEvidenceMap& evidence) {
    QJsonObject out;
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        const FieldEvidence& e = it.value();
        QJsonObject o{{QStringLiteral("rule"), e.rule},
                      {QStringLiteral("line"), e.line},
                      {QStringLiteral("offset"), qint64(e.offset)},
                      {QStringLiteral("text"), e.text}};
        if (!e.lexicon.isEmpty())
            o.insert(QStringLiteral("lexicon"), e.lexicon);
        out.insert(roadField(it.key()).key, o);
    }
    return out;
}

Result<FieldEvidenceMap> evidenceFromJson(const QJsonValue& value, const QString& where) {
    FieldEvidenceMap out;
    if (value.isNull() || value.isUndefined())
        return out;
    if (!value.isObject())
        return fail(QCoreApplication::translate("luming::Geo", "%1: expected an object or null").arg(where));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = where + u'.' + it.key();
        const RoadField* field = roadField(it.key());
        if (!field)
            return fail(QCoreApplication::translate("luming::Geo", "%1: no record field is called \"%2\"")
                            .arg(at, it.key()));
        const QJsonObject e = it.value().toObject();
        const auto number = [&e](const char* key) {
            return e.value(QLatin1String(key));
        };
        if (!it.value().isObject() || !e.value(QStringLiteral("rule")).isString() ||
            !e.value(QStringLiteral("text")).isString() || !number("line").isDouble() ||
            !number("offset").isDouble() ||
            !(e.value(QStringLiteral("lexicon")).isUndefined() ||
              e.value(QStringLiteral("lexicon")).isString()))
            return fail(QStringLiteral("%1: expected {\"rule\": text, \"line\": number, \"offset\": number, "
                                       "\"text\": text, \"lexicon\"?: text}")
                            .arg(at));
        FieldEvidence why;
        why.rule = e.value(QStringLiteral("rule")).toString();
        why.lexicon = e.value(QStringLiteral("lexicon")).toString();
        why.line = number("line").toInt();
        why.offset = qsizetype(number("offset").toDouble());
        why.text = e.value(QStringLiteral("text")).toString();
        why.length = why.text.size();
        out.insert(field->id, why);
    }
    return out;
}

} // namespace luming
