#include "io/json_value.h"

namespace luming {

JsonValue JsonValue::null() {
    return {};
}

JsonValue JsonValue::boolean(bool value) {
    JsonValue v;
    v.type_ = Type::Bool;
    v.bool_ = value;
    return v;
}

JsonValue JsonValue::number(double value) {
    JsonValue v;
    v.type_ = Type::Number;
    v.number_ = value;
    return v;
}

JsonValue JsonValue::string(const QString& value) {
    JsonValue v;
    v.type_ = Type::String;
    v.string_ = value;
    return v;
}

JsonValue JsonValue::array() {
    JsonValue v;
    v.type_ = Type::Array;
    return v;
}

JsonValue JsonValue::object() {
    JsonValue v;
    v.type_ = Type::Object;
    return v;
}

JsonValue JsonValue::optionalNumber(std::optional<double> value) {
    return value ? number(*value) : null();
}

JsonValue JsonValue::textOrNull(const QString& value) {
    return value.isEmpty() ? null() : string(value);
}

JsonValue JsonValue::strings(const QStringList& values) {
    JsonValue v = array();
    for (const QString& s : values)
        v.append(string(s));
    return v;
}

JsonValue JsonValue::numbers(const QList<double>& values) {
    JsonValue v = array();
    for (double d : values)
        v.append(number(d));
    return v;
}

JsonValue JsonValue::integers(const QList<int>& values) {
    JsonValue v = array();
    for (int i : values)
        v.append(number(i));
    return v;
}

const std::vector<JsonMember>& JsonValue::members() const {
    return members_;
}

void JsonValue::append(JsonValue value) {
    items_.push_back(std::move(value));
}

void JsonValue::insert(const QString& key, JsonValue value) {
    for (JsonMember& m : members_) {
        if (m.key == key) {
            m.value = std::move(value);
            return;
        }
    }
    members_.push_back(JsonMember{key, std::move(value)});
}

const JsonValue* JsonValue::find(QStringView key) const {
    for (const JsonMember& m : members_)
        if (m.key == key)
            return &m.value;
    return nullptr;
}

bool operator==(const JsonValue& a, const JsonValue& b) {
    return a.type_ == b.type_ && a.bool_ == b.bool_ && a.number_ == b.number_ && a.string_ == b.string_ &&
           a.items_ == b.items_ && a.members_ == b.members_;
}

} // namespace luming
