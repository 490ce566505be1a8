#include "io/json_key_order.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace luming {
namespace {

qsizetype skipSpace(QByteArrayView json, qsizetype i) {
    while (i < json.size() && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r'))
        ++i;
    return i;
}

// Index just past the string that opens at json[i] ('"'), or -1.
qsizetype skipString(QByteArrayView json, qsizetype i) {
    for (++i; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

// Index of the ',' or '}' ending the value that starts at json[i], or -1.
qsizetype skipValue(QByteArrayView json, qsizetype i) {
    int depth = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            i = skipString(json, i);
            if (i < 0)
                return -1;
            continue;
        }
        if (c == '[' || c == '{')
            ++depth;
        else if ((c == ']' || c == '}') && depth > 0)
            --depth;
        else if ((c == ',' || c == '}') && depth == 0)
            return i;
        ++i;
    }
    return -1;
}

} // namespace

QStringList printedKeys(QByteArrayView json, qsizetype open) {
    QStringList keys;
    if (open < 0 || open >= json.size() || json[open] != '{')
        return {};
    qsizetype i = skipSpace(json, open + 1);
    if (i < json.size() && json[i] == '}')
        return keys;
    while (i < json.size() && json[i] == '"') {
        const qsizetype end = skipString(json, i);
        if (end < 0)
            return {};
        // Qt decodes the key's escapes: wrap the string token in an array and parse that.
        const QByteArray token = '[' + json.sliced(i, end - i).toByteArray() + ']';
        keys << QJsonDocument::fromJson(token).array().at(0).toString();
        i = skipSpace(json, end);
        if (i >= json.size() || json[i] != ':')
            return {};
        i = skipValue(json, i + 1);
        if (i < 0)
            return {};
        if (json[i] == '}')
            return keys;
        i = skipSpace(json, i + 1);
    }
    return {};
}

QList<QStringList> printedKeyOrders(QByteArrayView json, QByteArrayView member) {
    QList<QStringList> out;
    const QByteArray quoted = '"' + member.toByteArray() + '"';
    for (qsizetype at = json.indexOf(quoted); at >= 0; at = json.indexOf(quoted, at + quoted.size())) {
        qsizetype i = skipSpace(json, at + quoted.size());
        if (i >= json.size() || json[i] != ':')
            continue;
        i = skipSpace(json, i + 1);
        if (i < json.size() && json[i] == '{')
            out.append(printedKeys(json, i));
    }
    return out;
}

} // namespace luming
