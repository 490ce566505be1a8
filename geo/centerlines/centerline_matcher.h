// Which line of a road layer is a notice road: the pieces named like it (one name key: 繁简, variants,
// 规划 names) inside the notice's region, chained into lines, each checked against the text — its ends
// touch the roads the text names there, its length is the stated one, it runs the stated way. A road takes
// the line that passes every check (the closest, if several do); else it keeps its schematic line and the
// match says which check failed and by how much.
#pragma once

#include "centerlines/centerline_network.h"
#include "centerlines/centerline_options.h"
#include "core/road_record.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <optional>

namespace luming {

// The checks in the order they are applied; the first a line fails is the one reported.
enum class CenterlineCheck {
    Passed,
    NoLine,         // no line of the name in the region
    NotChained,     // its pieces branch or close into a ring
    EndRoadMissing, // the road an end should touch has no line to check against
    StartOff,       // the start is farther than endGapM from the road named there
    EndOff,
    LengthOff,    // more than lengthTolerance off the stated length
    DirectionOff, // start→end more than the limit off the stated headings
};

struct CenterlineMatch {
    CenterlineCheck outcome = CenterlineCheck::NoLine;
    // Metres, start → end as the text runs: the line taken, or the line that came closest to passing.
    QList<QPointF> line;
    int pieces = 0; // layer lines it is made of (NotChained: of the group that does not chain)
    double lengthM = 0;
    std::optional<double> startGapM; // nullopt: the text names no start road (or it has no line)
    std::optional<double> endGapM;
    std::optional<double> lengthErrorM; // drawn − stated; nullopt: no stated length
    std::optional<double> directionOffDeg;
    QString missingRoad; // EndRoadMissing: the road named at that end
    bool missingAtStart = true;

    bool matched() const { return outcome == CenterlineCheck::Passed; }
};

class CenterlineMatcher {
public:
    // region: the notice's region in the network's metres (lines outside it are not candidates).
    CenterlineMatcher(const CenterlineNetwork& network, QRectF region, CenterlineOptions options);

    [[nodiscard]] CenterlineMatch match(const RoadRecord& record) const;

    const CenterlineOptions& options() const { return options_; }

private:
    CenterlineMatch evaluate(const QList<QPointF>& chain, const RoadRecord& record) const;
    std::optional<double> gapTo(QPointF end, const QString& road) const; // nullopt: no line of that name

    const CenterlineNetwork& network_;
    QRectF region_;
    CenterlineOptions options_;
};

} // namespace luming
