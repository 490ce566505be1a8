#include "render/print_writer.h"

#include "render/pdf_unicode_repair.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

namespace luming {

namespace {

constexpr int kPdfResolution = 300;

QPageSize pageSize(PaperSize paper) {
    switch (paper) {
    case PaperSize::A4:
        return QPageSize(QPageSize::A4);
    case PaperSize::A3:
        return QPageSize(QPageSize::A3);
    case PaperSize::A2:
        return QPageSize(QPageSize::A2);
    case PaperSize::A1:
        return QPageSize(QPageSize::A1);
    case PaperSize::A0:
        return QPageSize(QPageSize::A0);
    }
    return QPageSize(QPageSize::A4);
}

PrintOutcome failed(const QString& message) {
    PrintOutcome out;
    out.message = message;
    return out;
}

} // namespace

std::optional<PrintFormat> printFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return PrintFormat::Pdf;
    if (suffix == QLatin1String("png"))
        return PrintFormat::Png;
    return std::nullopt;
}

PrintOutcome writePrint(const PrintJob& job) {
    const QString shown = QDir::toNativeSeparators(QFileInfo(job.path).absoluteFilePath());
    const auto format = printFormatForPath(job.path);
    if (!format)
        return failed(
            QCoreApplication::translate("luming::Geo", "%1: a printed map is written as .pdf or .png")
                .arg(shown));
    QSaveFile file(job.path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(
            QCoreApplication::translate("luming::Geo", "cannot write %1: %2").arg(shown, file.errorString()));

    PrintOutcome out;
    const QSizeF mm = job.page.sizeMm();
    if (*format == PrintFormat::Pdf) {
        // Into memory first: the text layer is repaired before the bytes go to the file.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(pageSize(job.page.paper));
        pdf.setPageOrientation(job.page.orientation == PaperOrientation::Landscape ? QPageLayout::Landscape
                                                                                   : QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        pdf.setResolution(kPdfResolution);
        pdf.setTitle(job.pdfTitle);
        pdf.setCreator(QStringLiteral("Luming"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return failed(QCoreApplication::translate("luming::Geo", "cannot start a PDF in %1").arg(shown));
        RenderOptions options = job.options;
        options.style.fontStrategy = QFont::PreferNoShaping; // every glyph found again as text (map_style.h)
        out.report = PrintSheetPainter::paint(painter, kPdfResolution / 25.4, job.page, job.scene,
                                              job.viewport, options, job.sheet);
        if (!painter.end())
            return failed(QCoreApplication::translate("luming::Geo", "cannot finish the PDF %1").arg(shown));
        const QByteArray repaired = repairPdfToUnicode(bytes);
        if (file.write(repaired) != repaired.size())
            return failed(QCoreApplication::translate("luming::Geo", "cannot write %1: %2")
                              .arg(shown, file.errorString()));
    } else {
        // Logical pixels of 1/96 inch on a device of pngDpi, so the sheet lays out as in the PDF.
        const double pxPerMm = job.pngDpi / 25.4;
        QImage image(QSize(static_cast<int>(std::lround(mm.width() * pxPerMm)),
                           static_cast<int>(std::lround(mm.height() * pxPerMm))),
                     QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return failed(QCoreApplication::translate("luming::Geo",
                                                      "%1: not enough memory for a %2 dpi image of the sheet")
                              .arg(shown)
                              .arg(job.pngDpi));
        image.setDevicePixelRatio(job.pngDpi / 96.0);
        image.setDotsPerMeterX(static_cast<int>(std::lround(job.pngDpi / 0.0254)));
        image.setDotsPerMeterY(image.dotsPerMeterX());
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            out.report = PrintSheetPainter::paint(painter, kPrintPxPerMm, job.page, job.scene, job.viewport,
                                                  job.options, job.sheet);
        }
        QImageWriter writer(&file, "png");
        if (!writer.write(image))
            return failed(QCoreApplication::translate("luming::Geo", "cannot write %1: %2")
                              .arg(shown, writer.errorString()));
    }
    if (!file.commit())
        return failed(
            QCoreApplication::translate("luming::Geo", "cannot write %1: %2").arg(shown, file.errorString()));
    out.ok = true;
    out.message = QCoreApplication::translate("luming::Geo", "wrote %1 (%2 %3, %4)")
                      .arg(shown, paperSizeCode(job.page.paper),
                           job.page.orientation == PaperOrientation::Landscape ? QStringLiteral("landscape")
                                                                               : QStringLiteral("portrait"),
                           scaleText(out.report.scaleDenominator));
    return out;
}

} // namespace luming
