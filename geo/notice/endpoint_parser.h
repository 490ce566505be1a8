// Reads an item's ends and turns ("东起A,西至B", "北起A,南至B折向西至C的"L"型道路", "起点为A、止点为B",
// "西起A,向北延伸后,沿长湖呈环状向东至A").
#pragma once

#include "core/field_evidence.h"
#include "core/road_enums.h"
#include "core/road_record.h"
#include "notice/matching_text.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

struct Endpoints {
    Direction startDir = Direction::None;
    QString start;
    Direction endDir = Direction::None; // heading of the last leg
    QString end;
    QStringList via;
    Shape shape = Shape::None; // None when the text does not say
    QStringList plannedRefs;
    bool found = false; // any start or end was read
    // "向南800米止": the course ends after a distance at no named feature (end null, end_dir 南).
    std::optional<double> distanceM;
    QString distanceText; // as printed, for the record's note
    FieldEvidence distanceWhy;
    // Why: start/start_dir, end/end_dir, via, shape, planned_refs (normalised spans, reader_evidence.h).
    FieldEvidenceMap evidence;
};

// `text` is normalised item text (masked where it is not about ends); the walk reads every 起/至 token.
[[nodiscard]] Endpoints parseEndpoints(const TextSlice& text);
// The record's course (ends, directions, via, shape, planned references) and their evidence from `e`.
void setCourse(RoadRecord& r, const Endpoints& e);

// A referenced name as printed: a trailing "(规划)" dropped and reported through `planned` (the planned
// road is the part before the marker: "双龙庄路(规划)中段" → 双龙庄路中段, planned 双龙庄路), a name that
// begins with 规划 reported as it stands without a trailing remark in parentheses.
struct CleanReference {
    QString text;
    QString planned; // empty unless planned
};
[[nodiscard]] CleanReference cleanReference(const TextSlice& ref);

// The shape the headings make: straight, L (one turn), turn (more); empty when directions do not say.
[[nodiscard]] Shape shapeFromHeadings(Direction startDir, const QList<Direction>& headings);
// A direction word as the grammar's {DIR} matched it ("东南"); None for an empty match.
[[nodiscard]] Direction directionWord(QStringView word);

// Whether the 。 at `at` was typed or OCR'd inside a reference that began at `from` ("起于峪夼。水库北岸"):
// the part before names no road and the run after it, up to the next delimiter before `limit`, is a
// short fragment with no cue, measure, place or road name, which no clause of a notice is.
[[nodiscard]] bool isStrayStop(QStringView folded, qsizetype from, qsizetype at, qsizetype limit);

} // namespace luming
