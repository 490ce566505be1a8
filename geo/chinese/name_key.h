// The one answer to "is this the same name?" (issue 10 point 3), for the validator, layout, register,
// viewer and both search paths. A key is built in three steps, each including the ones before:
//   Plain       NFKC (full-width → ASCII), case-folded, whitespace removed (港田 路 = 港田路), planning
//               markers dropped: a parenthetical that only marks status, (规划) (规划中) (规划名) (规划路名)
//               (规划暂定名), anywhere; a leading 规划 / 规划的 before a proper name (规划港田路 = 港田路) —
//               but not before a designation (规划路, 规划道路, 规划一路, 规划十号支路 stay: they are the
//               name). tests/data/samples/README.md, "Planned roads", is the convention this follows.
//   Simplified  and 繁→简 (OpenCC t2s: 荷葉路 = 荷叶路).
//   LookAlike   and look-alike characters folded (resources/lookalike_chars.tsv, groups marked key: 风集路 =
//               凤集路).
// Two names are one name when their keys (at LookAlike, the default) are equal; a query finds a value
// when the value's key contains the query's key.
#pragma once

#include <QString>

namespace luming {

class NameKey {
public:
    enum class Step { Plain, Simplified, LookAlike };

    [[nodiscard]] static QString of(const QString& text, Step upTo = Step::LookAlike);
    [[nodiscard]] static bool same(const QString& a, const QString& b) { return of(a) == of(b); }
};

} // namespace luming
