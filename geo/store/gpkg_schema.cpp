#include "core/road_fields.h"
#include "store/gpkg_schema_p.h"

#include <QCoreApplication>

namespace luming::gpkg {

const LayerSpec& notices() {
    static const LayerSpec spec{
        "notices",
        wkbNone,
        "Road-naming notices, keyed by notice_id (document number, else a digest of the text)",
        {{"notice_id", OFTString}, // NoticeId::key(); files before it keyed by doc_number
         {"doc_number", OFTString},
         {"title", OFTString},
         {"issuer", OFTString},
         {"date", OFTString}, // ISO yyyy-mm-dd, TEXT as the schema says
         {"declared_total", OFTInteger64},
         {"declared_by_district", OFTString, OFSTJSON}, // [[name, count], …]
         {"declared_by_action", OFTString, OFSTJSON},   // [[action, count], …]
         {"gazette_issue", OFTString},
         {"gazette_page", OFTInteger64},
         {"source_file", OFTString},
         {"source_line", OFTInteger64},
         {"encoding", OFTString},
         // The notice's city (core/notice_region.h); files before it lack these: the region is unknown.
         {"region_code", OFTString},
         {"region_name", OFTString},
         {"region_basis", OFTString}, // unknown | detected | chosen
         {"region_evidence", OFTString}}};
    return spec;
}

// The record's columns come from the field table; lists are JSON text.
std::vector<FieldSpec> roadColumns() {
    // NoticeId::key(); files before it keyed by doc_number
    std::vector<FieldSpec> out{{"notice_id", OFTString}, {"doc_number", OFTString}};
    for (const RoadField& f : roadFields()) {
        if (!f.in(FieldFormat::Gpkg))
            continue;
        const QByteArray name = f.key.toUtf8();
        switch (f.type) {
        case FieldType::Integer:
            out.push_back({name, OFTInteger64});
            break;
        case FieldType::Real:
            out.push_back({name, OFTReal});
            break;
        case FieldType::Boolean:
            out.push_back({name, OFTInteger, OFSTBoolean});
            break;
        case FieldType::Text:
        case FieldType::Code:
            out.push_back({name, OFTString});
            break;
        case FieldType::TextList:
        case FieldType::RealList:
            out.push_back({name, OFTString, OFSTJSON});
            break;
        }
    }
    out.push_back({"geometry_source", OFTString});
    out.push_back({"drawn_length_m", OFTReal});
    out.push_back({"placement", OFTString});
    // Why each field holds its value (io/evidence_json.h); added to projects written before it.
    out.push_back({"evidence", OFTString, OFSTJSON});
    // A line taken from a centerline layer: its ends' distances to the roads the text names there, and
    // drawn − stated length (metres; NULL for schematic lines and where the text gives nothing to check).
    out.push_back({"start_gap_m", OFTReal});
    out.push_back({"end_gap_m", OFTReal});
    out.push_back({"length_error_m", OFTReal});
    return out;
}

const LayerSpec& roads() {
    static const LayerSpec spec{"roads", wkbLineString,
                                "Named roads, one per notice item; geometry NULL until solved",
                                roadColumns()};
    return spec;
}

const LayerSpec& findings() {
    static const LayerSpec spec{
        "findings",
        wkbNone,
        "Validation findings of each notice",
        {{"notice_id", OFTString}, // NoticeId::key(); files before it keyed by doc_number
         {"doc_number", OFTString},
         {"severity", OFTString},
         {"code", OFTString},
         {"message", OFTString},
         {"seqs", OFTString, OFSTJSON},
         {"subject", OFTString}}}; // beyond BRIEF.md: Finding::subject
    return spec;
}

const LayerSpec& districts() {
    static const LayerSpec spec{"districts",
                                wkbMultiPolygon,
                                "Administrative boundaries drawn beneath the roads",
                                {{"name", OFTString}, {"adcode", OFTString}, {"source", OFTString}}};
    return spec;
}

const LayerSpec& layoutReport() {
    static const LayerSpec spec{
        "layout_report",
        wkbNone,
        "Layout solver report: stated vs drawn lengths, ties, anchors",
        {{"notice_id", OFTString}, // NoticeId::key(); files before it keyed by doc_number
         {"doc_number", OFTString},
         {"seq", OFTInteger64},
         {"name", OFTString},
         {"kind", OFTString},
         {"detail", OFTString},
         {"value_m", OFTReal}}};
    return spec;
}

const std::vector<const LayerSpec*>& allLayers() {
    static const std::vector<const LayerSpec*> all{&notices(), &roads(), &findings(), &districts(),
                                                   &layoutReport()};
    return all;
}

Result<OGRLayer*> ensureLayer(GDALDataset& dataset, const LayerSpec& spec) {
    OGRLayer* layer = dataset.GetLayerByName(spec.name);
    if (!layer) {
        std::optional<OGRSpatialReference> srs =
            gdal::epsgTraditional(4490); // CreateLayer takes it non-const
        if (!srs)
            return fail(
                QCoreApplication::translate("luming::Geo", "PROJ does not know EPSG:4490 (CGCS2000)"));
        CPLStringList options;
        options.SetNameValue("FID", "fid");
        options.SetNameValue("DESCRIPTION", spec.description);
        if (spec.geometry != wkbNone) {
            options.SetNameValue("GEOMETRY_NAME", "geom");
            options.SetNameValue("GEOMETRY_NULLABLE", "YES");
            options.SetNameValue("SPATIAL_INDEX", "YES");
        }
        layer = dataset.CreateLayer(spec.name, spec.geometry == wkbNone ? nullptr : &*srs, spec.geometry,
                                    options.List());
        if (!layer)
            return fail(QCoreApplication::translate("luming::Geo", "cannot create layer %1")
                            .arg(QString::fromUtf8(spec.name)));
    } else if (spec.geometry != wkbNone) {
        if (wkbFlatten(layer->GetGeomType()) != spec.geometry)
            return fail(QCoreApplication::translate("luming::Geo", "layer %1 holds %2 geometries, not %3")
                            .arg(QString::fromUtf8(spec.name),
                                 QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType())),
                                 QString::fromUtf8(OGRGeometryTypeToName(spec.geometry))));

        const OGRSpatialReference* srs = layer->GetSpatialRef();
        const char* code = srs ? srs->GetAuthorityCode(nullptr) : nullptr;
        if (!code || QByteArray(code) != "4490")
            return fail(QCoreApplication::translate("luming::Geo", "layer %1 is not in EPSG:4490")
                            .arg(QString::fromUtf8(spec.name)));
    }
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (const FieldSpec& f : spec.fields) {
        if (defn->GetFieldIndex(f.name.constData()) >= 0)
            continue; // a file from an earlier Luming: keep its columns, add the new ones
        OGRFieldDefn field(f.name.constData(), f.type);
        field.SetSubType(f.subType);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return fail(QCoreApplication::translate("luming::Geo", "cannot add column %1 to layer %2")
                            .arg(QString::fromUtf8(f.name), QString::fromUtf8(spec.name)));
    }
    return layer;
}

} // namespace luming::gpkg
