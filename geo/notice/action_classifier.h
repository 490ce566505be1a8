// What a notice does to a road — name, rename, adjust or cancel — from the words of a heading, an
// introduction, a sentence or the item itself (notice_grammar's action tables), and why a road is cancelled.
#pragma once

#include "core/road_record.h"
#include "notice/matching_text.h"
#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"

#include <optional>

namespace luming {

// The action of the first table row that matches `folded` (rows run cancel, rename, adjust, name) and
// where its words stand in `folded`.
struct ActionCue {
    RoadAction action = RoadAction::Name;
    qsizetype from = 0;
    qsizetype to = 0;
};
[[nodiscard]] std::optional<ActionCue> actionCueIn(QStringView folded, const QList<ActionKeyword>& table);
// The lexicon category of an action's words (act_name, act_rename …), for its evidence.
[[nodiscard]] LexCategory actionCategory(RoadAction action);
// The action of the first table row that matches `folded` (rows run cancel, rename, adjust, name).
[[nodiscard]] std::optional<RoadAction> actionOfKeywords(QStringView folded,
                                                         const QList<ActionKeyword>& table);
// The one action a heading's words stand for; none when they name several ("命名、更名情况表": each
// row says its own, a heading over both says of none which it is).
[[nodiscard]] std::optional<RoadAction> soleActionOf(QStringView folded, const QList<ActionKeyword>& table);
// The action a verb of a count sentence stands for ("更名" → rename, "起止点调整" → adjust).
[[nodiscard]] std::optional<RoadAction> actionOfVerb(const QString& verb);
// "因道路规划调整予以销名" → "道路规划调整"; empty when the text gives no reason.
[[nodiscard]] QString cancelReasonIn(const TextSlice& text);

} // namespace luming
