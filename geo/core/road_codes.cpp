#include "core/finding_code.h"
#include "core/notice.h"
#include "core/road_enums.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <cmath>

namespace luming {
namespace {

template <typename E> using CodeTable = QList<QPair<E, QString>>;

template <typename E> QString codeOf(const CodeTable<E>& table, E value) {
    for (const auto& [v, code] : table)
        if (v == value)
            return code;
    return {};
}

template <typename E> std::optional<E> valueOf(const CodeTable<E>& table, QStringView code) {
    for (const auto& [v, c] : table)
        if (c == code)
            return v;
    return std::nullopt;
}

const CodeTable<Direction>& directions() {
    static const CodeTable<Direction> table{
        {Direction::None, {}},
        {Direction::East, QStringLiteral("东")},
        {Direction::SouthEast, QStringLiteral("东南")},
        {Direction::South, QStringLiteral("南")},
        {Direction::SouthWest, QStringLiteral("西南")},
        {Direction::West, QStringLiteral("西")},
        {Direction::NorthWest, QStringLiteral("西北")},
        {Direction::North, QStringLiteral("北")},
        {Direction::NorthEast, QStringLiteral("东北")},
    };
    return table;
}

const CodeTable<Shape>& shapes() {
    static const CodeTable<Shape> table{
        {Shape::None, {}},
        {Shape::Straight, QStringLiteral("straight")},
        {Shape::L, QStringLiteral("L")},
        {Shape::Z, QStringLiteral("Z")},
        {Shape::Loop, QStringLiteral("loop")},
        {Shape::Turn, QStringLiteral("turn")},
    };
    return table;
}

const CodeTable<GeometrySource>& geometrySources() {
    static const CodeTable<GeometrySource> table{
        {GeometrySource::None, {}},
        {GeometrySource::Schematic, QStringLiteral("schematic")},
        {GeometrySource::Layer, QStringLiteral("layer")},
    };
    return table;
}

const CodeTable<Placement>& placements() {
    static const CodeTable<Placement> table{
        {Placement::None, {}},
        {Placement::Anchor, QStringLiteral("anchor")},
        {Placement::District, QStringLiteral("district")},
        {Placement::City, QStringLiteral("city")},
        {Placement::Layer, QStringLiteral("layer")},
    };
    return table;
}

const CodeTable<ReportKind>& reportKinds() {
    static const CodeTable<ReportKind> table{
        {ReportKind::Length, QStringLiteral("length")},
        {ReportKind::Tie, QStringLiteral("tie")},
        {ReportKind::Direction, QStringLiteral("direction")},
        {ReportKind::Order, QStringLiteral("order")},
        {ReportKind::Anchor, QStringLiteral("anchor")},
        {ReportKind::Conflict, QStringLiteral("conflict")},
        {ReportKind::InsideDistrict, QStringLiteral("inside_district")},
        {ReportKind::Bend, QStringLiteral("bend")},
        {ReportKind::Crossing, QStringLiteral("crossing")},
        {ReportKind::Overlap, QStringLiteral("overlap")},
        {ReportKind::Readability, QStringLiteral("readability")},
        {ReportKind::Centerline, QStringLiteral("centerline")},
    };
    return table;
}

// The code is the word stored in every file; it is marked here, once, for its translated label
// (context "FindingCode": findingCodeLabel in finding_messages.cpp, luming_findings_zh_CN.ts).
struct FindingCodeRow {
    FindingCode code;
    const char* text;
    Severity severity;
};

const QList<FindingCodeRow>& findingCodes() {
    static const QList<FindingCodeRow> table{
        {FindingCode::NulBytes, QT_TRANSLATE_NOOP("FindingCode", "nul_bytes"), Severity::Warning},
        {FindingCode::UndecodableBytes, QT_TRANSLATE_NOOP("FindingCode", "undecodable_bytes"),
         Severity::Warning},
        {FindingCode::BidiControl, QT_TRANSLATE_NOOP("FindingCode", "bidi_control"), Severity::Warning},
        {FindingCode::CountMismatch, QT_TRANSLATE_NOOP("FindingCode", "count_mismatch"), Severity::Error},
        {FindingCode::NumberingGap, QT_TRANSLATE_NOOP("FindingCode", "numbering_gap"), Severity::Error},
        {FindingCode::NumberingRepeat, QT_TRANSLATE_NOOP("FindingCode", "numbering_repeat"), Severity::Error},
        {FindingCode::NumberingRestarts, QT_TRANSLATE_NOOP("FindingCode", "numbering_restarts"),
         Severity::Info},
        {FindingCode::NoLengths, QT_TRANSLATE_NOOP("FindingCode", "no_lengths"), Severity::Info},
        {FindingCode::NoWidths, QT_TRANSLATE_NOOP("FindingCode", "no_widths"), Severity::Info},
        {FindingCode::DateYearMismatch, QT_TRANSLATE_NOOP("FindingCode", "date_year_mismatch"),
         Severity::Warning},
        {FindingCode::NotARoad, QT_TRANSLATE_NOOP("FindingCode", "not_a_road"), Severity::Info},
        {FindingCode::NameMismatch, QT_TRANSLATE_NOOP("FindingCode", "name_mismatch"), Severity::Warning},
        {FindingCode::TraditionalCharacter, QT_TRANSLATE_NOOP("FindingCode", "traditional_character"),
         Severity::Warning},
        {FindingCode::NameVariant, QT_TRANSLATE_NOOP("FindingCode", "name_variant"), Severity::Warning},
        {FindingCode::PossibleNameVariant, QT_TRANSLATE_NOOP("FindingCode", "possible_name_variant"),
         Severity::Info},
        {FindingCode::ExternalEndpoint, QT_TRANSLATE_NOOP("FindingCode", "external_endpoint"),
         Severity::Info},
        {FindingCode::DuplicateName, QT_TRANSLATE_NOOP("FindingCode", "duplicate_name"), Severity::Warning},
        {FindingCode::ImpossibleValue, QT_TRANSLATE_NOOP("FindingCode", "impossible_value"), Severity::Error},
        {FindingCode::UnparsedItem, QT_TRANSLATE_NOOP("FindingCode", "unparsed_item"), Severity::Error},
        {FindingCode::IncompleteItem, QT_TRANSLATE_NOOP("FindingCode", "incomplete_item"), Severity::Warning},
        {FindingCode::LayoutLengthConflict, QT_TRANSLATE_NOOP("FindingCode", "layout_length_conflict"),
         Severity::Warning},
        {FindingCode::LayoutTieConflict, QT_TRANSLATE_NOOP("FindingCode", "layout_tie_conflict"),
         Severity::Warning},
        {FindingCode::LayoutAnchorConflict, QT_TRANSLATE_NOOP("FindingCode", "layout_anchor_conflict"),
         Severity::Warning},
        {FindingCode::CenterlineRejected, QT_TRANSLATE_NOOP("FindingCode", "centerline_rejected"),
         Severity::Info},
        {FindingCode::RegionUnknown, QT_TRANSLATE_NOOP("FindingCode", "region_unknown"), Severity::Warning},
        {FindingCode::RegionAmbiguous, QT_TRANSLATE_NOOP("FindingCode", "region_ambiguous"),
         Severity::Warning},
        {FindingCode::PlaceUnknown, QT_TRANSLATE_NOOP("FindingCode", "place_unknown"), Severity::Warning},
        {FindingCode::PlaceInOtherDistrict, QT_TRANSLATE_NOOP("FindingCode", "place_in_other_district"),
         Severity::Warning},
        {FindingCode::UnreadCandidate, QT_TRANSLATE_NOOP("FindingCode", "unread_candidate"),
         Severity::Warning},
        {FindingCode::SpansDistricts, QT_TRANSLATE_NOOP("FindingCode", "spans_districts"), Severity::Info},
    };
    return table;
}

} // namespace

Direction opposite(Direction direction) {
    switch (direction) {
    case Direction::None:
        return Direction::None;
    case Direction::East:
        return Direction::West;
    case Direction::SouthEast:
        return Direction::NorthWest;
    case Direction::South:
        return Direction::North;
    case Direction::SouthWest:
        return Direction::NorthEast;
    case Direction::West:
        return Direction::East;
    case Direction::NorthWest:
        return Direction::SouthEast;
    case Direction::North:
        return Direction::South;
    case Direction::NorthEast:
        return Direction::SouthWest;
    }
    return Direction::None;
}

QPointF unitVector(Direction direction) {
    const double d = 1 / std::sqrt(2.0);
    switch (direction) {
    case Direction::None:
        return {};
    case Direction::East:
        return {1, 0};
    case Direction::SouthEast:
        return {d, -d};
    case Direction::South:
        return {0, -1};
    case Direction::SouthWest:
        return {-d, -d};
    case Direction::West:
        return {-1, 0};
    case Direction::NorthWest:
        return {-d, d};
    case Direction::North:
        return {0, 1};
    case Direction::NorthEast:
        return {d, d};
    }
    return {};
}

QString directionCode(Direction direction) {
    return codeOf(directions(), direction);
}
std::optional<Direction> directionFromCode(QStringView code) {
    return valueOf(directions(), code);
}
QString shapeCode(Shape shape) {
    return codeOf(shapes(), shape);
}
std::optional<Shape> shapeFromCode(QStringView code) {
    return valueOf(shapes(), code);
}
QString geometrySourceCode(GeometrySource source) {
    return codeOf(geometrySources(), source);
}
std::optional<GeometrySource> geometrySourceFromCode(QStringView code) {
    return valueOf(geometrySources(), code);
}
QString geometrySourceText(GeometrySource source, const QString& file) {
    const QString code = geometrySourceCode(source);
    return source == GeometrySource::Layer && !file.isEmpty() ? code + u':' + file : code;
}
std::optional<std::pair<GeometrySource, QString>> geometrySourceFromText(QStringView text) {
    const qsizetype colon = text.indexOf(u':');
    const std::optional<GeometrySource> source = geometrySourceFromCode(colon < 0 ? text : text.left(colon));
    if (!source || (colon >= 0 && *source != GeometrySource::Layer))
        return std::nullopt;
    return std::pair{*source, colon < 0 ? QString() : text.mid(colon + 1).toString()};
}
QString placementCode(Placement placement) {
    return codeOf(placements(), placement);
}
std::optional<Placement> placementFromCode(QStringView code) {
    return valueOf(placements(), code);
}
QString reportKindCode(ReportKind kind) {
    return codeOf(reportKinds(), kind);
}
std::optional<ReportKind> reportKindFromCode(QStringView code) {
    return valueOf(reportKinds(), code);
}

QString findingCodeText(FindingCode code) {
    for (const FindingCodeRow& row : findingCodes())
        if (row.code == code)
            return QString::fromLatin1(row.text);
    return {};
}
std::optional<FindingCode> findingCodeFromText(QStringView text) {
    for (const FindingCodeRow& row : findingCodes())
        if (QLatin1String(row.text) == text)
            return row.code;
    return std::nullopt;
}
Severity defaultSeverity(FindingCode code) {
    for (const FindingCodeRow& row : findingCodes())
        if (row.code == code)
            return row.severity;
    return Severity::Warning;
}
QString findingCodeText(const Finding& finding) {
    return finding.code == FindingCode::Other ? finding.otherCode : findingCodeText(finding.code);
}
void setFindingCode(Finding& finding, const QString& text) {
    const std::optional<FindingCode> code = findingCodeFromText(text);
    finding.code = code.value_or(FindingCode::Other);
    finding.otherCode = code ? QString() : text;
}
QList<FindingCode> allFindingCodes() {
    QList<FindingCode> out;
    for (const FindingCodeRow& row : findingCodes())
        out.append(row.code);
    return out;
}

} // namespace luming
