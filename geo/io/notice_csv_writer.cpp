#include "io/notice_csv_writer.h"

#include "core/road_fields.h"
#include "io/atomic_file_writer.h"

#include <QLocale>

namespace luming {
namespace {

// Integers without ".0", otherwise the shortest text that reads back to the same double.
QString number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString csvValue(const RoadField& field, const QVariant& value) {
    if (!value.isValid())
        return {};
    switch (field.type) {
    case FieldType::Integer:
        return QString::number(value.toLongLong());
    case FieldType::Real:
        return number(value.toDouble());
    case FieldType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Text:
    case FieldType::Code:
        return value.toString();
    case FieldType::TextList:
        return value.toStringList().join(u';');
    case FieldType::RealList: {
        QStringList parts;
        for (double d : value.value<QList<double>>())
            parts << number(d);
        return parts.join(u';');
    }
    }
    return {};
}

} // namespace

QStringList NoticeCsvWriter::header() {
    QStringList out{QStringLiteral("doc_number")};
    for (const RoadField& f : roadFields())
        if (f.in(FieldFormat::Csv))
            out << f.key;
    return out;
}

QStringList NoticeCsvWriter::row(const Notice& notice, const RoadRecord& road) {
    QStringList out{notice.docNumber};
    for (const RoadField& f : roadFields())
        if (f.in(FieldFormat::Csv))
            out << csvValue(f, f.get(road));
    return out;
}

QString NoticeCsvWriter::quoteField(const QString& field) {
    const bool needsQuotes =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray NoticeCsvWriter::toCsv(const QList<Notice>& notices) {
    auto line = [](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& f : fields)
            quoted << quoteField(f);
        return quoted.join(u',') + QStringLiteral("\r\n");
    };
    QString text = line(header());
    for (const Notice& n : notices)
        for (const RoadRecord& r : n.roads)
            text += line(row(n, r));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

WriteResult NoticeCsvWriter::write(const QString& path, const QList<Notice>& notices) {
    return AtomicFileWriter::write(path, toCsv(notices));
}

} // namespace luming
