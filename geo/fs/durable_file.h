// Small durable file operations shared by the swap journal and the staged writers: each error gives the
// cause in the system's words (osErrorText), never "Unknown error", and names the file (in the message,
// or in Error::file when the message is the bare cause).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace luming {

// Writes `bytes` to `path` through a hidden temp file in the same folder (removed on failure), fsyncs
// it, renames it into place (keeping an existing file's permissions) and fsyncs the folder.
[[nodiscard]] Status writeDurably(const QString& path, const QByteArray& bytes);
// fsync of a file already written (by GDAL, say), so that a journal written after it never points to
// data still in the page cache.
[[nodiscard]] Status syncFile(const QString& path);
// fsync of a folder, so renames in it survive a power cut. Best effort: some file systems refuse it.
void syncFolder(const QString& path);
// rename(2), replacing `to`; the error names both files.
[[nodiscard]] Status renameFile(const QString& from, const QString& to);

} // namespace luming
