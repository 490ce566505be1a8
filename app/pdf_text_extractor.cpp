#include "pdf_text_extractor.h"

#include "cjk_radical_folding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <poppler-qt6.h>

namespace luming::app {

PdfText PdfTextExtractor::extract(const QString& path) {
    PdfText result;
    const QString name = QFileInfo(path).fileName();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        result.error =
            QCoreApplication::translate("PdfTextExtractor", "%1 could not be opened as a PDF.").arg(name);
        return result;
    }
    if (document->isLocked()) {
        result.error = QCoreApplication::translate("PdfTextExtractor", "%1 is password-protected.").arg(name);
        return result;
    }
    result.pages = document->numPages();
    QStringList pages;
    for (int i = 0; i < result.pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        // Poppler's default ("physical") mode is its reading-order analysis, as pdftotext without
        // -layout: a two-column gazette comes out column after column, with line breaks. The raw
        // content-stream order has no line breaks (and in poppler 22.12 returns nothing after the
        // first document of a process).
        if (page)
            pages << page->text(QRectF());
    }
    result.text = CjkRadicalFolding::fold(pages.join(QLatin1Char('\f')));
    if (result.text.trimmed().isEmpty())
        result.error =
            QCoreApplication::translate("PdfTextExtractor",
                                        "%1 has no text layer (a scanned image?); run OCR on it first.")
                .arg(name);
    return result;
}

} // namespace luming::app
