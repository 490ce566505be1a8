// The reader's vocabulary as data (issue 8, tag stage): resources/notice_lexicon.tsv, compiled into the
// binary as a Qt resource. One row per pattern: category, pattern (a regular expression over folded text,
// with the macros below), weight, comment. Every row is checked when the lexicon loads; a malformed row is
// an error naming its line, never an assertion that Release builds drop.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace luming {

enum class LexCategory {
    NameSuffix,    // a road name ends so: 路, 街, 胡同, 大道东, 段, 条 …
    NonRoad,       // bridges and tunnels: not road records
    GenericRoad,   // a word for a road, not its name (此段道路)
    PlaceDistrict, // 区/县 suffixes
    PlaceSub,      // 街道/镇/乡 suffixes
    PlaceStop,     // generic area nouns that end like a district (小区, 社区, 城区 …)
    PlaceZone, // a zone's kind (高新区, 经济开发区 …): its name keeps its city (济南高新区)
    Direction, // 东南 … 北
    Start,     // 起于, 自, 由 …
    End,       // 止于, 至, 到 …
    Turn,      // 折向 …
    Via,       // 途经, 跨, 接 …
    Measure,   // 长, 宽, 米, 约 …
    ActName,   // 命名, 定名, 取名, 故名 …
    ActRename, // 更名 …
    ActAdjust, // 延长, 调整起止点 …
    ActCancel, // 注销, 路名消失 …
    ActKeep,   // 保留原名
    Subject,   // 该路, 此路
    Before,    // 原…, 变更前
    After,     // 现…, 变更后, 延伸后
    Negative,  // 交通管制, 施工, 公交线路, 征集, placeholders
    ActGroup,  // 依次命名为, 分别命名为: one act naming several roads in the order listed
    Example,   // 如, 例如, 再如: a mention that illustrates, not a decision
    Rejected,  // 不予同意: a proposal turned down, not a decision
    Junction,  // 交汇处, 交叉口, 路口: where named roads meet ("至A、B交汇处" is one end)
    Crossing,  // 相交, 交叉: "与A相交" between the ends, a road the course crosses (a waypoint)
    Landmark,  // 小学, 花园, 村 …: a place that is no road ends so
    Surface,   // 水泥, 沥青 …: a 路况/路面 column's content
};

struct LexiconRow {
    LexCategory category = LexCategory::NameSuffix;
    QString pattern; // as written in the file
    QRegularExpression regex;
    double weight = 1;
    QString comment;
    int line = 0; // 1-based line in the file
};

// The result of reading a lexicon text: the rows, or the first error ("notice_lexicon.tsv:12: …").
struct LexiconLoad {
    QList<LexiconRow> rows;
    QString error;
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Expands the pattern macros ({HAN} one ideograph or an inserted reading's filler, {PY} such a reading
// alone, {DIR} a compass word, {NUM} a decimal, {CN} a Chinese numeral, {LAT} a pinyin letter).
// Shared with the grammar's own patterns.
[[nodiscard]] QString expandPatternMacros(QString pattern);

class NoticeLexicon {
public:
    // The built-in lexicon (the resource). A malformed built-in row stops the program with its line:
    // tst_notice_lexicon loads it, so a bad row never ships.
    static const NoticeLexicon& instance();

    // Parses a lexicon text; `source` names it in errors.
    [[nodiscard]] static LexiconLoad parse(QStringView tsv, const QString& source);
    [[nodiscard]] static QString categoryName(LexCategory category); // "name_suffix"

    explicit NoticeLexicon(QList<LexiconRow> rows);

    [[nodiscard]] const QList<LexiconRow>& rows() const { return rows_; }
    [[nodiscard]] QList<const LexiconRow*> rowsOf(LexCategory category) const;
    // "(?:p1|p2|…)" over the rows of one category (optionally only those of at least `minWeight`), in file
    // order, for the grammar to build its patterns from.
    [[nodiscard]] QString alternation(LexCategory category, double minWeight = 0) const;
    // The first row of `category` with a match in `folded` (a cue the grammar matched), or null: the row
    // a field's evidence names.
    [[nodiscard]] const LexiconRow* rowMatching(LexCategory category, QStringView folded) const;
    // The rows of `category` with a match in `folded`, weights summed.
    [[nodiscard]] double weightIn(LexCategory category, QStringView folded) const;

private:
    QList<LexiconRow> rows_;
};

} // namespace luming
