// One layout of a rendered notice: a choice along each dimension the variant generator varies (issue 8
// point 5). The defaults are the baseline layout; a template family changes one dimension of it.
#pragma once

#include <QString>

namespace luming::eval {

enum class Marker {
    None,
    ArabicDot,
    ArabicParen,
    ChineseComma,
    ChineseParen,
    Diamond,
    Dot,
    Square,
    Katakana,
    PlanningCode
};
enum class NameDelimiter { Period, Colon, Comma, Dash, HeaderLine, PinyinLine, NameLast, NameLastGuming };
enum class EndsStyle { DirQiZhi, DirQiYuZhiYu, QiYuZhiYu, ZiAZhiB, YouAZhiB, ADuanB };
enum class PlaceStyle { Item, Heading, Prefix, Title, Intro, Lead };
enum class Arrangement { List, Prose, PipeTable, TabTable, SpaceTable, FlatTable };
enum class Wrapper { None, News, Explanation };
enum class ClauseOrder { PlaceCourseMeasure, CoursePlaceMeasure, MeasureFirst, EndBeforeStart };
enum class Script { Simplified, Traditional };
enum class Damage { None, SpacesInNames, BrokenLines };

struct Layout {
    Marker marker = Marker::ChineseComma;
    NameDelimiter delimiter = NameDelimiter::Period;
    QString verb = QStringLiteral("命名为"); // the naming verb of name-last items and prose
    EndsStyle ends = EndsStyle::DirQiZhi;
    PlaceStyle place = PlaceStyle::Item;
    Arrangement arrangement = Arrangement::List;
    Wrapper wrapper = Wrapper::None;
    ClauseOrder order = ClauseOrder::PlaceCourseMeasure;
    Script script = Script::Simplified;
    Damage damage = Damage::None;
};

// A named layout within a template family ("markers" / "bullet ◆").
struct Variant {
    QString family;
    QString name;
    Layout layout;
};

} // namespace luming::eval
