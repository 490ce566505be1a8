// The codes `luming search` and `luming history` print (why a road matched, what a notice did to it) as
// words of the output's language: the code itself in English (what the files hold), Chinese words on a
// Chinese locale — the action's from the value-label table the viewer shows, the others translated in
// the "luming::cli::CodeWords" context of cli/translations.
#pragma once

#include "core/field_value_labels.h"
#include "core/road_record.h"
#include "register/road_register.h"
#include "search/search_hit.h"

#include <QCoreApplication>
#include <QString>

namespace luming::cli {

class CodeWords {
    Q_DECLARE_TR_FUNCTIONS(luming::cli::CodeWords)
};

// Chinese on a Chinese locale (LANG/LC_ALL=zh_CN…), else English: main() loads the translators on it.
[[nodiscard]] LabelLanguage outputLanguage();

[[nodiscard]] QString matchReasonWord(MatchReason reason); // "name" / 名称
[[nodiscard]] QString matchFormWord(MatchForm form);       // "pinyin" / 拼音
[[nodiscard]] QString actionWord(RoadAction action);       // "rename" / 更名
[[nodiscard]] QString roadStatusWord(RoadStatus status);   // "named" / 已命名
[[nodiscard]] QString exactWord(); // "exact" / 完全一致: a layer hit equal to the query

} // namespace luming::cli
