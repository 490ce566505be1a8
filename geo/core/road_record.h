// One road item of a naming notice, as read from the text (before geometry).
#pragma once

#include "core/field_evidence.h"
#include "core/road_enums.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

enum class RoadAction { Name, Rename, Adjust, Cancel };

QString actionCode(RoadAction action); // "name", "rename", "adjust", "cancel"
std::optional<RoadAction> actionFromCode(const QString& code);
QString actionChineseName(RoadAction action); // "命名" "更名" "调整" "注销"

// Where an item came from: the item as printed (original text, not normalised),
// its character offset in the decoded file and its 1-based line.
struct SourceRef {
    QString text;
    qsizetype offset = -1;
    int line = 0;
};

struct RoadRecord {
    int seq = 0; // from the item's own numeral (一 … 五十九), 0 if it had none
    RoadAction action = RoadAction::Name;
    QString name;                   // as printed, after OCR-space removal; never corrected
    std::optional<QString> oldName; // rename: the former name
    QString district;               // 区/县 (or a zone ending in 区)
    QStringList subdistricts;       // 街道/镇/乡, all of them, as printed
    std::optional<double> lengthM;  // null when the text gives none (never 0)
    bool lengthApprox = false;      // 约
    std::optional<double> widthMinM;
    std::optional<double> widthMaxM;
    QList<double> widthParts;             // cross-section parts "24+9+16"; empty when not given that way
    Direction startDir = Direction::None; // 东起: East; None when not given
    QString start;                        // referenced feature as printed, "(规划)" dropped
    Direction endDir = Direction::None;   // heading of the last leg
    QString end;                          // the final end
    QStringList via;                      // named turn points / waypoints, in order
    Shape shape = Shape::None;            // None when the text does not say
    QStringList plannedRefs;              // endpoint names marked (规划) or beginning with 规划
    QString pinyin;
    QString note; // cancel reason, adjust details, free remarks
    // adjust: the ends before the adjustment, when the text gives them
    QString oldStart;
    QString oldEnd;
    SourceRef source;
    // Why each field the reader filled holds its value (empty for records not read from a text).
    FieldEvidenceMap evidence;
};

} // namespace luming
