// Reads a notice or gazette file into notices and road records: the one entry point the CLI,
// the viewer and the tests share.
#pragma once

#include "core/notice.h"
#include "text/text_reader.h"

namespace luming {

enum class ParseStatus { Ok, NoNotice, Unreadable, Empty, Binary };

struct ParseOutcome {
    ParseStatus status = ParseStatus::Ok;
    ParseResult result;
    QString error; // one sentence naming the file, when status != Ok
};

class NoticeParser {
public:
    [[nodiscard]] static ParseOutcome parseFile(const QString& path);
    // `original` is decoded text; `fileName` and `encoding` are carried into the result.
    [[nodiscard]] static ParseOutcome parseText(const QString& original, const QString& fileName,
                                                const QString& encoding = QStringLiteral("UTF-8"));
};

} // namespace luming
