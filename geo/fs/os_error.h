// An errno value in words a planner can act on. strerror's text ("No space left on device") is kept and,
// for the causes a user fixes outside Luming, a short name of the cause is put first ("disk full: …"),
// so no message about a failed write ends in "Unknown error".
#pragma once

#include <QString>

namespace luming {

[[nodiscard]] QString osErrorText(int errnum);

// Whether `text` (from Qt, GDAL or SQLite) already names the cause of a failed write.
[[nodiscard]] bool namesWriteCause(const QString& text);

} // namespace luming

namespace luming {

// When a write failed with a message that does not say why (GDAL's "Failure seeking to position…",
// SQLite's "disk I/O error"), the likely cause as found on the spot: the file system of `dir` has (almost)
// no free space left, or this process runs under a file-size limit (ulimit -f). Empty when neither.
[[nodiscard]] QString likelyWriteFailureCause(const QString& dir);

// `message`, with the likely cause appended when it names none itself.
[[nodiscard]] QString withWriteCause(const QString& message, const QString& dir);

} // namespace luming
