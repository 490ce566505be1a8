#include "render/label_painter.h"

#include "render/line_labeller.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QTextBoundaryFinder>
#include <cmath>
#include <numbers>

namespace luming {

namespace {

// A stacked label: each character upright, centred on its step along the column, with a halo.
// Unrotated text comes straight from the glyph cache.
void paintStacked(QPainter& painter, const QFont& font, const PlacedLabel& label, const MapStyle& style) {
    const QFontMetricsF metrics(font);
    const double step = LineLabeller::stackedStep(metrics);
    const double a = label.box.angleDeg * std::numbers::pi / 180;
    const QPointF dir(std::cos(a), std::sin(a));
    const double length = LineLabeller::stackedLength(label.text, metrics);
    painter.save();
    painter.setFont(font);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, label.text);
    qsizetype from = 0;
    int i = 0;
    const double r = style.labelHaloPx * 0.7;
    const bool vector = !painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster;
    for (qsizetype to = graphemes.toNextBoundary(); to != -1; to = graphemes.toNextBoundary(), ++i) {
        const QString ch = label.text.mid(from, to - from);
        from = to;
        const QPointF centre = label.box.centre + dir * (-length / 2 + step * (i + 0.5));
        const QPointF origin(centre.x() - metrics.horizontalAdvance(ch) / 2,
                             centre.y() + (metrics.ascent() - metrics.descent()) / 2);
        if (vector) { // an outline halo, so the PDF holds each character once, as text
            QPainterPath path;
            path.addText(origin, font, ch);
            painter.strokePath(path, QPen(style.labelHalo, 2 * style.labelHaloPx, Qt::SolidLine, Qt::RoundCap,
                                          Qt::RoundJoin));
        } else {
            painter.setPen(style.labelHalo);
            for (int k = 0; k < 8; ++k) {
                const double t = k * std::numbers::pi / 4;
                painter.drawText(origin + QPointF(r * std::cos(t), r * std::sin(t)), ch);
            }
        }
        painter.setPen(style.labelText);
        painter.drawText(origin, ch);
    }
    painter.restore();
}

// On vector devices (PDF, SVG) the halo is a stroked outline and the name itself stays text, so a
// printed map's names can be searched and copied (the PDF embeds the font); speed matters less there.
void paintOnVectorDevice(QPainter& painter, const QFont& font, const PlacedLabel& label,
                         const MapStyle& style) {
    const QFontMetricsF metrics(font);
    const QPointF origin(-metrics.horizontalAdvance(label.text) / 2,
                         (metrics.ascent() - metrics.descent()) / 2);
    QPainterPath path;
    path.addText(origin, font, label.text);
    painter.save();
    painter.translate(label.box.centre);
    painter.rotate(label.box.angleDeg);
    painter.strokePath(
        path, QPen(style.labelHalo, 2 * style.labelHaloPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setFont(font);
    painter.setPen(style.labelText);
    painter.drawText(origin, label.text);
    painter.restore();
}

} // namespace

// Text centred on the box, with a halo so it reads over any line or fill. The label is drawn upright
// into a small image (text at eight offsets for the halo, then the text: unrotated glyphs come from
// the glyph cache) and the image is drawn rotated. Rotated text would be drawn from outline paths by
// the raster engine, which cost ~1–3 ms per CJK label. Vector devices get text over an outline halo.
void paintLabel(QPainter& painter, const QFont& font, const PlacedLabel& label, const MapStyle& style) {
    if (label.stacked) {
        paintStacked(painter, font, label, style);
        return;
    }
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (!raster) {
        paintOnVectorDevice(painter, font, label, style);
        return;
    }
    const QFontMetricsF metrics(font);
    const double halo = style.labelHaloPx;
    const double textW = metrics.horizontalAdvance(label.text);
    const QSizeF logical(textW + 2 * halo + 2, metrics.height() + 2 * halo + 2);
    const double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QImage image((logical * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        // Shaped once, drawn nine times.
        QStaticText text(label.text);
        // A name is text as printed, never markup: "<b>X路</b>" from a notice is drawn as typed.
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        p.setFont(font);
        const QPointF origin(halo + 1, halo + 1);
        p.setPen(style.labelHalo);
        const double r = halo * 0.7;
        for (int i = 0; i < 8; ++i) {
            const double a = i * std::numbers::pi / 4;
            p.drawStaticText(origin + QPointF(r * std::cos(a), r * std::sin(a)), text);
        }
        p.setPen(style.labelText);
        p.drawStaticText(origin, text);
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.translate(label.box.centre);
    painter.rotate(label.box.angleDeg);
    QPointF topLeft(-logical.width() / 2, -logical.height() / 2);
    if (label.box.angleDeg == 0) // unrotated: keep glyphs on whole pixels, crisp
        topLeft = QPointF(std::round(label.box.centre.x() + topLeft.x()) - label.box.centre.x(),
                          std::round(label.box.centre.y() + topLeft.y()) - label.box.centre.y());
    painter.drawImage(topLeft, image);
    painter.restore();
}

} // namespace luming
