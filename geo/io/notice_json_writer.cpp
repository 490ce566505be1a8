#include "io/notice_json_writer.h"

#include "io/atomic_file_writer.h"

namespace luming {

JsonValue NoticeJsonWriter::roadToJson(const RoadRecord& road) {
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("seq"), JsonValue::number(road.seq));
    o.insert(QStringLiteral("action"), JsonValue::string(actionCode(road.action)));
    o.insert(QStringLiteral("name"), JsonValue::textOrNull(road.name));
    o.insert(QStringLiteral("old_name"),
             road.oldName ? JsonValue::textOrNull(*road.oldName) : JsonValue::null());
    o.insert(QStringLiteral("district"), JsonValue::textOrNull(road.district));
    o.insert(QStringLiteral("subdistricts"), JsonValue::strings(road.subdistricts));
    o.insert(QStringLiteral("length_m"), JsonValue::optionalNumber(road.lengthM));
    o.insert(QStringLiteral("length_approx"), JsonValue::boolean(road.lengthApprox));
    o.insert(QStringLiteral("width_min_m"), JsonValue::optionalNumber(road.widthMinM));
    o.insert(QStringLiteral("width_max_m"), JsonValue::optionalNumber(road.widthMaxM));
    o.insert(QStringLiteral("start_dir"), JsonValue::textOrNull(road.startDir));
    o.insert(QStringLiteral("start"), JsonValue::textOrNull(road.start));
    o.insert(QStringLiteral("end_dir"), JsonValue::textOrNull(road.endDir));
    o.insert(QStringLiteral("end"), JsonValue::textOrNull(road.end));
    o.insert(QStringLiteral("via"), JsonValue::strings(road.via));
    o.insert(QStringLiteral("shape"), JsonValue::textOrNull(road.shape));
    o.insert(QStringLiteral("planned_refs"), JsonValue::strings(road.plannedRefs));
    // Extra fields beyond issue 2's example, always present so readers need no special cases.
    o.insert(QStringLiteral("pinyin"), JsonValue::textOrNull(road.pinyin));
    o.insert(QStringLiteral("note"), JsonValue::textOrNull(road.note));
    o.insert(QStringLiteral("width_parts"), JsonValue::numbers(road.widthParts));
    o.insert(QStringLiteral("old_start"), JsonValue::textOrNull(road.oldStart));
    o.insert(QStringLiteral("old_end"), JsonValue::textOrNull(road.oldEnd));
    JsonValue source = JsonValue::object();
    source.insert(QStringLiteral("text"), JsonValue::textOrNull(road.source.text));
    source.insert(QStringLiteral("offset"), road.source.offset >= 0
                                                ? JsonValue::number(double(road.source.offset))
                                                : JsonValue::null());
    source.insert(QStringLiteral("line"),
                  road.source.line > 0 ? JsonValue::number(road.source.line) : JsonValue::null());
    o.insert(QStringLiteral("source"), std::move(source));
    return o;
}

JsonValue NoticeJsonWriter::findingToJson(const Finding& finding) {
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("severity"), JsonValue::string(severityCode(finding.severity)));
    o.insert(QStringLiteral("code"), JsonValue::textOrNull(finding.code));
    o.insert(QStringLiteral("message"), JsonValue::textOrNull(finding.message));
    o.insert(QStringLiteral("seqs"), JsonValue::integers(finding.seqs));
    o.insert(QStringLiteral("subject"), JsonValue::textOrNull(finding.subject)); // extra: the name concerned
    return o;
}

JsonValue NoticeJsonWriter::declaredByDistrictToJson(const QList<QPair<QString, int>>& counts) {
    JsonValue o = JsonValue::object();
    for (const auto& [district, count] : counts)
        o.insert(district, JsonValue::number(count));
    return o;
}

JsonValue NoticeJsonWriter::noticeToJson(const Notice& notice) {
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("title"), JsonValue::textOrNull(notice.title));
    o.insert(QStringLiteral("issuer"), JsonValue::textOrNull(notice.issuer));
    o.insert(QStringLiteral("doc_number"), JsonValue::textOrNull(notice.docNumber));
    // The notice's identity in a project (NoticeId): a re-import of the same text keeps it.
    o.insert(QStringLiteral("notice_id"), JsonValue::textOrNull(notice.id.key()));
    o.insert(QStringLiteral("date"), notice.date.isValid()
                                         ? JsonValue::string(notice.date.toString(Qt::ISODate))
                                         : JsonValue::null());
    o.insert(QStringLiteral("declared_total"),
             notice.declaredTotal ? JsonValue::number(*notice.declaredTotal) : JsonValue::null());
    o.insert(QStringLiteral("declared_by_district"), declaredByDistrictToJson(notice.declaredByDistrict));
    // Same {key: count} shape, keyed by action code ("name", "rename", …), in printed order.
    o.insert(QStringLiteral("declared_by_action"), declaredByDistrictToJson(notice.declaredByAction));
    JsonValue gazette = JsonValue::object();
    gazette.insert(QStringLiteral("issue"), JsonValue::textOrNull(notice.gazette.issue));
    gazette.insert(QStringLiteral("page"),
                   notice.gazette.page ? JsonValue::number(*notice.gazette.page) : JsonValue::null());
    o.insert(QStringLiteral("gazette"), std::move(gazette));
    JsonValue roads = JsonValue::array();
    for (const RoadRecord& r : notice.roads)
        roads.append(roadToJson(r));
    o.insert(QStringLiteral("roads"), std::move(roads));
    JsonValue findings = JsonValue::array();
    for (const Finding& f : notice.findings)
        findings.append(findingToJson(f));
    o.insert(QStringLiteral("findings"), std::move(findings));
    return o;
}

QByteArray NoticeJsonWriter::toJson(const QList<Notice>& notices, JsonStyle style) {
    JsonValue list = JsonValue::array();
    for (const Notice& n : notices)
        list.append(noticeToJson(n));
    JsonValue root = JsonValue::object();
    root.insert(QStringLiteral("notices"), std::move(list));
    return JsonSerializer::serialize(root, style);
}

WriteResult NoticeJsonWriter::write(const QString& path, const QList<Notice>& notices, JsonStyle style) {
    return AtomicFileWriter::write(path, toJson(notices, style));
}

WriteResult NoticeJsonWriter::write(const QString& path, const ParseResult& parse, JsonStyle style) {
    return write(path, parse.notices, style);
}

} // namespace luming
