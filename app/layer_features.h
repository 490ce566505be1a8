// The loaded layers' attributes for the viewer (issue 11 point 3): identify (a clicked feature's fields
// and values as details HTML) and the attribute table's row source for a layer. Readers are opened on
// first use from where ExtraLayers loaded the layer, and kept until the layer is removed. GUI thread.
#pragma once

#include "layer_row_source.h"
#include "layertable/layer_attribute_reader.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace luming {
class SceneLayer;
}

namespace luming::app {

class ExtraLayers;

class LayerFeatures {
    Q_DECLARE_TR_FUNCTIONS(luming::app::LayerFeatures)
public:
    explicit LayerFeatures(const ExtraLayers& layers) : layers_(layers) {}

    // The details panel's HTML for feature `fid` of layer `id`: layer, FID, each field and value; a
    // sentence saying why when it cannot be read.
    [[nodiscard]] QString detailsHtml(std::uint64_t id, qint64 fid);
    // A row source over layer `id`'s features; nullptr (and `error` set) when it cannot be read.
    [[nodiscard]] std::unique_ptr<LayerRowSource> rowSource(std::uint64_t id, QString* error) const;
    void forget(std::uint64_t id) { readers_.remove(id); }

    // The scene feature whose source FID is `fid` (one pass over the layer's FIDs), -1 when none.
    [[nodiscard]] static std::int64_t featureOfFid(const SceneLayer& layer, qint64 fid);

private:
    static QString valueText(const QVariant& value);
    Result<LayerAttributeReader> open(std::uint64_t id) const;

    const ExtraLayers& layers_;
    QHash<std::uint64_t, std::shared_ptr<LayerAttributeReader>> readers_;
};

} // namespace luming::app
