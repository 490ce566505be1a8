#include "core/road_fields.h"
#include "gdal/ogr_conversion_p.h"
#include "io/evidence_json.h"
#include "io/notice_json_writer.h"
#include "store/gpkg_project_writer_p.h"
#include "store/gpkg_schema_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <utility>

namespace luming {
namespace {

// Sets one feature's fields by column name; empty optional text and missing numbers become NULL.
class Fields {
public:
    explicit Fields(OGRFeature& feature) : f_(feature) {}

    void text(const char* column, const QString& value) {
        if (value.isEmpty())
            f_.SetFieldNull(index(column));
        else
            f_.SetField(index(column), value.toUtf8().constData());
    }
    void key(const char* column, const QString& value) { // never NULL: a key or a required value
        f_.SetField(index(column), value.toUtf8().constData());
    }
    void integer(const char* column, std::optional<qint64> value) {
        if (value)
            f_.SetField(index(column), GIntBig(*value));
        else
            f_.SetFieldNull(index(column));
    }
    void real(const char* column, std::optional<double> value) {
        if (value)
            f_.SetField(index(column), *value);
        else
            f_.SetFieldNull(index(column));
    }
    void boolean(const char* column, bool value) { f_.SetField(index(column), value ? 1 : 0); }
    void json(const char* column, const QJsonArray& value) {
        f_.SetField(index(column), QJsonDocument(value).toJson(QJsonDocument::Compact).constData());
    }
    // A record field from the field table, by its key; lists as JSON arrays.
    void field(const RoadField& field, const QVariant& value) {
        const QByteArray name = field.key.toUtf8();
        const char* column = name.constData();
        switch (field.type) {
        case FieldType::Integer:
            integer(column, value.isValid() ? std::optional<qint64>(value.toLongLong()) : std::nullopt);
            break;
        case FieldType::Real:
            real(column, value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt);
            break;
        case FieldType::Boolean:
            boolean(column, value.toBool());
            break;
        case FieldType::Text:
        case FieldType::Code:
            text(column, value.toString());
            break;
        case FieldType::TextList:
            json(column, QJsonArray::fromStringList(value.toStringList()));
            break;
        case FieldType::RealList: {
            QJsonArray numbers;
            for (double d : value.value<QList<double>>())
                numbers.append(d);
            json(column, numbers);
            break;
        }
        }
    }

private:
    int index(const char* column) const { return f_.GetDefnRef()->GetFieldIndex(column); }
    OGRFeature& f_;
};

// A SQL string literal for an attribute filter ('' doubles an inner quote).
QByteArray quoted(const QString& value) {
    QByteArray utf8 = value.toUtf8();
    utf8.replace('\'', "''");
    return '\'' + utf8 + '\'';
}

// Deletes every feature whose `column` is one of `keys`; fails on a GDAL failure.
Status deleteWhereIn(OGRLayer& layer, const char* column, const QSet<QString>& keys) {
    if (keys.isEmpty())
        return {};
    QByteArray filter = QByteArray("\"") + column + "\" IN (";
    bool first = true;
    for (const QString& k : keys) {
        filter += (first ? "" : ",") + quoted(k);
        first = false;
    }
    filter += ')';
    if (layer.SetAttributeFilter(filter.constData()) != OGRERR_NONE)
        return fail(QCoreApplication::translate("luming::Geo", "cannot select old rows of %1")
                        .arg(QString::fromUtf8(layer.GetName())));
    QList<GIntBig> fids;
    layer.ResetReading();
    while (gdal::FeaturePtr f{layer.GetNextFeature()})
        fids << f->GetFID();
    if (layer.SetAttributeFilter(nullptr) != OGRERR_NONE)
        return fail(QCoreApplication::translate("luming::Geo", "cannot clear the filter on %1")
                        .arg(QString::fromUtf8(layer.GetName())));
    for (GIntBig fid : fids) {
        if (layer.DeleteFeature(fid) != OGRERR_NONE)
            return fail(QCoreApplication::translate("luming::Geo", "cannot delete feature %1 of %2")
                            .arg(fid)
                            .arg(QString::fromUtf8(layer.GetName())));
    }
    return {};
}

Status insert(OGRLayer& layer, gdal::FeaturePtr feature) {
    if (layer.CreateFeature(feature.get()) != OGRERR_NONE)
        return fail(QCoreApplication::translate("luming::Geo", "cannot insert into %1")
                        .arg(QString::fromUtf8(layer.GetName())));
    return {};
}

QSet<QString> noticeKeys(const Project& project) {
    QSet<QString> keys;
    for (const Notice& n : project.parse.notices)
        keys.insert(n.id.key());
    return keys;
}

// A file written before notice ids: give its rows the key they were read under (NoticeId::fromStored).
Status keyLegacyRows(GDALDataset& dataset) {
    for (const char* layer : {"notices", "roads", "findings", "layout_report"}) {
        const QByteArray sql = QByteArray("UPDATE \"") + layer +
                               "\" SET notice_id = COALESCE(NULLIF(doc_number, ''), 'legacy:') "
                               "WHERE notice_id IS NULL OR notice_id = ''";
        CPLErrorReset();
        dataset.ExecuteSQL(sql.constData(), nullptr, nullptr); // no result set for UPDATE
        if (CPLGetLastErrorType() >= CE_Failure)
            return fail(
                QCoreApplication::translate("luming::Geo", "cannot key the old rows of %1 by notice: %2")
                    .arg(QString::fromUtf8(layer), QString::fromUtf8(CPLGetLastErrorMsg())));
    }
    return {};
}

} // namespace

Status GpkgProjectWriter::write(const Project& project) {
    QSet<NoticeId> seen;
    for (const Notice& n : project.parse.notices) {
        if (n.id.isNull())
            return fail(QCoreApplication::translate("luming::Geo",
                                                    "notice \"%1\" has no identity; it cannot be stored")
                            .arg(n.title));
        if (seen.contains(n.id))
            return fail(
                QCoreApplication::translate(
                    "luming::Geo", "the project holds notice %1 twice; one file can hold each notice once")
                    .arg(n.id.displayText()));
        seen.insert(n.id);
    }
    if (!layout_) {
        if (Status prepared = prepareLayers(); !prepared)
            return prepared;
    }
    if (Status keyed = keyLegacyRows(dataset_); !keyed)
        return keyed;
    if (Status done = replaceNotices(*notices_, project); !done)
        return done;
    if (Status done = replaceRoads(*roads_, project); !done)
        return done;
    if (Status done = replaceFindings(*findings_, project); !done)
        return done;
    if (Status done = replaceDistricts(*districts_, project); !done)
        return done;
    return replaceLayoutReport(*layout_, project);
}

Status GpkgProjectWriter::prepareLayers() {
    for (auto [layer, spec] :
         {std::pair{&notices_, &gpkg::notices()}, std::pair{&roads_, &gpkg::roads()},
          std::pair{&findings_, &gpkg::findings()}, std::pair{&districts_, &gpkg::districts()},
          std::pair{&layout_, &gpkg::layoutReport()}}) {
        Result<OGRLayer*> ensured = gpkg::ensureLayer(dataset_, *spec);
        if (!ensured) {
            layout_ = nullptr; // prepared only when every layer is
            return ensured.error();
        }
        *layer = *ensured;
    }
    return {};
}

Status GpkgProjectWriter::replaceNotices(OGRLayer& layer, const Project& project) {
    if (Status done = deleteWhereIn(layer, "notice_id", noticeKeys(project)); !done)
        return done;
    expected_.notices = layer.GetFeatureCount(TRUE);
    for (const Notice& n : project.parse.notices) {
        gdal::FeaturePtr f(OGRFeature::CreateFeature(layer.GetLayerDefn()));
        Fields set(*f);
        set.key("notice_id", n.id.key());
        set.key("doc_number", n.docNumber);
        set.text("title", n.title);
        set.text("issuer", n.issuer);
        set.text("date", n.date.isValid() ? n.date.toString(Qt::ISODate) : QString());
        set.integer("declared_total",
                    n.declaredTotal ? std::optional<qint64>(*n.declaredTotal) : std::nullopt);
        set.json("declared_by_district", NoticeJsonWriter::countsToJson(n.declaredByDistrict));
        set.json("declared_by_action", NoticeJsonWriter::countsToJson(n.declaredByAction));
        set.text("gazette_issue", n.gazette.issue);
        set.integer("gazette_page", n.gazette.page ? std::optional<qint64>(*n.gazette.page) : std::nullopt);
        set.text("source_file", n.sourceFile.isEmpty() ? project.parse.file : n.sourceFile);
        set.integer("source_line", n.sourceLine > 0 ? std::optional<qint64>(n.sourceLine) : std::nullopt);
        set.text("encoding", project.parse.encoding);
        set.text("region_code", n.region.code);
        set.text("region_name", n.region.name);
        set.text("region_basis", regionBasisCode(n.region.basis));
        set.text("region_evidence", n.region.evidence);
        if (Status done = insert(layer, std::move(f)); !done)
            return done;
        ++expected_.notices;
    }
    return {};
}

Status GpkgProjectWriter::replaceRoads(OGRLayer& layer, const Project& project) {
    if (Status done = deleteWhereIn(layer, "notice_id", noticeKeys(project)); !done)
        return done;
    expected_.roads = layer.GetFeatureCount(TRUE);
    QSet<RoadId> used;

    for (const Notice& n : project.parse.notices) {
        for (const RoadRecord& r : n.roads) {
            gdal::FeaturePtr f(OGRFeature::CreateFeature(layer.GetLayerDefn()));
            Fields set(*f);
            set.key("notice_id", n.id.key());
            set.key("doc_number", n.docNumber);
            for (const RoadField& field : roadFields())
                if (field.in(FieldFormat::Gpkg))
                    set.field(field, field.get(r));
            set.text("evidence",
                     r.evidence.isEmpty()
                         ? QString()
                         : QString::fromUtf8(
                               QJsonDocument(evidenceToJson(r.evidence)).toJson(QJsonDocument::Compact)));
            const RoadId id{n.id, r.seq};
            const RoadGeometry* g = project.geometryOf(id);
            if (g && g->points.size() >= 2) {
                used.insert(id);
                if (f->SetGeometryDirectly(gdal::toOgrLine(g->points).release()) != OGRERR_NONE)
                    return fail(QCoreApplication::translate(
                                    "luming::Geo", "%1 #%2 %3: the line does not fit the roads layer")
                                    .arg(n.id.displayText())
                                    .arg(r.seq)
                                    .arg(r.name));
                set.text("geometry_source", geometrySourceText(g->source, g->sourceFile));
                set.real("drawn_length_m", g->drawnLengthM);
                set.text("placement", placementCode(g->placement));
                set.real("start_gap_m", g->startGapM);
                set.real("end_gap_m", g->endGapM);
                set.real("length_error_m", g->lengthErrorM);
                ++expected_.roadsWithGeometry;
            } else {
                if (g)
                    warnings_ << QCoreApplication::translate(
                                     "luming::Geo",
                                     "%1 #%2 %3: a line needs two points; stored without geometry")
                                     .arg(n.id.displayText())
                                     .arg(r.seq)
                                     .arg(r.name);
                set.text("geometry_source", {});
                set.real("drawn_length_m", std::nullopt);
                set.text("placement", {});
                set.real("start_gap_m", std::nullopt);
                set.real("end_gap_m", std::nullopt);
                set.real("length_error_m", std::nullopt);
            }
            if (Status done = insert(layer, std::move(f)); !done)
                return done;
            ++expected_.roads;
            ++expected_.roadsPerNotice[n.id.key()];
        }
    }
    for (const RoadGeometry& g : project.roads)
        if (!used.contains(g.id) && g.points.size() >= 2)
            warnings_ << QCoreApplication::translate("luming::Geo",
                                                     "geometry for %1 #%2 matches no road; not stored")
                             .arg(g.id.notice.displayText())
                             .arg(g.id.seq);
    return {};
}

Status GpkgProjectWriter::replaceFindings(OGRLayer& layer, const Project& project) {
    if (Status done = deleteWhereIn(layer, "notice_id", noticeKeys(project)); !done)
        return done;
    expected_.findings = layer.GetFeatureCount(TRUE);
    for (const Notice& n : project.parse.notices) {
        for (const Finding& finding : n.findings) {
            gdal::FeaturePtr f(OGRFeature::CreateFeature(layer.GetLayerDefn()));
            Fields set(*f);
            set.key("notice_id", n.id.key());
            set.key("doc_number", n.docNumber);
            set.key("severity", severityCode(finding.severity));
            set.text("code", findingCodeText(finding));
            set.text("message", finding.message);
            QJsonArray seqs;
            for (int seq : finding.seqs)
                seqs.append(seq);
            set.json("seqs", seqs);
            set.text("subject", finding.subject);
            if (Status done = insert(layer, std::move(f)); !done)
                return done;
            ++expected_.findings;
        }
    }
    return {};
}

Status GpkgProjectWriter::replaceDistricts(OGRLayer& layer, const Project& project) {
    // Districts are keyed by name: a project's boundary replaces the stored one of the same name.
    QSet<QString> names;
    for (const DistrictPolygon& d : project.districts)
        names.insert(d.name);
    if (Status done = deleteWhereIn(layer, "name", names); !done)
        return done;
    expected_.districts = layer.GetFeatureCount(TRUE);
    QSet<QString> written;
    for (const DistrictPolygon& d : project.districts) {
        if (written.contains(d.name)) {
            warnings_ << QCoreApplication::translate("luming::Geo",
                                                     "district %1 given twice; the first boundary is kept")
                             .arg(d.name);
            continue;
        }
        written.insert(d.name);
        gdal::FeaturePtr f(OGRFeature::CreateFeature(layer.GetLayerDefn()));
        Fields set(*f);
        set.key("name", d.name);
        set.text("adcode", d.adcode);
        set.text("source", d.source);
        // No usable ring: a null geometry, not an empty one.
        if (std::unique_ptr<OGRMultiPolygon> g = gdal::toOgrMultiPolygon(d);
            !g->IsEmpty() && f->SetGeometryDirectly(g.release()) != OGRERR_NONE)
            return fail(QCoreApplication::translate(
                            "luming::Geo", "district %1: the polygon does not fit the districts layer")
                            .arg(d.name));
        if (Status done = insert(layer, std::move(f)); !done)
            return done;
        ++expected_.districts;
    }
    return {};
}

Status GpkgProjectWriter::replaceLayoutReport(OGRLayer& layer, const Project& project) {
    // The report belongs to the notices it describes: replacing a notice replaces its report.
    QSet<QString> keys = noticeKeys(project);
    for (const LayoutReportRow& row : project.layoutReport)
        keys.insert(row.notice.key());
    if (Status done = deleteWhereIn(layer, "notice_id", keys); !done)
        return done;
    expected_.layoutRows = layer.GetFeatureCount(TRUE);
    for (const LayoutReportRow& row : project.layoutReport) {
        gdal::FeaturePtr f(OGRFeature::CreateFeature(layer.GetLayerDefn()));
        Fields set(*f);
        set.key("notice_id", row.notice.key());
        const Notice* notice = project.noticeOf(row.notice);
        set.key("doc_number", notice ? notice->docNumber : QString());
        set.integer("seq", row.seq);
        set.text("name", row.name);
        set.text("kind", reportKindCode(row.kind));
        set.text("detail", row.detail);
        set.real("value_m", row.valueM);
        if (Status done = insert(layer, std::move(f)); !done)
            return done;
        ++expected_.layoutRows;
    }
    return {};
}

} // namespace luming
