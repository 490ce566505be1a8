#include "core/road_fields.h"
#include "gdal/ogr_conversion_p.h"
#include "io/evidence_json.h"
#include "io/json_key_order.h"
#include "io/notice_json_reader.h"
#include "store/gpkg_project_reader_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace luming {
namespace {

// Column access by name; a column an older file lacks reads as NULL.
class Row {
public:
    explicit Row(const OGRFeature& f) : f_(f) {}
    QString text(const char* c) const { return gdal::text(f_, index(c)); }
    std::optional<double> real(const char* c) const { return gdal::real(f_, index(c)); }
    std::optional<qint64> integer(const char* c) const { return gdal::integer(f_, index(c)); }
    QJsonArray array(const char* c) const { return QJsonDocument::fromJson(text(c).toUtf8()).array(); }
    QStringList strings(const char* c) const {
        QStringList out;
        for (const auto& item : array(c))
            out << item.toString();
        return out;
    }
    QList<double> numbers(const char* c) const {
        QList<double> out;
        for (const auto& item : array(c))
            out << item.toDouble();
        return out;
    }
    // [[name, count], …]; the object form of older files in its printed order.
    QList<QPair<QString, int>> counts(const char* c) const {
        const QByteArray raw = text(c).toUtf8();
        if (raw.isEmpty())
            return {};
        const QJsonDocument doc = QJsonDocument::fromJson(raw);
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        auto read = NoticeJsonReader::countsFromJson(value, {}, printedKeys(raw, raw.indexOf('{')));
        return read ? *read : QList<QPair<QString, int>>{};
    }
    // A record field from the field table, by its key.
    QVariant field(const RoadField& f) const {
        const QByteArray name = f.key.toUtf8();
        const char* c = name.constData();
        switch (f.type) {
        case FieldType::Integer:
            if (const auto v = integer(c))
                return QVariant(*v);
            return {};
        case FieldType::Real:
            if (const auto v = real(c))
                return QVariant(*v);
            return {};
        case FieldType::Boolean:
            return QVariant(integer(c).value_or(0) != 0);
        case FieldType::Text:
        case FieldType::Code: {
            const QString t = text(c);
            return t.isEmpty() ? QVariant() : QVariant(t);
        }
        case FieldType::TextList:
            return QVariant(strings(c));
        case FieldType::RealList:
            return QVariant::fromValue(numbers(c));
        }
        return {};
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

// Codes a later Luming wrote and this one does not know keep the field's default.
RoadRecord road(const Row& row) {
    RoadRecord r;
    for (const RoadField& f : roadFields())
        if (f.in(FieldFormat::Gpkg))
            (void)f.set(r, row.field(f));
    return r;
}

} // namespace

Status GpkgProjectReader::read(GDALDataset& dataset, Project* project, QStringList* warnings) {
    OGRLayer* noticesLayer = dataset.GetLayerByName("notices");
    if (!noticesLayer)
        return fail(
            QCoreApplication::translate("luming::Geo", "not a Luming project: it has no notices layer"));
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
        n.declaredByDistrict = row.counts("declared_by_district");
        for (const auto& [code, count] : row.counts("declared_by_action"))
            if (const auto action = actionFromCode(code))
                n.declaredByAction.append({*action, count});
        n.gazette.issue = row.text("gazette_issue");
        if (const auto page = row.integer("gazette_page"))
            n.gazette.page = int(*page);
        n.sourceFile = row.text("source_file");
        n.sourceLine = int(row.integer("source_line").value_or(0));
        n.region.code = row.text("region_code");
        n.region.name = row.text("region_name");
        n.region.basis = regionBasisFromCode(row.text("region_basis")).value_or(RegionBasis::Unknown);
        n.region.evidence = row.text("region_evidence");
        if (project->parse.encoding.isEmpty())
            project->parse.encoding = row.text("encoding");
        if (noticeIndex.contains(n.id)) {
            *warnings << QCoreApplication::translate("luming::Geo",
                                                     "notice %1 is stored twice; the second copy is ignored")
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
            *warnings << QCoreApplication::translate(
                             "luming::Geo", "road %1 belongs to notice %2, which the file does not hold")
                             .arg(row.text("name"), notice.displayText());
            return;
        }
        RoadRecord r = road(row);
        // Projects from before evidence have no such column: no evidence.
        if (const QString why = row.text("evidence"); !why.isEmpty()) {
            auto evidence = evidenceFromJson(QJsonDocument::fromJson(why.toUtf8()).object(),
                                             QStringLiteral("roads.evidence"));
            if (evidence)
                r.evidence = *evidence;
            else
                *warnings << QCoreApplication::translate("luming::Geo", "road %1: %2")
                                 .arg(r.name, evidence.error().message);
        }
        const OGRGeometry* g = f.GetGeometryRef();
        if (g && !g->IsEmpty() && wkbFlatten(g->getGeometryType()) == wkbLineString) {
            RoadGeometry geometry;
            geometry.id = RoadId{notice, r.seq};
            geometry.points = gdal::toLonLat(*g->toLineString());
            const auto source = geometrySourceFromText(row.text("geometry_source"));
            geometry.source = source ? source->first : GeometrySource::Schematic;
            geometry.sourceFile = source ? source->second : QString();
            geometry.placement = placementFromCode(row.text("placement")).value_or(Placement::None);
            geometry.drawnLengthM = row.real("drawn_length_m").value_or(0);
            geometry.startGapM = row.real("start_gap_m");
            geometry.endGapM = row.real("end_gap_m");
            geometry.lengthErrorM = row.real("length_error_m");
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
        setFindingCode(finding, row.text("code"));
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
            *warnings << QCoreApplication::translate(
                             "luming::Geo", "district %1 holds a %2, not a polygon; drawn without a boundary")
                             .arg(d.name, QString::fromUtf8(g->getGeometryName()));
        project->districts.append(d);
    });

    forEachFeature(dataset.GetLayerByName("layout_report"), [&](const OGRFeature& f) {
        const Row row(f);
        LayoutReportRow r;
        r.notice = noticeOfRow(row);
        r.seq = int(row.integer("seq").value_or(0));
        r.name = row.text("name");
        const auto kind = reportKindFromCode(row.text("kind"));
        if (!kind) {
            *warnings << QCoreApplication::translate("luming::Geo",
                                                     "layout report row of kind \"%1\" not known; skipped")
                             .arg(row.text("kind"));
            return;
        }
        r.kind = *kind;
        r.detail = row.text("detail");
        r.valueM = row.real("value_m").value_or(0);
        project->layoutReport.append(r);
    });
    return {};
}

} // namespace luming
