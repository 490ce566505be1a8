// List starts that are not numbers: a bullet (◆ ● ■ ・ - *), a planning code (`N号路:`, `经N路:`), an
// article (`第N条`), or a road name heading its line (`X。` `X,` `X:` `X——`, or X alone above its
// description). Each is a shape, not a seen sample: the splitter opens items on a shape only where it
// starts at least two lines of the body.
#pragma once

#include "notice/matching_text.h"

#include <QList>
#include <QString>
#include <optional>

namespace luming {

enum class OpenerKind { Bullet, Code, Article, Name };

struct LineOpener {
    OpenerKind kind = OpenerKind::Bullet;
    QString shape;              // what must repeat: "bullet ◆", "code 号路", "article", "name ,"
    QString numeral;            // a code's or article's number as printed
    qsizetype markerLength = 0; // the marker's length at the line start (0 for a name)
    QString name;               // Name: the road's name as printed, spaces dropped
    QString delimiter;          // Name: "。" "," ":" "——", empty when the name stands alone
    qsizetype bodyFrom = 0;     // Name: where the description begins, after the delimiter
};

// The opener `line` (one printed line, normalised) begins with, if any.
[[nodiscard]] std::optional<LineOpener> lineOpener(const TextSlice& line);

// A road name heading `text` (an item's text after its marker) in a form the item reader has no name
// pattern for: `X,…` or X alone on its line.
[[nodiscard]] std::optional<LineOpener> bareLeadingName(const TextSlice& text);

// A line that holds nothing but pinyin ("Yǔhuā Běilù", "YUHUA BEILU"): the reading of the name on the line
// above, printed between the name and its description. It belongs to the item it stands in.
[[nodiscard]] bool pinyinAloneLine(const TextSlice& line);

// An inline list of names after a place: "A区:X路、Y街、Z巷". Offsets are relative to the line.
struct NameList {
    QString place; // as printed, garbling included ("興慶區(qū)")
    struct Entry {
        QString name;
        qsizetype from = 0;
        qsizetype to = 0;
    };
    QList<Entry> names;
};

// The list `line` holds: a 区/县 and a colon, then at least two road names separated by 、 (a last
// part cut off by the page is left out).
[[nodiscard]] std::optional<NameList> inlineNameList(const TextSlice& line);

} // namespace luming
