#include "pdf_text_extractor.h"

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
        // Raw order follows the content stream, which keeps a two-column gazette's columns apart;
        // the physical layout would interleave their lines.
        if (page)
            pages << page->text(QRectF(), Poppler::Page::RawOrderLayout);
    }
    result.text = pages.join(QLatin1Char('\f'));
    if (result.text.trimmed().isEmpty())
        result.error =
            QCoreApplication::translate("PdfTextExtractor",
                                        "%1 has no text layer (a scanned image?); run OCR on it first.")
                .arg(name);
    return result;
}

} // namespace luming::app
