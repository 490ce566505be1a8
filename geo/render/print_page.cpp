#include "render/print_page.h"

#include <QRegularExpression>
#include <cmath>

namespace luming {

namespace {

constexpr double kMarginMm = 10;
constexpr double kTitleHeightMm = 16;
constexpr double kFooterHeightMm = 8;
constexpr double kLegendWidthMm = 58;
constexpr double kGapMm = 4;
constexpr PaperSize kPapers[] = {PaperSize::A4, PaperSize::A3, PaperSize::A2, PaperSize::A1, PaperSize::A0};

} // namespace

std::optional<PaperSize> paperSizeFromCode(const QString& code) {
    for (PaperSize p : kPapers)
        if (paperSizeCode(p).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString paperSizeCode(PaperSize paper) {
    return QStringLiteral("A%1").arg(4 - static_cast<int>(paper)); // the enum runs A4 (0) … A0 (4)
}

QStringList paperSizeCodes() {
    QStringList codes;
    for (PaperSize p : kPapers)
        codes.append(paperSizeCode(p));
    return codes;
}

std::optional<double> scaleFromText(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:1\\s*[:：]\\s*)?([0-9][0-9 ,\\x{2009}]*)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1);
    digits.remove(QRegularExpression(QStringLiteral("[ ,\\x{2009}]")));
    bool ok = false;
    const double n = digits.toDouble(&ok);
    if (!ok || n < 100 || n > 1e7)
        return std::nullopt;
    return n;
}

QString scaleText(double denominator) {
    QString digits = QString::number(std::llround(denominator));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x2009));
    return QStringLiteral("1:") + digits;
}

QSizeF PrintPage::sizeMm() const {
    // ISO 216: A0 is 841 × 1189 mm; each next size halves the long side.
    static const QSizeF portrait[] = {{210, 297}, {297, 420}, {420, 594}, {594, 841}, {841, 1189}};
    const QSizeF s = portrait[static_cast<int>(paper)];
    return orientation == PaperOrientation::Landscape ? s.transposed() : s;
}

QRectF PrintPage::titleMm() const {
    return QRectF(kMarginMm, kMarginMm, sizeMm().width() - 2 * kMarginMm, kTitleHeightMm);
}

QRectF PrintPage::mapFrameMm() const {
    const QSizeF s = sizeMm();
    const double top = kMarginMm + kTitleHeightMm + kGapMm;
    return QRectF(kMarginMm, top, s.width() - 2 * kMarginMm - kLegendWidthMm - kGapMm,
                  s.height() - top - kGapMm - kFooterHeightMm - kMarginMm);
}

QRectF PrintPage::legendMm() const {
    const QRectF map = mapFrameMm();
    return QRectF(map.right() + kGapMm, map.top(), kLegendWidthMm, map.height());
}

QRectF PrintPage::footerMm() const {
    const QRectF map = mapFrameMm();
    return QRectF(kMarginMm, map.bottom() + kGapMm, sizeMm().width() - 2 * kMarginMm, kFooterHeightMm);
}

QSize PrintPage::mapFramePx() const {
    const QRectF r = mapFrameMm();
    return QSize(static_cast<int>(std::floor(r.width() * kPrintPxPerMm)),
                 static_cast<int>(std::floor(r.height() * kPrintPxPerMm)));
}

MapViewport PrintPage::viewport(QPointF centreM, const QRectF& extentM) const {
    if (!scaleDenominator)
        return MapViewport::fitting(extentM, mapFramePx(), 12);
    // 1:N: one print pixel (1/kPrintPxPerMm mm of paper) shows N times as much ground.
    return MapViewport(centreM, *scaleDenominator / 1000.0 / kPrintPxPerMm, mapFramePx());
}

double PrintPage::scaleOf(const MapViewport& viewport) {
    return viewport.metresPerPixel() * kPrintPxPerMm * 1000.0;
}

} // namespace luming
