// The sentences findings say: one table of English templates (%1, %2 …), each translated in the
// "Finding" context of the Qt Linguist files. Findings are stored and printed in English (the record
// of what was found, the same in every file); a viewer in another language recognises the sentence
// against the table and says it in its own words with the same arguments — so projects written
// before a translation existed are translated too.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace luming {

enum class FindingMessage {
    // the file as read
    NulBytes,
    UndecodableLine,
    UndecodableMore,
    BidiControls,
    // the notice as a whole
    CountMismatchFor,
    CountMismatchTotal,
    NumberingGap,
    NumberingRepeat,
    NumberingRestarts,
    NoLengths,
    NoWidths,
    DateYearMismatch,
    // one item
    ItemRemark,
    NameMismatch,
    BridgeInText,
    BridgeItem,
    TraditionalCharacter,
    NameVariantProbable,
    NameVariantPossible,
    ExternalEndpoint,
    DuplicateNameSameDistrict,
    DuplicateNameDistricts,
    LengthNotPositive,
    WidthRangeBackwards,
    WidthNotPositive,
    SameStartAndEnd,
    EndsOnItself,
    ItemNotReadFully,
    // the schematic layout
    LayoutTieConflict,
    LayoutLengthConflict,
    LayoutAnchorConflict,
    // real geometry from a centerline layer (geo/centerlines): why a road stays schematic
    CenterlineNoLine,
    CenterlineNotChained,
    CenterlineEndRoadMissing,
    CenterlineEndOff,
    CenterlineLengthOff,
    CenterlineDirectionOff,
    // the notice's region and its places against the gazetteer (geo/region)
    RegionUnknown,
    RegionAmbiguous,
    DistrictUnknown,
    DistrictUnknownNear,
    SubdistrictUnknown,
    SubdistrictUnknownNear,
    PlaceInOtherDistrict,
    UnreadCandidate,
};

// The English sentence, its %n replaced by args[n-1].
[[nodiscard]] QString findingMessage(FindingMessage id, const QStringList& args);

// The English template (for tests and the translation files).
[[nodiscard]] QString findingTemplate(FindingMessage id);

// Every template and word of the table, in order (for tests).
[[nodiscard]] QStringList findingTemplates();

// `english` in the language of the installed translators: recognised against the templates (arguments
// that are themselves sentences or words of the table are translated too), else `english` unchanged
// (a newer build's sentence). Pure function of the text; thread-safe.
[[nodiscard]] QString translateFindingMessage(const QString& english);

// True when `english` is a sentence or word of the table (a test checks every finding does).
[[nodiscard]] bool isKnownFindingMessage(const QString& english);

// Installs the sentences' translation for `language` ("zh_CN"; "en" and others need none) as a child of
// `app`. False when there is no translation for it.
bool installFindingTranslator(QCoreApplication& app, const QString& language);

} // namespace luming
