#include "store/gpkg_schema_p.h"

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
         {"declared_by_district", OFTString, OFSTJSON},
         {"gazette_issue", OFTString},
         {"gazette_page", OFTInteger64},
         {"source_file", OFTString},
         {"source_line", OFTInteger64},
         {"encoding", OFTString}}};
    return spec;
}

const LayerSpec& roads() {
    static const LayerSpec spec{
        "roads",
        wkbLineString,
        "Named roads, one per notice item; geometry NULL until solved",
        {{"notice_id", OFTString}, // NoticeId::key(); files before it keyed by doc_number
         {"doc_number", OFTString},
         {"seq", OFTInteger64},
         {"action", OFTString},
         {"name", OFTString},
         {"old_name", OFTString},
         {"district", OFTString},
         {"subdistricts", OFTString, OFSTJSON},
         {"length_m", OFTReal},
         {"length_approx", OFTInteger, OFSTBoolean},
         {"width_min_m", OFTReal},
         {"width_max_m", OFTReal},
         {"width_parts", OFTString, OFSTJSON},
         {"start_dir", OFTString},
         {"start", OFTString},
         {"end_dir", OFTString},
         {"end", OFTString},
         {"via", OFTString, OFSTJSON},
         {"shape", OFTString},
         {"planned_refs", OFTString, OFSTJSON},
         {"pinyin", OFTString},
         {"note", OFTString},
         {"old_start", OFTString},
         {"old_end", OFTString},
         {"source_text", OFTString},
         {"source_offset", OFTInteger64},
         {"source_line", OFTInteger64},
         {"geometry_source", OFTString},
         {"drawn_length_m", OFTReal}}};
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
            return fail(QStringLiteral("PROJ does not know EPSG:4490 (CGCS2000)"));
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
            return fail(QStringLiteral("cannot create layer %1").arg(QString::fromUtf8(spec.name)));
    } else if (spec.geometry != wkbNone) {
        if (wkbFlatten(layer->GetGeomType()) != spec.geometry)
            return fail(QStringLiteral("layer %1 holds %2 geometries, not %3")
                            .arg(QString::fromUtf8(spec.name),
                                 QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType())),
                                 QString::fromUtf8(OGRGeometryTypeToName(spec.geometry))));

        const OGRSpatialReference* srs = layer->GetSpatialRef();
        const char* code = srs ? srs->GetAuthorityCode(nullptr) : nullptr;
        if (!code || QByteArray(code) != "4490")
            return fail(QStringLiteral("layer %1 is not in EPSG:4490").arg(QString::fromUtf8(spec.name)));
    }
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (const FieldSpec& f : spec.fields) {
        if (defn->GetFieldIndex(f.name) >= 0)
            continue; // a file from an earlier Luming: keep its columns, add the new ones
        OGRFieldDefn field(f.name, f.type);
        field.SetSubType(f.subType);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return fail(QStringLiteral("cannot add column %1 to layer %2")
                            .arg(QString::fromUtf8(f.name), QString::fromUtf8(spec.name)));
    }
    return layer;
}

} // namespace luming::gpkg
