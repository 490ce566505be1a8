#include "render/print_sheet.h"

#include "render/map_renderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace luming {

namespace {

// Sizes in print pixels (1/96 inch).
constexpr int kTitlePx = 24;
constexpr int kSubtitlePx = 14;
constexpr int kHeadingPx = 13;
constexpr int kTextPx = 12;
constexpr double kRowPx = 22;
constexpr double kSampleWidthPx = 34;
constexpr double kPadPx = 8;

QFont sheetFont(const MapStyle& style, int pixelSize, bool bold = false) {
    QFont font(style.fontFamily);
    font.setStyleStrategy(style.fontStrategy);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

QRectF toPx(const QRectF& mm) {
    return QRectF(mm.topLeft() * kPrintPxPerMm, mm.size() * kPrintPxPerMm);
}

void paintSample(QPainter& painter, const LegendEntry& e, const QRectF& box, const MapStyle& style) {
    const QPointF a(box.left() + 2, box.center().y()), b(box.right() - 2, box.center().y());
    switch (e.kind) {
    case LegendEntry::Kind::Line:
        if (e.outline.isValid()) {
            painter.setPen(QPen(e.outline, e.widthPx + 2, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(a, b);
        }
        painter.setPen(QPen(e.colour, e.widthPx, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(a, b);
        break;
    case LegendEntry::Kind::Fill:
        painter.setPen(QPen(e.outline, 1));
        painter.setBrush(e.colour);
        painter.drawRect(box.adjusted(2, 4, -2, -4));
        break;
    case LegendEntry::Kind::Badge:
        painter.setPen(QPen(e.outline, 1));
        painter.setBrush(e.colour);
        painter.drawRoundedRect(box.adjusted(0, 3, 0, -3), 3, 3);
        painter.setFont(sheetFont(style, 10, true));
        painter.setPen(style.furniture);
        painter.drawText(box, Qt::AlignCenter, e.sampleText);
        break;
    case LegendEntry::Kind::Text:
        break;
    }
}

void paintLegend(QPainter& painter, const QRectF& area, const PrintSheet& sheet, const MapStyle& style) {
    painter.setPen(QPen(style.districtOutline, 0.75));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    double y = area.top() + kPadPx;
    const double textLeft = area.left() + kPadPx + kSampleWidthPx + 6;
    const double textWidth = area.right() - kPadPx - textLeft;
    const QFont heading = sheetFont(style, kHeadingPx, true);
    const QFont text = sheetFont(style, kTextPx);
    const QFontMetricsF textMetrics(text);
    for (const LegendSection& section : sheet.legend) {
        if (y + 2 * kRowPx > area.bottom() - kRowPx)
            break; // a sheet too small for the whole legend keeps what fits, whole rows only
        painter.setFont(heading);
        painter.setPen(style.furniture);
        painter.drawText(QRectF(area.left() + kPadPx, y, area.width() - 2 * kPadPx, kRowPx),
                         Qt::AlignLeft | Qt::AlignVCenter, section.heading);
        y += kRowPx;
        for (const LegendEntry& e : section.entries) {
            const QRectF bounds =
                textMetrics.boundingRect(QRectF(0, 0, textWidth, 1000), Qt::TextWordWrap, e.text);
            const double rowH = std::max(kRowPx, bounds.height() + 6);
            if (y + rowH > area.bottom() - kRowPx)
                break;
            const double left = e.kind == LegendEntry::Kind::Text ? area.left() + kPadPx : textLeft;
            paintSample(painter, e, QRectF(area.left() + kPadPx, y, kSampleWidthPx, kRowPx), style);
            painter.setFont(text);
            painter.setPen(style.furniture);
            painter.drawText(QRectF(left, y, area.right() - kPadPx - left, rowH),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, e.text);
            y += rowH;
        }
        y += kPadPx / 2;
    }
    painter.setFont(heading);
    painter.setPen(style.furniture);
    painter.drawText(
        QRectF(area.left() + kPadPx, area.bottom() - kRowPx - kPadPx / 2, area.width() - 2 * kPadPx, kRowPx),
        Qt::AlignLeft | Qt::AlignVCenter, sheet.scaleLine);
}

} // namespace

PrintReport PrintSheetPainter::paint(QPainter& painter, double unitsPerMm, const PrintPage& page,
                                     const MapScene& scene, const MapViewport& viewport,
                                     const RenderOptions& options, const PrintSheet& sheet) {
    const MapStyle& style = options.style;
    PrintReport report;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // Everything below in print pixels.
    painter.scale(unitsPerMm / kPrintPxPerMm, unitsPerMm / kPrintPxPerMm);
    painter.fillRect(toPx(QRectF(QPointF(0, 0), page.sizeMm())), Qt::white);

    const QRectF title = toPx(page.titleMm());
    painter.setPen(style.furniture);
    painter.setFont(sheetFont(style, kTitlePx, true));
    painter.drawText(QRectF(title.left(), title.top(), title.width(), title.height() * 0.62),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, sheet.title);
    painter.setFont(sheetFont(style, kSubtitlePx));
    painter.drawText(
        QRectF(title.left(), title.top() + title.height() * 0.62, title.width(), title.height() * 0.38),
        Qt::AlignLeft | Qt::AlignVCenter, sheet.subtitle);

    // The map, by the same renderer as the screen, clipped to its frame.
    const QRectF frame = toPx(page.mapFrameMm());
    painter.save();
    painter.translate(frame.topLeft());
    report.map = MapRenderer::render(painter, scene, viewport, options);
    painter.restore();
    painter.setPen(QPen(style.furniture, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(frame.topLeft(), QSizeF(viewport.size())));

    paintLegend(painter, toPx(page.legendMm()), sheet, style);

    const QRectF footer = toPx(page.footerMm());
    painter.setFont(sheetFont(style, kTextPx - 1));
    painter.setPen(style.districtLabel);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, sheet.footer);
    painter.restore();

    report.scaleDenominator = PrintPage::scaleOf(viewport);
    report.mapFrameMm = page.mapFrameMm();
    const QRectF bar = report.map.scaleBarRect;
    report.scaleBarMm =
        QRectF(report.mapFrameMm.topLeft() + bar.topLeft() / kPrintPxPerMm, bar.size() / kPrintPxPerMm);
    report.scaleBarMetres = report.map.scaleBar.metres;
    return report;
}

} // namespace luming
