// Finds the road-naming notices in a (normalised) gazette text, telling them apart from their
// table-of-contents entries, and reads what the gazette says about itself.
#pragma once

#include "notice/matching_text.h"
#include "text/normalized_text.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace luming {

struct NoticeLocation {
    QString title; // issuer + "关于…的通知" as printed (normalised)
    QString issuer;
    QString docNumber; // canonical brackets: 济政字〔2021〕62号; empty if none printed
    qsizetype titleStart = 0;
    qsizetype bodyStart = 0; // after title and document number
    qsizetype bodyEnd = 0;   // next document's title, or end of text
};

struct GazetteFacts {
    QString issue;                // "2021年第19期(总第353期)"; empty when not a gazette
    QHash<QString, int> tocPages; // document number → page, from the table of contents
};

// Titles are matched in the folded text and reported as printed. A title quoted in 《》 or “” is a
// mention of another document, not a notice.
// `norm`, when given, keeps an issuer to the title's printed line ("…2号\n乐山市…人民政府 关于…").
[[nodiscard]] QList<NoticeLocation> findNotices(const MatchingText& text,
                                                const NormalizedText* norm = nullptr);
[[nodiscard]] GazetteFacts readGazetteFacts(const MatchingText& text);
// 济政字 [2021] 65 号 → 济政字〔2021〕65号
[[nodiscard]] QString canonicalDocNumber(const QString& prefix, const QString& year, const QString& number);

} // namespace luming
