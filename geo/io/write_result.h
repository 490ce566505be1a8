// Outcome of writing a file: ok, or one sentence naming the file and the reason.
#pragma once

#include <QString>

namespace luming {

struct WriteResult {
    bool ok = false;
    QString error;

    [[nodiscard]] static WriteResult success() { return {true, {}}; }
    [[nodiscard]] static WriteResult failure(const QString& message) { return {false, message}; }
};

} // namespace luming
