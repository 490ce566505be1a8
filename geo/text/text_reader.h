// Reads a notice or gazette file whatever its encoding, and says which encoding it used.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace luming {

enum class ReadStatus { Ok, Unreadable, Empty, Binary };

struct DecodedText {
    QString text;     // decoded, otherwise untouched (original for display and offsets)
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "GB18030", …
    int nulBytesRemoved = 0;
    int firstNulLine = 0; // 1-based line of the first NUL removed, 0 if none
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
