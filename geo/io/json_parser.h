// JSON text to JsonValue, keeping object members in document order.
#pragma once

#include "io/json_value.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace luming {

struct JsonParseError {
    QString message; // "expected ',' or '}'"
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in characters
};

class JsonParser {
public:
    // UTF-8 input (a leading BOM is skipped). Nesting deeper than 200 levels is refused rather than
    // risking the stack on hostile input.
    [[nodiscard]] static std::optional<JsonValue> parse(const QByteArray& utf8,
                                                        JsonParseError* error = nullptr);
    [[nodiscard]] static std::optional<JsonValue> parse(const QString& text, JsonParseError* error = nullptr);
};

} // namespace luming
