// The text encoding of a shapefile's attributes: declared by a .cpg file or the .dbf's language byte
// (LDID), checked against the bytes themselves, or chosen by the user. Shapefiles carry no reliable
// encoding, and Chinese ones are often GBK without saying so; a wrong guess garbles every label.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace luming {

// The encodings the viewer offers for a layer's attributes.
enum class TextEncoding { Utf8, Gbk, Gb18030, Big5 };

// Where a guess came from.
enum class EncodingBasis {
    Override,      // chosen by the caller (LayerLoadOptions::encoding)
    CpgFile,       // the .cpg beside the .dbf, and the bytes agree
    DbfLanguageId, // the .dbf header's LDID byte, and the bytes agree
    Content,       // the bytes themselves (nothing declared, or the declaration contradicted by the bytes)
    AsciiOnly,     // every text byte is ASCII: any encoding reads it the same
};

struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingBasis basis = EncodingBasis::AsciiOnly;
    QString declared; // what the .cpg or LDID said, in words ("" when nothing was declared)
    QString dbfFile;  // the .dbf's file name, for messages

    // "encoding GBK, guessed from content; no .cpg"
    QString describe() const;
    // A guess from content, or a declaration the bytes contradicted: the user should know.
    bool deservesWarning() const { return basis == EncodingBasis::Content; }
};

QString encodingName(TextEncoding encoding); // "UTF-8", "GBK", "GB18030", "Big5"
// The name GDAL's ENCODING open option (CPLRecode, iconv) knows: "UTF-8", "CP936", "GB18030", "BIG5".
QString recodeName(TextEncoding encoding);
// Accepts the names above and common aliases (utf8, cp936, 936, big-5, 950, ...), case-insensitive.
std::optional<TextEncoding> textEncodingFromName(const QString& name);

// The encoding the bytes look like; nullopt when every byte is ASCII. Valid UTF-8 wins; otherwise
// GB18030 four-byte sequences mean GB18030, trail bytes below 0xA1 in many pairs mean Big5 (GBK's
// common characters, the GB2312 set, never use them), and the rest is GBK.
std::optional<TextEncoding> encodingOfBytes(QByteArrayView bytes);

// Guesses the attribute encoding of the shapefile whose .shp or .dbf is `path` (any GDAL path,
// /vsizip/ and /vsimem/ included): the override if given; else the .cpg, then the LDID, each kept only
// when the bytes do not contradict it; else the bytes. Reads the .dbf header and at most the first
// kMaxDbfBytesScanned bytes of its records. nullopt when there is no readable .dbf.
std::optional<EncodingGuess> guessDbfEncoding(const QString& path,
                                              std::optional<TextEncoding> override = std::nullopt);

// 4 MiB of records tell the encoding of any real attribute table; reading more would make opening a
// huge layer slower for nothing.
inline constexpr qint64 kMaxDbfBytesScanned = qint64(4) * 1024 * 1024;

} // namespace luming
