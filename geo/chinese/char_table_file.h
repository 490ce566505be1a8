// Reads one of the compiled-in character tables (resources/*.tsv under :/chinese): tab-separated rows,
// '#' comment lines and blank lines skipped. A malformed row is reported by file and line, never skipped
// silently.
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace luming {

// Calls `row` with each row's fields and its 1-based line number; `row` returns an empty string or why
// the row is wrong. Returns "" or the first problem as "<file>:<line>: <why>".
QString readCharTable(const QString& name, int minFields,
                      const std::function<QString(const QStringList& fields, int line)>& row);

} // namespace luming
