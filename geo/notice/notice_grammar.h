// The notice grammar's patterns in one place: every regular expression the finder and the readers use,
// built once in notice_grammar.cpp. The vocabulary (road suffixes, place suffixes and stop words, act
// words …) comes from the lexicon (notice_lexicon.h, resources/notice_lexicon.tsv); the patterns here
// arrange it. All patterns match the folded text
// (traditional characters folded to simplified, see matching_text.h); what they capture is cut from the text
// as printed.
#pragma once

#include "core/road_record.h"
#include "notice/table_column.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace luming {

// A kind of notice title ("…关于…道路命名的通知", "…的批复", "…拟命(更)名的公示").
struct TitlePattern {
    QRegularExpression regex; // named groups: subject, kind
    QString description;
};

// A field-bearing clause inside an item ("长447米", "宽15-25米", "位于…辖区内").
// Where an item marker may stand.
enum class MarkerPlace { Anywhere, LineStart };
// Which text a marker is matched against: the normalised line, or the line as printed (the normaliser
// drops the space of "1 长泰路", which is the whole marker).
enum class MarkerText { Normalized, Original };

// One way items are numbered: "(一)", "一、", "1.", "(1)", "1 ".
struct ItemMarkerStyle {
    QString name;
    QRegularExpression regex; // anchored at the candidate position; named group num
    MarkerPlace place;
    MarkerText text;
};

// A word that says what a notice, heading, sentence or item does to roads.
struct ActionKeyword {
    QRegularExpression regex;
    RoadAction action;
};

// One way an item states the road's name; tried in the listed order.
struct NamePattern {
    QString rule;             // for findings and tests: "quoted", "dot", "colon", "naming-sentence"
    QRegularExpression regex; // named group name
    bool leading;             // must stand at the start of the item
    // The captured words must end like a road (lexicon name_suffix): forms whose delimiter is common in
    // any sentence ("X,", a line of its own).
    bool roadLike = false;
    // Read only when the item has no leading name that ends like a road: a weaker reading of the road.
    bool withoutLeading = false;
    // Words one of which the text must hold for the pattern to match (none: always tried). A pattern that
    // cannot begin with a fixed word is tried at every position; the check skips most paragraphs at once.
    QStringList cues = {};
    [[nodiscard]] bool mayMatch(QStringView text) const {
        return cues.isEmpty() || std::any_of(cues.cbegin(), cues.cend(),
                                             [text](const QString& cue) { return text.contains(cue); });
    }
};

// A sentence that declares how many roads a notice handles of one kind ("16条道路更名").
struct CountPattern {
    QRegularExpression regex; // named groups n, verb
};

// A table column, recognised by its header cell.
struct ColumnRole {
    Column role;
    QRegularExpression header;
    QRegularExpression word = {}; // the header's words without its cell anchors: for headers glued together
};

// An endpoint adjustment that extends a road from one of its former ends
// ("自原止点A向北延长止B,原起点不变").
struct ExtensionPattern {
    QRegularExpression regex; // named groups which (起/止/终), old, legs, new
};

class NoticeGrammar {
public:
    static const NoticeGrammar& instance();

    // --- Finding notices -------------------------------------------------------------------------
    // Titles of notices that name roads. A title quoted inside 《》 is a mention, not a notice.
    QList<TitlePattern> titles;
    // A headline of its own line without 关于 ("南通市崇川区部分道路拟命名方案公示"): not a title that
    // opens a notice, but its subject places an untitled notice's roads.
    QRegularExpression headline;
    // Words that end an issuer name right before 关于 ("人民政府", "民政局", …).
    QRegularExpression issuerBeforeGuanyu;
    // An issuer signing a notice on a line of its own (before or with the date).
    QRegularExpression signatureIssuer;
    // Document number right after a title: 济政字〔2021〕62号 (any bracket OCR produces).
    QRegularExpression docNumber;
    // A table-of-contents entry: title, "(doc number)", leader, "(page)".
    QRegularExpression tocTail;
    // The gazette's issue line: 2021年第19期(总第353期).
    QRegularExpression gazetteIssue;

    // --- Notice structure ------------------------------------------------------------------------
    // Declared total in the preamble: "确定命名祈福街等59条新建道路".
    QRegularExpression declaredTotal;
    // Declared counts per kind: "6条道路进行命名,16条道路更名", "延长道路三条".
    QList<CountPattern> declaredByAction;
    // Item markers, tried in the listed order at each line start (and anywhere for Anywhere styles).
    QList<ItemMarkerStyle> itemMarkers;
    // Section headings: "一、市中区(9条)", "(一)船营区", "二、更名道路(高新北区)", "新建道路命名(6條)".
    QRegularExpression headingCount;      // "(9条)"
    QRegularExpression headingPlace;      // a leading 区/县/街道/镇 name
    QRegularExpression headingParenPlace; // "(高新北区)"
    QRegularExpression barePlaceLine;     // a line that is only a place: "市南区"
    int headingMaxLength = 40;
    // Text that only an item has: an end, a length or width, a naming verb, pinyin.
    QRegularExpression itemContent;
    // A naming or renaming verb before the name it gives ("命名为", "更名为"): an item holding two
    // states two decisions.
    QRegularExpression decisionVerb;
    // "拟命名名称:X" on a line of an item headed by the working name: the proposed name (named group name).
    QRegularExpression proposedName;
    // A line that closes the notice body: signature with date, "(2021年9月3日印发)", 特此通知.
    QRegularExpression trailerLine;
    QRegularExpression inlineTrailer; // "…。特此通告" on the last item's line
    QRegularExpression date;
    // The preamble names the place of all items: "位于吴中区甪直镇区域内的5条道路", "关于要求太平镇道路命名".
    QRegularExpression preambleLocation;
    // A lead sentence counts the roads of one place: "翔安区6条新建道路正式命名", "对A区B街道、C街道范围内
    // 7条道路进行了命名". Named groups place (the 区/县) and subs (the 街道/镇 after it).
    QRegularExpression leadPlace;

    // --- Items -----------------------------------------------------------------------------------
    QList<NamePattern> names;
    // The former name of a renamed road: "原创业一街", "将X更名为".
    QList<QRegularExpression> oldNames;
    // Pinyin given with the name: "地名汉语拼音拼写形式:XīngtōngJiē", "(Xizha Jie 2 Xiang,".
    QRegularExpression pinyinLine;
    QRegularExpression pinyinInParens;  // anchored right after the name: "(Feng Yi Lu)"
    QRegularExpression pinyinAfterName; // anchored right after the name: " Xǔguān Jiē"
    // An item's measures and place: "全长约850米", "宽24~40米", "位于A区B街道".
    QRegularExpression lengthClause;   // named groups approx, value, unit
    QRegularExpression widthClause;    // named groups approx, min, max, parts
    QRegularExpression locationClause; // named group place
    QRegularExpression subjectPlace;   // "A街道的一条新路(被命名为X)": named group place
    QRegularExpression captionLine;    // "图为…", "…(记者 X 摄)": a photo's caption
    // Location clause parts.
    QRegularExpression cityPrefix;  // a province or city before the place ("济南市", "南通如皋市")
    QRegularExpression district;    // leading 区/县 name
    QRegularExpression subdistrict; // one 街道/镇/乡
    // A generic area noun that ends like a district (小区, 社区, 老城区 …): never a district.
    QRegularExpression genericArea;
    QRegularExpression zoneKind; // a place that ends in a zone's kind (lexicon place_zone)
    // Actions: keyword → action, first row that matches wins (cancel before rename before adjust).
    QList<ActionKeyword> actionKeywords;     // headings, introductions, sentences
    QList<ActionKeyword> itemActionKeywords; // inside one item: stricter phrases
    QList<QRegularExpression> cancelReasons; // "因道路规划调整予以销名", "原因:道路已拆除"
    QList<ExtensionPattern> extensions;
    // "原起点A", "原止点为B": the ends before an adjustment.
    QRegularExpression formerEnd;
    QRegularExpression endChange;    // "起点由原A调整为B"
    QRegularExpression endUnchanged; // "止点不变"
    // The old course told beside the new one, no part of it: a remark ("…北至B,宽24米(原北止于C)") or a
    // sentence ("…调整为:北起A,南至B。原起止点为北起C,南至D。"). Named group course.
    QList<QRegularExpression> formerCourses;

    // --- Endpoints -------------------------------------------------------------------------------
    // Words after which a new clause of ends begins without a delimiter ("调整后起点为C").
    QRegularExpression clauseOpener;
    // A sentence whose subject is the road just told of ("。该路北起A"): lexicon subject after a stop.
    QRegularExpression siblingSubject;
    QRegularExpression courseCue; // a course's start or end word: "东起", "起于", "至", "终点"
    // Endpoint grammar tokens, see endpoint_parser.cpp.
    QRegularExpression endpointToken;
    // A start whose 起 the text dropped: "胶宁高架路:西北莘县路立交桥,东南止…".
    QRegularExpression omittedStart;
    QRegularExpression shapeMarker;   // "L"型, 呈Z字型, 环状
    QRegularExpression plannedSuffix; // "(规划)"
    // Where a reference stops even without a delimiter: "…的道路命名为X", "…的路段".
    QRegularExpression referenceEnd;
    // Words before a referenced name that are not part of it ("拟命名的").
    QRegularExpression referenceLead;
    // An end that names no particular road ("规划道路", "规划路"): two of them are not the same road.
    QRegularExpression genericReference;
    // Trailing words of a waypoint that place it rather than name it ("玉宏小区外围"), or say when the
    // course turns ("经A东门后折向北") or that it goes on ("经A延伸至B").
    QRegularExpression viaLocator;

    // --- Names in prose and tables -----------------------------------------------------------------
    QRegularExpression roadSuffix;      // the name ends like a road: 路, 街, 巷, 胡同, 大道, …
    QRegularExpression nonRoadSuffix;   // bridges and tunnels: not road records
    QRegularExpression genericRoadName; // "此段道路", "城市主干道": words for a road, not its name
    QRegularExpression placeColon;      // "● A区B街道:X路,东起…": the item's place, then a colon
    QRegularExpression placeNotRoad; // "位于A街道", "B街道": a place or its locator, never a road's name
    // "变更前:X(…)" / "变更后:X(…)": the former and the new extent of one road.
    QRegularExpression adjustBefore;
    QRegularExpression adjustAfter;
    // Function words before a name in running text ("分别是金兰巷", "辖区的桃源大道").
    QRegularExpression nameLeadIn;
    // Function words before a place in running text ("均位于荆州区…").
    QRegularExpression placeLeadIn;
    // "荆州区凤凰街道辖区": a place that covers the roads that follow in a paragraph.
    QRegularExpression prosePlace;
    // "市北区延长了…", "崂山区有两条": a district named at the start of a clause.
    QRegularExpression proseDistrict;
    // "甲街道3条。": a sentence counting a place's roads (its place is what follows's).
    QRegularExpression prosePlaceCount;
    // "注销道路六条市北区,平阴路、金乡路…"
    QRegularExpression cancelList;
    // "…其名称予以注销:A区B镇“X”(东起C,西至D);“Y”、Z": a cancel verb and a colon before the roads.
    QRegularExpression cancelColonList;
    QRegularExpression cancelSubjectList; // "A区X里、Y巷因…,取消其道路名称": named group list
    // "…的三条道路依次命名为X、Y、Z": the verb that names several roads in order; the list follows it.
    QRegularExpression groupNaming;
    // "如南起A…的路取名X", "再如A区的X": a clause that gives an example, not a decision.
    QRegularExpression exampleCue;
    // A road mentioned beside the notice's decisions: one of several existing roads ("与A(…)等现有道路"),
    // or one named earlier ("与去年命名的A(…)").
    QRegularExpression mentionedAmong;
    QRegularExpression mentionedCourse; // the bracketed course of such a road: "A(西起B,东至C)等现有道路"
    QRegularExpression namedEarlier;
    QRegularExpression courseRemark; // "(原东起A,西至B)": a course in brackets, its own or its former one
    QRegularExpression rejectedCue; // "…命名为“X”,因…重名,不予同意": a proposal turned down
    // A reference that ends at a meeting of roads ("A、B交汇处"): its 、 joins, it does not list.
    QRegularExpression junctionTail;
    QRegularExpression crossingClause; // "与A相交": a clause naming a road the course crosses
    QRegularExpression sameRoad;
    // A form's name field: "道路名称:" (nameFieldLabel), and with its value, "道路名称:甲一路"
    // (labelledName).
    QRegularExpression nameFieldLabel;
    QRegularExpression labelledName;
    // A sentence that gives the name's reason ("因该路经过A而得名", "寓意…", "命名理由:…",
    // "该路经过A,故名X"): its places are no course. A match with a `cause` that opens a course
    // ("该路北起A,…,故名X") is one.
    QRegularExpression reasonSentence;
    // "灵秀镇港塘村的" right before a road's name in prose: a place prefix that holds for the names after
    // it until another place is given.
    QRegularExpression prosePlacePrefix;
    // "将X位于A区,起止点调整为…" right before a course: X is the road whose extent changes.
    QRegularExpression adjustedObject; // "是X延伸路段", "沿用现有名称": a section that takes a road's name
    QList<ColumnRole> columns;
    QRegularExpression landmarkEnd; // 小学, 花园 … (lexicon landmark), with an inserted reading after it
    QRegularExpression surfaceRun;  // "沥青、水泥": a 路况 cell (lexicon surface)

private:
    NoticeGrammar();
};

} // namespace luming
