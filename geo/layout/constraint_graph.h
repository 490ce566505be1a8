// The layout problem read from a notice's words: roads (the notice's own and those they refer to), the
// intersection nodes where the text ties one road to another, and the order the names imply.
#pragma once

#include "core/road_record.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

// Legs head along a core Direction (8-way; unitVector() in road_enums.h gives the metres-frame vector).
// Axis: the nearer of the two compass axes, used where referenced roads vote how they run.
enum class Axis { EastWest, NorthSouth };

Axis axisOf(Direction heading);

// A straight stretch of a road: a straight road has one, an "L" two. Its nodes run from its first to its last
// along its heading once the initial layout has ordered them.
struct GraphLeg {
    Direction heading = Direction::West;
    QList<int> nodes;   // every node on the leg; ordered after InitialLayout::compute
    int firstNode = -1; // fixed by the text (the road's start or turn point); -1 for referenced roads
    int lastNode = -1;
};

struct GraphRoad {
    QString name;
    int record = -1; // index into the records; -1 for a road the notice only refers to
    int seq = 0;
    std::optional<double> lengthM;
    QStringList subdistricts;
    QList<GraphLeg> legs;
    int cluster = -1;
    // Metres (the region's working CRS): the road's line taken from a centerline layer. Non-empty: the
    // road is fixed there, its ends pinned and every node on it kept on the line; the solver moves the
    // roads tied to it instead.
    QList<QPointF> fixedLine;
    bool isReferenced() const { return record < 0; }
    bool isFixed() const { return !fixedLine.isEmpty(); }
    Axis axis() const { return axisOf(legs.first().heading); }
};

enum class TieEnd { Start, Via, End };

// "road's start (via point, end) lies on other": the node both pass through.
struct GraphTie {
    int road = -1;
    TieEnd end = TieEnd::Start;
    int other = -1;
    int node = -1;
    QString printed; // the other road's name as the text prints it
    // Set when the numbers conflict and the solver let this end go: a node of the other road near which the
    // end should still lie (the node the end left, or for the other road's end at the same corner the
    // released end's new node).
    int releasedNear = -1;
    bool isReleased() const { return releasedNear >= 0; }
};

// A named point in the metres frame: where two roads meet.
struct GraphNode {
    int roadA = -1;
    int roadB = -1;
};

// first lies north of (or west of) second: X北街 / X街 / X南街, X西路 / X路 / X东路.
struct OrderRelation {
    enum class Kind { NorthOf, WestOf };
    Kind kind = Kind::NorthOf;
    int first = -1;
    int second = -1;
};

// Two legs of one orientation that the text does not tie, kept apart: legA on the side `side` (+1/−1) of
// legB across their axis (see ParallelGuard).
struct Separation {
    int roadA = -1;
    int legA = 0;
    int roadB = -1;
    int legB = 0;
    double side = 1;
};

class ConstraintGraph {
public:
    // Cancelled items are left out (they have no geometry).
    static ConstraintGraph build(const QList<RoadRecord>& records);

    QList<GraphRoad> roads;
    QList<GraphNode> nodes;
    QList<GraphTie> ties;
    QList<OrderRelation> orders;
    QList<Separation> separations; // added by ParallelGuard as the solve finds them
    int clusterCount = 0;

    QString nodeLabel(int node) const;
    QList<int> roadsOfCluster(int cluster) const;
    bool clusterIsFixed(int cluster) const; // holds a road taken from a centerline layer
    QList<int> nodesOfRoad(int road) const; // every node on any leg, ordered start → end
    int roadIndexForRecord(int record) const;
    // The node where two roads meet, or -1.
    int junction(int roadA, int roadB) const;
    int findRoad(const QString& printedName) const;
    // Does the text tie the two roads (either's start, turn or end on the other)?
    bool tied(int roadA, int roadB) const;

    // Gives the tying road's end its own node (at the same place), leaving the old node on the other road.
    // When the other road's own end was tied to this road at the same corner, that tie is released too.
    // Returns the released ties. Only start and end ties can be released.
    QList<int> releaseTie(int tie, QList<QPointF>& positions);
};

} // namespace luming
