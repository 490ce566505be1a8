// The sentences findings say: one table of English templates (%1, %2 …), each translated in the
// "Finding" context of the Qt Linguist files. Findings are stored and printed in English (the record
// of what was found, the same in every file); a viewer in another language recognises the sentence
// against the table and says it in its own words with the same arguments — so projects written
// before a translation existed are translated too. The layout report's rows are said the same way.
#pragma once

#include "core/road_enums.h"

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
    // the layout report's rows (LayoutReportRow::detail) and the phrases that fill them
    ReportLengthStated,
    ReportLengthUnstated,
    ReportDirection,
    ReportDirectionLeg,
    ReportTie,
    ReportTieReleased,
    ReportItemName,
    ReportNorthOf,
    ReportWestOf,
    ReportBend,
    ReportOverlap,
    ReportCrossing,
    ReportReadability,
    ReportNoRegion,
    ReportTieConflict,
    ReportLetGo,
    ReportLengthConflict,
    ReportAnchorConflict,
    ReportClusterNoSubdistrict,
    ReportClusterNoAnchorRow,
    ReportClusterNoAnchorTable,
    ReportClusterFromLayer,
    ReportClusterAnchor,
    ReportSideBySide,
    ReportJunction,
    ReportCentroid,
    ReportCentreNoDistrict,
    ReportCentreNoPolygon,
    ReportInsidePolygon,
    ReportCentre,
    ReportNoDistrictGiven,
    ReportNoPolygon,
    ReportRegionUnknown,
    ReportNoGeos,
    ReportNotTransformed,
    ReportNoneDrawn,
    ReportAllInside,
    ReportAllInsideSomeUndrawn,
    ReportSomeOutside,
    ReportSomeOutsideSomeUndrawn,
    ReportRenamedBoundary,
    // the centerline rows of the layout report (geo/centerlines) and their residuals
    ReportCenterlineTaken,
    ReportCenterlineSchematic,
    ReportCenterlineNotChained,
    ReportCenterlineEndRoadMissing,
    ReportCenterlineClosest,
    ReportCenterlineSummary,
    ReportCenterlineSummaryReasons,
    ReportCenterlineReason,
    ReportResidualStart,
    ReportResidualEnd,
    ReportResidualLength,
    ReportResidualLengthStated,
    ReportResidualDirection,
    SpansDistricts,
};

// The English sentence, its %n (%1 … %99) replaced by args[n-1].
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

// A finding's code (findingCodeText: "external_endpoint") as a reader sees it: the code in English, its
// translation otherwise ("外部道路"); an unknown code unchanged.
[[nodiscard]] QString findingCodeLabel(const QString& code);

// A layout report row's kind in the language of the installed translators ("Length", "长度").
[[nodiscard]] QString reportKindText(ReportKind kind);

// Installs geo's translations for `language` ("zh_CN"; "en" and others need none) as children of `app`:
// the findings' and report's sentences and geo's load, save and export messages. False when either is
// missing.
bool installFindingTranslator(QCoreApplication& app, const QString& language);

} // namespace luming
