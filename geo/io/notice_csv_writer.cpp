#include "io/notice_csv_writer.h"

#include "io/atomic_file_writer.h"
#include "io/json_serializer.h"

namespace luming {
namespace {

QString number(const std::optional<double>& value) {
    return value ? QString::fromLatin1(JsonSerializer::formatNumber(*value)) : QString();
}

QString numbers(const QList<double>& values) {
    QStringList parts;
    for (double d : values)
        parts << QString::fromLatin1(JsonSerializer::formatNumber(d));
    return parts.join(u';');
}

} // namespace

QStringList NoticeCsvWriter::header() {
    return {QStringLiteral("doc_number"),   QStringLiteral("seq"),         QStringLiteral("action"),
            QStringLiteral("name"),         QStringLiteral("old_name"),    QStringLiteral("district"),
            QStringLiteral("subdistricts"), QStringLiteral("length_m"),    QStringLiteral("length_approx"),
            QStringLiteral("width_min_m"),  QStringLiteral("width_max_m"), QStringLiteral("width_parts"),
            QStringLiteral("start_dir"),    QStringLiteral("start"),       QStringLiteral("end_dir"),
            QStringLiteral("end"),          QStringLiteral("via"),         QStringLiteral("shape"),
            QStringLiteral("planned_refs"), QStringLiteral("pinyin"),      QStringLiteral("note"),
            QStringLiteral("old_start"),    QStringLiteral("old_end"),     QStringLiteral("source_text"),
            QStringLiteral("source_line")};
}

QStringList NoticeCsvWriter::row(const Notice& notice, const RoadRecord& road) {
    return {notice.docNumber,
            QString::number(road.seq),
            actionCode(road.action),
            road.name,
            road.oldName.value_or(QString()),
            road.district,
            road.subdistricts.join(u';'),
            number(road.lengthM),
            road.lengthApprox ? QStringLiteral("true") : QStringLiteral("false"),
            number(road.widthMinM),
            number(road.widthMaxM),
            numbers(road.widthParts),
            road.startDir,
            road.start,
            road.endDir,
            road.end,
            road.via.join(u';'),
            road.shape,
            road.plannedRefs.join(u';'),
            road.pinyin,
            road.note,
            road.oldStart,
            road.oldEnd,
            road.source.text,
            road.source.line > 0 ? QString::number(road.source.line) : QString()};
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
