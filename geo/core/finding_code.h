// What a validation finding is about, and how grave it is. Modules pass these values; the codes on
// disk ("count_mismatch", …) live only in the code table of road_codes.cpp, used by JSON, GeoPackage
// and the printed summaries.
#pragma once

#include <QString>
#include <optional>

namespace luming {

enum class Severity { Error, Warning, Info };
QString severityCode(Severity severity); // "error", "warning", "info"

// Other is a code this build does not know (a file written by a newer one); Finding::otherCode keeps
// its text so that it is written back unchanged.
enum class FindingCode {
    Other,
    // the file as read
    NulBytes,
    UndecodableBytes,
    BidiControl,
    // the notice as a whole
    CountMismatch,
    NumberingGap,
    NumberingRepeat,
    NumberingRestarts,
    NoLengths,
    NoWidths,
    DateYearMismatch,
    // one item
    NotARoad,
    NameMismatch,
    TraditionalCharacter,
    NameVariant,
    PossibleNameVariant,
    ExternalEndpoint,
    DuplicateName,
    ImpossibleValue,
    UnparsedItem,
    IncompleteItem,
    // the schematic layout: the text's own numbers cannot all hold in one straight drawing
    LayoutLengthConflict, // a road drawn off its stated length
    LayoutTieConflict,    // a stated end or turn let go of the road it should lie on
    LayoutAnchorConflict, // a cluster farther from its 街道's anchor than the anchor's stated accuracy
    // a centerline layer was given, but no line of it passes the text's checks for this road
    CenterlineRejected,
    // the notice's region and its places against the gazetteer (geo/region)
    RegionUnknown,
    RegionAmbiguous,
    PlaceUnknown,
    PlaceInOtherDistrict,
    UnreadCandidate, // a line that reads like a record, from which no record was read
    SpansDistricts,  // one road placed in several districts ("位于A区B街道和C区D街道")
};

QString findingCodeText(FindingCode code); // "count_mismatch"; "" for Other
// nullopt for an unknown code (the caller keeps the text as Other).
std::optional<FindingCode> findingCodeFromText(QStringView text);
// The severity a finding of this code has unless the check grades it (name_variant: Warning).
Severity defaultSeverity(FindingCode code);
// Every code but Other, in table order (for tests and listings).
QList<FindingCode> allFindingCodes();

} // namespace luming
