// The sheet a printed map goes on: paper size and orientation, the map's scale (1:N, or "fit" to show a
// given extent whole) and where on the sheet the map frame, title, legend and footer go, in millimetres.
// Inside the frame the renderer works in print pixels of 1/96 inch (kPrintPxPerMm per mm), so its
// sizes in pixels (13 px labels, 2 px roads) come out as on a 96 dpi screen.
#pragma once

#include "render/map_viewport.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

inline constexpr double kPrintPxPerMm = 96.0 / 25.4;

enum class PaperSize { A4, A3, A2, A1, A0 };
enum class PaperOrientation { Portrait, Landscape };

// "A4" … "A0" (any case); nullopt otherwise.
std::optional<PaperSize> paperSizeFromCode(const QString& code);
QString paperSizeCode(PaperSize paper);
QStringList paperSizeCodes();
// "1:10000", "1:10 000", "10000" → 10000; nullopt for anything else or outside 1:100 … 1:10,000,000.
std::optional<double> scaleFromText(const QString& text);
// 10000 → "1:10 000" (thin groups, as printed on Chinese maps).
QString scaleText(double denominator);

struct PrintPage {
    PaperSize paper = PaperSize::A4;
    PaperOrientation orientation = PaperOrientation::Landscape;
    std::optional<double> scaleDenominator; // nullopt: fit the extent into the frame

    QSizeF sizeMm() const; // portrait ISO 216 sizes, swapped for landscape
    QRectF titleMm() const;
    QRectF mapFrameMm() const;
    QRectF legendMm() const;
    QRectF footerMm() const;
    QSize mapFramePx() const; // the frame in print pixels (rounded down)

    // The viewport the frame shows: at the page's scale around centreM, or (fit) showing extentM whole.
    MapViewport viewport(QPointF centreM, const QRectF& extentM) const;
    // The true scale of a viewport in the frame: metres per print pixel → 1:N.
    static double scaleOf(const MapViewport& viewport);
};

} // namespace luming
