// Text of a PDF notice or gazette through poppler-qt6, page after page, for the notice parser.
#pragma once

#include <QString>

namespace luming {

struct PdfText {
    QString text; // pages separated by a form feed
    int pages = 0;
    QString error; // one sentence naming the file; empty on success
};

class PdfTextExtractor {
public:
    // True when the file starts with the PDF signature (whatever its extension).
    [[nodiscard]] static bool looksLikePdf(const QString& path);
    [[nodiscard]] static PdfText extract(const QString& path);
};

} // namespace luming
