#include "gdal/ogr_conversion_p.h"
#include "io/json_parser.h"
#include "io/notice_json_reader.h"
#include "store/gpkg_project_reader_p.h"

#include <QHash>

namespace luming {
namespace {

// Column access by name; a column an older file lacks reads as NULL.
class Row {
public:
    explicit Row(const OGRFeature& f) : f_(f) {}
    QString text(const char* c) const { return gdal::text(f_, index(c)); }
    std::optional<double> real(const char* c) const { return gdal::real(f_, index(c)); }
    std::optional<qint64> integer(const char* c) const { return gdal::integer(f_, index(c)); }
    std::optional<JsonValue> json(const char* c) const {
        const QString t = text(c);
        return t.isEmpty() ? std::nullopt : JsonParser::parse(t);
    }
    QStringList strings(const char* c) const {
        QStringList out;
        if (const auto v = json(c))
            for (const JsonValue& item : v->items())
                out << item.toString();
        return out;
    }
    QList<double> numbers(const char* c) const {
        QList<double> out;
        if (const auto v = json(c))
            for (const JsonValue& item : v->items())
                out << item.toNumber();
        return out;
    }

private:
    int index(const char* c) const { return f_.GetDefnRef()->GetFieldIndex(c); }
    const OGRFeature& f_;
};

template <typename Fn> void forEachFeature(OGRLayer* layer, Fn fn) {
    if (!layer)
        return;
    // Clearing a filter cannot fail (OGRLayer only reports a filter it cannot parse); nothing to check.
    (void)layer->SetAttributeFilter(nullptr);
    layer->SetSpatialFilter(nullptr);
    layer->ResetReading();
    while (gdal::FeaturePtr f{layer->GetNextFeature()})
        fn(*f);
}

RoadRecord road(const Row& row) {
    RoadRecord r;
    r.seq = int(row.integer("seq").value_or(0));
    r.action = actionFromCode(row.text("action")).value_or(RoadAction::Name);
    r.name = row.text("name");
    const QString oldName = row.text("old_name");
    if (!oldName.isEmpty())
        r.oldName = oldName;
    r.district = row.text("district");
    r.subdistricts = row.strings("subdistricts");
    r.lengthM = row.real("length_m");
    r.lengthApprox = row.integer("length_approx").value_or(0) != 0;
    r.widthMinM = row.real("width_min_m");
    r.widthMaxM = row.real("width_max_m");
    r.widthParts = row.numbers("width_parts");
    r.startDir = row.text("start_dir");
    r.start = row.text("start");
    r.endDir = row.text("end_dir");
    r.end = row.text("end");
    r.via = row.strings("via");
    r.shape = row.text("shape");
    r.plannedRefs = row.strings("planned_refs");
    r.pinyin = row.text("pinyin");
    r.note = row.text("note");
    r.oldStart = row.text("old_start");
    r.oldEnd = row.text("old_end");
    r.source.text = row.text("source_text");
    r.source.offset = qsizetype(row.integer("source_offset").value_or(-1));
    r.source.line = int(row.integer("source_line").value_or(0));
    return r;
}

} // namespace

Status GpkgProjectReader::read(GDALDataset& dataset, Project* project, QStringList* warnings) {
    OGRLayer* noticesLayer = dataset.GetLayerByName("notices");
    if (!noticesLayer)
        return fail(QStringLiteral("not a Luming project: it has no notices layer"));
    QList<Notice>& notices = project->parse.notices;
    QHash<NoticeId, qsizetype> noticeIndex;
    // Rows of files written before notice ids carry only doc_number (NoticeId::fromStored).
    const auto noticeOfRow = [](const Row& row) {
        return NoticeId::fromStored(row.text("notice_id"), row.text("doc_number"));
    };
    forEachFeature(noticesLayer, [&](const OGRFeature& f) {
        const Row row(f);
        Notice n;
        n.id = noticeOfRow(row);
        n.docNumber = row.text("doc_number");
        n.title = row.text("title");
        n.issuer = row.text("issuer");
        n.date = QDate::fromString(row.text("date"), Qt::ISODate);
        if (const auto total = row.integer("declared_total"))
            n.declaredTotal = int(*total);
        if (const auto counts = row.json("declared_by_district")) {
            QString ignored;
            n.declaredByDistrict = NoticeJsonReader::declaredByDistrictFromJson(*counts, {}, &ignored)
                                       .value_or(QList<QPair<QString, int>>{});
        }
        n.gazette.issue = row.text("gazette_issue");
        if (const auto page = row.integer("gazette_page"))
            n.gazette.page = int(*page);
        n.sourceFile = row.text("source_file");
        n.sourceLine = int(row.integer("source_line").value_or(0));
        if (project->parse.encoding.isEmpty())
            project->parse.encoding = row.text("encoding");
        if (noticeIndex.contains(n.id)) {
            *warnings << QStringLiteral("notice %1 is stored twice; the second copy is ignored")
                             .arg(n.id.displayText());
            return;
        }
        noticeIndex.insert(n.id, notices.size());
        notices.append(n);
    });

    forEachFeature(dataset.GetLayerByName("roads"), [&](const OGRFeature& f) {
        const Row row(f);
        const NoticeId notice = noticeOfRow(row);
        const auto at = noticeIndex.constFind(notice);
        if (at == noticeIndex.constEnd()) {
            *warnings << QStringLiteral("road %1 belongs to notice %2, which the file does not hold")
                             .arg(row.text("name"), notice.displayText());
            return;
        }
        RoadRecord r = road(row);
        const OGRGeometry* g = f.GetGeometryRef();
        if (g && !g->IsEmpty() && wkbFlatten(g->getGeometryType()) == wkbLineString) {
            RoadGeometry geometry;
            geometry.id = RoadId{notice, r.seq};
            geometry.points = gdal::toLonLat(*g->toLineString());
            geometry.source = row.text("geometry_source");
            geometry.drawnLengthM = row.real("drawn_length_m").value_or(0);
            project->roads.append(geometry);
        }
        notices[*at].roads.append(r);
    });

    forEachFeature(dataset.GetLayerByName("findings"), [&](const OGRFeature& f) {
        const Row row(f);
        const auto at = noticeIndex.constFind(noticeOfRow(row));
        if (at == noticeIndex.constEnd())
            return;
        Finding finding;
        const QString severity = row.text("severity");
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
            if (severityCode(s) == severity)
                finding.severity = s;
        finding.code = row.text("code");
        finding.message = row.text("message");
        for (double seq : row.numbers("seqs"))
            finding.seqs << int(seq);
        finding.subject = row.text("subject");
        notices[*at].findings.append(finding);
    });

    forEachFeature(dataset.GetLayerByName("districts"), [&](const OGRFeature& f) {
        const Row row(f);
        DistrictPolygon d;
        d.name = row.text("name");
        d.adcode = row.text("adcode");
        d.source = row.text("source");
        if (const OGRGeometry* g = f.GetGeometryRef(); g && !gdal::appendPolygonParts(*g, d.parts))
            *warnings << QStringLiteral("district %1 holds a %2, not a polygon; drawn without a boundary")
                             .arg(d.name, QString::fromUtf8(g->getGeometryName()));
        project->districts.append(d);
    });

    forEachFeature(dataset.GetLayerByName("layout_report"), [&](const OGRFeature& f) {
        const Row row(f);
        LayoutReportRow r;
        r.notice = noticeOfRow(row);
        r.seq = int(row.integer("seq").value_or(0));
        r.name = row.text("name");
        r.kind = row.text("kind");
        r.detail = row.text("detail");
        r.valueM = row.real("value_m").value_or(0);
        project->layoutReport.append(r);
    });
    return {};
}

} // namespace luming
