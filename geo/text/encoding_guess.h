// The encoding of a text that is not clean UTF-8: UTF-8 with a few damaged bytes, GB18030/GBK or
// Big5, decoded whichever way fits best. Bytes no candidate decodes become U+FFFD instead of
// rejecting the file, so one bad byte costs one character, not the notice.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace luming {

struct Decoding {
    QString text;
    QString encoding;          // "UTF-8", "GB18030" or "Big5"; empty when this Qt has no such decoder
    qsizetype undecodable = 0; // U+FFFD the decoder put in (not the ones the file itself encodes)
    qsizetype commonHanzi = 0; // ideographs among the few hundred most frequent ones (either script)
};

// Decodes `bytes` with the named decoder ("UTF-8", "GB18030", "Big5"); a multi-byte sequence cut off
// by the end of the file becomes U+FFFD too.
[[nodiscard]] Decoding decodeAs(QByteArrayView bytes, const char* encoding);

// Undecodable nearly throughout (over 5 % of the characters): not a text with some damaged bytes.
[[nodiscard]] bool mostlyUndecodable(const Decoding& decoding);

// UTF-8, GB18030 and Big5 (when this Qt can decode it) compared: fewer undecodable bytes first, then
// more frequent ideographs, since a wrong choice among these mostly decodes without errors into rare
// characters (UTF-8 or Big5 bytes read as GB18030, GBK bytes read as Big5). UTF-8 wins ties.
[[nodiscard]] Decoding decodeBestGuess(QByteArrayView bytes);

} // namespace luming
