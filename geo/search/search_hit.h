// One search result: which road, why it matched, and how well (issue 4 item 3).
#pragma once

#include "core/road_id.h"

#include <QString>

namespace luming {

enum class MatchReason { Name, OldName, District, Subdistrict, Endpoint, Via };
QString
matchReasonCode(MatchReason reason); // "name", "old_name", "district", "subdistrict", "endpoint", "via"

// Best first: exact name, name prefix, name substring, former name, area (区/街道), endpoint
// (start/end/turn).
enum class MatchRank { ExactName, NamePrefix, NameSubstring, OldName, Area, Endpoint };

struct SearchHit {
    RoadId road;
    QString name; // the road's name as printed
    MatchReason reason = MatchReason::Name;
    MatchRank rank = MatchRank::NameSubstring;
    QString matched;    // the value that matched, as printed ("凤集路" for an endpoint hit)
    bool exact = false; // the matched value equals the query (after folding)
};

} // namespace luming
