#include "layer_report_text.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace luming::app {

namespace {
// The translation context of these texts.
struct LayerReport {
    Q_DECLARE_TR_FUNCTIONS(LayerReport)
};
} // namespace

QString readCountText(const LayerReadReport& r) {
    const std::int64_t of = std::max(r.featuresInLayer, r.featuresReturned);
    QStringList parts;
    if (r.cancelled)
        parts << LayerReport::tr("%1 of %2 features read, cancelled").arg(r.featuresRead).arg(of);
    else if (r.preview)
        parts
            << LayerReport::tr("%1 of %2 features read so far (the view first)").arg(r.featuresRead).arg(of);
    else
        parts << LayerReport::tr("%1 of %2 features read").arg(r.featuresRead).arg(of);
    if (r.unreadableGeometry > 0)
        parts << LayerReport::tr("%n had unreadable geometry", nullptr, int(r.unreadableGeometry));
    if (r.noGeometry > 0)
        parts << LayerReport::tr("%n had no geometry", nullptr, int(r.noGeometry));
    if (!r.cancelled && !r.preview && r.featuresMissing() > 0) // a part read misses nothing
        parts << LayerReport::tr("%n could not be read at all", nullptr, int(r.featuresMissing()));
    return parts.join(QStringLiteral("; "));
}

QString encodingText(const LayerReadReport& r) {
    if (!r.encoding)
        return {};
    const QString name = encodingName(r.encoding->encoding);
    switch (r.encoding->basis) {
    case EncodingBasis::Override:
        return LayerReport::tr("Encoding %1, chosen by you").arg(name);
    case EncodingBasis::CpgFile:
        return LayerReport::tr("Encoding %1, from the .cpg file").arg(name);
    case EncodingBasis::DbfLanguageId:
        return LayerReport::tr("Encoding %1, from the .dbf language byte (no .cpg)").arg(name);
    case EncodingBasis::Content:
        return r.encoding->declared.isEmpty()
                   ? LayerReport::tr("Encoding %1, guessed from the content (no .cpg)").arg(name)
                   : LayerReport::tr("Encoding %1, guessed from the content: %2, but the text is not that")
                         .arg(name, r.encoding->declared);
    case EncodingBasis::AsciiOnly:
        return LayerReport::tr("Plain ASCII text");
    }
    return {};
}

QString crsProblemText(const CrsDiagnosis& d) {
    QString text;
    switch (d.problem) {
    case CrsProblem::None:
        return {};
    case CrsProblem::AxesSwapped:
        text = LayerReport::tr("Latitude and longitude (or northing and easting) look swapped");
        break;
    case CrsProblem::NotGeographic:
        text = LayerReport::tr("The coordinate system is in degrees, but the coordinates are metres");
        break;
    case CrsProblem::ZonePrefixMissing:
        text = LayerReport::tr(
            "The coordinate system expects the zone number in front of the eastings; they lack it");
        break;
    case CrsProblem::ZonePrefixUnexpected:
        text = LayerReport::tr("The eastings carry a zone number the coordinate system does not expect");
        break;
    case CrsProblem::WrongZone:
        text = LayerReport::tr("The eastings belong to another Gauss-Krüger zone");
        break;
    case CrsProblem::OutsideChina:
        text = LayerReport::tr("The layer lands outside China");
        break;
    case CrsProblem::WebDatumSuspected:
        text = LayerReport::tr("The layer seems to come from a Chinese web map (%1): drawn as WGS 84 it "
                               "would sit about %2 m off")
                   .arg(webDatumName(d.webDatum))
                   .arg(qRound(d.webDatumOffsetM));
        break;
    }
    if (d.suggestedEpsg > 0)
        text += LayerReport::tr(" (EPSG:%1 fits the coordinates)").arg(d.suggestedEpsg);
    return text;
}

QString layerReportText(const LayerReadReport& r) {
    QStringList lines{readCountText(r)};
    if (const QString e = encodingText(r); !e.isEmpty())
        lines << e;
    if (const QString c = crsProblemText(r.crs); !c.isEmpty())
        lines << c;
    return lines.join(QLatin1Char('\n'));
}

} // namespace luming::app
