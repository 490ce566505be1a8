#include "pdf/pdf_text_extractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <poppler-qt6.h>

namespace luming {

namespace {

// Page::text() in raw order drops every line break; the word boxes keep them: a word with no next word
// ends its line. The parser needs the lines (item markers, signatures, tables).
QStringList pageLines(const Poppler::Page& page) {
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = page.textList(Poppler::Page::Rotate0);
    QStringList lines;
    QString line;
    for (const auto& word : words) {
        line += word->text();
        if (!word->nextWord()) {
            lines.append(line);
            line.clear();
        } else if (word->hasSpaceAfter()) {
            line += u' ';
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// A page number printed at the top or bottom of a page ("6", "- 6 -", "第6页", "·6·") lands in the middle
// of whatever item runs across the page break; it is furniture, not text.
bool isPageNumber(const QString& line) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*[-—·•(]?\\s*(?:第\\s*)?\\d{1,4}\\s*(?:页)?\\s*[-—·•)]?\\s*$"));
    return re.match(line).hasMatch();
}

QString pageText(const Poppler::Page& page) {
    QStringList lines = pageLines(page);
    while (!lines.isEmpty() && isPageNumber(lines.last()))
        lines.removeLast();
    while (!lines.isEmpty() && isPageNumber(lines.first()))
        lines.removeFirst();
    return lines.join(u'\n') + u'\n';
}

} // namespace

bool PdfTextExtractor::looksLikePdf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
}

PdfText PdfTextExtractor::extract(const QString& path) {
    PdfText result;
    const QString name = QFileInfo(path).fileName();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        result.error =
            QCoreApplication::translate("luming::Geo", "%1: could not be opened as a PDF.").arg(name);
        return result;
    }
    if (document->isLocked()) {
        result.error =
            QCoreApplication::translate("luming::Geo", "%1: the PDF is password-protected.").arg(name);
        return result;
    }
    result.pages = document->numPages();
    // Raw order follows the content stream, which keeps a two-column gazette's columns apart (the
    // physical layout would interleave their lines).
    QStringList pages;
    for (int i = 0; i < result.pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            pages << pageText(*page);
    }
    result.text = pages.join(QLatin1Char('\f'));
    if (result.text.trimmed().isEmpty())
        result.error =
            QCoreApplication::translate(
                "luming::Geo", "%1: the PDF has no text layer (a scanned image?); run OCR on it first.")
                .arg(name);
    return result;
}

} // namespace luming
