#include "export/dbf_text_check.h"

#include "export/dbf_value.h"
#include "export/export_format_profile.h"
#include "export/field_dictionary.h"

#include <QCoreApplication>
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

DbfTextFit::DbfTextFit(ShapefileEncoding encoding)
    : codec_(exportFormatProfile(ExportFormat::Shapefile, encoding).dbfCodec.toLatin1()),
      encodingName_(shapefileEncodingCode(encoding)), encoder_(codec_.constData()),
      decoder_(codec_.constData()) {
    gbk_ = encoding == ShapefileEncoding::Gbk;
}

QString DbfTextFit::problemUtf8(const char* utf8, int* bytes) {
    // UTF-8 target: the bytes as they are (GDAL hands out valid UTF-8). GBK: 1 byte per ASCII
    // character, 2 per ideograph of the basic block (3-byte sequences with lead byte E4–E9).
    const auto* p = reinterpret_cast<const unsigned char*>(utf8);
    int size = 0;
    int gbkSize = 0;
    bool simple = true;
    for (; p[size] != 0; ++size) {
        const unsigned char c = p[size];
        if (c < 0x80) {
            ++gbkSize;
        } else if (c >= 0xE4 && c <= 0xE9 && (p[size + 1] & 0xC0) == 0x80 && (p[size + 2] & 0xC0) == 0x80) {
            const char32_t cp = (char32_t(c & 0x0F) << 12) | (char32_t(p[size + 1] & 0x3F) << 6) |
                                char32_t(p[size + 2] & 0x3F);
            simple = simple && cp >= 0x4E00 && cp <= 0x9FA5;
            gbkSize += 2;
            size += 2;
        } else {
            simple = false;
        }
    }
    if (gbk_ && !simple)
        return problem(QString::fromUtf8(utf8, size), bytes);
    *bytes = gbk_ ? gbkSize : size;
    if (*bytes > kDbfMaxFieldBytes)
        return problem(QString::fromUtf8(utf8, size), bytes); // says so in the same words
    return {};
}

QString DbfTextFit::problem(const QString& value, int* bytes) {
    bool ascii = true;
    for (const QChar c : value)
        ascii = ascii && c.unicode() < 0x80;
    QByteArray encoded;
    if (ascii) { // the same bytes in every encoding a DBF is written in
        *bytes = static_cast<int>(value.size());
    } else {
        encoded = encoder_.encode(value);
        const bool lost = encoder_.hasError() || decoder_.decode(encoded) != value || decoder_.hasError();
        if (lost) {
            encoder_.resetState();
            decoder_.resetState();
            const QString bad = firstUnencodable(value, codec_.constData());
            return QCoreApplication::translate(
                       "luming::Geo",
                       "contains “%1” (%2), which %3 cannot hold; export as UTF-8 or GeoPackage "
                       "instead")
                .arg(bad, codePoint(bad), encodingName_);
        }
        *bytes = static_cast<int>(encoded.size());
    }
    if (*bytes > kDbfMaxFieldBytes)
        return QCoreApplication::translate(
                   "luming::Geo",
                   "is %1 bytes in %2, more than a DBF field holds (%3); export as GeoPackage to "
                   "keep it whole")
            .arg(*bytes)
            .arg(encodingName_)
            .arg(kDbfMaxFieldBytes);
    return {};
}

DbfTextCheck checkDbfText(const QList<RoadRow>& rows, ShapefileEncoding encoding) {
    const QString codecName = exportFormatProfile(ExportFormat::Shapefile, encoding).dbfCodec;
    DbfTextFit fit(encoding);
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
            int bytes = 0;
            if (const QString problem = fit.problem(v.toString(), &bytes); !problem.isEmpty()) {
                check.error =
                    QStringLiteral("%1: %2 (%3) %4").arg(row.label(), field.chineseName, field.code, problem);
                return check;
            }
            width = std::max(width, bytes);
        }
        check.widths.insert(field.code, width);
    }
    return check;
}

} // namespace luming
