// One search result: which road, where it lies, why it matched and how well (issue 4 item 3, issue 10
// point 3).
#pragma once

#include "core/road_id.h"

#include <QString>
#include <QStringList>

namespace luming {

// Which of the road's values matched.
enum class MatchReason { Name, OldName, District, Subdistrict, Endpoint, Via };
QString
matchReasonCode(MatchReason reason); // "name", "old_name", "district", "subdistrict", "endpoint", "via"

// How the query met that value (NameKey's steps, then pinyin).
enum class MatchForm {
    AsPrinted,   // the same characters (spacing, full-width and case aside)
    Traditional, // once 繁/简 are folded (荷叶 → 荷葉路)
    LookAlike,   // once look-alike characters are folded (风集路 → 凤集路)
    Variant, // the road the validator flagged as printed one way while other items say another (name_variant)
    Pinyin,  // full pinyin (gangtianlu), possibly mixed with initials
    Initials, // pinyin initials only (gtl)
};
QString
matchFormCode(MatchForm form); // "as_printed", "traditional", "look_alike", "variant", "pinyin", "initials"

// Best first: exact name, name prefix, name substring, former name, area (区/街道), endpoint
// (start/end/turn). A pinyin match of a whole name ranks as exact, from its start as a prefix.
enum class MatchRank { ExactName, NamePrefix, NameSubstring, OldName, Area, Endpoint };

struct SearchHit {
    RoadId road;
    QString name; // the road's name as printed
    MatchReason reason = MatchReason::Name;
    MatchForm form = MatchForm::AsPrinted;
    MatchRank rank = MatchRank::NameSubstring;
    QString matched;    // the value that matched, as printed ("凤集路" for an endpoint hit)
    bool exact = false; // the matched value equals the query (after folding)
    QString district;   // where the road lies, as printed
    QStringList subdistricts;
    // For a road flagged as a variant pair: the name other items use for it, and how many items do
    // ("printed 风集路, 9 items say 凤集路"). Empty otherwise.
    QString variantName;
    int variantItems = 0;
};

} // namespace luming
