// Endpoint adjustments inside an item: an extension from a former end ("自原止点合肥路向北延长止滁州路,
// 原起点不变") and former ends stated outright ("原起点A,原止点B"). The new ends go to the record's main
// fields, the former ones to old_start / old_end.
#pragma once

#include "core/road_enums.h"
#include "notice/matching_text.h"
#include "notice/naming_sentence.h"

#include <QStringList>

namespace luming {

struct Extension {
    bool found = false;
    bool fromStart = false; // extended beyond its former start (else beyond its former end)
    QString formerEnd;      // the end it was extended from, as printed
    QString newEnd; // the end it now reaches, as printed ("峪夼。水库北岸": to the clause's comma)
    QList<Direction> headings; // directions of the extension's legs, in order
    Span span;
};

[[nodiscard]] Extension readExtension(const TextSlice& text);

struct FormerEnds {
    QString start;
    QString end;
    QList<Span> spans;     // the former ends' words: an adjustment
    QList<Span> unchanged; // "止点不变": no end, no adjustment by itself
    Span newStart;         // "起点由原A调整为B": B
    Span newEnd;
};

// A new section that takes an existing road's name is an adjustment of that road (label convention):
// "该路段是X延伸路段,故取名X", "为X的延长段", "沿用现有名称", "与X为同一条路" — where X is `name` itself.
// The span of the phrase, or nothing.
[[nodiscard]] std::optional<Span> sameRoadSection(const TextSlice& text, const QString& name);

// "原起点A", "原止点为B", "起点由原A调整为B"; "原起点不变", "止点不变" are no former end.
[[nodiscard]] FormerEnds readFormerEnds(const TextSlice& text);

} // namespace luming
