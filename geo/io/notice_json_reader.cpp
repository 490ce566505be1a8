#include "io/notice_json_reader.h"

#include "core/road_fields.h"
#include "io/evidence_json.h"
#include "io/json_key_order.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <limits>

namespace luming {
namespace {

bool whole(double d) {
    return d == std::trunc(d) && std::fabs(d) <= double(std::numeric_limits<int>::max());
}

// Reads members of one object; remembers the first problem, with the member's path.
class Fields {
public:
    Fields(const QJsonValue& value, QString where) : object_(value.toObject()), where_(std::move(where)) {
        if (!value.isObject())
            fail(where_, QCoreApplication::translate("luming::Geo", "expected an object"));
    }

    [[nodiscard]] bool ok() const { return ok_; }
    // The first problem, "roads[3].length_m: expected a number or null" (precondition: !ok()).
    [[nodiscard]] Error error() const { return luming::fail(error_); }
    [[nodiscard]] QString path(const QString& key) const { return where_ + u'.' + key; }
    [[nodiscard]] const QJsonObject& object() const { return object_; }

    // Null and missing members read the same.
    std::optional<QJsonValue> get(const QString& key) const {
        const QJsonValue v = object_.value(key);
        return (v.isNull() || v.isUndefined()) ? std::nullopt : std::optional<QJsonValue>(v);
    }

    QString text(const QString& key) {
        const auto v = get(key);
        if (v && !v->isString())
            fail(path(key), QCoreApplication::translate("luming::Geo", "expected a string or null"));
        return v ? v->toString() : QString();
    }

    std::optional<qint64> integer(const QString& key) {
        const auto v = get(key);
        if (!v)
            return std::nullopt;
        if (!v->isDouble()) {
            fail(path(key), QCoreApplication::translate("luming::Geo", "expected a number or null"));
            return std::nullopt;
        }
        if (!whole(v->toDouble())) {
            fail(path(key), QCoreApplication::translate("luming::Geo", "expected a whole number, got %1")
                                .arg(v->toDouble()));
            return std::nullopt;
        }
        return qint64(v->toDouble());
    }

    std::optional<QJsonArray> array(const QString& key) {
        const auto v = get(key);
        if (v && !v->isArray()) {
            fail(path(key), QCoreApplication::translate("luming::Geo", "expected an array or null"));
            return std::nullopt;
        }
        return v ? std::optional<QJsonArray>(v->toArray()) : std::nullopt;
    }

    // A table field as the QVariant its setter takes (invalid for null).
    QVariant field(const RoadField& f, const QString& key) {
        const auto v = get(key);
        if (!v)
            return {};
        const auto wrong = [&](const QString& what) {
            fail(path(key), what);
            return QVariant();
        };
        switch (f.type) {
        case FieldType::Integer:
            return v->isDouble()
                       ? (whole(v->toDouble()) ? QVariant(qint64(v->toDouble()))
                                               : wrong(QCoreApplication::translate(
                                                           "luming::Geo", "expected a whole number, got %1")
                                                           .arg(v->toDouble())))
                       : wrong(QCoreApplication::translate("luming::Geo", "expected a number or null"));
        case FieldType::Real:
            return v->isDouble()
                       ? QVariant(v->toDouble())
                       : wrong(QCoreApplication::translate("luming::Geo", "expected a number or null"));
        case FieldType::Boolean:
            return v->isBool() ? QVariant(v->toBool())
                               : wrong(QCoreApplication::translate("luming::Geo", "expected true or false"));
        case FieldType::Text:
        case FieldType::Code:
            return v->isString()
                       ? QVariant(v->toString())
                       : wrong(QCoreApplication::translate("luming::Geo", "expected a string or null"));
        case FieldType::TextList:
        case FieldType::RealList:
            break;
        }
        if (!v->isArray())
            return wrong(QCoreApplication::translate("luming::Geo", "expected an array or null"));
        const QJsonArray items = v->toArray();
        QStringList strings;
        QList<double> numbers;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool isText = f.type == FieldType::TextList;
            if (isText ? !items[i].isString() : !items[i].isDouble())
                return wrong((isText ? QCoreApplication::translate("luming::Geo", "[%1]: expected a string")
                                     : QCoreApplication::translate("luming::Geo", "[%1]: expected a number"))
                                 .arg(i));
            if (isText)
                strings << items[i].toString();
            else
                numbers << items[i].toDouble();
        }
        return f.type == FieldType::TextList ? QVariant(strings) : QVariant::fromValue(numbers);
    }

    void fail(const QString& where, const QString& what) {
        if (ok_)
            error_ = where + (what.startsWith(u'[') ? QString() : QStringLiteral(": ")) + what;
        ok_ = false;
    }

private:
    QJsonObject object_;
    QString where_;
    QString error_;
    bool ok_ = true;
};

// Line and column (1-based, in characters) of a byte offset, for parse errors.
QPair<int, int> lineAndColumn(const QByteArray& utf8, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    const QByteArrayView before(utf8.constData(), offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

struct PrintedOrders {
    QStringList districts;
    QStringList actions;
};

// The printed key orders of one member's object-form values, handed out in document order.
class OldOrders {
public:
    OldOrders(QByteArrayView json, QByteArrayView member) : orders_(printedKeyOrders(json, member)) {}

    QStringList next(const QJsonValue& value) {
        if (!value.isObject())
            return {};
        QStringList keys = value.toObject().keys();
        keys.sort();
        for (qsizetype k = next_; k < orders_.size(); ++k) {
            QStringList sorted = orders_[k];
            sorted.sort();
            if (sorted == keys) {
                next_ = k + 1;
                return orders_[k];
            }
        }
        return {};
    }

private:
    QList<QStringList> orders_;
    qsizetype next_ = 0;
};

Result<Notice> noticeFromJson(const QJsonValue& value, const QString& where, const PrintedOrders& orders) {
    Fields f(value, where);
    if (!f.ok())
        return f.error();
    Notice n;
    n.title = f.text(QStringLiteral("title"));
    n.issuer = f.text(QStringLiteral("issuer"));
    n.docNumber = f.text(QStringLiteral("doc_number"));
    const QString storedId = f.text(QStringLiteral("notice_id"));
    const QString date = f.text(QStringLiteral("date"));
    if (!date.isEmpty()) {
        n.date = QDate::fromString(date, Qt::ISODate);
        if (!n.date.isValid())
            f.fail(f.path(QStringLiteral("date")),
                   QCoreApplication::translate("luming::Geo", "not a yyyy-mm-dd date: \"%1\"").arg(date));
    }
    if (const std::optional<qint64> total = f.integer(QStringLiteral("declared_total")))
        n.declaredTotal = int(*total);
    if (const auto region = f.get(QStringLiteral("region"))) { // absent in files before regions: unknown
        Fields r(*region, f.path(QStringLiteral("region")));
        n.region.code = r.text(QStringLiteral("code"));
        n.region.name = r.text(QStringLiteral("name"));
        n.region.evidence = r.text(QStringLiteral("evidence"));
        const QString basis = r.text(QStringLiteral("basis"));
        if (const auto b = regionBasisFromCode(basis))
            n.region.basis = *b;
        else if (!basis.isEmpty())
            r.fail(r.path(QStringLiteral("basis")),
                   QCoreApplication::translate("luming::Geo", "not a region basis: \"%1\"").arg(basis));
        if (!r.ok())
            return r.error();
    }
    if (!f.ok())
        return f.error();
    if (const auto counts = f.get(QStringLiteral("declared_by_district"))) {
        auto parsed = NoticeJsonReader::countsFromJson(
            *counts, f.path(QStringLiteral("declared_by_district")), orders.districts);
        if (!parsed)
            return parsed.error();
        n.declaredByDistrict = *parsed;
    }
    if (const auto counts = f.get(QStringLiteral("declared_by_action"))) {
        const QString at = f.path(QStringLiteral("declared_by_action"));
        auto parsed = NoticeJsonReader::countsFromJson(*counts, at, orders.actions);
        if (!parsed)
            return parsed.error();
        for (const auto& [code, count] : *parsed) {
            const std::optional<RoadAction> action = actionFromCode(code);
            if (!action) {
                f.fail(at, QCoreApplication::translate("luming::Geo", "unknown action \"%1\"").arg(code));
                return f.error();
            }
            n.declaredByAction.append({*action, count});
        }
    }
    if (const auto gazette = f.get(QStringLiteral("gazette"))) {
        Fields g(*gazette, f.path(QStringLiteral("gazette")));
        n.gazette.issue = g.text(QStringLiteral("issue"));
        if (const std::optional<qint64> page = g.integer(QStringLiteral("page")))
            n.gazette.page = int(*page);
        if (!g.ok())
            return g.error();
    }
    if (const auto roads = f.array(QStringLiteral("roads"))) {
        for (qsizetype i = 0; i < roads->size(); ++i) {
            auto road =
                NoticeJsonReader::roadFromJson(roads->at(i), f.path(QStringLiteral("roads[%1]").arg(i)));
            if (!road)
                return road.error();
            n.roads.append(*road);
        }
    }
    if (!storedId.isEmpty()) {
        n.id = NoticeId::fromKey(storedId);
    } else {
        // A file from before notice ids: the number, else a digest of the items as printed (the notice's
        // own text is not in the file), so that several un-numbered notices stay apart.
        QStringList printed;
        for (const RoadRecord& r : n.roads)
            printed << r.source.text;
        n.id = NoticeId::of(n.docNumber, printed.join(u'\n'), n.title);
    }
    if (const auto findings = f.array(QStringLiteral("findings"))) {
        for (qsizetype i = 0; i < findings->size(); ++i) {
            auto finding = NoticeJsonReader::findingFromJson(findings->at(i),
                                                             f.path(QStringLiteral("findings[%1]").arg(i)));
            if (!finding)
                return finding.error();
            n.findings.append(*finding);
        }
    }
    if (!f.ok())
        return f.error();
    return n;
}

} // namespace

Result<RoadRecord> NoticeJsonReader::roadFromJson(const QJsonValue& value, const QString& where) {
    Fields f(value, where);
    if (!f.ok())
        return f.error();
    RoadRecord r;
    QHash<QString, std::optional<Fields>> nested;
    for (const RoadField& field : roadFields()) {
        if (!field.in(FieldFormat::Json))
            continue;
        Fields* from = &f;
        if (!field.jsonObject.isEmpty()) {
            auto& sub = nested[field.jsonObject];
            if (!sub)
                sub.emplace(f.object().value(field.jsonObject).isObject() ? f.object().value(field.jsonObject)
                                                                          : QJsonValue(QJsonObject()),
                            f.path(field.jsonObject));
            from = &*sub;
        }
        const QVariant v = from->field(field, field.jsonKey);
        if (!from->ok())
            return from->error();
        if (!field.set(r, v)) {
            from->fail(
                from->path(field.jsonKey),
                QCoreApplication::translate("luming::Geo", "unknown %1 \"%2\"").arg(field.key, v.toString()));
            return from->error();
        }
    }
    // Files from before evidence have none.
    auto evidence =
        evidenceFromJson(f.object().value(QStringLiteral("evidence")), f.path(QStringLiteral("evidence")));
    if (!evidence)
        return evidence.error();
    r.evidence = *evidence;
    return r;
}

Result<Finding> NoticeJsonReader::findingFromJson(const QJsonValue& value, const QString& where) {
    Fields f(value, where);
    if (!f.ok())
        return f.error();
    Finding out;
    const QString severity = f.text(QStringLiteral("severity"));
    bool known = false;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (severityCode(s) == severity) {
            out.severity = s;
            known = true;
        }
    }
    if (!known)
        f.fail(f.path(QStringLiteral("severity")),
               QCoreApplication::translate("luming::Geo", "unknown severity \"%1\"").arg(severity));
    setFindingCode(out, f.text(QStringLiteral("code")));
    out.message = f.text(QStringLiteral("message"));
    if (const auto seqs = f.array(QStringLiteral("seqs"))) {
        for (qsizetype i = 0; i < seqs->size(); ++i) {
            if (!seqs->at(i).isDouble() || !whole(seqs->at(i).toDouble())) {
                f.fail(f.path(QStringLiteral("seqs[%1]").arg(i)),
                       QCoreApplication::translate("luming::Geo", "expected a whole number"));
                break;
            }
            out.seqs << int(seqs->at(i).toDouble());
        }
    }
    out.subject = f.text(QStringLiteral("subject"));
    if (!f.ok())
        return f.error();
    return out;
}

Result<QList<QPair<QString, int>>> NoticeJsonReader::countsFromJson(const QJsonValue& value,
                                                                    const QString& where,
                                                                    const QStringList& printedOrder) {
    QList<QPair<QString, int>> out;
    const auto fail = [](const QString& at, const QString& what) {
        return luming::fail(at + QStringLiteral(": ") + what);
    };
    const auto count = [](const QJsonValue& v) {
        return v.isDouble() && whole(v.toDouble()) ? std::optional<int>(int(v.toDouble())) : std::nullopt;
    };
    if (value.isNull() || value.isUndefined())
        return out;
    if (value.isArray()) {
        const QJsonArray pairs = value.toArray();
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QJsonArray pair = pairs[i].toArray();
            const std::optional<int> n = pair.size() == 2 ? count(pair[1]) : std::nullopt;
            if (!pairs[i].isArray() || !pair[0].isString() || !n)
                return fail(where + QStringLiteral("[%1]").arg(i), QStringLiteral("expected [name, count]"));
            out.append({pair[0].toString(), *n});
        }
        return out;
    }
    if (!value.isObject())
        return fail(where,
                    QCoreApplication::translate("luming::Geo", "expected an array of [name, count] pairs"));
    const QJsonObject object = value.toObject();
    QStringList keys = object.keys();
    if (QSet<QString>(printedOrder.begin(), printedOrder.end()) == QSet<QString>(keys.begin(), keys.end()) &&
        printedOrder.size() == keys.size())
        keys = printedOrder;
    for (const QString& key : keys) {
        const std::optional<int> n = count(object.value(key));
        if (!n)
            return fail(where + u'.' + key, QCoreApplication::translate("luming::Geo", "expected a count"));
        out.append({key, *n});
    }
    return out;
}

Result<ParseResult> NoticeJsonReader::fromJson(const QByteArray& utf8, const QString& name) {
    ParseResult out;
    out.file = name;
    out.encoding = utf8.startsWith("\xEF\xBB\xBF") ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    const QByteArray text = utf8.startsWith("\xEF\xBB\xBF") ? utf8.mid(3) : utf8;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, parseError.offset);
        return fail(QCoreApplication::translate("luming::Geo", "not valid JSON at line %1, column %2: %3")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()),
                    name);
    }
    const QJsonValue notices = document.object().value(QStringLiteral("notices"));
    if (!notices.isArray()) {
        return fail(QCoreApplication::translate("luming::Geo", "expected an object with a \"notices\" array"),
                    name);
    }
    // Files before arrays of pairs: the printed order of each object-form count, matched to its
    // notice by its keys (a cursor keeps the matches in document order).
    OldOrders districts(text, "declared_by_district");
    OldOrders actions(text, "declared_by_action");
    const QJsonArray list = notices.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject notice = list[i].toObject();
        const PrintedOrders orders{districts.next(notice.value(QStringLiteral("declared_by_district"))),
                                   actions.next(notice.value(QStringLiteral("declared_by_action")))};
        auto read = noticeFromJson(list[i], QStringLiteral("notices[%1]").arg(i), orders);
        if (!read)
            return fail(read.error().message, name);
        out.notices.append(*read);
    }
    return out;
}

Result<ParseResult> NoticeJsonReader::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("luming::Geo", "cannot read: %1").arg(file.errorString()),
                    path);
    return fromJson(file.readAll(), path);
}

} // namespace luming
