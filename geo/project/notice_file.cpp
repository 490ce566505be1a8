#include "project/notice_file.h"

#include "pdf/pdf_text_extractor.h"

#include <QCoreApplication>

namespace luming {

ParseOutcome parseNoticeFile(const QString& path, Feedback* feedback) {
    if (!PdfTextExtractor::looksLikePdf(path))
        return NoticeParser::parseFile(path, feedback);
    const PdfText pdf = PdfTextExtractor::extract(path);
    if (!pdf.error.isEmpty()) {
        ParseOutcome out;
        out.status = ParseStatus::Unreadable;
        out.result.file = path;
        out.error = pdf.error;
        return out;
    }
    return NoticeParser::parseText(
        pdf.text, path,
        QCoreApplication::translate("luming::Geo", "PDF text layer (%1 pages)").arg(pdf.pages), feedback);
}

} // namespace luming
