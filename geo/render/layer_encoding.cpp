#include "render/layer_encoding.h"

#include "text/encoding_guess.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>
#include <cpl_vsi.h>
#include <memory>

namespace luming {

namespace {

struct VsiCloser {
    void operator()(VSILFILE* f) const { VSIFCloseL(f); }
};
using VsiFilePtr = std::unique_ptr<VSILFILE, VsiCloser>;

// Up to `limit` bytes from `offset` of a GDAL path; empty when it cannot be read.
QByteArray readBytes(const QString& path, qint64 offset, qint64 limit) {
    const VsiFilePtr f(VSIFOpenL(path.toUtf8().constData(), "rb"));
    if (!f || VSIFSeekL(f.get(), vsi_l_offset(offset), SEEK_SET) != 0)
        return {};
    QByteArray bytes(limit, Qt::Uninitialized);
    const size_t n = VSIFReadL(bytes.data(), 1, size_t(limit), f.get());
    bytes.truncate(qsizetype(n));
    return bytes;
}

bool exists(const QString& path) {
    VSIStatBufL stat;
    return VSIStatExL(path.toUtf8().constData(), &stat, VSI_STAT_EXISTS_FLAG) == 0;
}

// The sibling of `path` with suffix `suffix`, in either case (roads.DBF beside roads.SHP).
QString sibling(const QString& path, const char* suffix) {
    const int dot = int(path.lastIndexOf(u'.'));
    const QString base = dot > path.lastIndexOf(u'/') ? path.left(dot + 1) : path + u'.';
    for (const QString& candidate :
         {base + QLatin1String(suffix), base + QString::fromLatin1(suffix).toUpper()})
        if (exists(candidate))
            return candidate;
    return {};
}

// A .cpg names a code page: "UTF-8", "936", "GBK", "CP936", "GB18030", "950", "BIG5", ...
std::optional<TextEncoding> fromCpg(const QByteArray& text) {
    return textEncodingFromName(QString::fromLatin1(text).trimmed());
}

// The LDIDs (dBASE language driver ids, byte 29) that name a Chinese code page or UTF-8 is not one of
// them; 87 (0x57, "ANSI") is what GDAL writes when it knows nothing, so it says nothing.
std::optional<TextEncoding> fromLdid(unsigned char ldid) {
    switch (ldid) {
    case 0x4D: // 936, PRC GBK (dBASE)
    case 0x7A: // 936, PRC GBK (Windows)
        return TextEncoding::Gbk;
    case 0x4F: // 950, Big5 (dBASE)
    case 0x78: // 950, Big5 (Windows)
        return TextEncoding::Big5;
    default:
        return std::nullopt;
    }
}

QString basisText(const EncodingGuess& g) {
    const QString cpg = QFileInfo(g.dbfFile).completeBaseName() + QStringLiteral(".cpg");
    switch (g.basis) {
    case EncodingBasis::Override:
        return QCoreApplication::translate("luming::Geo", "chosen by the user");
    case EncodingBasis::CpgFile:
        return QCoreApplication::translate("luming::Geo", "from %1").arg(cpg);
    case EncodingBasis::DbfLanguageId:
        return QCoreApplication::translate("luming::Geo", "from the .dbf language byte (%1); no .cpg")
            .arg(g.declared);
    case EncodingBasis::Content:
        return g.declared.isEmpty()
                   ? QCoreApplication::translate("luming::Geo", "guessed from content; no .cpg")
                   : QCoreApplication::translate("luming::Geo",
                                                 "guessed from content; %1 but the text is not that")
                         .arg(g.declared);
    case EncodingBasis::AsciiOnly:
        return QCoreApplication::translate("luming::Geo", "plain ASCII text");
    }
    return {};
}

} // namespace

QString EncodingGuess::describe() const {
    return QCoreApplication::translate("luming::Geo", "encoding %1, %2")
        .arg(encodingName(encoding), basisText(*this));
}

QString encodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gbk:
        return QStringLiteral("GBK");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Big5:
        return QStringLiteral("Big5");
    }
    return {};
}

QString recodeName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gbk:
        return QStringLiteral("CP936");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Big5:
        return QStringLiteral("BIG5");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromName(const QString& name) {
    const QString n = name.trimmed().toUpper().remove(u'-').remove(u'_').remove(u' ');
    if (n == QLatin1String("UTF8") || n == QLatin1String("65001"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("GBK") || n == QLatin1String("CP936") || n == QLatin1String("936") ||
        n == QLatin1String("GB2312") || n == QLatin1String("ANSI936"))
        return TextEncoding::Gbk;
    if (n == QLatin1String("GB18030") || n == QLatin1String("54936"))
        return TextEncoding::Gb18030;
    if (n == QLatin1String("BIG5") || n == QLatin1String("CP950") || n == QLatin1String("950"))
        return TextEncoding::Big5;
    return std::nullopt;
}

std::optional<TextEncoding> encodingOfBytes(QByteArrayView bytes) {
    bool ascii = true;
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return std::nullopt;
    // The project's one judge of which encoding bytes are in (geo/text, also used for notices): fewest
    // undecodable bytes, then most frequent ideographs. It also keeps UTF-8 that a scan limit cut
    // mid-character as UTF-8.
    const Decoding best = decodeBestGuess(bytes);
    if (best.encoding == QLatin1String("UTF-8"))
        return TextEncoding::Utf8;
    if (best.encoding == QLatin1String("Big5"))
        return TextEncoding::Big5;
    // GB18030 decodes GBK too; the layer is named GB18030 only where its four-byte form occurs.
    for (qsizetype i = 0; i + 3 < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x81 || b > 0xFE)
            continue;
        const auto t = static_cast<unsigned char>(bytes[i + 1]);
        if (t >= 0x30 && t <= 0x39)
            return TextEncoding::Gb18030;
        ++i; // a two-byte character: skip its trail byte
    }
    return TextEncoding::Gbk;
}

std::optional<EncodingGuess> guessDbfEncoding(const QString& path, std::optional<TextEncoding> override) {
    const QString dbf =
        path.endsWith(QLatin1String(".dbf"), Qt::CaseInsensitive) ? path : sibling(path, "dbf");
    if (dbf.isEmpty())
        return std::nullopt;
    const QByteArray header = readBytes(dbf, 0, 32);
    if (header.size() < 32)
        return std::nullopt;
    EncodingGuess guess;
    guess.dbfFile = QFileInfo(dbf).fileName();
    if (override) {
        guess.encoding = *override;
        guess.basis = EncodingBasis::Override;
        return guess;
    }
    const auto headerLength =
        qint64(static_cast<unsigned char>(header[8])) | (qint64(static_cast<unsigned char>(header[9])) << 8);
    QByteArray records = readBytes(dbf, headerLength, kMaxDbfBytesScanned);
    if (records.size() == kMaxDbfBytesScanned) // cut at the limit: drop a character split by the cut
        while (!records.isEmpty() && static_cast<unsigned char>(records.back()) >= 0x80)
            records.chop(1);
    const std::optional<TextEncoding> content = encodingOfBytes(records);

    std::optional<TextEncoding> declared;
    if (const QString cpg = sibling(path, "cpg"); !cpg.isEmpty()) {
        const QByteArray text = readBytes(cpg, 0, 64).trimmed();
        declared = fromCpg(text);
        guess.declared = QCoreApplication::translate("luming::Geo", "%1 says %2")
                             .arg(QFileInfo(cpg).fileName(), QString::fromLatin1(text));
        guess.basis = EncodingBasis::CpgFile;
    } else if (const auto ldid = static_cast<unsigned char>(header[29]); fromLdid(ldid)) {
        declared = fromLdid(ldid);
        guess.declared = QStringLiteral("LDID %1").arg(ldid);
        guess.basis = EncodingBasis::DbfLanguageId;
    }
    if (!content) {
        // ASCII reads the same in every encoding: a declaration cannot be wrong here.
        guess.encoding = declared.value_or(TextEncoding::Utf8);
        if (!declared)
            guess.basis = EncodingBasis::AsciiOnly;
        return guess;
    }
    // The bytes overrule a declaration only where they are decisive: text that is valid UTF-8 is not
    // GBK or Big5 in practice, and text that is not valid UTF-8 is not UTF-8. Between the GB and Big5
    // families the bytes are only a heuristic, so a declaration of one of them stands.
    const bool contentIsUtf8 = *content == TextEncoding::Utf8;
    if (declared && (*declared == TextEncoding::Utf8) == contentIsUtf8) {
        guess.encoding = *declared;
        return guess;
    }
    guess.encoding = *content;
    guess.basis = EncodingBasis::Content;
    return guess;
}

} // namespace luming
