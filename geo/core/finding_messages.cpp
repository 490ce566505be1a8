#include "core/finding_messages.h"

#include "core/finding_code.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>
#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace luming {

namespace {

struct Template {
    FindingMessage id;
    const char* text;
};

// QT_TRANSLATE_NOOP marks them for lupdate; they are translated in translateFindingMessage.
constexpr Template kTemplates[] = {
    {FindingMessage::NulBytes,
     QT_TRANSLATE_NOOP("Finding", "%1: %2 NUL byte(s) removed (first on line %3); the file may be damaged.")},
    {FindingMessage::UndecodableLine,
     QT_TRANSLATE_NOOP("Finding",
                       "%1, line %2: %3 character(s) could not be decoded as %4 and were replaced by "
                       "�; what that line says may be misread.")},
    {FindingMessage::UndecodableMore,
     QT_TRANSLATE_NOOP("Finding",
                       "%1: %2 more place(s) with undecodable bytes are not listed (%3 character(s) "
                       "replaced in all).")},
    {FindingMessage::BidiControls,
     QT_TRANSLATE_NOOP("Finding",
                       "%1: %2 bidirectional control character(s) (such as U+202E) removed, first on "
                       "line %3: they make a name display other than it reads.")},
    {FindingMessage::CountMismatchFor,
     QT_TRANSLATE_NOOP("Finding", "%1: the notice declares %2 roads, %3 were read.")},
    {FindingMessage::CountMismatchTotal,
     QT_TRANSLATE_NOOP("Finding", "The notice declares %1 roads in total, %2 were read.")},
    {FindingMessage::NumberingGap,
     QT_TRANSLATE_NOOP("Finding", "Item numbers skip %1: an item may be missing from the text.")},
    {FindingMessage::NumberingRepeat, QT_TRANSLATE_NOOP("Finding", "Item number %1 appears %2 times.")},
    {FindingMessage::NumberingRestarts,
     QT_TRANSLATE_NOOP("Finding",
                       "The items are not numbered once through the notice (numbering restarts per "
                       "section, or some roads are listed without a number): seq gives the reading "
                       "order.")},
    {FindingMessage::NoLengths,
     QT_TRANSLATE_NOOP("Finding",
                       "No item of this notice gives a length: length_m is null for all %1 roads.")},
    {FindingMessage::NoWidths,
     QT_TRANSLATE_NOOP("Finding",
                       "No item of this notice gives a width: width_min_m and width_max_m are null "
                       "for all %1 roads.")},
    {FindingMessage::DateYearMismatch,
     QT_TRANSLATE_NOOP("Finding",
                       "The notice is signed %1, but its text also gives %2: one of the two years is "
                       "probably misprinted. The signing date was kept.")},
    {FindingMessage::ItemRemark, QT_TRANSLATE_NOOP("Finding", "Item %1: %2")},
    {FindingMessage::NameMismatch,
     QT_TRANSLATE_NOOP("Finding", "the item is headed %1 but names the road %2; kept %2.")},
    {FindingMessage::BridgeInText,
     QT_TRANSLATE_NOOP("Finding", "%1 is a bridge or a tunnel, not a road: no record was made (\"%2\").")},
    {FindingMessage::BridgeItem,
     QT_TRANSLATE_NOOP("Finding", "Item %1 (%2) is a bridge or a tunnel, not a road: no record was made.")},
    {FindingMessage::TraditionalCharacter,
     QT_TRANSLATE_NOOP("Finding", "Item %1 is printed %2 with traditional character(s); simplified form: %3. "
                                  "Kept as printed.")},
    {FindingMessage::NameVariantProbable,
     QT_TRANSLATE_NOOP("Finding", "Item %1 is printed %2, but %3 item(s) (%4) refer to %5: probably the same "
                                  "road, one of the two misprinted. Suggest checking the source; nothing was "
                                  "changed.")},
    {FindingMessage::NameVariantPossible,
     QT_TRANSLATE_NOOP("Finding",
                       "Item %1 is printed %2, but %3 item(s) (%4) refer to %5: possibly the same "
                       "road (or two roads of one series). Suggest checking the source; nothing was "
                       "changed.")},
    {FindingMessage::ExternalEndpoint,
     QT_TRANSLATE_NOOP("Finding",
                       "%1 is not a road of this notice (an existing or planned road); referred to "
                       "by item(s) %2.")},
    {FindingMessage::DuplicateNameSameDistrict,
     QT_TRANSLATE_NOOP("Finding",
                       "Items %1 each name a road %2, in the same district: one name for two roads, "
                       "so one item may be misprinted.")},
    {FindingMessage::DuplicateNameDistricts,
     QT_TRANSLATE_NOOP("Finding",
                       "Items %1 each name a road %2, in different districts (%3): one name for two "
                       "roads, so one item may be misprinted.")},
    {FindingMessage::LengthNotPositive,
     QT_TRANSLATE_NOOP("Finding", "Item %1 (%2): length %3 m is not positive.")},
    {FindingMessage::WidthRangeBackwards,
     QT_TRANSLATE_NOOP("Finding", "Item %1 (%2): width range %3–%4 m runs backwards.")},
    {FindingMessage::WidthNotPositive,
     QT_TRANSLATE_NOOP("Finding", "Item %1 (%2): width %3 m is not positive.")},
    {FindingMessage::SameStartAndEnd,
     QT_TRANSLATE_NOOP("Finding", "Item %1 (%2) starts and ends on the same road, %3.")},
    {FindingMessage::EndsOnItself, QT_TRANSLATE_NOOP("Finding", "Item %1 (%2) ends on itself.")},
    {FindingMessage::ItemNotReadFully,
     QT_TRANSLATE_NOOP("Finding", "Item %1 could not be read fully (missing: %2): \"%3\"")},
    {FindingMessage::LayoutTieConflict,
     QT_TRANSLATE_NOOP("Finding",
                       "Layout: the numbers conflict. Item %1 (%2) is drawn with its %3 let go from %4, "
                       "%5 m away; with every tie held, item %6 (%7) was %8 m off its stated %9 m.")},
    {FindingMessage::LayoutLengthConflict,
     QT_TRANSLATE_NOOP("Finding",
                       "Layout: the numbers conflict. Item %1 (%2) is drawn %3 m off its stated %4 m "
                       "with its ties held.")},
    {FindingMessage::LayoutAnchorConflict,
     QT_TRANSLATE_NOOP("Finding",
                       "Layout: the numbers conflict. The roads of %1 (item %2) are drawn %3 m from its "
                       "anchor, %4 m beyond the anchor's stated ±%5 m: their lengths and ties hold them "
                       "there against the other anchors of their cluster.")},
    {FindingMessage::CenterlineNoLine,
     QT_TRANSLATE_NOOP("Finding", "Centerlines: %3 has no line named like item %1 (%2) in the notice's "
                                  "region; the road stays schematic.")},
    {FindingMessage::CenterlineNotChained,
     QT_TRANSLATE_NOOP("Finding", "Centerlines: the %4 lines of %3 named like item %1 (%2) do not chain into "
                                  "one line (a gap over %5 m or a branch); the road stays schematic.")},
    {FindingMessage::CenterlineEndRoadMissing,
     QT_TRANSLATE_NOOP("Finding", "Centerlines: the line of item %1 (%2) in %3 cannot be checked: no line "
                                  "named %4, the road its %5 should touch; the road stays schematic.")},
    {FindingMessage::CenterlineEndOff,
     QT_TRANSLATE_NOOP("Finding", "Centerlines: the line of item %1 (%2) in %3 has its %4 %5 m from %6 "
                                  "(limit %7 m); the road stays schematic.")},
    {FindingMessage::CenterlineLengthOff,
     QT_TRANSLATE_NOOP("Finding", "Centerlines: the line of item %1 (%2) in %3 is %4 m long, %5 % off the "
                                  "stated %6 m (limit %7 %); the road stays schematic.")},
    {FindingMessage::CenterlineDirectionOff,
     QT_TRANSLATE_NOOP("Finding", "Centerlines: the line of item %1 (%2) in %3 runs %4° off the stated "
                                  "direction (limit %5°); the road stays schematic.")},
    {FindingMessage::RegionUnknown,
     QT_TRANSLATE_NOOP("Finding",
                       "No place of the notice names a city in the gazetteer: the region is unknown, so its "
                       "roads get no coordinates. Choose one with --region or the viewer's region picker.")},
    {FindingMessage::RegionAmbiguous,
     QT_TRANSLATE_NOOP("Finding",
                       "The notice's places name %1 cities equally: %2. Choose a region with --region or the "
                       "viewer's region picker; until then its roads get no coordinates.")},
    {FindingMessage::DistrictUnknown,
     QT_TRANSLATE_NOOP("Finding", "%1 has no 区/县 called %2 in the gazetteer.")},
    {FindingMessage::DistrictUnknownNear,
     QT_TRANSLATE_NOOP("Finding", "%1 has no 区/县 called %2 in the gazetteer; did the text mean %3?")},
    {FindingMessage::SubdistrictUnknown,
     QT_TRANSLATE_NOOP("Finding", "%1 has no 街道/镇 called %2 in the gazetteer.")},
    {FindingMessage::SubdistrictUnknownNear,
     QT_TRANSLATE_NOOP("Finding", "%1 has no 街道/镇 called %2 in the gazetteer; did the text mean %3?")},
    {FindingMessage::PlaceInOtherDistrict,
     QT_TRANSLATE_NOOP("Finding", "The notice puts %1 in %2; the gazetteer files it under %3.")},
    {FindingMessage::UnreadCandidate,
     QT_TRANSLATE_NOOP("Finding",
                       "Line %1 reads like a road record, but no record was read from it: \"%2\"")},
    // The layout report: one sentence per row (LayoutReport, ClusterPlacement, LayoutSolver,
    // districtContainment), and the phrases its blanks take.
    {FindingMessage::ReportLengthStated, QT_TRANSLATE_NOOP("Finding", "stated %1 m, drawn %2 m (%3 %)")},
    {FindingMessage::ReportLengthUnstated, QT_TRANSLATE_NOOP("Finding", "no stated length, drawn %1 m")},
    {FindingMessage::ReportDirection,
     QT_TRANSLATE_NOOP("Finding", "%1, leans %2° (start→end offset across the axis %3 m)")},
    {FindingMessage::ReportDirectionLeg,
     QT_TRANSLATE_NOOP("Finding", "leg %1 %2, leans %3° (start→end offset across the axis %4 m)")},
    {FindingMessage::ReportTie, QT_TRANSLATE_NOOP("Finding", "%1 on %2: %3 m")},
    {FindingMessage::ReportTieReleased,
     QT_TRANSLATE_NOOP("Finding", "%1 on %2: %3 m (released: the numbers conflict)")},
    {FindingMessage::ReportItemName, QT_TRANSLATE_NOOP("Finding", "%1 (item %2)")},
    {FindingMessage::ReportNorthOf,
     QT_TRANSLATE_NOOP("Finding", "%1 north of %2 by %3 m (mid-points of the ends)")},
    {FindingMessage::ReportWestOf,
     QT_TRANSLATE_NOOP("Finding", "%1 west of %2 by %3 m (mid-points of the ends)")},
    {FindingMessage::ReportBend, QT_TRANSLATE_NOOP("Finding", "bends by %1° within a straight stretch")},
    {FindingMessage::ReportOverlap, QT_TRANSLATE_NOOP("Finding", "runs within %1 m of %2 for %3 m")},
    {FindingMessage::ReportCrossing,
     QT_TRANSLATE_NOOP("Finding",
                       "crosses %1, which the text gives the same orientation and does not tie to it")},
    {FindingMessage::ReportReadability,
     QT_TRANSLATE_NOOP(
         "Finding", "bent roads %1 (largest bend %2°); crossings of same-orientation roads %3; overlaps %4 "
                    "(longest stretch within %5 m of another road: %6 m); lengths within %7 % of stated; "
                    "held ties within %8 m; farthest cluster reference from its anchor %9 m; conflicts %10")},
    {FindingMessage::ReportNoRegion,
     QT_TRANSLATE_NOOP("Finding",
                       "the notice's region is unknown: no road is placed (give the region, e.g. --region)")},
    {FindingMessage::ReportTieConflict,
     QT_TRANSLATE_NOOP("Finding",
                       "the numbers conflict: with every tie held %1 (item %2) is drawn %3 m off its stated "
                       "%4 m; let go: %5, leaving a gap of %6 m. Roads under strain: %7")},
    {FindingMessage::ReportLetGo, QT_TRANSLATE_NOOP("Finding", "%1's %2 on %3")},
    {FindingMessage::ReportLengthConflict,
     QT_TRANSLATE_NOOP("Finding",
                       "the numbers conflict: drawn %1 m off the stated %2 m with its ties held. Roads under "
                       "strain: %3")},
    {FindingMessage::ReportAnchorConflict,
     QT_TRANSLATE_NOOP(
         "Finding", "the numbers conflict: the roads of %1 (items %2) are drawn %3 m from its anchor (%4 "
                    "line %5), %6 m beyond the anchor's stated ±%7 m: their lengths and ties hold them there "
                    "against the cluster's other anchors")},
    {FindingMessage::ReportClusterNoSubdistrict,
     QT_TRANSLATE_NOOP("Finding", "cluster of %1: no 街道 given; placed at %2")},
    {FindingMessage::ReportClusterNoAnchorRow,
     QT_TRANSLATE_NOOP("Finding", "cluster of %1: %2 has no row in %3; placed at %4")},
    {FindingMessage::ReportClusterFromLayer,
     QT_TRANSLATE_NOOP("Finding", "cluster of %1: kept where its roads taken from the centerline layer are")},
    {FindingMessage::ReportClusterNoAnchorTable,
     QT_TRANSLATE_NOOP("Finding",
                       "cluster of %1: %2 has no anchor (no anchor table for %3: resources/anchors/%4.csv); "
                       "placed at %5")},
    {FindingMessage::ReportClusterAnchor,
     QT_TRANSLATE_NOOP("Finding",
                       "cluster of %1: %2 anchor %3,%4 (WGS84, ±%5 m, %6 line %7; %8); reference: %9, %10 m "
                       "from the anchor%11")},
    {FindingMessage::ReportSideBySide,
     QT_TRANSLATE_NOOP("Finding", "; set side by side with %1 other cluster(s) of %2, moved %3 m")},
    {FindingMessage::ReportJunction, QT_TRANSLATE_NOOP("Finding", "junction %1")},
    {FindingMessage::ReportCentroid, QT_TRANSLATE_NOOP("Finding", "centroid of the nodes of its %1 road(s)")},
    {FindingMessage::ReportCentreNoDistrict, QT_TRANSLATE_NOOP("Finding", "the centre of %1 (no 区 given)")},
    {FindingMessage::ReportCentreNoPolygon,
     QT_TRANSLATE_NOOP("Finding", "the centre of %1 (%2 has no polygon)")},
    {FindingMessage::ReportInsidePolygon,
     QT_TRANSLATE_NOOP("Finding", "a point inside the polygon of %1 (%2 of %3 there)")},
    {FindingMessage::ReportCentre, QT_TRANSLATE_NOOP("Finding", "the centre of %1")},
    {FindingMessage::ReportNoDistrictGiven,
     QT_TRANSLATE_NOOP("Finding", "%1: %2 roads name no 区; not checked")},
    {FindingMessage::ReportNoPolygon,
     QT_TRANSLATE_NOOP(
         "Finding", "%1: no polygon for %2 (a development zone, or a 区 missing from the boundaries); its %3 "
                    "roads are not checked")},
    {FindingMessage::ReportRegionUnknown,
     QT_TRANSLATE_NOOP("Finding", "%1: not checked (the region is unknown)")},
    {FindingMessage::ReportNoGeos, QT_TRANSLATE_NOOP("Finding", "%1: not checked (GDAL lacks PROJ or GEOS)")},
    {FindingMessage::ReportNotTransformed,
     QT_TRANSLATE_NOOP("Finding", "%1: not checked (the boundary of %2 cannot be transformed to %3)")},
    {FindingMessage::ReportNoneDrawn,
     QT_TRANSLATE_NOOP("Finding", "%1: none of its %2 roads is drawn yet; not checked")},
    {FindingMessage::ReportAllInside, QT_TRANSLATE_NOOP("Finding", "%1: all %2 drawn roads inside %3")},
    {FindingMessage::ReportAllInsideSomeUndrawn,
     QT_TRANSLATE_NOOP("Finding", "%1: all %2 drawn roads inside %3; %4 not drawn yet")},
    {FindingMessage::ReportSomeOutside,
     QT_TRANSLATE_NOOP(
         "Finding", "%1: %2 of %3 drawn roads leave %4; farthest %5 m outside (%6); %7% of the drawn length "
                    "inside")},
    {FindingMessage::ReportSomeOutsideSomeUndrawn,
     QT_TRANSLATE_NOOP(
         "Finding", "%1: %2 of %3 drawn roads leave %4; farthest %5 m outside (%6); %7% of the drawn length "
                    "inside; %8 not drawn yet")},
    {FindingMessage::ReportRenamedBoundary,
     QT_TRANSLATE_NOOP("Finding", "%1 (boundary of %2, pre-2019 name)")},
    {FindingMessage::ReportCenterlineTaken,
     QT_TRANSLATE_NOOP("Finding", "taken from %1 (%2 piece(s)); residuals: %3")},
    {FindingMessage::ReportCenterlineSchematic, QT_TRANSLATE_NOOP("Finding", "stays schematic: %1")},
    {FindingMessage::ReportCenterlineNotChained,
     QT_TRANSLATE_NOOP("Finding", "stays schematic: %1 (%2 pieces; gaps over %3 m or a branch)")},
    {FindingMessage::ReportCenterlineEndRoadMissing,
     QT_TRANSLATE_NOOP("Finding", "stays schematic: %1 (no line named %2)")},
    {FindingMessage::ReportCenterlineClosest,
     QT_TRANSLATE_NOOP("Finding", "stays schematic: %1; closest line: %2")},
    {FindingMessage::ReportCenterlineSummary,
     QT_TRANSLATE_NOOP("Finding", "centerlines from %1: %2 road(s) taken from the layer, %3 stay schematic")},
    {FindingMessage::ReportCenterlineSummaryReasons,
     QT_TRANSLATE_NOOP("Finding",
                       "centerlines from %1: %2 road(s) taken from the layer, %3 stay schematic (%4)")},
    {FindingMessage::ReportCenterlineReason, QT_TRANSLATE_NOOP("Finding", "%1: %2 road(s)")},
    {FindingMessage::ReportResidualStart, QT_TRANSLATE_NOOP("Finding", "start %1 m from %2")},
    {FindingMessage::ReportResidualEnd, QT_TRANSLATE_NOOP("Finding", "end %1 m from %2")},
    {FindingMessage::ReportResidualLength, QT_TRANSLATE_NOOP("Finding", "%1 m long")},
    {FindingMessage::ReportResidualLengthStated,
     QT_TRANSLATE_NOOP("Finding", "%1 m long (%3 % off the stated %2 m)")},
    {FindingMessage::ReportResidualDirection, QT_TRANSLATE_NOOP("Finding", "%1° off the stated direction")},
    {FindingMessage::SpansDistricts,
     QT_TRANSLATE_NOOP("Finding", "Item %1 (%2) lies in several districts: %3.")},
};

// Words that fill a template's blanks (a declared count's label, a missing field), translated alone.
constexpr const char* kWords[] = {
    QT_TRANSLATE_NOOP("Finding", "named roads"),
    QT_TRANSLATE_NOOP("Finding", "renamed roads"),
    QT_TRANSLATE_NOOP("Finding", "adjusted roads"),
    QT_TRANSLATE_NOOP("Finding", "cancelled roads"),
    QT_TRANSLATE_NOOP("Finding", "name"),
    QT_TRANSLATE_NOOP("Finding", "start"),
    QT_TRANSLATE_NOOP("Finding", "end"),
    QT_TRANSLATE_NOOP("Finding", "start/end"),
    QT_TRANSLATE_NOOP("Finding", "length"),
    QT_TRANSLATE_NOOP("Finding", "width"),
    QT_TRANSLATE_NOOP("Finding", "old name"),
    QT_TRANSLATE_NOOP("Finding", "district"),
    // the layout report's words
    QT_TRANSLATE_NOOP("Finding", "turn"),
    QT_TRANSLATE_NOOP("Finding", "east–west"),
    QT_TRANSLATE_NOOP("Finding", "north–south"),
    QT_TRANSLATE_NOOP("Finding", "north-east–south-west"),
    QT_TRANSLATE_NOOP("Finding", "north-west–south-east"),
    QT_TRANSLATE_NOOP("Finding", "the other 街道's anchor"),
    QT_TRANSLATE_NOOP("Finding", "(centre)"),
    // why a road stays schematic (centerlineCheckText)
    QT_TRANSLATE_NOOP("Finding", "taken"),
    QT_TRANSLATE_NOOP("Finding", "no line of the name"),
    QT_TRANSLATE_NOOP("Finding", "not one line"),
    QT_TRANSLATE_NOOP("Finding", "end road not in the layer"),
    QT_TRANSLATE_NOOP("Finding", "start off its road"),
    QT_TRANSLATE_NOOP("Finding", "end off its road"),
    QT_TRANSLATE_NOOP("Finding", "length off"),
    QT_TRANSLATE_NOOP("Finding", "direction off"),
};

// The kinds of layout report rows, in ReportKind order.
constexpr std::pair<ReportKind, const char*> kReportKinds[] = {
    {ReportKind::Length, QT_TRANSLATE_NOOP("Finding", "Length")},
    {ReportKind::Tie, QT_TRANSLATE_NOOP("Finding", "Tie")},
    {ReportKind::Direction, QT_TRANSLATE_NOOP("Finding", "Direction")},
    {ReportKind::Order, QT_TRANSLATE_NOOP("Finding", "Order")},
    {ReportKind::Anchor, QT_TRANSLATE_NOOP("Finding", "Anchor")},
    {ReportKind::Conflict, QT_TRANSLATE_NOOP("Finding", "Conflict")},
    {ReportKind::InsideDistrict, QT_TRANSLATE_NOOP("Finding", "Inside its 区")},
    {ReportKind::Bend, QT_TRANSLATE_NOOP("Finding", "Bend")},
    {ReportKind::Crossing, QT_TRANSLATE_NOOP("Finding", "Crossing")},
    {ReportKind::Overlap, QT_TRANSLATE_NOOP("Finding", "Overlap")},
    {ReportKind::Readability, QT_TRANSLATE_NOOP("Finding", "Readability")},
    {ReportKind::Centerline, QT_TRANSLATE_NOOP("Finding", "Centerline")},
};

QString fill(QString text, const QStringList& args) {
    // One pass, so an argument that itself holds "%2" is not filled again.
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit() && text[i + 1] != u'0') {
            int n = text[i + 1].digitValue();
            qsizetype digits = 1;
            if (i + 2 < text.size() && text[i + 2].isDigit() &&
                n * 10 + text[i + 2].digitValue() <= args.size()) {
                n = n * 10 + text[i + 2].digitValue(); // %10 … %99, as QString::arg reads them
                digits = 2;
            }
            if (n <= args.size()) {
                out += args[n - 1];
                i += digits;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

struct Matcher {
    QRegularExpression re;
    QList<int> order; // the template's %n for each capture group, in order of appearance
    const char* text;
    qsizetype literalChars; // characters outside the placeholders
};

// A template as a pattern: literal text, each %n a lazy group (a repeated %n must match the same text,
// checked after the match).
const std::vector<Matcher>& matchers() {
    static const std::vector<Matcher> all = [] {
        std::vector<Matcher> out;
        static const QRegularExpression placeholder(QStringLiteral("%([1-9][0-9]?)"));
        for (const Template& t : kTemplates) {
            const QString text = QString::fromUtf8(t.text);
            QString pattern = QStringLiteral("^");
            QList<int> order;
            qsizetype last = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                pattern += QRegularExpression::escape(text.mid(last, m.capturedStart() - last));
                pattern += QStringLiteral("(.*?)");
                order << m.captured(1).toInt();
                last = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(text.mid(last)) + QStringLiteral("$");
            out.push_back({QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption), order,
                           t.text, text.size() - 2 * order.size()});
        }
        // The most specific first: "Item %1: %2" also matches most item sentences.
        std::stable_sort(out.begin(), out.end(),
                         [](const Matcher& a, const Matcher& b) { return a.literalChars > b.literalChars; });
        return out;
    }();
    return all;
}

QString translateWord(const QString& word) {
    for (const char* w : kWords)
        if (word == QString::fromUtf8(w))
            return QCoreApplication::translate("Finding", w);
    return word;
}

QString translate(const QString& english, int depth);

// An argument: a nested sentence, a word, a ", "-list of words, or left as it is (names, numbers).
QString translateArgument(const QString& arg, int depth) {
    if (QString word = translateWord(arg); word != arg)
        return word;
    if (arg.contains(QStringLiteral(", "))) {
        QStringList parts = arg.split(QStringLiteral(", "));
        bool any = false;
        for (QString& p : parts) {
            const QString t = depth < 2 ? translate(p, depth + 1) : translateWord(p);
            any = any || t != p;
            p = t;
        }
        if (any)
            return parts.join(QCoreApplication::translate("Finding", ", "));
    }
    return depth < 2 ? translate(arg, depth + 1) : arg;
}

QString translate(const QString& english, int depth) {
    for (const Matcher& m : matchers()) {
        const QRegularExpressionMatch match = m.re.match(english);
        if (!match.hasMatch())
            continue;
        QStringList args;
        bool consistent = true;
        for (int g = 0; g < m.order.size(); ++g) {
            const int n = m.order[g];
            const QString value = match.captured(g + 1);
            while (args.size() < n)
                args << QString();
            if (!args[n - 1].isNull() && args[n - 1] != value)
                consistent = false;
            args[n - 1] = value;
        }
        if (!consistent)
            continue;
        for (QString& a : args)
            a = translateArgument(a, depth);
        return fill(QCoreApplication::translate("Finding", m.text), args);
    }
    return translateWord(english);
}

} // namespace

QString findingTemplate(FindingMessage id) {
    for (const Template& t : kTemplates)
        if (t.id == id)
            return QString::fromUtf8(t.text);
    return {};
}

QString findingMessage(FindingMessage id, const QStringList& args) {
    return fill(findingTemplate(id), args);
}

QStringList findingTemplates() {
    QStringList out;
    for (const Template& t : kTemplates)
        out << QString::fromUtf8(t.text);
    for (const char* w : kWords)
        out << QString::fromUtf8(w);
    return out;
}

QString translateFindingMessage(const QString& english) {
    return translate(english, 0);
}

bool isKnownFindingMessage(const QString& english) {
    for (const Matcher& m : matchers())
        if (m.re.match(english).hasMatch())
            return true;
    for (const char* w : kWords)
        if (english == QString::fromUtf8(w))
            return true;
    return false;
}

// The findings' codes as a reader sees them: English keeps the code (the word in every file), other
// languages say it in their words. The codes are marked for translation in their one table
// (road_codes.cpp, context "FindingCode"); a test checks every FindingCode has its Chinese label.
QString findingCodeLabel(const QString& code) {
    if (!findingCodeFromText(code))
        return code;
    return QCoreApplication::translate("FindingCode", code.toLatin1().constData());
}

QString reportKindText(ReportKind kind) {
    for (const auto& [k, text] : kReportKinds)
        if (k == kind)
            return QCoreApplication::translate("Finding", text);
    return reportKindCode(kind);
}

bool installFindingTranslator(QCoreApplication& app, const QString& language) {
    // The findings' sentences and geo's other messages (load, save, export errors: "luming::Geo").
    bool all = true;
    for (const QString& name :
         {QStringLiteral("luming_findings_%1.qm"), QStringLiteral("luming_geo_%1.qm")}) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/") + name.arg(language))) {
            all = false;
            continue;
        }
        translator->setParent(&app);
        QCoreApplication::installTranslator(translator.release());
    }
    return all;
}

} // namespace luming
