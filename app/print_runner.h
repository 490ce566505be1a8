// luming-viewer FILE --print out.pdf|out.png [--scale 1:10000] [--paper A3] [--landscape]: reads the
// notice (or project) as the viewer would, and writes the printed map sheet headless, without a window.
#pragma once

#include "render/print_page.h"

#include <QString>

namespace luming::app {

struct PrintRunResult {
    int exitCode = 0; // 0 written, 1 the file could not be read or the sheet not written
    QString message;  // names the file written, or says why not
};

// Its messages are the command line's, untranslated like --screenshot's.
class PrintRunner {
public:
    // The map shows every road: centred on them at the page's scale, or fitted when it has none.
    [[nodiscard]] static PrintRunResult run(const QString& file, const QString& outPath,
                                            const PrintPage& page);
};

} // namespace luming::app
