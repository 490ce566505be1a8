// What a notice says about how many roads it handles — per section heading ("一、市中区(9条)"), per kind
// ("6条道路进行命名,16条道路更名", "一、新命名的道路(48条)") and in total ("等59条") — and how many of them
// were read, for the validator to compare.
#pragma once

#include "core/notice.h"
#include "notice/item_splitter.h"
#include "notice/matching_text.h"
#include "notice/notice_validator.h"
#include "notice/source_lines.h"

namespace luming {

struct CountSources {
    const BodySplit* split = nullptr;
    TextSlice preamble;        // the body before its first heading or item
    QList<TextSlice> freeText; // paragraphs outside items and tables
    TextSlice title;           // "关于历城区3条道路命名的公告": read after the body's own counts
    QList<qsizetype> roadOffsets; // normalised offset of each road of the notice, in order
    QStringList roadDistricts;    // each road's district (same order)
    qsizetype bodyEnd = 0;
};

// Fills notice.declaredTotal, declaredByDistrict and declaredByAction; returns the counts to check.
[[nodiscard]] QList<DeclaredCount> readDeclaredCounts(Notice& notice, const CountSources& sources);

} // namespace luming
