// A JSON value that keeps object members in document order (QJsonObject sorts its keys, but a
// notice's per-district counts must stay in printed order).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace luming {

struct JsonMember;

class JsonValue {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default; // null
    [[nodiscard]] static JsonValue null();
    [[nodiscard]] static JsonValue boolean(bool value);
    [[nodiscard]] static JsonValue number(double value);
    [[nodiscard]] static JsonValue string(const QString& value);
    [[nodiscard]] static JsonValue array();
    [[nodiscard]] static JsonValue object();
    // Conveniences for optional data: null instead of 0 or "".
    [[nodiscard]] static JsonValue optionalNumber(std::optional<double> value);
    [[nodiscard]] static JsonValue textOrNull(const QString& value); // empty → null
    [[nodiscard]] static JsonValue strings(const QStringList& values);
    [[nodiscard]] static JsonValue numbers(const QList<double>& values);
    [[nodiscard]] static JsonValue integers(const QList<int>& values);

    [[nodiscard]] Type type() const { return type_; }
    [[nodiscard]] bool isNull() const { return type_ == Type::Null; }
    [[nodiscard]] bool toBool() const { return bool_; }
    [[nodiscard]] double toNumber() const { return number_; }
    [[nodiscard]] const QString& toString() const { return string_; }
    [[nodiscard]] const std::vector<JsonValue>& items() const { return items_; }
    [[nodiscard]] const std::vector<JsonMember>& members() const;

    void append(JsonValue value);                               // arrays
    void insert(const QString& key, JsonValue value);           // objects: appends, or replaces in place
    [[nodiscard]] const JsonValue* find(QStringView key) const; // nullptr when absent

    friend bool operator==(const JsonValue& a, const JsonValue& b);

private:
    Type type_ = Type::Null;
    bool bool_ = false;
    double number_ = 0;
    QString string_;
    std::vector<JsonValue> items_;
    std::vector<JsonMember> members_;
};

struct JsonMember {
    QString key;
    JsonValue value;
    friend bool operator==(const JsonMember&, const JsonMember&) = default;
};

} // namespace luming
