#include "render/map_furniture.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace luming {

namespace {

constexpr double kMargin = 12;
constexpr double kPad = 6;
constexpr double kBarHeight = 4;
constexpr double kTickHeight = 6;
constexpr double kTickWidth = 1.5;

QFont furnitureFont(const MapStyle& style, bool bold = false) {
    QFont font(style.fontFamily);
    font.setStyleStrategy(style.fontStrategy);
    font.setPixelSize(12);
    font.setBold(bold);
    return font;
}

} // namespace

MapFurniture::MapFurniture(const MapStyle& style, QSize viewSize) : style_(style), size_(viewSize) {}

MapFurniture::Layout MapFurniture::layout(double metresPerPixel, bool scaleBar, bool northArrow,
                                          const QString& badgeText) const {
    Layout l;
    const QFontMetricsF metrics(furnitureFont(style_));
    if (scaleBar) {
        const double maxPx = std::min(style_.scaleBarMaxPx, std::max(20.0, size_.width() / 3.0));
        l.scaleBar = ScaleBar::choose(metresPerPixel, maxPx);
        const double textH = metrics.height();
        const double panelW =
            std::max(l.scaleBar.pixels, metrics.horizontalAdvance(l.scaleBar.label)) + 2 * kPad;
        const double panelH = kPad + textH + 2 + kTickHeight + kPad;
        l.scaleBarPanel = QRectF(kMargin, size_.height() - kMargin - panelH, panelW, panelH);
        // The bar starts on a whole pixel so its length on screen is exactly scaleBar.pixels.
        const double x0 = std::round(l.scaleBarPanel.left() + kPad);
        const double y0 = std::round(l.scaleBarPanel.bottom() - kPad - kBarHeight);
        l.scaleBarRect = QRectF(x0, y0, l.scaleBar.pixels, kBarHeight);
    }
    if (northArrow)
        l.northArrowRect = QRectF(size_.width() - kMargin - 30, kMargin, 30, 48);
    if (!badgeText.isEmpty()) {
        const QFontMetricsF bold(furnitureFont(style_, true));
        l.badgeRect =
            QRectF(kMargin, kMargin, bold.horizontalAdvance(badgeText) + 2 * kPad + 4, bold.height() + kPad);
    }
    return l;
}

void MapFurniture::paintScaleBar(QPainter& painter, const Layout& l) const {
    if (l.scaleBar.pixels <= 0)
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(style_.furnitureBackground);
    painter.drawRoundedRect(l.scaleBarPanel, 3, 3);
    const QRectF bar = l.scaleBarRect;
    painter.fillRect(bar, style_.furniture);
    // End ticks inside the bar's length, so they do not make it look longer than it is.
    painter.fillRect(QRectF(bar.left(), bar.top() - kTickHeight, kTickWidth, kTickHeight), style_.furniture);
    painter.fillRect(QRectF(bar.right() - kTickWidth, bar.top() - kTickHeight, kTickWidth, kTickHeight),
                     style_.furniture);
    painter.setFont(furnitureFont(style_));
    painter.setPen(style_.furniture);
    const QRectF text(l.scaleBarPanel.left(), l.scaleBarPanel.top() + kPad - 2, l.scaleBarPanel.width(),
                      bar.top() - kTickHeight - l.scaleBarPanel.top() - kPad + 2);
    painter.drawText(text, Qt::AlignHCenter | Qt::AlignBottom, l.scaleBar.label);
}

void MapFurniture::paintNorthArrow(QPainter& painter, const Layout& l) const {
    const QRectF r = l.northArrowRect;
    if (r.isEmpty())
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(style_.furnitureBackground);
    painter.drawRoundedRect(r, 3, 3);
    painter.setFont(furnitureFont(style_, true));
    painter.setPen(style_.furniture);
    painter.drawText(QRectF(r.left(), r.top() + 1, r.width(), 16), Qt::AlignCenter, QStringLiteral("N"));
    // A needle: the northern half filled, the southern half outlined.
    const double cx = r.center().x();
    const QPointF tip(cx, r.top() + 18), tail(cx, r.bottom() - 4), left(cx - 7, r.bottom() - 10),
        right(cx + 7, r.bottom() - 10);
    QPainterPath north;
    north.moveTo(tip);
    north.lineTo(right);
    north.lineTo(QPointF(cx, r.bottom() - 14));
    north.lineTo(left);
    north.closeSubpath();
    painter.setPen(QPen(style_.furniture, 1));
    painter.setBrush(style_.furniture);
    painter.drawPath(north);
    QPainterPath south;
    south.moveTo(left);
    south.lineTo(QPointF(cx, r.bottom() - 14));
    south.lineTo(right);
    south.lineTo(tail);
    south.closeSubpath();
    painter.setBrush(style_.furnitureBackground);
    painter.drawPath(south);
}

void MapFurniture::paintBadge(QPainter& painter, const Layout& l, const QString& badgeText) const {
    if (l.badgeRect.isEmpty())
        return;
    painter.setPen(QPen(style_.badgeBorder, 1));
    painter.setBrush(style_.badgeBackground);
    painter.drawRoundedRect(l.badgeRect, 4, 4);
    painter.setFont(furnitureFont(style_, true));
    painter.setPen(style_.furniture);
    painter.drawText(l.badgeRect, Qt::AlignCenter, badgeText);
}

} // namespace luming
