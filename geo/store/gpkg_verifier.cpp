#include "gdal/gdal_dataset_p.h"
#include "store/gpkg_verifier_p.h"

#include <QCoreApplication>

namespace luming {
namespace {

QByteArray quoted(const QString& value) {
    QByteArray utf8 = value.toUtf8();
    utf8.replace('\'', "''");
    return '\'' + utf8 + '\'';
}

Status check(const char* what, qint64 actual, qint64 expected) {
    if (actual == expected)
        return {};
    return fail(QCoreApplication::translate("luming::Geo", "%1: expected %2, found %3")
                    .arg(QString::fromUtf8(what))
                    .arg(expected)
                    .arg(actual));
}

} // namespace

Result<StoreCounts> GpkgVerifier::verify(const QString& file, const ExpectedCounts& expected,
                                         qint64 nameIndexRows) {
    gdal::DatasetPtr ds = gdal::openGpkg(file, gdal::OpenMode::ReadOnly);
    if (!ds)
        return fail(QCoreApplication::translate("luming::Geo", "GDAL cannot re-open it"));
    StoreCounts counts;
    auto count = [&](const char* name) -> qint64 {
        OGRLayer* layer = ds->GetLayerByName(name);
        return layer ? layer->GetFeatureCount(TRUE) : -1;
    };
    counts.notices = count("notices");
    counts.roads = count("roads");
    counts.findings = count("findings");
    counts.districts = count("districts");
    counts.layoutRows = count("layout_report");
    counts.nameIndexRows = nameIndexRows;
    for (const Status& checked :
         {check("notices", counts.notices, expected.notices), check("roads", counts.roads, expected.roads),
          check("findings", counts.findings, expected.findings),
          check("districts", counts.districts, expected.districts),
          check("layout_report rows", counts.layoutRows, expected.layoutRows),
          check("name index rows", nameIndexRows, counts.roads)})
        if (!checked)
            return checked.error();

    OGRLayer* roads = ds->GetLayerByName("roads");
    const OGRSpatialReference* srs = roads->GetSpatialRef();
    if (!srs || QByteArray(srs->GetAuthorityCode(nullptr)) != "4490")
        return fail(QCoreApplication::translate("luming::Geo", "roads layer is not in EPSG:4490"));
    for (auto it = expected.roadsPerNotice.cbegin(); it != expected.roadsPerNotice.cend(); ++it) {
        if (roads->SetAttributeFilter(("notice_id = " + quoted(it.key())).constData()) != OGRERR_NONE)
            return fail(
                QCoreApplication::translate("luming::Geo", "cannot select the roads of %1").arg(it.key()));
        const qint64 n = roads->GetFeatureCount(TRUE);
        if (Status checked =
                check(qPrintable(QCoreApplication::translate("luming::Geo", "roads of %1").arg(it.key())), n,
                      it.value());
            !checked)
            return checked.error();
    }
    if (roads->SetAttributeFilter(nullptr) != OGRERR_NONE)
        return fail(QCoreApplication::translate("luming::Geo", "cannot clear the filter on the roads layer"));
    roads->ResetReading();
    while (gdal::FeaturePtr f{roads->GetNextFeature()})
        if (f->GetGeometryRef())
            ++counts.roadsWithGeometry;
    return counts;
}

} // namespace luming
