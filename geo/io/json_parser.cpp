#include "io/json_parser.h"

namespace luming {
namespace {

constexpr int kMaxDepth = 200;

class Parser {
public:
    explicit Parser(const QString& text) : s_(text) {}

    std::optional<JsonValue> run(JsonParseError* error) {
        if (pos_ < s_.size() && s_[pos_] == QChar(0xFEFF))
            ++pos_;
        skipSpace();
        std::optional<JsonValue> v = value(0);
        if (v) {
            skipSpace();
            if (pos_ < s_.size()) {
                fail(QStringLiteral("unexpected text after the JSON value"));
                v.reset();
            }
        }
        if (!v && error)
            *error = error_;
        return v;
    }

private:
    void fail(const QString& message) {
        if (!error_.message.isEmpty())
            return; // keep the first, innermost error
        error_.message = message;
        error_.line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < pos_ && i < s_.size(); ++i) {
            if (s_[i] == u'\n') {
                ++error_.line;
                lineStart = i + 1;
            }
        }
        error_.column = int(pos_ - lineStart) + 1;
    }

    void skipSpace() {
        while (pos_ < s_.size()) {
            const char16_t c = s_[pos_].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++pos_;
        }
    }

    bool consume(QStringView word) {
        if (QStringView(s_).mid(pos_, word.size()) != word)
            return false;
        pos_ += word.size();
        return true;
    }

    std::optional<JsonValue> value(int depth) {
        if (depth > kMaxDepth) {
            fail(QStringLiteral("nesting deeper than %1 levels").arg(kMaxDepth));
            return std::nullopt;
        }
        if (pos_ >= s_.size()) {
            fail(QStringLiteral("unexpected end of text"));
            return std::nullopt;
        }
        const char16_t c = s_[pos_].unicode();
        if (c == u'{')
            return object(depth);
        if (c == u'[')
            return array(depth);
        if (c == u'"') {
            std::optional<QString> str = string();
            if (!str)
                return std::nullopt;
            return JsonValue::string(*str);
        }
        if (consume(u"null"))
            return JsonValue::null();
        if (consume(u"true"))
            return JsonValue::boolean(true);
        if (consume(u"false"))
            return JsonValue::boolean(false);
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            return number();
        fail(QStringLiteral("unexpected character '%1'").arg(s_[pos_]));
        return std::nullopt;
    }

    std::optional<JsonValue> object(int depth) {
        ++pos_; // {
        JsonValue obj = JsonValue::object();
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == u'}') {
            ++pos_;
            return obj;
        }
        while (true) {
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != u'"') {
                fail(QStringLiteral("expected a member name in quotes"));
                return std::nullopt;
            }
            std::optional<QString> key = string();
            if (!key)
                return std::nullopt;
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != u':') {
                fail(QStringLiteral("expected ':' after \"%1\"").arg(*key));
                return std::nullopt;
            }
            ++pos_;
            skipSpace();
            std::optional<JsonValue> v = value(depth + 1);
            if (!v)
                return std::nullopt;
            obj.insert(*key, std::move(*v));
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == u',') {
                ++pos_;
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == u'}') {
                ++pos_;
                return obj;
            }
            fail(QStringLiteral("expected ',' or '}'"));
            return std::nullopt;
        }
    }

    std::optional<JsonValue> array(int depth) {
        ++pos_; // [
        JsonValue arr = JsonValue::array();
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == u']') {
            ++pos_;
            return arr;
        }
        while (true) {
            skipSpace();
            std::optional<JsonValue> v = value(depth + 1);
            if (!v)
                return std::nullopt;
            arr.append(std::move(*v));
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == u',') {
                ++pos_;
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == u']') {
                ++pos_;
                return arr;
            }
            fail(QStringLiteral("expected ',' or ']'"));
            return std::nullopt;
        }
    }

    std::optional<int> hex4() {
        if (pos_ + 4 > s_.size())
            return std::nullopt;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const char16_t c = s_[pos_ + i].unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                return std::nullopt;
            v = v * 16 + digit;
        }
        pos_ += 4;
        return v;
    }

    std::optional<QString> string() {
        ++pos_; // opening quote
        QString out;
        while (pos_ < s_.size()) {
            const QChar c = s_[pos_++];
            if (c == u'"')
                return out;
            if (c.unicode() < 0x20) {
                --pos_;
                fail(QStringLiteral("control character inside a string"));
                return std::nullopt;
            }
            if (c != u'\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size())
                break;
            const char16_t e = s_[pos_++].unicode();
            switch (e) {
            case u'"':
                out += u'"';
                break;
            case u'\\':
                out += u'\\';
                break;
            case u'/':
                out += u'/';
                break;
            case u'b':
                out += u'\b';
                break;
            case u'f':
                out += u'\f';
                break;
            case u'n':
                out += u'\n';
                break;
            case u'r':
                out += u'\r';
                break;
            case u't':
                out += u'\t';
                break;
            case u'u': {
                // UTF-16 code units go in as they are: a \uD83D\uDE00 pair recombines by itself.
                std::optional<int> code = hex4();
                if (!code) {
                    fail(QStringLiteral("bad \\u escape"));
                    return std::nullopt;
                }
                out += QChar(char16_t(*code));
                break;
            }
            default:
                --pos_;
                fail(QStringLiteral("bad escape '\\%1'").arg(QChar(e)));
                return std::nullopt;
            }
        }
        fail(QStringLiteral("unterminated string"));
        return std::nullopt;
    }

    std::optional<JsonValue> number() {
        const qsizetype start = pos_;
        auto digits = [&] {
            const qsizetype from = pos_;
            while (pos_ < s_.size() && s_[pos_] >= u'0' && s_[pos_] <= u'9')
                ++pos_;
            return pos_ > from;
        };
        if (s_[pos_] == u'-')
            ++pos_;
        if (pos_ < s_.size() && s_[pos_] == u'0') {
            ++pos_; // JSON allows no leading zeros
        } else if (!digits()) {
            fail(QStringLiteral("bad number"));
            return std::nullopt;
        }
        if (pos_ < s_.size() && s_[pos_] == u'.') {
            ++pos_;
            if (!digits()) {
                fail(QStringLiteral("bad number: digits expected after '.'"));
                return std::nullopt;
            }
        }
        if (pos_ < s_.size() && (s_[pos_] == u'e' || s_[pos_] == u'E')) {
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == u'+' || s_[pos_] == u'-'))
                ++pos_;
            if (!digits()) {
                fail(QStringLiteral("bad number: digits expected in the exponent"));
                return std::nullopt;
            }
        }
        bool ok = false;
        const double d = QStringView(s_).mid(start, pos_ - start).toDouble(&ok);
        if (!ok) {
            pos_ = start;
            fail(QStringLiteral("number out of range"));
            return std::nullopt;
        }
        return JsonValue::number(d);
    }

    const QString& s_;
    qsizetype pos_ = 0;
    JsonParseError error_;
};

} // namespace

std::optional<JsonValue> JsonParser::parse(const QString& text, JsonParseError* error) {
    return Parser(text).run(error);
}

std::optional<JsonValue> JsonParser::parse(const QByteArray& utf8, JsonParseError* error) {
    return parse(QString::fromUtf8(utf8), error);
}

} // namespace luming
