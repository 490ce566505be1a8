// Reads a notice or gazette file into notices and road records: the one entry point the CLI,
// the viewer and the tests share.
#pragma once

#include "core/feedback.h"
#include "core/notice.h"
#include "text/text_reader.h"

namespace luming {

// Cancelled: the Feedback asked to stop; the result holds no notice (nothing read partly is reported).
enum class ParseStatus { Ok, NoNotice, Unreadable, Empty, Binary, Cancelled };

struct ParseOutcome {
    ParseStatus status = ParseStatus::Ok;
    ParseResult result;
    QString error; // one sentence naming the file, when status != Ok
};

class NoticeParser {
public:
    // `feedback` (may be null): cancel is polled between stages and every kFeedbackEvery items or lines
    // of a notice body; progress by position in the text, 100 when the whole text was read.
    [[nodiscard]] static ParseOutcome parseFile(const QString& path, Feedback* feedback = nullptr);
    // `original` is decoded text; `fileName` and `encoding` are carried into the result.
    [[nodiscard]] static ParseOutcome parseText(const QString& original, const QString& fileName,
                                                const QString& encoding = QStringLiteral("UTF-8"),
                                                Feedback* feedback = nullptr);
};

} // namespace luming
