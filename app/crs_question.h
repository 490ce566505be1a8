// Asks the user what to do with layers whose CRS does not fit their coordinates (ExtraLayers's
// crsQuestion): swap the axes, use another CRS, draw them anyway, or not load them.
#pragma once

#include "render/layer_read_report.h"

#include <QList>
#include <QString>

class QWidget;

namespace luming::app {

struct CrsAnswer {
    enum class Choice { Cancel, LoadAnyway, SwapAxes, UseCrs, FromWebDatum };
    Choice choice = Choice::Cancel;
    QString crs;                        // "EPSG:n" for UseCrs
    WebDatum webDatum = WebDatum::None; // FromWebDatum: the datum to shift back from
};

CrsAnswer askAboutCrs(QWidget* parent, const QString& path, const QList<LayerReadReport>& doubtful);

} // namespace luming::app
