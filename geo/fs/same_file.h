// Whether two paths name one file — the check that keeps a save or an export from writing over its own
// source. By device and inode when both exist, so a symlink or a hard link to the source counts;
// otherwise by absolute, cleaned path (a path that does not exist yet is no existing file's alias).
#pragma once

#include <QString>
#include <QStringList>

namespace luming {

[[nodiscard]] bool isSameFile(const QString& a, const QString& b);

// The first of `sources` that `target` names, or an empty string.
[[nodiscard]] QString sourceNamedBy(const QString& target, const QStringList& sources);

} // namespace luming
