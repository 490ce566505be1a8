#include "render/scale_bar.h"

#include <cmath>

namespace luming {

ScaleBar ScaleBar::choose(double metresPerPixel, double maxPixels) {
    ScaleBar bar;
    if (!(metresPerPixel > 0) || !(maxPixels > 0))
        return bar;
    const double maxMetres = metresPerPixel * maxPixels;
    const double decade = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * decade <= maxMetres * (1 + 1e-12)) {
            bar.metres = step * decade;
            break;
        }
    }
    bar.pixels = bar.metres / metresPerPixel;
    if (bar.metres >= 1000)
        bar.label = QStringLiteral("%1 km").arg(bar.metres / 1000, 0, 'g', 6);
    else
        bar.label = QStringLiteral("%1 m").arg(bar.metres, 0, 'g', 6);
    return bar;
}

} // namespace luming
