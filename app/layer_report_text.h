// A LayerReadReport in the viewer's words (translated): the counts, the encoding and its basis, the
// CRS diagnosis. The library's own messages are English; these are what a planner reads.
#pragma once

#include "render/layer_read_report.h"

#include <QString>

namespace luming::app {

// "52 of 59 features read; 7 had unreadable geometry"
QString readCountText(const LayerReadReport& report);
// "Encoding GBK, guessed from the content (no .cpg)"; empty for a layer without attribute encoding.
QString encodingText(const LayerReadReport& report);
// "Latitude and longitude look swapped"; empty when the CRS fits.
QString crsProblemText(const CrsDiagnosis& diagnosis);
// All of the above, one per line, for the layer's tooltip.
QString layerReportText(const LayerReadReport& report);

} // namespace luming::app
