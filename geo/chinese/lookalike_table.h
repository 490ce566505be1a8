// Characters that print, scan or type alike (resources/lookalike_chars.tsv): the one table of them, used by
// the name key (groups marked `key`) and by the validator's judgement of one-character twins (every group).
#pragma once

#include <QChar>
#include <QString>

namespace luming {

class LookAlikeTable {
public:
    // The character the name key writes for `c`: its `key` group's first character, else `c`.
    [[nodiscard]] static QChar keyCharacter(QChar c);
    // True when a and b differ and share a group of either use.
    [[nodiscard]] static bool alike(QChar a, QChar b);
    // Empty when the table loaded; otherwise "lookalike_chars.tsv:<line>: <why>" (then nothing is alike).
    [[nodiscard]] static QString error();
};

} // namespace luming
