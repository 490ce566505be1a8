#include "io/notice_json_reader.h"

#include "io/json_parser.h"

#include <QFile>
#include <cmath>
#include <limits>

namespace luming {
namespace {

// Reads members of one object; remembers the first problem, with the member's path.
class Fields {
public:
    Fields(const JsonValue& object, QString where, QString* error)
        : object_(object), where_(std::move(where)), error_(error) {
        if (object.type() != JsonValue::Type::Object)
            fail(where_, QStringLiteral("expected an object"));
    }

    [[nodiscard]] bool ok() const { return ok_; }
    [[nodiscard]] QString path(const QString& key) const { return where_ + u'.' + key; }

    const JsonValue* get(const QString& key) const {
        const JsonValue* v = object_.find(key);
        return (v && !v->isNull()) ? v : nullptr;
    }

    QString text(const QString& key) {
        const JsonValue* v = get(key);
        if (!v)
            return {};
        if (v->type() != JsonValue::Type::String) {
            fail(path(key), QStringLiteral("expected a string or null"));
            return {};
        }
        return v->toString();
    }

    std::optional<QString> optionalText(const QString& key) {
        if (!get(key))
            return std::nullopt;
        return text(key);
    }

    std::optional<double> number(const QString& key) {
        const JsonValue* v = get(key);
        if (!v)
            return std::nullopt;
        if (v->type() != JsonValue::Type::Number) {
            fail(path(key), QStringLiteral("expected a number or null"));
            return std::nullopt;
        }
        return v->toNumber();
    }

    std::optional<qint64> integer(const QString& key) {
        const std::optional<double> d = number(key);
        if (!d)
            return std::nullopt;
        if (*d != std::trunc(*d) || std::fabs(*d) > double(std::numeric_limits<int>::max())) {
            fail(path(key), QStringLiteral("expected a whole number, got %1").arg(*d));
            return std::nullopt;
        }
        return qint64(*d);
    }

    bool boolean(const QString& key) {
        const JsonValue* v = get(key);
        if (!v)
            return false;
        if (v->type() != JsonValue::Type::Bool) {
            fail(path(key), QStringLiteral("expected true or false"));
            return false;
        }
        return v->toBool();
    }

    QStringList strings(const QString& key) {
        QStringList out;
        const JsonValue* v = array(key);
        if (!v)
            return out;
        for (std::size_t i = 0; i < v->items().size(); ++i) {
            const JsonValue& item = v->items()[i];
            if (item.type() != JsonValue::Type::String) {
                fail(path(key) + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a string"));
                return {};
            }
            out << item.toString();
        }
        return out;
    }

    QList<double> numbers(const QString& key) {
        QList<double> out;
        const JsonValue* v = array(key);
        if (!v)
            return out;
        for (std::size_t i = 0; i < v->items().size(); ++i) {
            const JsonValue& item = v->items()[i];
            if (item.type() != JsonValue::Type::Number) {
                fail(path(key) + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a number"));
                return {};
            }
            out << item.toNumber();
        }
        return out;
    }

    QList<int> integers(const QString& key) {
        QList<int> out;
        for (double d : numbers(key)) {
            if (d != std::trunc(d)) {
                fail(path(key), QStringLiteral("expected whole numbers, got %1").arg(d));
                return {};
            }
            out << int(d);
        }
        return out;
    }

    const JsonValue* array(const QString& key) {
        const JsonValue* v = get(key);
        if (v && v->type() != JsonValue::Type::Array) {
            fail(path(key), QStringLiteral("expected an array or null"));
            return nullptr;
        }
        return v;
    }

    void fail(const QString& where, const QString& what) {
        if (ok_ && error_)
            *error_ = where + QStringLiteral(": ") + what;
        ok_ = false;
    }

private:
    const JsonValue& object_;
    QString where_;
    QString* error_;
    bool ok_ = true;
};

} // namespace

std::optional<RoadRecord> NoticeJsonReader::roadFromJson(const JsonValue& value, const QString& where,
                                                         QString* error) {
    Fields f(value, where, error);
    if (!f.ok())
        return std::nullopt;
    RoadRecord r;
    r.seq = int(f.integer(QStringLiteral("seq")).value_or(0));
    const QString action = f.text(QStringLiteral("action"));
    if (!action.isEmpty()) {
        const std::optional<RoadAction> a = actionFromCode(action);
        if (!a)
            f.fail(f.path(QStringLiteral("action")), QStringLiteral("unknown action \"%1\"").arg(action));
        else
            r.action = *a;
    }
    r.name = f.text(QStringLiteral("name"));
    r.oldName = f.optionalText(QStringLiteral("old_name"));
    r.district = f.text(QStringLiteral("district"));
    r.subdistricts = f.strings(QStringLiteral("subdistricts"));
    r.lengthM = f.number(QStringLiteral("length_m"));
    r.lengthApprox = f.boolean(QStringLiteral("length_approx"));
    r.widthMinM = f.number(QStringLiteral("width_min_m"));
    r.widthMaxM = f.number(QStringLiteral("width_max_m"));
    r.widthParts = f.numbers(QStringLiteral("width_parts"));
    r.startDir = f.text(QStringLiteral("start_dir"));
    r.start = f.text(QStringLiteral("start"));
    r.endDir = f.text(QStringLiteral("end_dir"));
    r.end = f.text(QStringLiteral("end"));
    r.via = f.strings(QStringLiteral("via"));
    r.shape = f.text(QStringLiteral("shape"));
    r.plannedRefs = f.strings(QStringLiteral("planned_refs"));
    r.pinyin = f.text(QStringLiteral("pinyin"));
    r.note = f.text(QStringLiteral("note"));
    r.oldStart = f.text(QStringLiteral("old_start"));
    r.oldEnd = f.text(QStringLiteral("old_end"));
    if (const JsonValue* source = f.get(QStringLiteral("source"))) {
        Fields s(*source, f.path(QStringLiteral("source")), error);
        r.source.text = s.text(QStringLiteral("text"));
        r.source.offset = qsizetype(s.integer(QStringLiteral("offset")).value_or(-1));
        r.source.line = int(s.integer(QStringLiteral("line")).value_or(0));
        if (!s.ok())
            return std::nullopt;
    }
    if (!f.ok())
        return std::nullopt;
    return r;
}

std::optional<Finding> NoticeJsonReader::findingFromJson(const JsonValue& value, const QString& where,
                                                         QString* error) {
    Fields f(value, where, error);
    if (!f.ok())
        return std::nullopt;
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
        f.fail(f.path(QStringLiteral("severity")), QStringLiteral("unknown severity \"%1\"").arg(severity));
    out.code = f.text(QStringLiteral("code"));
    out.message = f.text(QStringLiteral("message"));
    out.seqs = f.integers(QStringLiteral("seqs"));
    out.subject = f.text(QStringLiteral("subject"));
    if (!f.ok())
        return std::nullopt;
    return out;
}

std::optional<QList<QPair<QString, int>>>
NoticeJsonReader::declaredByDistrictFromJson(const JsonValue& value, const QString& where, QString* error) {
    QList<QPair<QString, int>> out;
    if (value.isNull())
        return out;
    Fields f(value, where, error);
    if (!f.ok())
        return std::nullopt;
    for (const JsonMember& m : value.members()) {
        const std::optional<qint64> count = f.integer(m.key);
        if (!f.ok())
            return std::nullopt;
        if (!count) {
            f.fail(f.path(m.key), QStringLiteral("expected a count"));
            return std::nullopt;
        }
        out.append({m.key, int(*count)});
    }
    return out;
}

std::optional<Notice> NoticeJsonReader::noticeFromJson(const JsonValue& value, const QString& where,
                                                       QString* error) {
    Fields f(value, where, error);
    if (!f.ok())
        return std::nullopt;
    Notice n;
    n.title = f.text(QStringLiteral("title"));
    n.issuer = f.text(QStringLiteral("issuer"));
    n.docNumber = f.text(QStringLiteral("doc_number"));
    const QString storedId = f.text(QStringLiteral("notice_id"));
    const QString date = f.text(QStringLiteral("date"));
    if (!date.isEmpty()) {
        n.date = QDate::fromString(date, Qt::ISODate);
        if (!n.date.isValid())
            f.fail(f.path(QStringLiteral("date")), QStringLiteral("not a yyyy-mm-dd date: \"%1\"").arg(date));
    }
    if (const std::optional<qint64> total = f.integer(QStringLiteral("declared_total")))
        n.declaredTotal = int(*total);
    if (!f.ok())
        return std::nullopt;
    if (const JsonValue* counts = f.get(QStringLiteral("declared_by_district"))) {
        auto parsed =
            declaredByDistrictFromJson(*counts, f.path(QStringLiteral("declared_by_district")), error);
        if (!parsed)
            return std::nullopt;
        n.declaredByDistrict = *parsed;
    }
    if (const JsonValue* counts = f.get(QStringLiteral("declared_by_action"))) {
        auto parsed =
            declaredByDistrictFromJson(*counts, f.path(QStringLiteral("declared_by_action")), error);
        if (!parsed)
            return std::nullopt;
        n.declaredByAction = *parsed;
    }
    if (const JsonValue* gazette = f.get(QStringLiteral("gazette"))) {
        Fields g(*gazette, f.path(QStringLiteral("gazette")), error);
        n.gazette.issue = g.text(QStringLiteral("issue"));
        if (const std::optional<qint64> page = g.integer(QStringLiteral("page")))
            n.gazette.page = int(*page);
        if (!g.ok())
            return std::nullopt;
    }
    if (const JsonValue* roads = f.array(QStringLiteral("roads"))) {
        for (std::size_t i = 0; i < roads->items().size(); ++i) {
            auto road = roadFromJson(roads->items()[i], f.path(QStringLiteral("roads[%1]").arg(i)), error);
            if (!road)
                return std::nullopt;
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
    if (const JsonValue* findings = f.array(QStringLiteral("findings"))) {
        for (std::size_t i = 0; i < findings->items().size(); ++i) {
            auto finding =
                findingFromJson(findings->items()[i], f.path(QStringLiteral("findings[%1]").arg(i)), error);
            if (!finding)
                return std::nullopt;
            n.findings.append(*finding);
        }
    }
    if (!f.ok())
        return std::nullopt;
    return n;
}

NoticeJsonReadResult NoticeJsonReader::fromJson(const QByteArray& utf8, const QString& name) {
    NoticeJsonReadResult out;
    out.parse.file = name;
    out.parse.encoding =
        utf8.startsWith("\xEF\xBB\xBF") ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    JsonParseError parseError;
    const std::optional<JsonValue> root = JsonParser::parse(utf8, &parseError);
    if (!root) {
        out.error = QStringLiteral("%1: not valid JSON at line %2, column %3: %4")
                        .arg(name)
                        .arg(parseError.line)
                        .arg(parseError.column)
                        .arg(parseError.message);
        return out;
    }
    const JsonValue* notices = root->type() == JsonValue::Type::Object ? root->find(u"notices") : nullptr;
    if (!notices || notices->type() != JsonValue::Type::Array) {
        out.error = QStringLiteral("%1: expected an object with a \"notices\" array").arg(name);
        return out;
    }
    for (std::size_t i = 0; i < notices->items().size(); ++i) {
        QString error;
        auto notice = noticeFromJson(notices->items()[i], QStringLiteral("notices[%1]").arg(i), &error);
        if (!notice) {
            out.error = name + QStringLiteral(": ") + error;
            return out;
        }
        out.parse.notices.append(*notice);
    }
    out.ok = true;
    return out;
}

NoticeJsonReadResult NoticeJsonReader::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        NoticeJsonReadResult out;
        out.parse.file = path;
        out.error = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    return fromJson(file.readAll(), path);
}

} // namespace luming
