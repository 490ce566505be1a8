// TextReader: byte-order mark, then UTF-16 without BOM (NUL pattern), then strict UTF-8, then the
// best of UTF-8 with damaged bytes, GB18030 (the superset of GBK, the "ANSI" of Chinese Windows) and
// Big5, undecodable bytes replaced by U+FFFD and reported with their lines. Whatever decodes is then
// checked for being text at all: control characters, stray NULs, only whitespace.
#include "text/text_reader.h"

#include "text/encoding_guess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <string_view>

namespace luming {

namespace {

using namespace std::string_view_literals;

// The largest input read, stated once: a whole year of a city's gazettes as text is ~50 MB, so a
// larger file is not a notice. Reading holds the text about four times (bytes, decoded, normalised,
// folded for matching, 2 bytes a character each), so this keeps a parse near 2 GB at most; checked
// before reading, and enforced while reading for devices and pipes whose size is unknown.
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

ReadOutcome failure(ReadStatus status, QString error) {
    ReadOutcome outcome;
    outcome.status = status;
    outcome.error = std::move(error);
    return outcome;
}

// Formats that are sometimes handed over as "the text", named so the message helps.
const char* binaryFormat(const QByteArray& bytes) {
    struct Magic {
        std::string_view signature;
        const char* what;
    };
    static constexpr Magic magics[] = {
        {"\x89PNG\r\n\x1a\n"sv, "a PNG image"},
        {"\xFF\xD8\xFF"sv, "a JPEG image"},
        {"GIF8"sv, "a GIF image"},
        {"PK\x03\x04"sv, "a ZIP archive or Office document"},
        {"%PDF-"sv, "a PDF document"},
        {"\x1F\x8B"sv, "a gzip archive"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "an old Office (OLE) document"},
        {"7z\xBC\xAF\x27\x1C"sv, "a 7z archive"},
        {"Rar!\x1A\x07"sv, "a RAR archive"},
        {"\x7F"
         "ELF"sv,
         "a program (ELF)"},
        {"SQLite format 3\0"sv, "an SQLite database or GeoPackage"},
    };
    for (const Magic& magic : magics) {
        if (bytes.startsWith(QByteArrayView(magic.signature.data(), qsizetype(magic.signature.size()))))
            return magic.what;
    }
    return nullptr;
}

enum class Utf8 { Valid, TruncatedTail, Invalid };

// Strict UTF-8 check (no overlongs, surrogates or code points above U+10FFFF), stopping at the
// first error so a GB18030 file is rejected after a few bytes. A sequence cut off by the end of
// the file is reported apart: the file was truncated, it is still UTF-8.
Utf8 checkUtf8(QByteArrayView bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return Utf8::Invalid;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return Utf8::TruncatedTail;
            const unsigned char t = p[i + k];
            if (k == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF))
                return Utf8::Invalid;
        }
        i += len;
    }
    return Utf8::Valid;
}

// Text of bytes that passed checkUtf8; a character cut off by the end of the file becomes one
// U+FFFD (not dropped, and not one per byte as Qt's decoder would have it).
std::optional<QString> decodeUtf8(QByteArrayView bytes) {
    const Utf8 check = checkUtf8(bytes);
    if (check == Utf8::Invalid)
        return std::nullopt;
    qsizetype complete = bytes.size();
    if (check == Utf8::TruncatedTail) {
        while ((uchar(bytes[complete - 1]) & 0xC0) == 0x80)
            --complete;
        --complete; // the lead byte
    }
    QString text = QString::fromUtf8(bytes.first(complete));
    if (complete < bytes.size())
        text.append(QChar(QChar::ReplacementCharacter));
    return text;
}

// UTF-8 as declared by a byte-order mark: damaged bytes replaced, unless there are so many that
// it is not UTF-8 text at all.
std::optional<QString> decodeUtf8Damaged(QByteArrayView bytes) {
    if (auto clean = decodeUtf8(bytes))
        return clean;
    Decoding lenient = decodeAs(bytes, "UTF-8");
    if (mostlyUndecodable(lenient))
        return std::nullopt;
    return std::move(lenient.text);
}

// 1-based line of `offset`, counting LF and lone CR as line ends (as NormalizedText::lineAt does).
template <typename Char> int lineOf(const Char* p, qsizetype offset) {
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (p[i] == '\n' || (p[i] == '\r' && (i + 1 >= offset || p[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Drops NULs (bytes of an 8-bit encoding, or U+0000 of a decoded UTF-16/32 text) and records them.
template <typename Container> void stripNuls(Container& data, DecodedText& decoded) {
    const auto nul = typename Container::value_type{};
    const auto first = std::find(data.cbegin(), data.cend(), nul);
    if (first == data.cend())
        return;
    const qsizetype at = first - data.cbegin();
    decoded.firstNulLine = lineOf(data.constData(), at);
    const auto end = std::remove(data.begin() + at, data.end(), nul);
    decoded.nulBytesRemoved = int(data.end() - end);
    data.truncate(end - data.begin());
}

// UTF-16 without a BOM: ASCII characters leave a NUL in every other byte, on one side only.
std::optional<QStringConverter::Encoding> sniffUtf16(const QByteArray& bytes) {
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 16);
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    for (qsizetype i = 0; i + 1 < sample; i += 2) {
        zerosEven += bytes[i] == 0;
        zerosOdd += bytes[i + 1] == 0;
    }
    // At least 5 % of the units and a few NULs, so a short UTF-8 text with a stray NUL is not taken.
    const qsizetype units = sample / 2;
    constexpr qsizetype kMinZeros = 4;
    if (zerosOdd >= kMinZeros && zerosOdd * 20 >= units && zerosEven * 10 <= zerosOdd)
        return QStringConverter::Utf16LE;
    if (zerosEven >= kMinZeros && zerosEven * 20 >= units && zerosOdd * 10 <= zerosEven)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Characters no text file holds: C0 controls other than tab and line ends, DEL, C1 controls.
qsizetype countControls(const QString& text) {
    qsizetype count = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v') ||
            (c >= 0x7F && c <= 0x9F))
            ++count;
    }
    return count;
}

bool onlyWhitespace(const QString& text) {
    for (const QChar ch : text) {
        if (!ch.isSpace() && ch != QChar(0xFEFF) && ch != QChar(0x200B) && ch != QChar(0x200C) &&
            ch != QChar(0x200D) && ch != QChar(0x2060))
            return false;
    }
    return true;
}

// Qt's UTF-16 decoder passes unpaired surrogates through; in a "text" they mean it is not UTF-16.
bool hasUnpairedSurrogate(const QString& text) {
    const QChar* p = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i].isHighSurrogate() && i + 1 < n && p[i + 1].isLowSurrogate())
            ++i;
        else if (p[i].isSurrogate())
            return true;
    }
    return false;
}

// The decoded text, or nullopt if `bytes` is not valid in the decoder's encoding.
std::optional<QString> decodeStrict(QStringDecoder decoder, QByteArrayView bytes) {
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || hasUnpairedSurrogate(text))
        return std::nullopt;
    return text;
}

// Runs of U+FFFD (bytes the decoder could not decode, or a character cut off by the end of the
// file), with their lines: the first kReportedRuns kept, all counted.
void recordReplacements(const QString& text, DecodedText& decoded) {
    constexpr qsizetype kReportedRuns = 20;
    const QChar* p = text.constData();
    const qsizetype n = text.size();
    int line = 1;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == u'\n' || (p[i] == u'\r' && (i + 1 >= n || p[i + 1] != u'\n'))) {
            ++line;
            continue;
        }
        if (p[i] != QChar::ReplacementCharacter)
            continue;
        qsizetype end = i + 1;
        while (end < n && p[end] == QChar::ReplacementCharacter)
            ++end;
        if (decoded.replacedRuns.size() < kReportedRuns)
            decoded.replacedRuns.append({line, end - i});
        ++decoded.replacedRunCount;
        decoded.replacedCharacters += end - i;
        i = end - 1;
    }
}

} // namespace

ReadOutcome TextReader::readFile(const QString& path) {
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return failure(
            ReadStatus::Unreadable,
            QCoreApplication::translate("luming::Geo", "Cannot read %1: it is a folder, not a file.")
                .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            ReadStatus::Unreadable,
            QCoreApplication::translate("luming::Geo", "Cannot read %1: %2.").arg(name, file.errorString()));
    constexpr qint64 kMiB = 1024LL * 1024;
    const QString limit = QStringLiteral("%1 MiB").arg(kMaxFileBytes / kMiB);
    if (file.size() > kMaxFileBytes)
        return failure(ReadStatus::Unreadable,
                       QCoreApplication::translate(
                           "luming::Geo", "Cannot read %1: it is %2 MiB, larger than the %3 a notice can be.")
                           .arg(name)
                           .arg(file.size() / kMiB)
                           .arg(limit));
    QByteArray bytes;
    if (info.isFile()) {
        bytes = file.readAll();
    } else {
        // A device or a pipe (/dev/zero, a FIFO) says size 0: read in chunks up to the limit.
        constexpr qint64 kChunk = 1 << 20;
        for (;;) {
            const QByteArray chunk = file.read(kChunk);
            if (chunk.isEmpty())
                break;
            bytes += chunk;
            if (bytes.size() > kMaxFileBytes)
                return failure(ReadStatus::Unreadable,
                               QCoreApplication::translate(
                                   "luming::Geo", "Cannot read %1: it goes on past the %2 a notice can be.")
                                   .arg(name, limit));
        }
    }
    if (file.error() != QFileDevice::NoError)
        return failure(
            ReadStatus::Unreadable,
            QCoreApplication::translate("luming::Geo", "Cannot read %1: %2.").arg(name, file.errorString()));
    return decode(bytes, name);
}

ReadOutcome TextReader::decode(const QByteArray& bytes, const QString& name) {
    if (bytes.isEmpty())
        return failure(ReadStatus::Empty,
                       QCoreApplication::translate("luming::Geo", "%1 is empty (0 bytes).").arg(name));

    DecodedText decoded;
    std::optional<QString> text;

    // Byte-order marks; UTF-32 first, its LE mark starts like UTF-16LE's.
    struct Bom {
        std::string_view mark;
        QStringConverter::Encoding encoding;
        const char* label;
    };
    static constexpr Bom boms[] = {
        {"\xFF\xFE\0\0"sv, QStringConverter::Utf32LE, "UTF-32LE (BOM)"},
        {"\0\0\xFE\xFF"sv, QStringConverter::Utf32BE, "UTF-32BE (BOM)"},
        {"\xEF\xBB\xBF"sv, QStringConverter::Utf8, "UTF-8 (BOM)"},
        {"\xFF\xFE"sv, QStringConverter::Utf16LE, "UTF-16LE (BOM)"},
        {"\xFE\xFF"sv, QStringConverter::Utf16BE, "UTF-16BE (BOM)"},
    };
    for (const Bom& bom : boms) {
        const QByteArrayView mark(bom.mark.data(), qsizetype(bom.mark.size()));
        if (!bytes.startsWith(mark))
            continue;
        const QByteArrayView body = QByteArrayView(bytes).sliced(mark.size());
        decoded.encoding = QString::fromLatin1(bom.label);
        if (bom.encoding == QStringConverter::Utf8) {
            if (std::find(body.begin(), body.end(), '\0') == body.end()) {
                text = decodeUtf8Damaged(body); // no copy of the bytes in the usual case
            } else {
                QByteArray copy = body.toByteArray();
                stripNuls(copy, decoded);
                text = decodeUtf8Damaged(copy);
            }
        } else {
            text = decodeStrict(QStringDecoder(bom.encoding, QStringConverter::Flag::Stateless), body);
            if (text)
                stripNuls(*text, decoded);
        }
        if (!text)
            return failure(ReadStatus::Binary,
                           QCoreApplication::translate(
                               "luming::Geo", "%1 starts with a %2 byte-order mark but is not valid %2 text.")
                               .arg(name, decoded.encoding.section(u' ', 0, 0)));
        break;
    }

    if (!text) {
        if (const char* format = binaryFormat(bytes))
            return failure(ReadStatus::Binary,
                           QCoreApplication::translate("luming::Geo", "%1 is %2, not a text file.")
                               .arg(name, QString::fromLatin1(format)));
        if (const auto utf16 = sniffUtf16(bytes)) {
            text = decodeStrict(QStringDecoder(*utf16, QStringConverter::Flag::Stateless), bytes);
            if (text) {
                decoded.encoding = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                       : QStringLiteral("UTF-16BE");
                stripNuls(*text, decoded);
            }
        }
    }

    if (!text) {
        QByteArray stripped = bytes; // shared until a NUL is removed
        stripNuls(stripped, decoded);
        text = decodeUtf8(stripped);
        if (text) {
            decoded.encoding = QStringLiteral("UTF-8");
        } else {
            Decoding guess = decodeBestGuess(stripped);
            if (mostlyUndecodable(guess))
                return failure(ReadStatus::Binary,
                               QCoreApplication::translate(
                                   "luming::Geo",
                                   "%1 is not text: %2 of its %3 characters could not be decoded as "
                                   "UTF-8, GB18030 or Big5.")
                                   .arg(name)
                                   .arg(guess.undecodable)
                                   .arg(guess.text.size()));
            decoded.encoding = guess.encoding;
            text = std::move(guess.text);
        }
    }

    const qsizetype controls = countControls(*text) + decoded.nulBytesRemoved;
    const qsizetype total = text->size() + decoded.nulBytesRemoved;
    // More than 1 % (and more than a few): not a text with some stray bytes.
    constexpr qsizetype kTolerated = 3;
    if (controls > kTolerated && controls * 100 > total)
        return failure(
            ReadStatus::Binary,
            QCoreApplication::translate(
                "luming::Geo", "%1 looks like binary data: %2 of its %3 characters are control characters.")
                .arg(name)
                .arg(controls)
                .arg(total));
    if (onlyWhitespace(*text))
        return failure(ReadStatus::Empty,
                       QCoreApplication::translate("luming::Geo", "%1 contains only whitespace.").arg(name));

    recordReplacements(*text, decoded);
    decoded.text = std::move(*text);
    ReadOutcome outcome;
    outcome.decoded = std::move(decoded);
    return outcome;
}

} // namespace luming
