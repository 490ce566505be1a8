// The signature that closes a notice: the issuing office and the date, on their own lines at the end
// ("苏州市人民政府 / 2025年5月23日"). Texts without a title have nothing else to say who issued them when.
#pragma once

#include "core/notice.h"
#include "notice/matching_text.h"
#include "notice/source_lines.h"

#include <QDate>
#include <optional>

namespace luming {

struct Signature {
    QDate date;
    QString issuer;
};

// Reads the last date line among the last lines of a body, and the issuer on it or right above it.
[[nodiscard]] Signature readSignature(const MatchingText& text, const QList<SourceLine>& lines);

// A date in `body` with the signing date's month and day but another year ("2022年2月13日" signed under
// a 公示 of "2023年2月13日—2023年2月17日"): one of the years is probably misprinted.
[[nodiscard]] std::optional<Finding> checkSigningYear(const QDate& signedOn, const TextSlice& body);

} // namespace luming
