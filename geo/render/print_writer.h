// Writes a printed map sheet to a PDF (vector, names kept as text in an embedded CJK font) or a PNG
// (at a chosen resolution), chosen by the file's suffix. Written through a temporary file and renamed
// into place, so a failure leaves an earlier file as it was.
#pragma once

#include "render/print_sheet.h"

#include <QString>
#include <optional>

namespace luming {

enum class PrintFormat { Pdf, Png };

// ".pdf" → Pdf, ".png" → Png (any case); nullopt for anything else.
std::optional<PrintFormat> printFormatForPath(const QString& path);

struct PrintJob {
    PrintPage page;
    MapScene scene;
    MapViewport viewport; // from page.viewport(): its size is the page's map frame
    RenderOptions options;
    PrintSheet sheet;
    QString path;
    int pngDpi = 200; // PNG only; a PDF is vector (300 dpi for what little is rasterised)
    QString pdfTitle; // the PDF's document title
};

struct PrintOutcome {
    bool ok = false;
    QString message; // names the file: what was written, or why not
    PrintReport report;
};

[[nodiscard]] PrintOutcome writePrint(const PrintJob& job);

} // namespace luming
