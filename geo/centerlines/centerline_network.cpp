#include "centerlines/centerline_network.h"

#include "chinese/name_key.h"
#include "render/vector_file_reader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace luming {

CenterlineNetwork CenterlineNetwork::load(const CenterlineOptions& options, int metricEpsg,
                                          Feedback* feedback) {
    LayerLoadOptions load(options.path, {}, options.nameField);
    load.targetEpsg = metricEpsg;
    const LayerLoadResult read = loadVectorLayers(load, feedback);
    CenterlineNetwork network;
    network.fileName_ = QFileInfo(options.path).fileName();
    network.warnings_ = read.warnings;
    if (!read.ok()) {
        network.error_ =
            read.cancelled
                ? QCoreApplication::translate("luming::Geo", "%1: reading was cancelled").arg(options.path)
                : read.error;
        return network;
    }
    for (const auto& layer : read.layers) {
        if (!layer->hasLabels())
            continue;
        for (std::int64_t f = 0; f < layer->featureCount(); ++f) {
            if (layer->kind(f) != FeatureKind::Line || layer->label(f).isEmpty())
                continue;
            for (std::uint32_t part = layer->firstPart(f); part < layer->endPart(f); ++part) {
                const std::vector<QPointF> points = layer->partPoints(0, part);
                if (points.size() < 2)
                    continue;
                NamedLine line{layer->label(f), QList<QPointF>(points.cbegin(), points.cend()), {}};
                network.lines_.append(std::move(line));
            }
        }
    }
    if (network.lines_.isEmpty())
        network.error_ = QCoreApplication::translate(
                             "luming::Geo", "%1: no named line in any layer (give the name field with "
                                            "--name-field)")
                             .arg(options.path);
    network.index();
    return network;
}

CenterlineNetwork CenterlineNetwork::fromLines(QList<NamedLine> lines, QString fileName) {
    CenterlineNetwork network;
    network.lines_ = std::move(lines);
    network.fileName_ = std::move(fileName);
    network.index();
    return network;
}

void CenterlineNetwork::index() {
    // A city's layer repeats each name over many pieces: one key per distinct name.
    QHash<QString, QString> keyOfName;
    for (qsizetype i = 0; i < lines_.size(); ++i) {
        NamedLine& line = lines_[i];
        double x0 = line.points.first().x(), x1 = x0, y0 = line.points.first().y(), y1 = y0;
        for (const QPointF& p : line.points) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
        line.box = QRectF(QPointF(x0, y0), QPointF(x1, y1));
        auto key = keyOfName.find(line.name);
        if (key == keyOfName.end())
            key = keyOfName.insert(line.name, NameKey::of(line.name));
        byKey_[*key].append(int(i));
    }
}

QList<int> CenterlineNetwork::named(const QString& key, const QRectF& within) const {
    QList<int> out;
    for (int i : byKey_.value(key)) {
        const QRectF& b = lines_[i].box;
        // QRectF::intersects is false for a zero-width box (a north–south line): compare the spans.
        if (b.left() <= within.right() && b.right() >= within.left() && b.top() <= within.bottom() &&
            b.bottom() >= within.top())
            out.append(i);
    }
    return out;
}

} // namespace luming
