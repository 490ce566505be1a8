#include "eval/variant_families.h"

#include <functional>

namespace luming::eval {
namespace {

// One variant: the baseline with one change.
Variant variant(const QString& family, const QString& name, const std::function<void(Layout&)>& change) {
    Variant v{family, name, Layout()};
    change(v.layout);
    return v;
}

QList<Variant> build() {
    QList<Variant> out;
    out << variant(QStringLiteral("baseline"), QStringLiteral("一、 X。 位于 东起/西至"), [](Layout&) {});

    const QList<std::pair<QString, Marker>> markers = {
        {QStringLiteral("none"), Marker::None},          {QStringLiteral("1."), Marker::ArabicDot},
        {QStringLiteral("(1)"), Marker::ArabicParen},    {QStringLiteral("(一)"), Marker::ChineseParen},
        {QStringLiteral("◆"), Marker::Diamond},          {QStringLiteral("●"), Marker::Dot},
        {QStringLiteral("■"), Marker::Square},           {QStringLiteral("・"), Marker::Katakana},
        {QStringLiteral("N号路:"), Marker::PlanningCode}};
    for (const auto& [name, marker] : markers)
        out << variant(QStringLiteral("markers"), name, [m = marker](Layout& l) { l.marker = m; });

    const QList<std::pair<QString, NameDelimiter>> delimiters = {
        {QStringLiteral("X:"), NameDelimiter::Colon},
        {QStringLiteral("X,"), NameDelimiter::Comma},
        {QStringLiteral("X——"), NameDelimiter::Dash},
        {QStringLiteral("header line"), NameDelimiter::HeaderLine},
        {QStringLiteral("…的道路命名为X"), NameDelimiter::NameLast},
        {QStringLiteral("…,故名X"), NameDelimiter::NameLastGuming}};
    for (const auto& [name, delimiter] : delimiters)
        out << variant(QStringLiteral("name delimiters"), name,
                       [d = delimiter](Layout& l) { l.delimiter = d; });

    for (const QString& verb : {QStringLiteral("定名为"), QStringLiteral("拟命名为"),
                                QStringLiteral("取名为"), QStringLiteral("拟定名为")})
        out << variant(QStringLiteral("verbs"), QStringLiteral("…的道路") + verb + QStringLiteral("X"),
                       [verb](Layout& l) {
                           l.delimiter = NameDelimiter::NameLast;
                           l.verb = verb;
                       });

    const QList<std::pair<QString, EndsStyle>> ends = {
        {QStringLiteral("东起于…西止于"), EndsStyle::DirQiYuZhiYu},
        {QStringLiteral("起于…止于"), EndsStyle::QiYuZhiYu},
        {QStringLiteral("自A至B"), EndsStyle::ZiAZhiB},
        {QStringLiteral("由A至B"), EndsStyle::YouAZhiB},
        {QStringLiteral("A至B段"), EndsStyle::ADuanB}};
    for (const auto& [name, style] : ends)
        out << variant(QStringLiteral("endpoints"), name, [s = style](Layout& l) { l.ends = s; });

    const QList<std::pair<QString, PlaceStyle>> places = {
        {QStringLiteral("section heading"), PlaceStyle::Heading},
        {QStringLiteral("prefix A区的X"), PlaceStyle::Prefix},
        {QStringLiteral("title"), PlaceStyle::Title},
        {QStringLiteral("intro"), PlaceStyle::Intro}};
    for (const auto& [name, style] : places)
        out << variant(QStringLiteral("places"), name, [s = style](Layout& l) { l.place = s; });

    const QList<std::pair<QString, Arrangement>> arrangements = {
        {QStringLiteral("run-on prose"), Arrangement::Prose},
        {QStringLiteral("pipe table"), Arrangement::PipeTable},
        {QStringLiteral("tab table"), Arrangement::TabTable},
        {QStringLiteral("space-aligned table"), Arrangement::SpaceTable},
        {QStringLiteral("flattened table"), Arrangement::FlatTable}};
    for (const auto& [name, arrangement] : arrangements)
        out << variant(QStringLiteral("arrangements"), name,
                       [a = arrangement](Layout& l) { l.arrangement = a; });

    out << variant(QStringLiteral("wrappers"), QStringLiteral("news with byline"),
                   [](Layout& l) { l.wrapper = Wrapper::News; })
        << variant(QStringLiteral("wrappers"), QStringLiteral("explanation paragraph"),
                   [](Layout& l) { l.wrapper = Wrapper::Explanation; });
    const QList<std::pair<QString, ClauseOrder>> orders = {
        {QStringLiteral("course before place"), ClauseOrder::CoursePlaceMeasure},
        {QStringLiteral("measures first"), ClauseOrder::MeasureFirst},
        {QStringLiteral("end before start"), ClauseOrder::EndBeforeStart}};
    for (const auto& [name, order] : orders)
        out << variant(QStringLiteral("clause order"), name, [o = order](Layout& l) { l.order = o; });

    out << variant(QStringLiteral("script and OCR"), QStringLiteral("traditional (OpenCC s2t)"),
                   [](Layout& l) { l.script = Script::Traditional; })
        << variant(QStringLiteral("script and OCR"), QStringLiteral("spaces inside names"),
                   [](Layout& l) { l.damage = Damage::SpacesInNames; })
        << variant(QStringLiteral("script and OCR"), QStringLiteral("broken lines"),
                   [](Layout& l) { l.damage = Damage::BrokenLines; });
    return out;
}

QList<Variant> buildNegatives() {
    const QString family = QStringLiteral("negatives");
    return {
        variant(family, QStringLiteral("as is"), [](Layout&) {}),
        variant(family, QStringLiteral("news with byline"), [](Layout& l) { l.wrapper = Wrapper::News; }),
        variant(family, QStringLiteral("explanation paragraph"),
                [](Layout& l) { l.wrapper = Wrapper::Explanation; }),
        variant(family, QStringLiteral("traditional (OpenCC s2t)"),
                [](Layout& l) { l.script = Script::Traditional; }),
        variant(family, QStringLiteral("broken lines"), [](Layout& l) { l.damage = Damage::BrokenLines; })};
}

} // namespace

const QList<Variant>& variantFamilies() {
    static const QList<Variant> all = build();
    return all;
}

const QList<Variant>& negativeVariants() {
    static const QList<Variant> all = buildNegatives();
    return all;
}

} // namespace luming::eval
