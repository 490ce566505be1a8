// Reads a notice or gazette file whatever its encoding, and says which encoding it used.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace luming {

enum class ReadStatus { Ok, Unreadable, Empty, Binary };

// Characters replaced by U+FFFD in a row: bytes that could not be decoded.
struct ReplacedRun {
    int line = 0; // 1-based
    qsizetype characters = 0;
};

struct DecodedText {
    QString text;     // decoded, otherwise untouched (original for display and offsets)
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "GB18030", "Big5", …
    int nulBytesRemoved = 0;
    int firstNulLine = 0;            // 1-based line of the first NUL removed, 0 if none
    QList<ReplacedRun> replacedRuns; // the first 20 runs of U+FFFD, in order
    qsizetype replacedRunCount = 0;  // all of them
    qsizetype replacedCharacters = 0;
};

struct ReadOutcome {
    ReadStatus status = ReadStatus::Ok;
    std::optional<DecodedText> decoded; // set when status == Ok
    QString error;                      // one sentence naming the file, when status != Ok
};

class TextReader {
public:
    [[nodiscard]] static ReadOutcome readFile(const QString& path);
    // `name` is used in messages only.
    [[nodiscard]] static ReadOutcome decode(const QByteArray& bytes, const QString& name);
};

} // namespace luming
