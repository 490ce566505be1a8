#include "export/dbf_text_check.h"

#include "export/dbf_value.h"
#include "export/export_format_profile.h"
#include "export/field_dictionary.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>

namespace luming {

namespace {

// The first character of `value` the encoder cannot represent, found by encoding one code point at a
// time (cheap for road attributes; exact even where a whole-string error would not say which one).
QString firstUnencodable(const QString& value, const char* encoding) {
    for (qsizetype i = 0; i < value.size();) {
        const qsizetype len = (value.at(i).isHighSurrogate() && i + 1 < value.size()) ? 2 : 1;
        QString ch = value.mid(i, len);
        QStringEncoder enc(encoding);
        const QByteArray bytes = enc.encode(ch);
        if (enc.hasError() || QStringDecoder(encoding).decode(bytes) != ch)
            return ch;
        i += len;
    }
    return {};
}

QString codePoint(const QString& ch) {
    const char32_t cp = ch.size() == 2 ? QChar::surrogateToUcs4(ch.at(0), ch.at(1)) : ch.at(0).unicode();
    return QStringLiteral("U+") +
           QString::number(static_cast<uint>(cp), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

DbfTextCheck checkDbfText(const QList<RoadRow>& rows, ShapefileEncoding encoding) {
    const QString codecName = exportFormatProfile(ExportFormat::Shapefile, encoding).dbfCodec;
    const QByteArray codecBytes = codecName.toLatin1();
    const char* codec = codecBytes.constData();
    const QString encodingName = shapefileEncodingCode(encoding);
    DbfTextCheck check;
    for (const ExportField& field : roadExportFields()) {
        if (field.type != ExportFieldType::String)
            continue;
        // The field table's room to edit later, widened when a value is longer.
        int width = std::clamp(field.width, 1, kDbfMaxFieldBytes);
        for (const RoadRow& row : rows) {
            const QVariant v = dbfValue(field, row, codecName);
            if (v.isNull())
                continue;
            const QString s = v.toString();
            QStringEncoder enc(codec);
            const QByteArray bytes = enc.encode(s);
            if (enc.hasError() || QStringDecoder(codec).decode(bytes) != s) {
                const QString bad = firstUnencodable(s, codec);
                check.error =
                    QStringLiteral("%1: %2 (%3) contains “%4” (%5), which %6 cannot hold; export as "
                                   "UTF-8 or GeoPackage instead")
                        .arg(row.label(), field.chineseName, field.code, bad, codePoint(bad), encodingName);
                return check;
            }
            if (bytes.size() > kDbfMaxFieldBytes) {
                check.error =
                    QStringLiteral("%1: %2 (%3) is %4 bytes in %5, more than a DBF field holds (%6); "
                                   "export as GeoPackage to keep it whole")
                        .arg(row.label(), field.chineseName, field.code)
                        .arg(bytes.size())
                        .arg(encodingName)
                        .arg(kDbfMaxFieldBytes);
                return check;
            }
            width = std::max(width, static_cast<int>(bytes.size()));
        }
        check.widths.insert(field.code, width);
    }
    return check;
}

} // namespace luming
