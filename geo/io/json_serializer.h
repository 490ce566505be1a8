// JSON text from a JsonValue: UTF-8, members in insertion order, integers without ".0".
#pragma once

#include "io/json_value.h"

#include <QByteArray>

namespace luming {

enum class JsonStyle { Indented, Compact };

class JsonSerializer {
public:
    [[nodiscard]] static QByteArray serialize(const JsonValue& value, JsonStyle style = JsonStyle::Indented);
    // A number as JSON prints it: 447 (not 447.0), 222.3, shortest round-trip form; NaN/inf → null.
    [[nodiscard]] static QByteArray formatNumber(double value);
};

} // namespace luming
