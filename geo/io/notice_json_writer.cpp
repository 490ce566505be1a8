#include "io/notice_json_writer.h"

#include "core/road_fields.h"
#include "io/atomic_file_writer.h"
#include "io/evidence_json.h"

#include <QJsonDocument>

namespace luming {
namespace {

QJsonValue textOrNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue fieldToJson(const RoadField& field, const QVariant& value) {
    if (!value.isValid())
        return QJsonValue();
    switch (field.type) {
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    case FieldType::Real:
        return QJsonValue(value.toDouble());
    case FieldType::Boolean:
        return QJsonValue(value.toBool());
    case FieldType::Text:
    case FieldType::Code:
        return textOrNull(value.toString());
    case FieldType::TextList:
        return QJsonArray::fromStringList(value.toStringList());
    case FieldType::RealList: {
        QJsonArray out;
        for (double d : value.value<QList<double>>())
            out.append(d);
        return out;
    }
    }
    return QJsonValue();
}

} // namespace

QJsonObject NoticeJsonWriter::roadToJson(const RoadRecord& road) {
    QJsonObject o;
    QHash<QString, QJsonObject> nested; // {"source": {"text": …, "offset": …, "line": …}}
    for (const RoadField& f : roadFields()) {
        if (!f.in(FieldFormat::Json))
            continue;
        const QJsonValue v = fieldToJson(f, f.get(road));
        if (f.jsonObject.isEmpty())
            o.insert(f.jsonKey, v);
        else
            nested[f.jsonObject].insert(f.jsonKey, v);
    }
    for (auto it = nested.cbegin(); it != nested.cend(); ++it)
        o.insert(it.key(), it.value());
    // Why each field holds its value (issue 8 point 2); {} for a record not read from a text.
    o.insert(QStringLiteral("evidence"), evidenceToJson(road.evidence));
    return o;
}

QJsonObject NoticeJsonWriter::findingToJson(const Finding& finding) {
    QJsonObject o;
    o.insert(QStringLiteral("severity"), severityCode(finding.severity));
    o.insert(QStringLiteral("code"), textOrNull(findingCodeText(finding)));
    o.insert(QStringLiteral("message"), textOrNull(finding.message));
    QJsonArray seqs;
    for (int seq : finding.seqs)
        seqs.append(seq);
    o.insert(QStringLiteral("seqs"), seqs);
    o.insert(QStringLiteral("subject"), textOrNull(finding.subject)); // extra: the name concerned
    return o;
}

QJsonArray NoticeJsonWriter::countsToJson(const QList<QPair<QString, int>>& counts) {
    QJsonArray out;
    for (const auto& [key, count] : counts)
        out.append(QJsonArray{key, count});
    return out;
}

QJsonArray NoticeJsonWriter::countsToJson(const QList<QPair<RoadAction, int>>& counts) {
    QJsonArray out;
    for (const auto& [action, count] : counts)
        out.append(QJsonArray{actionCode(action), count});
    return out;
}

QJsonObject NoticeJsonWriter::noticeToJson(const Notice& notice) {
    QJsonObject o;
    o.insert(QStringLiteral("title"), textOrNull(notice.title));
    o.insert(QStringLiteral("issuer"), textOrNull(notice.issuer));
    o.insert(QStringLiteral("doc_number"), textOrNull(notice.docNumber));
    // The notice's identity in a project (NoticeId): a re-import of the same text keeps it.
    o.insert(QStringLiteral("notice_id"), textOrNull(notice.id.key()));
    o.insert(QStringLiteral("date"),
             notice.date.isValid() ? QJsonValue(notice.date.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("declared_total"),
             notice.declaredTotal ? QJsonValue(*notice.declaredTotal) : QJsonValue());
    o.insert(QStringLiteral("declared_by_district"), countsToJson(notice.declaredByDistrict));
    o.insert(QStringLiteral("declared_by_action"), countsToJson(notice.declaredByAction));
    QJsonObject gazette;
    gazette.insert(QStringLiteral("issue"), textOrNull(notice.gazette.issue));
    gazette.insert(QStringLiteral("page"),
                   notice.gazette.page ? QJsonValue(*notice.gazette.page) : QJsonValue());
    o.insert(QStringLiteral("gazette"), gazette);
    // The city the notice is about (core/notice_region.h): code and name null while unknown.
    QJsonObject region;
    region.insert(QStringLiteral("code"), textOrNull(notice.region.code));
    region.insert(QStringLiteral("name"), textOrNull(notice.region.name));
    region.insert(QStringLiteral("basis"), regionBasisCode(notice.region.basis));
    region.insert(QStringLiteral("evidence"), textOrNull(notice.region.evidence));
    o.insert(QStringLiteral("region"), region);
    QJsonArray roads;
    for (const RoadRecord& r : notice.roads)
        roads.append(roadToJson(r));
    o.insert(QStringLiteral("roads"), roads);
    QJsonArray findings;
    for (const Finding& f : notice.findings)
        findings.append(findingToJson(f));
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

QByteArray NoticeJsonWriter::toJson(const QList<Notice>& notices, JsonStyle style) {
    QJsonArray list;
    for (const Notice& n : notices)
        list.append(noticeToJson(n));
    const QJsonObject root{{QStringLiteral("notices"), list}};
    return QJsonDocument(root).toJson(style == JsonStyle::Compact ? QJsonDocument::Compact
                                                                  : QJsonDocument::Indented);
}

WriteResult NoticeJsonWriter::write(const QString& path, const QList<Notice>& notices, JsonStyle style) {
    return AtomicFileWriter::write(path, toJson(notices, style));
}

WriteResult NoticeJsonWriter::write(const QString& path, const ParseResult& parse, JsonStyle style) {
    return write(path, parse.notices, style);
}

} // namespace luming
