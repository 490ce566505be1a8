// ctest-label: unit
// links: luming_text luming_core
// NormalizedText: one row per normalisation rule (issue 2, items 2 and 8; rule letters as in
// text_normalizer.cpp), the map back to the original, and linear time on 50 MB.
#include "test_support.h"
#include "text/cjk_chars.h"
#include "text/normalized_text.h"

#include <QElapsedTimer>
#include <QTest>

using namespace luming;

namespace {

QString seedText(const QString& file) {
    return QString::fromUtf8(test::readAll(test::seedPath(file)));
}

// What the original character behind a normalised one may be (the map's invariant).
bool explains(QChar normalized, QChar original) {
    const char16_t n = normalized.unicode();
    const char16_t o = original.unicode();
    if (n == o || (o >= 0xFF01 && o <= 0xFF5E && n == o - 0xFEE0))
        return true;
    if (n == u'\n') // a line end, or the space between "。 (三十一)" that OCR put for one
        return original.isSpace();
    if (n == u' ')
        return original.isSpace() && o != u'\n' && o != u'\r';
    if (n == u'-')
        return QStringLiteral("一—–―‐‑−﹣").contains(original);
    return false;
}

} // namespace

class TstTextNormalizer : public QObject {
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void mapping_data();
    void mapping();
    void boundaries();
    void everyCharacterMapsBack_data();
    void everyCharacterMapsBack();
    void characterClasses_data();
    void characterClasses();
    void linearTime_data();
    void linearTime();
    void fiftyMegabytes();
};

void TstTextNormalizer::rules_data() {
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("expected");

    // b'. PDF text layers: radical code points stand for ideographs (Noto CJK maps 人民 to ⼈⺠)
    QTest::newRow("b: Kangxi ⼈ and radical ⺠ (PDF text layer) → 人民")
        << QString::fromUtf8("济南市⼈⺠政府") << QString::fromUtf8("济南市人民政府");
    QTest::newRow("b: C-simplified radicals ⻓⻔⻛ → 长门风")
        << QString::fromUtf8("⻓⽶、市政府各部⻔、⻛集路") << QString::fromUtf8("长米、市政府各部门、风集路");
    QTest::newRow("b: component radical ⻏ kept (never a whole character)")
        << QString::fromUtf8("⻏") << QString::fromUtf8("⻏");
    // e'. an item marker a PDF line wrap split keeps its own line
    QTest::newRow("e: marker split by a wrap, 北延线。 (三\n十一)")
        << QString::fromUtf8("北延线。 (三\n十一) 凤彩路。")
        << QString::fromUtf8("北延线。\n(三十一)凤彩路。");
    // a. line ends, spaces, zero-width characters
    QTest::newRow("e: a number wrapped over lines in CJK text, before a unit") << "长166\n7米,宽9米"
                                                                               << "长1667米,宽9米";
    QTest::newRow("e: a number wrapped at its decimal point") << "长222.\n3米;长224\n.5米"
                                                              << "长222.3米;长224.5米";
    QTest::newRow("e: a row's last number and the next row's first stay apart") << "甲路 长100\n2 乙路"
                                                                                << "甲路长100\n2乙路";
    QTest::newRow("e: a number and a numbered code road stay apart") << "长100\n2号路"
                                                                     << "长100\n2号路";
    QTest::newRow("e: a number and a number after a space stay apart") << "长166 7米"
                                                                       << "长166 7米";
    QTest::newRow("e: a space after an inserted reading inside a name") << "中發(fā) 街,興慶區(qū) 勝利街"
                                                                        << "中發(fā)街,興慶區(qū)勝利街";
    QTest::newRow("e: a space after Latin in brackets that is no reading stays") << "国道(G354) 南段"
                                                                                 << "国道(G354) 南段";
    QTest::newRow("e: a line break before a form's field label stays")
        << "道路名称:甲一路\n起点:乙路\n终点:丙路"
        << "道路名称:甲一路\n起点:乙路\n终点:丙路";
    QTest::newRow("e: a wrap before a colon far into the line joins") << "位于甲区\n乙街道辖区内的道路:"
                                                                      << "位于甲区乙街道辖区内的道路:";
    QTest::newRow("a: CRLF → LF after 。") << "第一句。\r\n第二句。"
                                           << "第一句。\n第二句。";
    QTest::newRow("a: lone CR → LF after 。") << "甲。\r乙。\r丙"
                                              << "甲。\n乙。\n丙";
    QTest::newRow("a: NBSP between pinyin words") << "Xizha\u00A0Jie"
                                                  << "Xizha Jie";
    QTest::newRow("a: ideographic space U+3000 inside a name") << "祈福\u3000街"
                                                               << "祈福街";
    QTest::newRow("a: U+2009 U+202F U+205F between Latin") << "a\u2009b\u202Fc\u205Fd"
                                                           << "a b c d";
    QTest::newRow("a: tab counts as a space") << "Xizha\tJie"
                                              << "Xizha Jie";
    QTest::newRow("a: zero-width U+200B U+200D U+2060 U+FEFF dropped in CJK")
        << "祈\u200B福\u200D街\u2060路\uFEFF"
        << "祈福街路";
    QTest::newRow("a: zero-width dropped between Latin letters") << "Xi\u200Bzha\u200CJie"
                                                                 << "XizhaJie";

    // b. full-width ASCII
    QTest::newRow("b: full-width digits") << "长１３１６米"
                                          << "长1316米";
    QTest::newRow("b: full-width （）,：；") << "（一）祈福街，长４４７米；宽：１８米"
                                             << "(一)祈福街,长447米;宽:18米";
    QTest::newRow("b: full-width Latin letters and ％") << "ＧＤＰ５０％"
                                                        << "GDP50%";
    QTest::newRow("b: CJK punctuation without an ASCII twin kept") << "“祈福街”。、〔2021〕「」《》…"
                                                                   << "“祈福街”。、〔2021〕「」《》…";

    // c. dash between two numbers
    QTest::newRow("c: seed#58 宽 35 一45米 (CJK 一 as dash)") << "宽 35 一45米"
                                                              << "宽35-45米";
    QTest::newRow("c: seed#29 宽 15-25米 (ASCII, spaces)") << "宽 15 - 25 米"
                                                           << "宽15-25米";
    QTest::newRow("c: em dash between numbers") << "宽15—25米"
                                                << "宽15-25米";
    QTest::newRow("c: – − ﹣ － ― ‐ ‑ between numbers") << "1–2 3−4 5﹣6 7－8 9―0 1‐2 3‑4"
                                                        << "1-2 3-4 5-6 7-8 9-0 1-2 3-4";
    QTest::newRow("c: 2 一 3 between digits") << "2 一 3"
                                              << "2-3";
    QTest::newRow("c: full-width digits around 一") << "３５一４５"
                                                    << "35-45";
    QTest::newRow("c: 一、 (not between digits) stays") << "一、市中区"
                                                        << "一、市中区";
    QTest::newRow("c: 一 after a digit but before CJK stays") << "长3一条路"
                                                              << "长3一条路";
    QTest::newRow("c: 一 between CJK and a digit stays") << "规划一1号路"
                                                         << "规划一1号路";

    // d. bullets at line starts
    QTest::newRow("d: seed#1 bullet '- (一) 祈福街'") << "- (一) 祈福街。"
                                                      << "(一)祈福街。";
    QTest::newRow("d: seed#2 indented bullet ' - (二)' after 。") << "支路。\n - (二) 迎福街"
                                                                  << "支路。\n(二)迎福街";
    QTest::newRow("d: • · ・ * bullets") << "• 甲。\n· 乙。\n・ 丙。\n* 丁。"
                                         << "甲。\n乙。\n丙。\n丁。";
    QTest::newRow("d: seed#0 quote '> 济南市人民政府 2021年9月3日'")
        << "路。\n\n> 济南市人民政府 2021年9月3日"
        << "路。\n济南市人民政府2021年9月3日";
    QTest::newRow("d: markdown headings # and ###") << "# 通知:\n### 一、总则"
                                                    << "通知:\n一、总则";
    QTest::newRow("d: full-width bullet '－ '") << "甲。\n－ (一)乙"
                                                << "甲。\n(一)乙";
    QTest::newRow("d: '-' inside a line is not a bullet") << "Xizha - Jie"
                                                          << "Xizha - Jie";
    QTest::newRow("d: '-5' without a space is not a bullet") << "-5度"
                                                             << "-5度";
    QTest::newRow("d: seven #s are not a heading") << "####### 甲"
                                                   << "####### 甲";

    // e. OCR whitespace
    QTest::newRow("e: seed#4 规 划克朗山南路 OCR space") << "北起规 划克朗山南路"
                                                         << "北起规划克朗山南路";
    QTest::newRow("e: seed#9 长 1316 米 number between CJK") << "长 1316 米"
                                                             << "长1316米";
    QTest::newRow("e: seed#2 观音祠\\n\\n路 break inside a name") << "东起观音祠\n\n路,西至"
                                                                  << "东起观音祠路,西至";
    QTest::newRow("e: seed#45 南北向 25 米规划路") << "南北向 25 米规划路"
                                                   << "南北向25米规划路";
    QTest::newRow("e: seed#1 '米, 位' after an ASCII comma") << "宽 18 米, 位于市中区"
                                                             << "宽18米,位于市中区";
    QTest::newRow("e: seed#1 '(一) 祈' after a closing paren") << "(一) 祈福街"
                                                               << "(一)祈福街";
    QTest::newRow("e: seed#21 line broken mid-sentence is joined") << "辖区内,东\n\n起凤集路"
                                                                   << "辖区内,东起凤集路";
    // A blank line before a paragraph's link word parts two paragraphs; a single break there still joins.
    QTest::newRow("e: blank line before 另, parts paragraphs") << "途经戊村\n\n另,甲一街跨甲河"
                                                               << "途经戊村\n另,甲一街跨甲河";
    QTest::newRow("e: blank line before 此外: parts paragraphs") << "长620米\n\n此外:甲桥"
                                                                 << "长620米\n此外:甲桥";
    QTest::newRow("e: one break before 另, joins") << "途经戊村\n另,甲一街"
                                                   << "途经戊村另,甲一街";
    QTest::newRow("e: blank line before 另外 inside a word joins") << "东\n\n另外路"
                                                                   << "东另外路";
    QTest::newRow("e: seed#50 break after 宽 before a number") << "宽\n\n40米"
                                                               << "宽40米";
    QTest::newRow("e: pinyin spaces kept, collapsed to one") << "Xizha   Jie 2  Xiang"
                                                             << "Xizha Jie 2 Xiang";
    QTest::newRow("e: space between CJK and Latin kept") << "占 GDP 比重"
                                                         << "占 GDP 比重";
    QTest::newRow("e: space between two numbers kept") << "20 21年"
                                                       << "20 21年";
    QTest::newRow("e: break between Latin lines kept") << "Page 3\n\nNotice"
                                                       << "Page 3\nNotice";
    QTest::newRow("e: seed#0 TOC '(6)' line stays apart from the next title")
        << "(济政字〔2021〕62号)\t\t· (6)\n济南市人民政府"
        << "(济政字〔2021〕62号) · (6)\n济南市人民政府";
    QTest::newRow("e: Ext-B ideographs (surrogate pairs) are CJK") << "𠀀 𠀁\n路"
                                                                   << "𠀀𠀁路";
    QTest::newRow("e: leading and trailing whitespace dropped") << "\n\n  祈福街 \n"
                                                                << "祈福街";
    QTest::newRow("e: seed#0 ASCII quotes next to CJK") << "落实 \"门前五包\" 工作"
                                                        << "落实\"门前五包\"工作";

    // e. line breaks that stay
    QTest::newRow("e keep: seed#0 一、市中区(9条)\\n\\n- (一) break before an item marker")
        << "一、市中区(9条)\n\n- (一) 祈福街"
        << "一、市中区(9条)\n(一)祈福街";
    QTest::newRow("e keep: sentence ending in 。 keeps its break") << "组织实施。\n\n济南市人民政府"
                                                                   << "组织实施。\n济南市人民政府";
    QTest::newRow("e keep: seed#0 '(单位):' keeps its break") << "各部门(单位):\n\n为适应"
                                                              << "各部门(单位):\n为适应";
    QTest::newRow("e keep: full-width ；！？ end lines") << "甲；\n乙！\n丙？\n丁"
                                                         << "甲;\n乙!\n丙?\n丁";
    QTest::newRow("e keep: markers 1. 2、 (3) 第十条 一、")
        << "如下\n1. 总则\n2、目标\n(3)措施\n第十条 附则\n二、其他"
        << "如下\n1. 总则\n2、目标\n(3)措施\n第十条附则\n二、其他";
    QTest::newRow("e keep: seed#30 '北延线。 (三十一)' two items on one line") << "北延线。 (三十一) 凤彩路"
                                                                               << "北延线。\n(三十一)凤彩路";
    QTest::newRow("e join: a date line is not a marker") << "济南市人民政府\n2021年9月3日"
                                                         << "济南市人民政府2021年9月3日";
    QTest::newRow("e join: '1.5米' is not a marker") << "长\n1.5米"
                                                     << "长1.5米";
    QTest::newRow("e join: a closing ')' is not a sentence end") << "命名的通知\n(济政字〔2021〕62号)"
                                                                 << "命名的通知(济政字〔2021〕62号)";
    QTest::newRow("e join: 第19期 is not a 第X条 marker") << "公报\n第19期"
                                                          << "公报第19期";
    // e'. A gap of two or more spaces (or a tab) between two words of ideographs is a column: one space
    // stays.
    QTest::newRow("e' keep: two spaces between a name and its description") << "丁一路  自甲路至乙路"
                                                                            << "丁一路 自甲路至乙路";
    QTest::newRow("e' keep: ideographic spaces and a tab") << "丁一路\u3000\u3000自甲路\t至乙路"
                                                           << "丁一路 自甲路 至乙路";
    QTest::newRow("e' join: one OCR space") << "丁一 路"
                                            << "丁一路";
    QTest::newRow("e' join: a spaced-out heading") << "邯  郸  市"
                                                   << "邯郸市";
    QTest::newRow("e' join: punctuation beside the gap") << "长80米，  宽8米"
                                                         << "长80米,宽8米";
    // f. A page's furniture amid the text a PDF left: the page number on its own line, and the running
    // header (the document's first line) at the top of the next page.
    QTest::newRow("f: '— 2 —' inside a name") << "南至甲二\n\n    — 2 —\n\n路,长"
                                              << "南至甲二路,长";
    QTest::newRow("f: '- 2 -' (a dash bullet) inside a name") << "南至甲二\n- 2 -\n路"
                                                              << "南至甲二路";
    QTest::newRow("f: '第 2 页 共 3 页'") << "南至甲二\n第 2 页 共 3 页\n路"
                                          << "南至甲二路";
    QTest::newRow("f: '·2·' at the end of the text") << "南至甲二路。\n·2·"
                                                     << "南至甲二路。";
    QTest::newRow("f: the running header after the page number")
        << "甲 市 人 民 政 府 文 件\n正文南至甲二\n- 2 -\n甲市人民政府文件\n路"
        << "甲市人民政府文件正文南至甲二路";
    QTest::newRow("f keep: a bare number line is a table cell") << "长度\n2\n路"
                                                                << "长度2路";
    QTest::newRow("f keep: a line other than the header after the page number")
        << "甲市人民政府文件\n南至甲二\n- 2 -\n乙路"
        << "甲市人民政府文件南至甲二乙路";
    QTest::newRow("f keep: '—2—' with text after it on its line") << "甲\n—2—路"
                                                                  << "甲\n—2—路";
}

void TstTextNormalizer::rules() {
    QFETCH(QString, original);
    QFETCH(QString, expected);

    const NormalizedText normalized = NormalizedText::fromOriginal(original);
    QCOMPARE(normalized.text(), expected);
    QCOMPARE(normalized.original(), original);
}

void TstTextNormalizer::mapping_data() {
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("after");  // the needle is searched after this normalised text
    QTest::addColumn<QString>("needle"); // normalised text to locate
    QTest::addColumn<QString>("slice");  // the original it came from
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>("lastLine");

    const QString seed = seedText(QStringLiteral("000_1ade5e92c4242b0a.txt"));
    QTest::newRow("seed#1 (一)祈福街 is '(一) 祈福街' on line 134") << seed << "一、市中区"
                                                                    << "(一)祈福街"
                                                                    << "(一) 祈福街" << 134 << 134;
    QTest::newRow("seed#2 观音祠路 spans the blank line 135–137") << seed << "(二)迎福街"
                                                                  << "观音祠路"
                                                                  << "观音祠\n\n路" << 135 << 137;
    QTest::newRow("seed#9 长1316米 is '长 1316 米' on line 145") << seed << "(九)明成街"
                                                                 << "长1316米"
                                                                 << "长 1316 米" << 145 << 145;
    QTest::newRow("seed#58 35-45 is '35 一45' on line 239") << seed << "(五十八)荷风路"
                                                            << "35-45"
                                                            << "35 一45" << 239 << 239;
    QTest::newRow("CRLF: third line") << "甲。\r\n乙。\r\n丙。"
                                      << ""
                                      << "丙"
                                      << "丙" << 3 << 3;
    QTest::newRow("CR only: third line") << "甲。\r乙。\r丙。"
                                         << ""
                                         << "丙"
                                         << "丙" << 3 << 3;
    QTest::newRow("full-width (一) maps to the full-width original") << "前言。\n（一）祈福街"
                                                                     << ""
                                                                     << "(一)"
                                                                     << "（一）" << 2 << 2;
    QTest::newRow("zero-width character inside the slice") << "祈\u200B福街"
                                                           << ""
                                                           << "祈福街"
                                                           << "祈\u200B福街" << 1 << 1;
    QTest::newRow("dropped bullet: slice starts at '('") << "甲。\n - (一) 乙"
                                                         << ""
                                                         << "(一)乙"
                                                         << "(一) 乙" << 2 << 2;
    QTest::newRow("kept break stands for the whole run") << "甲。\n\n\n乙"
                                                         << ""
                                                         << "\n"
                                                         << "\n\n\n"
                                                         << 1 << 3;
    QTest::newRow("leading whitespace: first character") << "\n\n  祈福街"
                                                         << ""
                                                         << "祈"
                                                         << "祈" << 3 << 3;
}

void TstTextNormalizer::mapping() {
    QFETCH(QString, original);
    QFETCH(QString, after);
    QFETCH(QString, needle);
    QFETCH(QString, slice);
    QFETCH(int, firstLine);
    QFETCH(int, lastLine);

    QVERIFY(!original.isEmpty());
    const NormalizedText normalized = NormalizedText::fromOriginal(original);
    const qsizetype from = normalized.text().indexOf(after);
    QVERIFY2(from >= 0, qPrintable(after));
    const qsizetype at = normalized.text().indexOf(needle, from + after.size());
    QVERIFY2(at >= 0, qPrintable(needle));
    const qsizetype end = at + needle.size();

    QCOMPARE(normalized.originalSlice(at, end), slice);
    QCOMPARE(normalized.original().mid(normalized.toOriginal(at), slice.size()), slice);
    QCOMPARE(normalized.lineAt(normalized.toOriginal(at)), firstLine);
    QCOMPARE(normalized.lineAt(normalized.toOriginal(end) - 1), lastLine);
}

void TstTextNormalizer::boundaries() {
    const NormalizedText empty = NormalizedText::fromOriginal(QString());
    QCOMPARE(empty.text(), QString());
    QCOMPARE(empty.toOriginal(0), 0);
    QCOMPARE(empty.lineAt(0), 1);
    QCOMPARE(empty.originalSlice(0, 0), QString());

    const QString original = QStringLiteral("  甲。\n\n乙 \n");
    const NormalizedText t = NormalizedText::fromOriginal(original);
    QCOMPARE(t.text(), QStringLiteral("甲。\n乙"));
    QCOMPARE(t.toOriginal(0), 2);                             // after the dropped leading spaces
    QCOMPARE(t.toOriginal(t.text().size()), original.size()); // end maps to end
    QCOMPARE(t.toOriginal(-5), 0);
    QCOMPARE(t.toOriginal(t.text().size() + 5), original.size());
    QCOMPARE(t.originalSlice(0, t.text().size()), original.mid(2));
    QCOMPARE(t.originalSlice(3, 2), QString()); // reversed range is empty
    QCOMPARE(t.lineAt(0), 1);
    QCOMPARE(t.lineAt(original.size()), 4); // after the final newline
    QCOMPARE(t.lineAt(original.size() + 10), 4);
}

void TstTextNormalizer::everyCharacterMapsBack_data() {
    QTest::addColumn<QString>("file");
    for (const char* file :
         {"000_1ade5e92c4242b0a.txt", "001_ac46b9b5a2bdc03d.txt", "002_2063dfe385f06b2c.txt",
          "003_0fbe94d9b63093d3.txt", "004_5a040a9d6396171d.txt"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TstTextNormalizer::everyCharacterMapsBack() {
    QFETCH(QString, file);
    QString original = seedText(file);
    QVERIFY(!original.isEmpty());
    // Some CRLFs and full-width forms, so those paths of the map are walked too.
    original.replace(QStringLiteral("。\n"), QStringLiteral("。\r\n"));
    original.replace(u',', QChar(0xFF0C));
    const NormalizedText t = NormalizedText::fromOriginal(original);

    qsizetype previous = -1;
    for (qsizetype i = 0; i < t.text().size(); ++i) {
        const qsizetype o = t.toOriginal(i);
        QVERIFY2(o > previous, qPrintable(QStringLiteral("map not increasing at %1").arg(i)));
        QVERIFY2(explains(t.text().at(i), original.at(o)),
                 qPrintable(QStringLiteral("normalised %1 '%2' maps to original %3 '%4' (line %5)")
                                .arg(i)
                                .arg(t.text().at(i))
                                .arg(o)
                                .arg(original.at(o))
                                .arg(t.lineAt(o))));
        previous = o;
    }
    QCOMPARE(t.toOriginal(t.text().size()), original.size());
}

void TstTextNormalizer::characterClasses_data() {
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("ideograph");
    QTest::addColumn<bool>("punct");
    QTest::addColumn<bool>("fullWidth");
    QTest::addColumn<bool>("numeral");

    QTest::newRow("路 U+8DEF") << uint(0x8DEF) << true << false << false << false;
    QTest::newRow("一 U+4E00") << uint(0x4E00) << true << false << false << true;
    QTest::newRow("两 U+4E24") << uint(0x4E24) << true << false << false << true;
    QTest::newRow("〇 U+3007 (ideograph, in the punctuation block)")
        << uint(0x3007) << true << true << false << true;
    QTest::newRow("㐀 U+3400 Ext A") << uint(0x3400) << true << false << false << false;
    QTest::newRow("𠀀 U+20000 Ext B") << uint(0x20000) << true << false << false << false;
    QTest::newRow("葉 U+F96E compatibility") << uint(0xF96E) << true << false << false << false;
    QTest::newRow("。 U+3002") << uint(0x3002) << false << true << false << false;
    QTest::newRow("〔 U+3014") << uint(0x3014) << false << true << false << false;
    QTest::newRow("（ U+FF08") << uint(0xFF08) << false << false << true << false;
    QTest::newRow("A") << uint('A') << false << false << false << false;
    QTest::newRow("“ U+201C") << uint(0x201C) << false << false << false << false;
}

void TstTextNormalizer::characterClasses() {
    QFETCH(uint, codePoint);
    QFETCH(bool, ideograph);
    QFETCH(bool, punct);
    QFETCH(bool, fullWidth);
    QFETCH(bool, numeral);

    const char32_t c = char32_t(codePoint);
    QCOMPARE(isCjkIdeograph(c), ideograph);
    QCOMPARE(isCjkPunct(c), punct);
    QCOMPARE(isFullWidthForm(c), fullWidth);
    QCOMPARE(isChineseNumeral(c), numeral);
    QCOMPARE(isCjkText(c), ideograph || punct || fullWidth);

    const QString s = QString::fromUcs4(&c, 1);
    QCOMPARE(uint(codePointAt(s, 0)), codePoint);
    QCOMPARE(uint(codePointBefore(s, s.size())), codePoint);
}

void TstTextNormalizer::linearTime_data() {
    QTest::addColumn<QString>("original");
    constexpr qsizetype n = 2'000'000;
    QTest::newRow("a digit then 2M spaces (dash lookahead)")
        << QStringLiteral("1") + QString(n, u' ') + QStringLiteral("x");
    QTest::newRow("2M opening parens (marker and punctuation lookahead)")
        << QString(n, u'(') + QStringLiteral("路");
    QTest::newRow("1M digit-一 pairs") << QStringLiteral("1一").repeated(n / 2);
    QTest::newRow("1M lines '- (' (bullets and markers)") << QStringLiteral("\n- (").repeated(n / 4);
    QTest::newRow("1M lines '— 1' then spaces (page number lookahead)")
        << QStringLiteral("\n— 1        ").repeated(n / 12);
    QTest::newRow("a page number then 2M spaces (running header lookahead)")
        << QStringLiteral("甲\n— 1 —\n") + QString(n, u' ') + QStringLiteral("乙");
    QTest::newRow("2M blank lines between CJK")
        << QStringLiteral("路") + QString(n, u'\n') + QStringLiteral("路");
}

void TstTextNormalizer::linearTime() {
    QFETCH(QString, original);
    QElapsedTimer timer;
    timer.start();
    const NormalizedText t = NormalizedText::fromOriginal(original);
    const qint64 ms = timer.elapsed();
    QVERIFY(t.text().size() <= original.size());
    // A quadratic pass over 2M characters would take minutes; a linear one takes tens of ms.
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
}

void TstTextNormalizer::fiftyMegabytes() {
    const QString seed = seedText(QStringLiteral("000_1ade5e92c4242b0a.txt"));
    const int copies = int(50LL * 1024 * 1024 / seed.toUtf8().size()) + 1;
    const QString big = seed.repeated(copies);
    const NormalizedText one = NormalizedText::fromOriginal(seed);

    QElapsedTimer timer;
    timer.start();
    const NormalizedText t = NormalizedText::fromOriginal(big);
    const qint64 ms = timer.elapsed();
    qInfo("normalised %d copies of the seed (%lld MB as UTF-8, %lld characters) in %lld ms", copies,
          qint64(seed.toUtf8().size()) * copies / (1024 * 1024), qint64(big.size()), ms);
    QVERIFY2(ms < 10000, qPrintable(QStringLiteral("took %1 ms").arg(ms))); // generous: ~0.5 s here
    QVERIFY(t.text().endsWith(one.text().right(1000)));
    const qsizetype last = t.text().lastIndexOf(QStringLiteral("(五十九)港源十路"));
    QVERIFY(last > 0);
    QCOMPARE(t.lineAt(t.toOriginal(last)),
             one.lineAt(one.toOriginal(one.text().lastIndexOf(QStringLiteral("(五十九)港源十路")))) +
                 (copies - 1) * int(seed.count(u'\n')));
}

QTEST_GUILESS_MAIN(TstTextNormalizer)
#include "tst_text_normalizer.moc"
