#include "layout/anchor_table.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace luming {

namespace {

// Splits one CSV record (RFC 4180 quoting, no embedded newlines). nullopt on an unterminated quote.
std::optional<QStringList> splitCsvLine(const QString& line) {
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(field.trimmed());
    return fields;
}

const QStringList kRequired{QStringLiteral("subdistrict"), QStringLiteral("lon"),
                            QStringLiteral("lat"),         QStringLiteral("source"),
                            QStringLiteral("accuracy_m"),  QStringLiteral("note")};

} // namespace

QString AnchorProblem::toString() const {
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

AnchorTable AnchorTable::read(const QString& path, QList<AnchorProblem>* problems) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(
                {path, 0,
                 QCoreApplication::translate("luming::Geo", "cannot open: %1").arg(file.errorString())});
        AnchorTable empty;
        empty.fileName_ = path;
        return empty;
    }
    return parse(file.readAll(), path, problems);
}

AnchorTable AnchorTable::parse(const QByteArray& csv, const QString& fileName,
                               QList<AnchorProblem>* problems) {
    AnchorTable table;
    table.fileName_ = fileName;
    auto report = [&](int line, const QString& message) {
        if (problems)
            problems->append({fileName, line, message});
    };
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const auto fields = splitCsvLine(line);
        if (!fields) {
            report(lineNo, QCoreApplication::translate("luming::Geo", "unterminated quote"));
            continue;
        }
        if (column.isEmpty()) {
            for (qsizetype c = 0; c < fields->size(); ++c)
                column.insert(fields->at(c), c);
            for (const QString& name : kRequired) {
                if (!column.contains(name)) {
                    report(lineNo, QCoreApplication::translate("luming::Geo",
                                                               "header lacks column '%1' (expected %2)")
                                       .arg(name, kRequired.join(u',')));
                    return table;
                }
            }
            continue;
        }
        auto field = [&](const QString& name) {
            const qsizetype c = column.value(name, -1);
            return c >= 0 && c < fields->size() ? fields->at(c) : QString();
        };
        Anchor a;
        a.line = lineNo;
        a.subdistrict = field(QStringLiteral("subdistrict"));
        bool lonOk = false;
        bool latOk = false;
        bool accOk = false;
        a.lon = field(QStringLiteral("lon")).toDouble(&lonOk);
        a.lat = field(QStringLiteral("lat")).toDouble(&latOk);
        a.accuracyM = field(QStringLiteral("accuracy_m")).toDouble(&accOk);
        a.source = field(QStringLiteral("source"));
        a.note = field(QStringLiteral("note"));
        const QString junction = field(QStringLiteral("junction"));
        if (!junction.isEmpty())
            a.junction = junction.split(u'|', Qt::SkipEmptyParts);
        // China lies within lon 73..136, lat 3..54; anything else is a typo or swapped columns.
        if (a.subdistrict.isEmpty())
            report(lineNo, QCoreApplication::translate("luming::Geo", "subdistrict is empty"));
        else if (!lonOk || a.lon < 73 || a.lon > 136)
            report(lineNo, QCoreApplication::translate("luming::Geo",
                                                       "lon '%1' is not a longitude in China (73..136)")
                               .arg(field(QStringLiteral("lon"))));
        else if (!latOk || a.lat < 3 || a.lat > 54)
            report(lineNo,
                   QCoreApplication::translate("luming::Geo", "lat '%1' is not a latitude in China (3..54)")
                       .arg(field(QStringLiteral("lat"))));
        else if (!accOk || a.accuracyM <= 0)
            report(lineNo, QCoreApplication::translate("luming::Geo",
                                                       "accuracy_m '%1' is not a positive number of metres")
                               .arg(field(QStringLiteral("accuracy_m"))));
        else if (!junction.isEmpty() && a.junction.size() != 2)
            report(lineNo, QCoreApplication::translate("luming::Geo",
                                                       "junction '%1' must name two roads separated by '|'")
                               .arg(junction));
        else if (table.find(a.subdistrict))
            report(lineNo, QCoreApplication::translate("luming::Geo", "%1 is listed twice (first on line %2)")
                               .arg(a.subdistrict)
                               .arg(table.find(a.subdistrict)->line));
        else
            table.anchors_.append(a);
    }
    if (column.isEmpty())
        report(0, QCoreApplication::translate("luming::Geo", "no header line"));
    return table;
}

std::optional<Anchor> AnchorTable::find(const QString& subdistrict) const {
    for (const Anchor& a : anchors_) {
        if (a.subdistrict == subdistrict)
            return a;
    }
    return std::nullopt;
}

} // namespace luming
