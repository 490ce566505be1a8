#include "io/json_serializer.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace luming {
namespace {

void appendString(QByteArray& out, const QString& s) {
    out += '"';
    qsizetype runStart = -1; // start of a run of non-ASCII code units, flushed as UTF-8 in one go
    auto flush = [&](qsizetype end) {
        if (runStart >= 0)
            out += QStringView(s).mid(runStart, end - runStart).toUtf8();
        runStart = -1;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u >= 0x80) {
            // Chinese stays readable UTF-8, not \uXXXX; whole runs keep surrogate pairs together.
            if (runStart < 0)
                runStart = i;
            continue;
        }
        flush(i);
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += char(u);
            }
        }
    }
    flush(s.size());
    out += '"';
}

bool isScalar(const JsonValue& v) {
    return v.type() != JsonValue::Type::Array && v.type() != JsonValue::Type::Object;
}

class Writer {
public:
    explicit Writer(JsonStyle style) : style_(style) {}

    void write(const JsonValue& v, int depth) {
        switch (v.type()) {
        case JsonValue::Type::Null:
            out_ += "null";
            break;
        case JsonValue::Type::Bool:
            out_ += v.toBool() ? "true" : "false";
            break;
        case JsonValue::Type::Number:
            out_ += JsonSerializer::formatNumber(v.toNumber());
            break;
        case JsonValue::Type::String:
            appendString(out_, v.toString());
            break;
        case JsonValue::Type::Array:
            writeArray(v, depth);
            break;
        case JsonValue::Type::Object:
            writeObject(v, depth);
            break;
        }
    }

    QByteArray take() { return std::move(out_); }

private:
    void newline(int depth) {
        if (style_ == JsonStyle::Compact)
            return;
        out_ += '\n';
        out_ += QByteArray(depth * 2, ' ');
    }

    void writeArray(const JsonValue& v, int depth) {
        const auto& items = v.items();
        // Lists of scalars (subdistricts, via, seqs) stay on one line: easier to read and diff.
        const bool inlineItems = std::all_of(items.begin(), items.end(), isScalar);
        out_ += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                out_ += (inlineItems && style_ == JsonStyle::Indented) ? ", " : ",";
            if (!inlineItems)
                newline(depth + 1);
            write(items[i], depth + 1);
        }
        if (!inlineItems && !items.empty())
            newline(depth);
        out_ += ']';
    }

    void writeObject(const JsonValue& v, int depth) {
        const auto& members = v.members();
        out_ += '{';
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i > 0)
                out_ += ',';
            newline(depth + 1);
            appendString(out_, members[i].key);
            out_ += style_ == JsonStyle::Indented ? ": " : ":";
            write(members[i].value, depth + 1);
        }
        if (!members.empty())
            newline(depth);
        out_ += '}';
    }

    JsonStyle style_;
    QByteArray out_;
};

} // namespace

QByteArray JsonSerializer::formatNumber(double value) {
    if (!std::isfinite(value))
        return "null";
    // Whole numbers within the exactly representable range print as integers.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray JsonSerializer::serialize(const JsonValue& value, JsonStyle style) {
    Writer w(style);
    w.write(value, 0);
    QByteArray out = w.take();
    if (style == JsonStyle::Indented)
        out += '\n';
    return out;
}

} // namespace luming
