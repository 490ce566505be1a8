// One act that names several roads in the order listed: "将东起A、西至B的三条道路依次命名为甲路、乙路、
// 丙路", "…分别命名为“甲路”“乙路”", "由北向南依次命名为甲路和乙路". What the sentence says before its verb
// (ends, place, measures) belongs to every road of the list.
#pragma once

#include "notice/item_parser.h"
#include "notice/matching_text.h"
#include "notice/naming_sentence.h"
#include "notice/notice_validator.h"

#include <QStringList>
#include <algorithm>
#include <optional>

namespace luming {

struct GroupNaming {
    qsizetype verbFrom = 0;      // offsets in the slice searched: the verb,
    qsizetype listEnd = 0;       // and the end of the list of names
    QStringList names;           // as printed, quotes dropped, in order
    std::optional<int> declared; // "三条道路依次命名为…": how many roads the sentence says it names
    bool cancel = false;         // "注销“A”、“B”路名": the act cancels the names listed
    // "…依次命名为A、B、C。该三条道路均南起D,北至E。": the sentence after the list that speaks of all of
    // them (its subject 该/以上/上述 … 均); empty when there is none.
    qsizetype sharedFrom = 0;
    qsizetype sharedTo = 0;
    // Where what the group says ends: its list, or the shared sentence after it.
    [[nodiscard]] qsizetype end() const { return std::max(listEnd, sharedTo); }
};

// The first act in `text` that names at least two roads at once, or none.
[[nodiscard]] std::optional<GroupNaming> findGroupNaming(const TextSlice& text);

// One road of the group: what `described` (the words before the verb) says of it, and where that gives no
// course, what the group's shared sentence says; named `name`, with the group's act when it is a cancel
// ("注销“A”、“B”路名"). `text` is the slice the group was found in.
[[nodiscard]] ItemParse groupRoad(const TextSlice& text, const TextSlice& described, const GroupNaming& group,
                                  const QString& name, const ItemContext& context);

// The count the group's sentence states, to check against the names it lists (none when it states none).
[[nodiscard]] std::optional<DeclaredCount> groupCount(const GroupNaming& group);

} // namespace luming
