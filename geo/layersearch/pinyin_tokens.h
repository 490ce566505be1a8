// A name's pinyin as the layer index stores it (issue 11 point 4: pinyin search of any layer). A pinyin
// query is a run of consecutive characters typed as whole readings (gangtian) or as initials (gtl), the
// last perhaps in part: a prefix of the spelling from some character on. So every character's suffix is
// one token, spelled out in full and as initials, and a query is one FTS5 prefix lookup ("gangt*").
#pragma once

#include <QStringList>

namespace luming {

struct PinyinTokens {
    // From every character to the end of its run of readable characters: full spelling and initials
    // ("gangtianlu", "tianlu", "lu", "gtl", "tl", "l"); polyphones (长清: changqing, zhangqing) give one
    // token per reading, at most kMaxVariants per character.
    QStringList suffixes;
    // The whole name, full and initials (a query equal to one is an exact hit, listed first).
    QStringList wholes;
};

// `name` as stored; its name key (simplified, Step::Simplified) is spelled, letters and digits only.
[[nodiscard]] PinyinTokens pinyinTokens(const QString& name);

} // namespace luming
