// ctest-label: unit
// links: luming_project luming_layout luming_crs luming_core
// Layout solver on the seed notice (济政字〔2021〕62号, records from the hand-written oracle
// tests/data/seed_expected.json) and on small hand-made grids. Everything is measured on the output lon/lat
// lines, transformed back to EPSG:4548 metres here, not on solver internals.
#include "core/finding_messages.h"
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "layout/anchor_table.h"
#include "layout/layout_solver.h"
#include "record_support.h"
#include "region_support.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <cmath>
#include <ctime>
#include <numbers>

using namespace luming;

namespace {

using Line = QList<QPointF>;

Line toMetres(const LonLatLine& points) {
    auto gk = CrsTransformer::create(crs::cgcs2000Geographic(), test::jinanZoneCrs());
    Line line;
    for (const LonLat& p : points)
        line.append(gk->forward(QPointF(p.lon, p.lat)));
    return line;
}

double lengthOf(const Line& line) {
    double total = 0;
    for (qsizetype i = 0; i + 1 < line.size(); ++i)
        total += std::hypot(line[i + 1].x() - line[i].x(), line[i + 1].y() - line[i].y());
    return total;
}

double distanceToLine(QPointF p, const Line& line) {
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i];
        const QPointF e = line[i + 1] - a;
        const double len2 = QPointF::dotProduct(e, e);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, e) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = a + t * e;
        best = std::min(best, std::hypot(p.x() - q.x(), p.y() - q.y()));
    }
    return best;
}

// Degrees between from→to and the east–west (or north–south) axis.
double deviationDeg(QPointF from, QPointF to, bool eastWest) {
    const QPointF d = to - from;
    const double along = eastWest ? std::abs(d.x()) : std::abs(d.y());
    const double across = eastWest ? std::abs(d.y()) : std::abs(d.x());
    return std::atan2(across, along) * 180.0 / std::numbers::pi;
}

QPointF midOfEnds(const Line& line) {
    return (line.first() + line.last()) / 2;
}

bool isEastWest(Direction dir) {
    return dir == Direction::East || dir == Direction::West;
}

// Largest turn (degrees) between consecutive segments of a line.
double maxTurnDeg(const Line& line) {
    double worst = 0;
    for (qsizetype i = 1; i + 1 < line.size(); ++i) {
        const QPointF a = line[i] - line[i - 1];
        const QPointF b = line[i + 1] - line[i];
        const double cross = a.x() * b.y() - a.y() * b.x();
        worst = std::max(worst,
                         std::abs(std::atan2(cross, QPointF::dotProduct(a, b))) * 180.0 / std::numbers::pi);
    }
    return worst;
}

// Do two lines cross strictly inside a segment of each (touching at an end is not crossing)?
bool linesCross(const Line& a, const Line& b) {
    auto cross = [](QPointF p, QPointF q) {
        return p.x() * q.y() - p.y() * q.x();
    };
    for (qsizetype i = 0; i + 1 < a.size(); ++i) {
        for (qsizetype j = 0; j + 1 < b.size(); ++j) {
            const QPointF r = a[i + 1] - a[i];
            const QPointF d = b[j + 1] - b[j];
            const double den = cross(r, d);
            if (std::abs(den) < 1e-9)
                continue;
            const double t = cross(b[j] - a[i], d) / den;
            const double u = cross(b[j] - a[i], r) / den;
            if (t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6)
                return true;
        }
    }
    return false;
}

// Length of a lying within distance of b, sampled every 2 m (the rule's 150 m is far from the sampling
// error).
double lengthWithin(const Line& a, const Line& b, double distance) {
    double total = 0;
    for (qsizetype i = 0; i + 1 < a.size(); ++i) {
        const QPointF e = a[i + 1] - a[i];
        const double len = std::hypot(e.x(), e.y());
        const int steps = std::max(1, int(std::ceil(len / 2.0)));
        for (int k = 0; k < steps; ++k) {
            if (distanceToLine(a[i] + e * ((k + 0.5) / steps), b) <= distance)
                total += len / steps;
        }
    }
    return total;
}

// Does the text tie a to b or b to a (a start, turn or end naming the other)?
bool tiedByText(const RoadRecord& a, const RoadRecord& b) {
    auto names = [](const RoadRecord& r, const QString& other) {
        return r.start == other || r.end == other || r.via.contains(other);
    };
    return names(a, b.name) || names(b, a.name);
}

// The issue 9 point 5 rules measured on output lines: bends, crossings of same-orientation roads not tied by
// the text, stretches within 30 m of another road. Returns what broke, one line each.
QStringList readabilityBreaks(const QList<RoadRecord>& records, const QList<Line>& lines,
                              const QHash<QString, QString>& aliases = {}) {
    QStringList breaks;
    auto alias = [&](RoadRecord r) {
        r.start = aliases.value(r.start, r.start);
        r.end = aliases.value(r.end, r.end);
        return r;
    };
    for (int i = 0; i < records.size(); ++i) {
        // A straight road: no turn; an L: one turn (its corner), straight on either side.
        const Line& l = lines[i];
        int turns = 0;
        for (qsizetype k = 1; k + 1 < l.size(); ++k)
            turns += maxTurnDeg(l.mid(k - 1, 3)) > 2.0 ? 1 : 0;
        if (turns > (records[i].shape == Shape::L ? 1 : 0))
            breaks.append(QStringLiteral("%1 bends (max %2°)").arg(records[i].name).arg(maxTurnDeg(l)));
    }
    for (int i = 0; i < records.size(); ++i) {
        for (int j = i + 1; j < records.size(); ++j) {
            const double within =
                std::max(lengthWithin(lines[i], lines[j], 30), lengthWithin(lines[j], lines[i], 30));
            if (within > 150)
                breaks.append(QStringLiteral("%1 within 30 m of %2 for %3 m")
                                  .arg(records[i].name, records[j].name)
                                  .arg(within));
            const bool straight = records[i].shape != Shape::L && records[j].shape != Shape::L;
            if (straight && isEastWest(records[i].startDir) == isEastWest(records[j].startDir) &&
                !tiedByText(alias(records[i]), alias(records[j])) && linesCross(lines[i], lines[j]))
                breaks.append(QStringLiteral("%1 crosses %2").arg(records[i].name, records[j].name));
        }
    }
    return breaks;
}

// The solved seed, computed once for all rows.
struct SeedLayout {
    test::SeedOracle oracle;
    AnchorTable anchors;
    LayoutResult result;
    QHash<QString, int> indexByName; // record name → index (also the referenced spelling 凤集路)
    double firstSolveMs = 0;

    const Line line(int index) const { return toMetres(result.roads[index].points); }
    int find(const QString& name) const { return indexByName.value(name, -1); }
};

const SeedLayout& seed() {
    static const SeedLayout s = [] {
        SeedLayout out;
        out.oracle = test::readSeedOracle();
        QList<AnchorProblem> problems;
        out.anchors =
            AnchorTable::read(QStringLiteral(LUMING_RESOURCES_DIR "/anchors/370100.csv"), &problems);
        QElapsedTimer timer;
        timer.start();
        out.result = LayoutSolver(test::jinanLayout())
                         .solve(out.oracle.roads, NoticeId::fromDocNumber(out.oracle.docNumber), out.anchors);
        out.firstSolveMs = double(timer.nsecsElapsed()) / 1e6;
        for (int i = 0; i < out.oracle.roads.size(); ++i)
            out.indexByName.insert(out.oracle.roads[i].name, i);
        // The oracle notes that item 32 is printed 风集路 while nine items refer to 凤集路 (OCR).
        out.indexByName.insert(QStringLiteral("凤集路"), out.indexByName.value(QStringLiteral("风集路"), -1));
        return out;
    }();
    return s;
}

QString rowName(const RoadRecord& r) {
    return QStringLiteral("seed#%1 %2").arg(r.seq).arg(r.name);
}

// A "conflict" row that names road (and other, when given).
const LayoutReportRow* conflictNaming(const QList<LayoutReportRow>& report, const QString& road,
                                      const QString& other = QString()) {
    for (const LayoutReportRow& row : report) {
        if (row.kind == ReportKind::Conflict && (row.name == road || row.detail.contains(road)) &&
            (other.isEmpty() || row.detail.contains(other)))
            return &row;
    }
    return nullptr;
}

RoadRecord road(int seq, const QString& name, double length, const QString& startDir, const QString& start,
                const QString& endDir, const QString& end) {
    RoadRecord r;
    r.seq = seq;
    r.name = name;
    r.lengthM = length;
    r.startDir = directionFromCode(startDir).value_or(Direction::None);
    r.start = start;
    r.endDir = directionFromCode(endDir).value_or(Direction::None);
    r.end = end;
    r.shape = Shape::Straight;
    r.subdistricts = {QStringLiteral("测试街道")};
    return r;
}

AnchorTable testAnchors() {
    AnchorTable t;
    Anchor a;
    a.subdistrict = QStringLiteral("测试街道");
    a.lon = 117.1;
    a.lat = 36.7;
    a.accuracyM = 100;
    a.line = 1;
    t.append(a);
    return t;
}

} // namespace

class TstLayoutSolver : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void seedEveryRoadDrawnSchematic();
    void seedLength_data();
    void seedLength();
    void seedTie_data();
    void seedTie();
    void seedDirection_data();
    void seedDirection();
    void seedNameOrder_data();
    void seedNameOrder();
    void seedAnchors();
    void seedReportRows();
    void seedDeterministicAndFast();
    void consistentGridIsExact();
    void inconsistentGridReportsConflict();
    void diagonalDirections_data();
    void diagonalDirections();
    void seedReadsLikeAStreetMap();
    void seedConflictsListed();
    void generatedGrid_data();
    void generatedGrid();
};

void TstLayoutSolver::initTestCase() {
    const SeedLayout& s = seed();
    QCOMPARE(s.oracle.roads.size(), 59);
    QVERIFY2(s.result.error.isEmpty(), qPrintable(s.result.error));
    QCOMPARE(s.anchors.anchors().size(), 6);
    qInfo("seed solve: %.0f ms (first run, including PROJ set-up)", s.firstSolveMs);
    for (const LayoutReportRow& row : s.result.report) {
        if (row.kind == ReportKind::Readability || row.kind == ReportKind::Conflict)
            qInfo("%s: %s", qPrintable(reportKindCode(row.kind)), qPrintable(row.detail));
    }
}

void TstLayoutSolver::seedEveryRoadDrawnSchematic() {
    const SeedLayout& s = seed();
    QCOMPARE(s.result.roads.size(), s.oracle.roads.size());
    for (int i = 0; i < s.result.roads.size(); ++i) {
        const RoadGeometry& g = s.result.roads[i];
        QCOMPARE(g.id.seq, s.oracle.roads[i].seq);
        QCOMPARE(g.id.notice, NoticeId::fromDocNumber(s.oracle.docNumber));
        QCOMPARE(g.source, GeometrySource::Schematic);
        // Every seed item names its 街道 and the anchor table has a row for each: placed by an anchor.
        QCOMPARE(g.placement, Placement::Anchor);
        QVERIFY2(g.points.size() >= 2, qPrintable(rowName(s.oracle.roads[i])));
        // drawnLengthM is what EPSG:4548 says of the output line.
        QVERIFY(std::abs(g.drawnLengthM - lengthOf(s.line(i))) < 0.01);
    }
}

void TstLayoutSolver::seedLength_data() {
    QTest::addColumn<int>("index");
    const SeedLayout& s = seed();
    for (int i = 0; i < s.oracle.roads.size(); ++i)
        QTest::newRow(qPrintable(rowName(s.oracle.roads[i]))) << i;
}

void TstLayoutSolver::seedLength() {
    QFETCH(int, index);
    const SeedLayout& s = seed();
    const RoadRecord& r = s.oracle.roads[index];
    QVERIFY(r.lengthM);
    const double drawn = lengthOf(s.line(index));
    // Issue 3: drawn length along the polyline within 2 % of the stated length.
    QVERIFY2(std::abs(drawn - *r.lengthM) <= 0.02 * *r.lengthM,
             qPrintable(QStringLiteral("stated %1 m, drawn %2 m").arg(*r.lengthM).arg(drawn)));
}

void TstLayoutSolver::seedTie_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("end"); // start / turn / end
    QTest::addColumn<QString>("other");
    const SeedLayout& s = seed();
    for (int i = 0; i < s.oracle.roads.size(); ++i) {
        const RoadRecord& r = s.oracle.roads[i];
        auto add = [&](const QString& end, const QString& other) {
            if (s.find(other) >= 0)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 on %3").arg(rowName(r), end, other)))
                    << i << end << other;
        };
        add(QStringLiteral("start"), r.start);
        for (const QString& via : r.via)
            add(QStringLiteral("turn"), via);
        add(QStringLiteral("end"), r.end);
    }
}

void TstLayoutSolver::seedTie() {
    QFETCH(int, index);
    QFETCH(QString, end);
    QFETCH(QString, other);
    const SeedLayout& s = seed();
    const Line line = s.line(index);
    const Line target = s.line(s.find(other));
    double distance = 0;
    if (end == QStringLiteral("start")) {
        distance = distanceToLine(line.first(), target);
    } else if (end == QStringLiteral("end")) {
        distance = distanceToLine(line.last(), target);
    } else {
        // The turn point: the vertex of the road nearest the road it turns at.
        distance = std::numeric_limits<double>::infinity();
        for (const QPointF& p : line)
            distance = std::min(distance, distanceToLine(p, target));
    }
    if (distance <= 5.0)
        return; // Issue 3: touches within 5 m
    const RoadRecord& r = s.oracle.roads[index];
    const LayoutReportRow* conflict = conflictNaming(s.result.report, r.name, other);
    QVERIFY2(
        conflict,
        qPrintable(QStringLiteral("%1 m from %2 and no conflict row names it").arg(distance).arg(other)));
    QVERIFY2(
        std::abs(conflict->valueM - distance) < 1.0,
        qPrintable(QStringLiteral("conflict says %1 m, measured %2 m").arg(conflict->valueM).arg(distance)));
}

void TstLayoutSolver::seedDirection_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("leg"); // 0: whole straight road; 1, 2: legs of an L
    const SeedLayout& s = seed();
    for (int i = 0; i < s.oracle.roads.size(); ++i) {
        const RoadRecord& r = s.oracle.roads[i];
        if (r.shape == Shape::L) {
            QTest::newRow(qPrintable(rowName(r) + QStringLiteral(" L leg 1 ") + directionCode(r.startDir)))
                << i << 1;
            QTest::newRow(qPrintable(rowName(r) + QStringLiteral(" L leg 2 ") + directionCode(r.endDir)))
                << i << 2;
        } else {
            QTest::newRow(
                qPrintable(rowName(r) + u' ' + directionCode(r.startDir) + u'-' + directionCode(r.endDir)))
                << i << 0;
        }
    }
}

void TstLayoutSolver::seedDirection() {
    QFETCH(int, index);
    QFETCH(int, leg);
    const SeedLayout& s = seed();
    const RoadRecord& r = s.oracle.roads[index];
    const Line line = s.line(index);
    QPointF from = line.first();
    QPointF to = line.last();
    bool eastWest = isEastWest(r.startDir);
    if (leg > 0) {
        // The turn: the vertex nearest the road named as the turn point.
        QVERIFY(!r.via.isEmpty());
        const Line at = s.line(s.find(r.via.first()));
        QPointF turn = line.first();
        double best = std::numeric_limits<double>::infinity();
        for (const QPointF& p : line) {
            if (distanceToLine(p, at) < best) {
                best = distanceToLine(p, at);
                turn = p;
            }
        }
        if (leg == 1) {
            to = turn;
        } else {
            from = turn;
            eastWest = isEastWest(r.endDir);
        }
    }
    const double deviation = deviationDeg(from, to, eastWest);
    // Issue 3: east–west roads within 10° of east–west, north–south ones within 10° of north–south.
    QVERIFY2(deviation <= 10.0, qPrintable(QStringLiteral("%1° off").arg(deviation)));
    // And the right way round: 东起 starts east of where it ends, 北起 north of it.
    const QPointF d = to - from;
    const Direction dir = leg == 2 ? Direction::None : r.startDir;
    if (dir == Direction::East)
        QVERIFY(d.x() < 0);
    if (dir == Direction::North)
        QVERIFY(d.y() < 0);
    if (leg == 2 && r.endDir == Direction::West)
        QVERIFY(d.x() < 0);
}

void TstLayoutSolver::seedNameOrder_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("north"); // first north of second; false: first west of second
    const QList<std::tuple<QString, QString, bool>> rows{
        {QStringLiteral("莲岳北街"), QStringLiteral("莲岳街"), true},
        {QStringLiteral("莲岳街"), QStringLiteral("莲岳南街"), true},
        {QStringLiteral("金口北街"), QStringLiteral("金口街"), true},
        {QStringLiteral("金口街"), QStringLiteral("金口南街"), true},
        {QStringLiteral("大庙屯西路"), QStringLiteral("大庙屯路"), false},
        {QStringLiteral("大庙屯路"), QStringLiteral("大庙屯东路"), false},
        {QStringLiteral("大庙屯西路"), QStringLiteral("大庙屯东路"), false},
        {QStringLiteral("港沟路"), QStringLiteral("港沟东路"), false},
    };
    for (const auto& [a, b, north] : rows)
        QTest::newRow(qPrintable(QStringLiteral("seed %1 %2 of %3").arg(a, north ? "north" : "west", b)))
            << a << b << north;
}

void TstLayoutSolver::seedNameOrder() {
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, north);
    const SeedLayout& s = seed();
    QVERIFY(s.find(first) >= 0 && s.find(second) >= 0);
    // Compared at the mid-points of each road's ends.
    const QPointF a = midOfEnds(s.line(s.find(first)));
    const QPointF b = midOfEnds(s.line(s.find(second)));
    if (north)
        QVERIFY2(a.y() > b.y(), qPrintable(QStringLiteral("%1 m south").arg(b.y() - a.y())));
    else
        QVERIFY2(a.x() < b.x(), qPrintable(QStringLiteral("%1 m east").arg(a.x() - b.x())));
}

void TstLayoutSolver::seedAnchors() {
    const SeedLayout& s = seed();
    auto wgs = CrsTransformer::create(crs::wgs84Geographic(), test::jinanZoneCrs());
    QHash<QString, QList<LayoutReportRow>> bySubdistrict;
    for (const LayoutReportRow& row : s.result.report) {
        if (row.kind == ReportKind::Anchor)
            bySubdistrict[row.name].append(row);
    }
    for (const Anchor& a : s.anchors.anchors())
        QVERIFY2(bySubdistrict.contains(a.subdistrict), qPrintable(a.subdistrict));
    // 港沟街道: the junction of 凤集路 (printed 风集路) and 经十路 — 凤集路's north end — is on the anchor.
    const QPointF anchor = wgs->forward(QPointF(117.158, 36.675));
    const QPointF north = s.line(s.find(QStringLiteral("风集路"))).first();
    QVERIFY2(
        std::hypot(north.x() - anchor.x(), north.y() - anchor.y()) < 1.0,
        qPrintable(QStringLiteral("%1 m").arg(std::hypot(north.x() - anchor.x(), north.y() - anchor.y()))));
    // Single-街道 clusters sit on their anchor (or side by side around it, within the stated accuracy).
    for (const QString& name : {QStringLiteral("陡沟街道"), QStringLiteral("港沟街道"),
                                QStringLiteral("遥墙街道"), QStringLiteral("章锦街道")}) {
        for (const LayoutReportRow& row : bySubdistrict.value(name))
            QVERIFY2(row.valueM <= s.anchors.find(name)->accuracyM, qPrintable(row.detail));
    }
    // 董家 and 郭店 share one cluster (通虞大街 runs through both): equal weights split the misfit evenly.
    const auto dongjia = bySubdistrict.value(QStringLiteral("董家街道"));
    const auto guodian = bySubdistrict.value(QStringLiteral("郭店街道"));
    QCOMPARE(dongjia.size(), 1);
    QCOMPARE(guodian.size(), 1);
    QVERIFY(std::abs(dongjia.first().valueM - guodian.first().valueM) < 1.0);
    // Check the reported distance against the output: the centroid of 董家's road vertices is a different
    // reference (the solver uses nodes) but must lie within a few hundred metres of it.
    QPointF sum;
    int count = 0;
    for (int i = 0; i < s.oracle.roads.size(); ++i) {
        if (s.oracle.roads[i].subdistricts.contains(QStringLiteral("董家街道"))) {
            for (const QPointF& p : s.line(i)) {
                sum += p;
                ++count;
            }
        }
    }
    const QPointF dj = wgs->forward(QPointF(117.200, 36.760));
    const double measured = std::hypot(sum.x() / count - dj.x(), sum.y() / count - dj.y());
    QVERIFY2(std::abs(measured - dongjia.first().valueM) < 500,
             qPrintable(QStringLiteral("report %1 m, vertices' centroid %2 m")
                            .arg(dongjia.first().valueM)
                            .arg(measured)));
}

void TstLayoutSolver::seedReportRows() {
    const SeedLayout& s = seed();
    QHash<int, int> lengthRows;
    int ties = 0;
    for (const LayoutReportRow& row : s.result.report) {
        QCOMPARE(row.notice, NoticeId::fromDocNumber(s.oracle.docNumber));
        if (row.kind == ReportKind::Length)
            ++lengthRows[row.seq];
        if (row.kind == ReportKind::Tie)
            ++ties;
    }
    for (const RoadRecord& r : s.oracle.roads)
        QVERIFY2(lengthRows.value(r.seq) == 1, qPrintable(rowName(r)));
    // One tie row per start/via/end the text gives (every item of the seed names both ends).
    int expected = 0;
    for (const RoadRecord& r : s.oracle.roads)
        expected += int(!r.start.isEmpty()) + int(r.via.size()) + int(!r.end.isEmpty());
    QCOMPARE(ties, expected);
}

void TstLayoutSolver::seedDeterministicAndFast() {
    const SeedLayout& s = seed();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const LayoutResult again =
        LayoutSolver(test::jinanLayout())
            .solve(s.oracle.roads, NoticeId::fromDocNumber(s.oracle.docNumber), s.anchors);
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    qInfo("seed solve: %.0f ms CPU, %.0f ms wall (solver says %.0f ms)", cpuMs, ms, again.solveMs);
    // CPU time, not wall time: on a shared machine (CI, or nine builds on two cores) the wall clock measures
    // the queue. About 0.5 s here with the straight-road terms and conflict releases (0.15 s before them).
    QVERIFY2(cpuMs < 2000, qPrintable(QStringLiteral("%1 ms CPU").arg(cpuMs)));
    QCOMPARE(again.roads.size(), s.result.roads.size());
    for (int i = 0; i < again.roads.size(); ++i) {
        QCOMPARE(again.roads[i].points.size(), s.result.roads[i].points.size());
        for (int k = 0; k < again.roads[i].points.size(); ++k) {
            QCOMPARE(again.roads[i].points[k].lon, s.result.roads[i].points[k].lon);
            QCOMPARE(again.roads[i].points[k].lat, s.result.roads[i].points[k].lat);
        }
    }
}

void TstLayoutSolver::consistentGridIsExact() {
    // Three parallel 500 m streets between two 200 m cross roads that run from the first to the third: a
    // 500 × 200 m rectangle with the middle street inside it satisfies every fact exactly.
    const QList<RoadRecord> records{
        road(1, QStringLiteral("一街"), 500, QStringLiteral("东"), QStringLiteral("乙路"),
             QStringLiteral("西"), QStringLiteral("甲路")),
        road(2, QStringLiteral("二街"), 500, QStringLiteral("东"), QStringLiteral("乙路"),
             QStringLiteral("西"), QStringLiteral("甲路")),
        road(3, QStringLiteral("三街"), 500, QStringLiteral("东"), QStringLiteral("乙路"),
             QStringLiteral("西"), QStringLiteral("甲路")),
        road(4, QStringLiteral("甲路"), 200, QStringLiteral("北"), QStringLiteral("一街"),
             QStringLiteral("南"), QStringLiteral("三街")),
        road(5, QStringLiteral("乙路"), 200, QStringLiteral("北"), QStringLiteral("一街"),
             QStringLiteral("南"), QStringLiteral("三街")),
    };
    const LayoutResult result =
        LayoutSolver(test::jinanLayout())
            .solve(records, NoticeId::fromDocNumber(QStringLiteral("test")), testAnchors());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.roads.size(), 5);
    QList<Line> lines;
    for (const RoadGeometry& g : result.roads)
        lines.append(toMetres(g.points));
    for (int i = 0; i < 5; ++i) {
        // Exact within 5 cm (the solver stops at its tolerance; a few cm is the CRS round trip and the
        // weak terms).
        QVERIFY2(std::abs(lengthOf(lines[i]) - *records[i].lengthM) < 0.05,
                 qPrintable(QStringLiteral("%1: %2 m").arg(records[i].name).arg(lengthOf(lines[i]))));
        const bool eastWest = i < 3;
        QVERIFY2(deviationDeg(lines[i].first(), lines[i].last(), eastWest) < 0.1,
                 qPrintable(records[i].name));
    }
    // Corners shared, the middle street between the outer two, the cross roads 500 m apart.
    QVERIFY(distanceToLine(lines[0].first(), lines[4]) < 0.01);
    QVERIFY(distanceToLine(lines[2].last(), lines[3]) < 0.01);
    QVERIFY(distanceToLine(lines[1].first(), lines[4]) < 0.01);
    QVERIFY(distanceToLine(lines[1].last(), lines[3]) < 0.01);
    QVERIFY(lines[0].first().y() > lines[1].first().y() && lines[1].first().y() > lines[2].first().y());
    QVERIFY(std::abs(lines[4].first().x() - lines[3].first().x() - 500) < 0.05);
    for (const LayoutReportRow& row : result.report)
        QVERIFY2(row.kind != ReportKind::Conflict, qPrintable(row.detail));
}

void TstLayoutSolver::inconsistentGridReportsConflict() {
    // Two streets between the same two 100 m cross roads, stated 500 m and 600 m: no placement holds every
    // tie and length. The cross roads may lean at most LayoutOptions::noticeLeanLimitDeg (8°), which widens
    // the gap between them at the far street by 2 × 100 m × sin 8° = 27.8 m: the misfit is
    // 600 − 500 − 27.8 = 72.2 m, whichever street gives way.
    const QList<RoadRecord> records{
        road(1, QStringLiteral("一街"), 500, QStringLiteral("东"), QStringLiteral("乙路"),
             QStringLiteral("西"), QStringLiteral("甲路")),
        road(2, QStringLiteral("二街"), 600, QStringLiteral("东"), QStringLiteral("乙路"),
             QStringLiteral("西"), QStringLiteral("甲路")),
        road(3, QStringLiteral("甲路"), 100, QStringLiteral("北"), QStringLiteral("一街"),
             QStringLiteral("南"), QStringLiteral("二街")),
        road(4, QStringLiteral("乙路"), 100, QStringLiteral("北"), QStringLiteral("一街"),
             QStringLiteral("南"), QStringLiteral("二街")),
    };
    const LayoutSolver solver(test::jinanLayout());
    const double lean = solver.options().noticeLeanLimitDeg * std::numbers::pi / 180.0;
    const double expected = 600 - 500 - 2 * 100 * std::sin(lean);
    const LayoutResult result =
        solver.solve(records, NoticeId::fromDocNumber(QStringLiteral("test")), testAnchors());
    QList<const LayoutReportRow*> conflicts;
    for (const LayoutReportRow& row : result.report) {
        if (row.kind == ReportKind::Conflict)
            conflicts.append(&row);
    }
    QCOMPARE(conflicts.size(), 1);
    const LayoutReportRow& c = *conflicts.first();
    // Every tie here is a corner (both roads end there), so the row may name either road of the corner it
    // let go; it must name the road and the one it should lie on.
    QStringList names;
    for (const RoadRecord& r : records)
        names.append(r.name);
    QVERIFY2(names.contains(c.name), qPrintable(c.name));
    QVERIFY2(std::count_if(names.cbegin(), names.cend(),
                           [&](const QString& n) { return c.detail.contains(n); }) >= 2,
             qPrintable(c.detail));
    QVERIFY2(std::abs(c.valueM - expected) < 3.0,
             qPrintable(QStringLiteral("misfit %1 m, expected %2 m").arg(c.valueM).arg(expected)));
    // The lengths still hold; the misfit shows at the released corner, measured here on the output.
    QList<Line> lines;
    for (const RoadGeometry& g : result.roads)
        lines.append(toMetres(g.points));
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::abs(lengthOf(lines[i]) - *records[i].lengthM) <= 0.02 * *records[i].lengthM,
                 qPrintable(records[i].name));
    double gap = 0;
    for (int street = 0; street < 2; ++street)
        gap = std::max({gap, distanceToLine(lines[street].first(), lines[3]),
                        distanceToLine(lines[street].last(), lines[2])});
    for (int cross = 2; cross < 4; ++cross)
        gap = std::max({gap, distanceToLine(lines[cross].first(), lines[0]),
                        distanceToLine(lines[cross].last(), lines[1])});
    QVERIFY2(std::abs(gap - c.valueM) < 0.5, qPrintable(QStringLiteral("gap %1 m").arg(gap)));
}

void TstLayoutSolver::diagonalDirections_data() {
    QTest::addColumn<QString>("startDir");
    QTest::addColumn<QString>("endDir");
    QTest::addColumn<double>("bearingDeg"); // of start → end, clockwise from north
    QTest::newRow("东南起 … 西北至 heads north-west") << "东南"
                                                      << "西北" << 315.0;
    QTest::newRow("西南起 … 东北至 heads north-east") << "西南"
                                                      << "东北" << 45.0;
    QTest::newRow("东北起 … 西南至 heads south-west") << "东北"
                                                      << "西南" << 225.0;
    QTest::newRow("东起 … 西至 heads west (compass words unchanged)") << "东"
                                                                      << "西" << 270.0;
}

void TstLayoutSolver::diagonalDirections() {
    // Issue 12 point 3: a compound direction is its own heading, not its first character (东南 once
    // collapsed to 东, drawing this road due west).
    QFETCH(QString, startDir);
    QFETCH(QString, endDir);
    QFETCH(double, bearingDeg);
    const QList<RoadRecord> records{road(1, QStringLiteral("斜街"), 800, startDir, QStringLiteral("甲路"),
                                         endDir, QStringLiteral("乙路"))};
    const LayoutResult result =
        LayoutSolver(test::jinanLayout())
            .solve(records, NoticeId::fromDocNumber(QStringLiteral("test")), testAnchors());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.roads.size(), 1);
    const Line line = toMetres(result.roads.first().points);
    const QPointF d = line.last() - line.first();
    double bearing = std::atan2(d.x(), d.y()) * 180.0 / std::numbers::pi;
    if (bearing < 0)
        bearing += 360;
    double off = std::abs(bearing - bearingDeg);
    off = std::min(off, 360 - off);
    // Within 2°: the one-road problem has nothing pulling it off its heading but the CRS round trip and
    // grid convergence at the test anchor (~0.3°).
    QVERIFY2(off < 2.0, qPrintable(QStringLiteral("bearing %1°, expected %2°").arg(bearing).arg(bearingDeg)));
    QVERIFY2(std::abs(lengthOf(line) - 800) < 1.0, qPrintable(QStringLiteral("%1 m").arg(lengthOf(line))));
}

void TstLayoutSolver::seedReadsLikeAStreetMap() {
    // Issue 9 point 5 on the seed, measured here on the output lines: no straight road bent by more than 2°,
    // no crossing of same-orientation roads the text does not tie, nothing within 30 m of another road for
    // more than 150 m. (Before: 6 bent 21°–50°, two X, 通安街 on 董家街 for 899 m.)
    const SeedLayout& s = seed();
    QList<Line> lines;
    for (int i = 0; i < s.oracle.roads.size(); ++i)
        lines.append(s.line(i));
    const QStringList breaks =
        readabilityBreaks(s.oracle.roads, lines, {{QStringLiteral("凤集路"), QStringLiteral("风集路")}});
    QVERIFY2(breaks.isEmpty(), qPrintable(breaks.join(QStringLiteral("; "))));
    // The report says the same in its one summary row.
    const auto summary = std::find_if(s.result.report.cbegin(), s.result.report.cend(),
                                      [](const auto& row) { return row.kind == ReportKind::Readability; });
    QVERIFY(summary != s.result.report.cend());
    QVERIFY2(summary->detail.startsWith(QStringLiteral("bent roads 0 ")), qPrintable(summary->detail));
    QVERIFY2(summary->detail.contains(QStringLiteral("crossings of same-orientation roads 0; overlaps 0 ")),
             qPrintable(summary->detail));
    for (const LayoutReportRow& row : s.result.report)
        QVERIFY2(row.kind != ReportKind::Bend && row.kind != ReportKind::Crossing &&
                     row.kind != ReportKind::Overlap,
                 qPrintable(row.detail));
}

void TstLayoutSolver::seedConflictsListed() {
    // Kept straight, the seed's numbers cannot all hold: two ties are let go (莲岳街's start on 凤集路,
    // 通安街's end on 稼轩路, each about 49 m: the parallel-road separation on the cross road), and the
    // 董家/郭店 cluster cannot sit within ±2 km of both anchors (they are 8.4 km apart; the roads tie the two
    // 街道 closer). Each is a conflict row and a finding naming the item and the metres.
    const SeedLayout& s = seed();
    QList<const LayoutReportRow*> conflicts;
    for (const LayoutReportRow& row : s.result.report) {
        if (row.kind == ReportKind::Conflict)
            conflicts.append(&row);
    }
    QCOMPARE(conflicts.size(), 4);
    static const QRegularExpression metres(QStringLiteral("\\d+(\\.\\d+)? m\\b"));
    for (const LayoutReportRow* c : conflicts) {
        QVERIFY2(c->seq > 0 && c->detail.contains(QStringLiteral("(item")), qPrintable(c->detail));
        QVERIFY2(c->detail.contains(metres), qPrintable(c->detail));
        QVERIFY2(c->valueM > 1.0, qPrintable(c->detail));
    }
    QCOMPARE(s.result.findings.size(), conflicts.size());
    QHash<FindingCode, int> byCode;
    for (const Finding& f : s.result.findings) {
        ++byCode[f.code];
        QVERIFY2(!f.seqs.isEmpty(), qPrintable(f.message));
        // It names an item it is about: "Item 17 (莲岳街)", "(item 33、34、…)".
        static const QRegularExpression item(QStringLiteral("\\bitem (\\d+)"),
                                             QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch named = item.match(f.message);
        QVERIFY2(named.hasMatch() && f.seqs.contains(named.captured(1).toInt()), qPrintable(f.message));
        QVERIFY2(f.message.contains(metres), qPrintable(f.message));
        QVERIFY2(isKnownFindingMessage(f.message), qPrintable(f.message)); // a sentence of the table
    }
    QCOMPARE(byCode.value(FindingCode::LayoutTieConflict), 2);
    QCOMPARE(byCode.value(FindingCode::LayoutAnchorConflict), 2);
    // Every 街道 beyond its anchor's stated accuracy has its conflict, sized distance − accuracy.
    for (const LayoutReportRow& row : s.result.report) {
        if (row.kind != ReportKind::Anchor || !s.anchors.find(row.name) ||
            row.valueM <= s.anchors.find(row.name)->accuracyM)
            continue;
        const LayoutReportRow* c = conflictNaming(s.result.report, row.name);
        QVERIFY2(c, qPrintable(row.detail));
        QVERIFY(std::abs(c->valueM - (row.valueM - s.anchors.find(row.name)->accuracyM)) < 1.0);
    }
}

namespace {

QString numeral(int i) {
    return QString(QStringLiteral("一二三四五六七八九十").at(i));
}

} // namespace

void TstLayoutSolver::generatedGrid_data() {
    QTest::addColumn<int>("streets");   // east–west 横N街, 200 m apart, listed north → south
    QTest::addColumn<int>("roads");     // north–south 纵N路, 300 m apart, listed west → east
    QTest::addColumn<int>("stretched"); // index of a street whose stated length is off (-1: none)
    QTest::addColumn<double>("factor");
    QTest::newRow("grid 3×3 consistent") << 3 << 3 << -1 << 1.0;
    QTest::newRow("grid 4×5 consistent") << 4 << 5 << -1 << 1.0;
    QTest::newRow("grid 6×4 consistent") << 6 << 4 << -1 << 1.0;
    QTest::newRow("grid 3×4 middle street stated 15% long") << 3 << 4 << 1 << 1.15;
    QTest::newRow("grid 5×3 second street stated 20% short") << 5 << 3 << 1 << 0.8;
    QTest::newRow("grid 4×4 third street stated 12% long") << 4 << 4 << 2 << 1.12;
}

void TstLayoutSolver::generatedGrid() {
    // Every street runs from the westmost to the eastmost road, every road from the northmost to the
    // southmost street. Consistent numbers: drawn exactly, no conflict. One interior street stated off its
    // width: the outer streets fix the roads' spacing (straight roads cannot bow), so the misfit is
    // |factor − 1| × width and must show as a conflict, never as a bend.
    QFETCH(int, streets);
    QFETCH(int, roads);
    QFETCH(int, stretched);
    QFETCH(double, factor);
    const double width = 300.0 * (roads - 1);
    QList<RoadRecord> records;
    auto streetName = [](int i) {
        return QStringLiteral("横%1街").arg(numeral(i));
    };
    auto roadName = [](int j) {
        return QStringLiteral("纵%1路").arg(numeral(j));
    };
    for (int i = 0; i < streets; ++i)
        records.append(road(i + 1, streetName(i), width * (i == stretched ? factor : 1.0),
                            QStringLiteral("东"), roadName(roads - 1), QStringLiteral("西"), roadName(0)));
    for (int j = 0; j < roads; ++j)
        records.append(road(streets + j + 1, roadName(j), 200.0 * (streets - 1), QStringLiteral("北"),
                            streetName(0), QStringLiteral("南"), streetName(streets - 1)));
    const LayoutResult result =
        LayoutSolver(test::jinanLayout())
            .solve(records, NoticeId::fromDocNumber(QStringLiteral("grid")), testAnchors());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.roads.size(), records.size());
    QList<Line> lines;
    for (const RoadGeometry& g : result.roads)
        lines.append(toMetres(g.points));
    const QStringList breaks = readabilityBreaks(records, lines);
    QVERIFY2(breaks.isEmpty(), qPrintable(breaks.join(QStringLiteral("; "))));
    QList<const LayoutReportRow*> conflicts;
    for (const LayoutReportRow& row : result.report) {
        if (row.kind == ReportKind::Conflict)
            conflicts.append(&row);
    }
    QCOMPARE(result.findings.size(), conflicts.size());
    if (stretched < 0) {
        QVERIFY2(conflicts.isEmpty(),
                 qPrintable(conflicts.isEmpty() ? QString() : conflicts.first()->detail));
    } else {
        QVERIFY(!conflicts.isEmpty());
        // The misfit is |factor − 1| × width. The roads may lean up to 8° and the other lengths give up to
        // the 1 % release threshold, so the gap left where a tie is let go is smaller, but never below half
        // the misfit here and never above it.
        double largest = 0;
        for (const LayoutReportRow* c : conflicts)
            largest = std::max(largest, c->valueM);
        const double expected = std::abs(factor - 1) * width;
        QVERIFY2(largest >= 0.5 * expected && largest <= 1.05 * expected,
                 qPrintable(QStringLiteral("largest conflict %1 m, misfit %2 m").arg(largest).arg(expected)));
    }
    // Every stated length within 2 %, every tie within 5 m, or a conflict names the road.
    for (int i = 0; i < records.size(); ++i) {
        const RoadRecord& r = records[i];
        const bool lengthHolds = std::abs(lengthOf(lines[i]) - *r.lengthM) <= 0.02 * *r.lengthM;
        QVERIFY2(lengthHolds || conflictNaming(result.report, r.name),
                 qPrintable(QStringLiteral("%1: %2 m").arg(r.name).arg(lengthOf(lines[i]))));
        auto indexOf = [&](const QString& name) {
            for (int k = 0; k < records.size(); ++k) {
                if (records[k].name == name)
                    return k;
            }
            return -1;
        };
        const double startGap = distanceToLine(lines[i].first(), lines[indexOf(r.start)]);
        const double endGap = distanceToLine(lines[i].last(), lines[indexOf(r.end)]);
        // A tie let go: the conflict names the road and the one its end should lie on, sized as measured.
        for (const auto& [gap, other] : {std::pair{startGap, r.start}, std::pair{endGap, r.end}}) {
            if (gap <= 5.0)
                continue;
            const LayoutReportRow* c = conflictNaming(result.report, r.name, other);
            QVERIFY2(c, qPrintable(
                            QStringLiteral("%1 %2 m from %3, no conflict").arg(r.name).arg(gap).arg(other)));
            QVERIFY2(std::abs(c->valueM - gap) < 1.0,
                     qPrintable(QStringLiteral("conflict says %1 m, measured %2 m").arg(c->valueM).arg(gap)));
        }
    }
}

QTEST_GUILESS_MAIN(TstLayoutSolver)
#include "tst_layout_solver.moc"
