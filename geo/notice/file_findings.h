// Findings about the file itself rather than its notices: bytes the reader removed or could not
// decode, and invisible controls the normaliser dropped. Each names the file and the line.
#pragma once

#include "core/notice.h"
#include "text/normalized_text.h"
#include "text/text_reader.h"

#include <QList>

namespace luming {

// NUL bytes removed; each run of undecodable bytes with its line (the first 20), then how many more.
[[nodiscard]] QList<Finding> decodingFindings(const DecodedText& decoded, const QString& fileName);

// Bidirectional controls (U+202E …) removed from the text, with the line of the first.
[[nodiscard]] QList<Finding> normalisingFindings(const NormalizedText& norm, const QString& fileName);

} // namespace luming
