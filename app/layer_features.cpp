#include "layer_features.h"

#include "extra_layers.h"
#include "render/scene_layer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace luming::app {

QString LayerFeatures::valueText(const QVariant& value) {
    if (!value.isValid())
        return QStringLiteral("<i>%1</i>").arg(tr("null"));
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString().toHtmlEscaped();
}

Result<LayerAttributeReader> LayerFeatures::open(std::uint64_t id) const {
    const LayerLoadOptions* origin = layers_.origin(id);
    if (!origin)
        return fail(tr("The layer is no longer loaded."));
    return LayerAttributeReader::open(origin->path, origin->layerName, origin->encoding);
}

QString LayerFeatures::detailsHtml(std::uint64_t id, qint64 fid) {
    const LayerLoadOptions* origin = layers_.origin(id);
    const QString file = origin ? QFileInfo(origin->path).fileName() : QString();
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(file.toHtmlEscaped(), tr("Layer %1, feature %2")
                                           .arg(origin ? origin->layerName.toHtmlEscaped() : QString())
                                           .arg(fid));
    auto reader = readers_.value(id);
    if (!reader) {
        Result<LayerAttributeReader> opened = open(id);
        if (!opened)
            return html + QStringLiteral("<p>%1</p>").arg(opened.errorString().toHtmlEscaped());
        reader = std::make_shared<LayerAttributeReader>(std::move(*opened));
        readers_.insert(id, reader);
    }
    const std::optional<FeatureValues> values = reader->feature(fid);
    if (!values)
        return html +
               QStringLiteral("<p>%1</p>").arg(tr("The file holds no feature with this FID any more."));
    html += QStringLiteral("<table cellspacing=\"2\">");
    for (int i = 0; i < reader->fieldNames().size(); ++i)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(reader->fieldNames().at(i).toHtmlEscaped(), valueText(values->values.value(i)));
    return html + QStringLiteral("</table>");
}

std::unique_ptr<LayerRowSource> LayerFeatures::rowSource(std::uint64_t id, QString* error) const {
    Result<LayerAttributeReader> opened = open(id);
    if (!opened) {
        if (error)
            *error = opened.errorString();
        return nullptr;
    }
    return std::make_unique<LayerRowSource>(std::move(*opened));
}

std::int64_t LayerFeatures::featureOfFid(const SceneLayer& layer, qint64 fid) {
    for (std::int64_t f = 0; f < layer.featureCount(); ++f)
        if (layer.sourceFid(f) == fid)
            return f;
    return -1;
}

} // namespace luming::app
