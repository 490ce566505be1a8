#include "eval/variant_families.h"

namespace luming::eval {
namespace {

template <typename T> struct Choice {
    QString name;
    T value;
};

// One variant per choice: the baseline layout with `member` set to the choice.
template <typename T>
void addFamily(QList<Variant>& out, const QString& family, T Layout::*member,
               const QList<Choice<T>>& choices) {
    for (const Choice<T>& c : choices) {
        Variant v{family, c.name, Layout()};
        v.layout.*member = c.value;
        out.append(v);
    }
}

QList<Variant> build() {
    QList<Variant> out{
        Variant{QStringLiteral("baseline"), QStringLiteral("一、 X。 位于 东起/西至"), Layout()}};
    addFamily<Marker>(out, QStringLiteral("markers"), &Layout::marker,
                      {{QStringLiteral("none"), Marker::None},
                       {QStringLiteral("1."), Marker::ArabicDot},
                       {QStringLiteral("(1)"), Marker::ArabicParen},
                       {QStringLiteral("(一)"), Marker::ChineseParen},
                       {QStringLiteral("◆"), Marker::Diamond},
                       {QStringLiteral("●"), Marker::Dot},
                       {QStringLiteral("■"), Marker::Square},
                       {QStringLiteral("・"), Marker::Katakana},
                       {QStringLiteral("N号路:"), Marker::PlanningCode}});
    addFamily<NameDelimiter>(out, QStringLiteral("name delimiters"), &Layout::delimiter,
                             {{QStringLiteral("X:"), NameDelimiter::Colon},
                              {QStringLiteral("X,"), NameDelimiter::Comma},
                              {QStringLiteral("X——"), NameDelimiter::Dash},
                              {QStringLiteral("header line"), NameDelimiter::HeaderLine},
                              {QStringLiteral("name, pinyin line, description"), NameDelimiter::PinyinLine},
                              {QStringLiteral("…的道路命名为X"), NameDelimiter::NameLast},
                              {QStringLiteral("…,故名X"), NameDelimiter::NameLastGuming}});
    // The verbs are said in the name-last form, the one place a naming verb stands in an item.
    const qsizetype firstVerb = out.size();
    addFamily<QString>(out, QStringLiteral("verbs"), &Layout::verb,
                       {{QStringLiteral("…的道路定名为X"), QStringLiteral("定名为")},
                        {QStringLiteral("…的道路拟命名为X"), QStringLiteral("拟命名为")},
                        {QStringLiteral("…的道路取名为X"), QStringLiteral("取名为")},
                        {QStringLiteral("…的道路拟定名为X"), QStringLiteral("拟定名为")}});
    for (qsizetype i = firstVerb; i < out.size(); ++i)
        out[i].layout.delimiter = NameDelimiter::NameLast;
    addFamily<EndsStyle>(out, QStringLiteral("endpoints"), &Layout::ends,
                         {{QStringLiteral("东起于…西止于"), EndsStyle::DirQiYuZhiYu},
                          {QStringLiteral("起于…止于"), EndsStyle::QiYuZhiYu},
                          {QStringLiteral("自A至B"), EndsStyle::ZiAZhiB},
                          {QStringLiteral("由A至B"), EndsStyle::YouAZhiB},
                          {QStringLiteral("A至B段"), EndsStyle::ADuanB}});
    addFamily<PlaceStyle>(out, QStringLiteral("places"), &Layout::place,
                          {{QStringLiteral("section heading"), PlaceStyle::Heading},
                           {QStringLiteral("prefix A区的X"), PlaceStyle::Prefix},
                           {QStringLiteral("title"), PlaceStyle::Title},
                           {QStringLiteral("intro"), PlaceStyle::Intro},
                           {QStringLiteral("news lead A区N条道路"), PlaceStyle::Lead}});
    addFamily<Arrangement>(out, QStringLiteral("arrangements"), &Layout::arrangement,
                           {{QStringLiteral("run-on prose"), Arrangement::Prose},
                            {QStringLiteral("pipe table"), Arrangement::PipeTable},
                            {QStringLiteral("tab table"), Arrangement::TabTable},
                            {QStringLiteral("space-aligned table"), Arrangement::SpaceTable},
                            {QStringLiteral("flattened table"), Arrangement::FlatTable}});
    addFamily<Wrapper>(out, QStringLiteral("wrappers"), &Layout::wrapper,
                       {{QStringLiteral("news with byline"), Wrapper::News},
                        {QStringLiteral("explanation paragraph"), Wrapper::Explanation}});
    addFamily<ClauseOrder>(out, QStringLiteral("clause order"), &Layout::order,
                           {{QStringLiteral("course before place"), ClauseOrder::CoursePlaceMeasure},
                            {QStringLiteral("measures first"), ClauseOrder::MeasureFirst},
                            {QStringLiteral("end before start"), ClauseOrder::EndBeforeStart}});
    addFamily<Script>(out, QStringLiteral("script and OCR"), &Layout::script,
                      {{QStringLiteral("traditional (OpenCC s2t)"), Script::Traditional}});
    addFamily<Damage>(out, QStringLiteral("script and OCR"), &Layout::damage,
                      {{QStringLiteral("spaces inside names"), Damage::SpacesInNames},
                       {QStringLiteral("broken lines"), Damage::BrokenLines}});
    return out;
}

QList<Variant> buildNegatives() {
    const QString family = QStringLiteral("negatives");
    QList<Variant> out{Variant{family, QStringLiteral("as is"), Layout()}};
    addFamily<Wrapper>(out, family, &Layout::wrapper,
                       {{QStringLiteral("news with byline"), Wrapper::News},
                        {QStringLiteral("explanation paragraph"), Wrapper::Explanation}});
    addFamily<Script>(out, family, &Layout::script,
                      {{QStringLiteral("traditional (OpenCC s2t)"), Script::Traditional}});
    addFamily<Damage>(out, family, &Layout::damage, {{QStringLiteral("broken lines"), Damage::BrokenLines}});
    return out;
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
