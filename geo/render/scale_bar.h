// The scale bar's length: the longest "nice" ground distance (1, 2, 5 × 10ⁿ m: 50 m, 100 m, 200 m,
// 500 m, 1 km, …) that fits in the space given at the current metres per pixel.
#pragma once

#include <QString>

namespace luming {

struct ScaleBar {
    double metres = 0;
    double pixels = 0; // metres / metresPerPixel
    QString label;     // "500 m", "1 km", "2 km"

    [[nodiscard]] static ScaleBar choose(double metresPerPixel, double maxPixels);
};

} // namespace luming
