#include "core/finding_code.h"
#include "core/notice.h"
#include "core/road_enums.h"

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

struct FindingCodeRow {
    FindingCode code;
    QString text;
    Severity severity;
};

const QList<FindingCodeRow>& findingCodes() {
    static const QList<FindingCodeRow> table{
        {FindingCode::NulBytes, QStringLiteral("nul_bytes"), Severity::Warning},
        {FindingCode::UndecodableBytes, QStringLiteral("undecodable_bytes"), Severity::Warning},
        {FindingCode::BidiControl, QStringLiteral("bidi_control"), Severity::Warning},
        {FindingCode::CountMismatch, QStringLiteral("count_mismatch"), Severity::Error},
        {FindingCode::NumberingGap, QStringLiteral("numbering_gap"), Severity::Error},
        {FindingCode::NumberingRepeat, QStringLiteral("numbering_repeat"), Severity::Error},
        {FindingCode::NumberingRestarts, QStringLiteral("numbering_restarts"), Severity::Info},
        {FindingCode::NoLengths, QStringLiteral("no_lengths"), Severity::Info},
        {FindingCode::NoWidths, QStringLiteral("no_widths"), Severity::Info},
        {FindingCode::DateYearMismatch, QStringLiteral("date_year_mismatch"), Severity::Warning},
        {FindingCode::NotARoad, QStringLiteral("not_a_road"), Severity::Info},
        {FindingCode::NameMismatch, QStringLiteral("name_mismatch"), Severity::Warning},
        {FindingCode::TraditionalCharacter, QStringLiteral("traditional_character"), Severity::Warning},
        {FindingCode::NameVariant, QStringLiteral("name_variant"), Severity::Warning},
        {FindingCode::PossibleNameVariant, QStringLiteral("possible_name_variant"), Severity::Info},
        {FindingCode::ExternalEndpoint, QStringLiteral("external_endpoint"), Severity::Info},
        {FindingCode::DuplicateName, QStringLiteral("duplicate_name"), Severity::Warning},
        {FindingCode::ImpossibleValue, QStringLiteral("impossible_value"), Severity::Error},
        {FindingCode::UnparsedItem, QStringLiteral("unparsed_item"), Severity::Error},
        {FindingCode::IncompleteItem, QStringLiteral("incomplete_item"), Severity::Warning},
        {FindingCode::LayoutLengthConflict, QStringLiteral("layout_length_conflict"), Severity::Warning},
        {FindingCode::LayoutTieConflict, QStringLiteral("layout_tie_conflict"), Severity::Warning},
        {FindingCode::LayoutAnchorConflict, QStringLiteral("layout_anchor_conflict"), Severity::Warning},
        {FindingCode::CenterlineRejected, QStringLiteral("centerline_rejected"), Severity::Info},
        {FindingCode::RegionUnknown, QStringLiteral("region_unknown"), Severity::Warning},
        {FindingCode::RegionAmbiguous, QStringLiteral("region_ambiguous"), Severity::Warning},
        {FindingCode::PlaceUnknown, QStringLiteral("place_unknown"), Severity::Warning},
        {FindingCode::PlaceInOtherDistrict, QStringLiteral("place_in_other_district"), Severity::Warning},
        {FindingCode::UnreadCandidate, QStringLiteral("unread_candidate"), Severity::Warning},
        {FindingCode::SpansDistricts, QStringLiteral("spans_districts"), Severity::Info},
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
            return row.text;
    return {};
}
std::optional<FindingCode> findingCodeFromText(QStringView text) {
    for (const FindingCodeRow& row : findingCodes())
        if (row.text == text)
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
