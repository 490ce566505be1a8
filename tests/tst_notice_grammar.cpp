// The notice grammar rule by rule: one small text per row, written here, for each layout and rule of
// issue 5 (numbered gazette items, 公示/批复 sentences, colon items, quoted names, tables, prose lists,
// traditional characters, pinyin, turns and shapes, compound values, planned and odd ends, renames,
// adjustments, cancellations, headings and counts, untitled texts, bridges, incomplete items).
// Expectations are written as "field=value|…": lists as [a,b], an empty value for null; `records=N`,
// `finding=code`, `no_finding=code`, `status=nonotice`, `title=`, `issuer=`, `date=` check the notice.
// ctest-label: unit
// links: luming_notice luming_text luming_core luming_chinese
#include "notice/notice_parser.h"
#include "record_support.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace luming;

namespace {

// A record field in the spec's notation.
QString field(const RoadRecord& r, const QString& key) {
    return test::fieldText(r, key);
}

bool hasFinding(const ParseOutcome& out, const QString& code) {
    for (const auto& n : out.result.notices)
        for (const auto& f : n.findings)
            if (findingCodeText(f) == code)
                return true;
    return false;
}

} // namespace

class TestNoticeGrammar : public QObject {
    Q_OBJECT
private slots:
    void rule_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("record"); // name of the record the spec is about ("" for the first)
        QTest::addColumn<QString>("spec");

        const QString gazetteTitle =
            QStringLiteral("济宁市人民政府关于甲路等道路命名的通知\n济政字〔2024〕1号\n");

        // --- Validation: one-character name variants ---
        QTest::newRow("variant: look-alike 风/凤, nine items end on the twin → name_variant")
            << gazetteTitle +
                   QStringLiteral(
                       "(一)风集路。长3473.9米、宽35米,位于历城区港沟街道辖区内,北起经十路,南至旅游路。\n"
                       "(二)永乐街。长376米、宽30米,位于历城区港沟街道辖区内,东起凤集路,西至支一路。\n"
                       "(三)平乐街。长335米、宽15米,位于历城区港沟街道辖区内,东起凤集路,西至支一路。\n")
            << "风集路"
            << "finding=name_variant|no_finding=possible_name_variant";
        QTest::newRow("variant: series 龙旭路 beside 龙景路 (sample 01) is no misprint")
            << gazetteTitle +
                   QStringLiteral(
                       "(一)龙旭路。长116米、宽12米,位于市中区七贤街道辖区内,北起青龙山街,南至青龙山南街。\n"
                       "(二)绿子山路。长1667米、宽9米,位于历下区龙洞街道辖区内,北起龙耀路,南至龙景路。\n"
                       "(三)龙苑街。长210米、宽15米,位于历下区龙洞街道辖区内,东起绿子山路,西至龙景路。\n")
            << "龙旭路"
            << "no_finding=name_variant|no_finding=possible_name_variant";

        // --- Layouts ---
        QTest::newRow("gazette item (一) X。长…宽…位于…东起…西至…")
            << gazetteTitle +
                   QStringLiteral("一、市中区(1条)\n(一)祈福街。长447米、宽18米,位于市中区陡沟街道辖区内,"
                                  "东起观音祠路,西至规划十号支路。\n济宁市人民政府 2024年1月2日\n")
            << "祈福街"
            << "action=name|district=市中区|subdistricts=[陡沟街道]|length_m=447|width_min_m=18|width_max_m="
               "18|"
               "start_dir=东|start=观音祠路|end_dir=西|end=规划十号支路|planned_refs=[规划十号支路]|shape="
               "straight|"
               "records=1|date=2024-01-02|title=济宁市人民政府关于甲路等道路命名的通知|issuer=济宁市人民政府";
        QTest::newRow("公示 1.拟将位于…辖区内,北起A,南至B,长N米、宽N米的道路命名为X")
            << QStringLiteral(
                   "拟将以下道路予以命名,现公示如下:\n1.拟将位于历下区龙洞街道辖区内,北起龙耀路,南至龙景路,"
                   "长210米、宽15米的道路命名为龙苑街。\n")
            << "龙苑街"
            << "district=历下区|subdistricts=[龙洞街道]|start_dir=北|start=龙耀路|end_dir=南|end=龙景路|"
               "length_m=210|width_min_m=15|title=|issuer=|date=";
        QTest::newRow("批复 一、同意将…命名为X: no lengths are null, trailing locator is no end")
            << QStringLiteral(
                   "某市人民政府关于同意港源路等道路命名的批复\n市民政局:\n一、同意将位于济南出口加工区内,"
                   "东起港西路西至刘公河,港源一路南侧的道路命名为港源二路。\n")
            << "港源二路"
            << "district=济南出口加工区|length_m=|width_min_m=|start=港西路|end=刘公河|end_dir=西|"
               "shape=straight|finding=no_lengths";
        QTest::newRow("colon item X:为南北走向,南起A,北至B,道路总长约N米,宽约N米。命名为“X”。")
            << QStringLiteral(
                   "现将道路命名通告如下:\n(一)丰满区\n1.永安街:为南北走向,南起公墓管理中心,北至滨江东路,"
                   "道路总长约1100米,宽约7米。命名为“永安街”。\n")
            << "永安街"
            << "district=丰满区|length_m=1100|length_approx=true|width_min_m=7|start_dir=南|"
               "start=公墓管理中心|end_dir=北|end=滨江东路|shape=straight";
        QTest::newRow("colon item 起点A,终点B with no compass words and an L shape")
            << QStringLiteral(
                   "道路命名如下:\n1.共建胡同:该道路成“L”形,起点迎宾大路,终点长吉末站,道路总长约270米,"
                   "宽约6米。命名为“共建胡同”。\n")
            << "共建胡同"
            << "start_dir=|start=迎宾大路|end_dir=|end=长吉末站|shape=L|length_m=270";
        QTest::newRow("起点为A、止点为B: no directions, shape unknown")
            << QStringLiteral(
                   "同意将位于吴中区甪直镇区域内的1条道路予以命名。\n一、将位于星润街东,起点为东方大道、"
                   "止点为甪直大道的道路命名为“星通街”。\n")
            << "星通街"
            << "district=吴中区|subdistricts=[甪直镇]|start=东方大道|end=甪直大道|start_dir=|end_dir=|shape=";
        QTest::newRow("quoted name, record in parentheses with pinyin and diagonals")
            << QStringLiteral("同意你辖区内道路命名如下:\n二、“西闸街三巷”(Xizha Jie 3 Xiang,东南起西闸街,"
                              "西北至太府一巷,长约90米,宽6.5米);\n")
            << "西闸街三巷"
            << "pinyin=Xizha Jie 3 Xiang|start_dir=东南|start=西闸街|end_dir=西北|end=太府一巷|"
               "length_m=90|length_approx=true|width_min_m=6.5|shape=straight";
        QTest::newRow("name in 「」 with a colon")
            << QStringLiteral("道路命名如下:\n一、「松风街」:东起青年路,西至和平路,长300米,宽12米。\n")
            << "松风街"
            << "start=青年路|end=和平路|length_m=300";
        QTest::newRow("naming sentence with 「」")
            << QStringLiteral("一、同意将位于历城区港沟街道,东起凤鸣路,西至港田路的道路命名为「熙和街」。\n")
            << "熙和街"
            << "district=历城区|subdistricts=[港沟街道]|start=凤鸣路|end=港田路";
        QTest::newRow("table with pipes: cells carry their own direction words, 路经 column is via")
            << QStringLiteral(
                   "关于部分道路拟命名的公示\n序号 | 拟名称 | 起点 | 路经节点 | 终点 | 道路走向 |\n"
                   "1 | 桂庄路 | 南起中兴东路 | 紫枫雅苑 | 北至前进路 | 南北向 |\n南京市某区地名办\n"
                   "2023年2月13日\n")
            << "桂庄路"
            << "start_dir=南|start=中兴东路|end_dir=北|end=前进路|via=[紫枫雅苑]|shape=straight|"
               "issuer=南京市某区地名办|date=2023-02-13";
        QTest::newRow("table with aligned columns: ends in one cell, bare numbers in metre columns")
            << QStringLiteral("道路命名表\n序号   道路名称   起止点               长度(米)   宽度(米)\n"
                              "1      锦绣路     东起长江路,西至黄河路   850        24\n"
                              "2      锦华路     南起锦绣路,北至淮河路   420        16\n")
            << "锦华路"
            << "start_dir=南|start=锦绣路|end=淮河路|length_m=420|width_min_m=16|records=2";
        QTest::newRow("table with tabs and a kilometre length column")
            << QStringLiteral(
                   "道路命名表\n序号\t名称\t起点\t终点\t长度(公里)\n1\t滨河大道\t东环路\t西环路\t3.5\n")
            << "滨河大道"
            << "start=东环路|end=西环路|length_m=3500|start_dir=";
        QTest::newRow("table with single spaces, cell for cell")
            << QStringLiteral("道路命名一览\n序号 名称 起点 终点 长度 宽度\n1 和平路 解放路 建设路 1200 30\n")
            << "和平路"
            << "start=解放路|end=建设路|length_m=1200|width_min_m=30";
        QTest::newRow("prose inline list X(南起A,北至B)、Y(…) with a missing separator")
            << QStringLiteral(
                   "本报讯 市地名办对4条道路进行命名。另外3条为沙市区朝阳路街道辖区的巷道,分别是金兰巷"
                   "(南起长港路,北至金色世家小区西门)、长乐巷(东起金色世家小区西门,西至红星路)和顺巷"
                   "(东起周梁玉桥路,西至红星路)。\n")
            << "和顺巷"
            << "district=沙市区|subdistricts=[朝阳路街道]|start_dir=东|start=周梁玉桥路|end=红星路|records=3|"
               "finding=count_mismatch";
        QTest::newRow("prose colon record with its 起 dropped")
            << QStringLiteral(
                   "市政府对道路予以命名。另外,胶宁高架路:西北莘县路立交桥,东南止宁夏路与大尧三路交汇处。\n")
            << "胶宁高架路"
            << "start_dir=西北|start=莘县路立交桥|end_dir=东南|end=宁夏路与大尧三路交汇处|district=";
        QTest::newRow("prose name right before 西起")
            << QStringLiteral("道路予以命名。跨海大桥高架路西起大桥收费站,东止海尔路立交桥。\n")
            << "跨海大桥高架路"
            << "start_dir=西|start=大桥收费站|end=海尔路立交桥|records=1";
        QTest::newRow("prose: place before a road ('…辖区的桃源大道,西起…'), loop with 沿 and 32至50米")
            << QStringLiteral(
                   "9条新命名道路中,有1条主干道,是荆州区凤凰街道辖区的桃源大道,西起高阳大道,向北延伸后,"
                   "沿长湖呈环状向东至高阳大道,道路全长7160米,宽32至50米。\n")
            << "桃源大道"
            << "district=荆州区|subdistricts=[凤凰街道]|start=高阳大道|end=高阳大道|via=[长湖]|shape=loop|"
               "end_dir=东|length_m=7160|width_min_m=32|width_max_m=50|no_finding=impossible_value";

        QTest::newRow(
            "dash items X——东起A,西止B, a bridge section, two lines OCR merged, closing words inline")
            << QStringLiteral(
                   "某某区人民政府关于部分道路和桥梁命名的通告\n现予以通告如下。 一、道路名称 "
                   "1.创业路——东起甲路十字"
                   "路口,西止乙路(规划)丁字路口。 2.兴业路北段——南起于丙街,北止于创业路。 二、桥梁名称 1.彩虹"
                   "大桥——东起甲路,西至乙路。 特此通告\n某某区人民政府 2018年5月9日\n")
            << "兴业路北段"
            << "start_dir=南|start=丙街|end=创业路|records=2|finding=not_a_road|date=2018-05-09";
        QTest::newRow("dash item: (规划) inside the end, planned road before the marker")
            << QStringLiteral("道路命名通告如下:\n1.创业路——东起甲路十字路口,西止乙路(规划)丁字路口。\n")
            << "创业路"
            << "end=乙路丁字路口|planned_refs=[乙路]";
        QTest::newRow("prose rename sentences: 原X路段,起A,至B,路宽N米,长N米的道路更名为“Y”,汉语拼音为“…”")
            << QStringLiteral("经区人民政府同意,现批复如下: "
                              "原江南路(一路-二路)路段,起一路,至二路,路宽16米,长1520米的道路"
                              "更名为“外江东路”,汉语拼音为“Wàijiāngdōng Lù”,更名缘由为方便群众。\n")
            << "外江东路"
            << "action=rename|old_name=江南路|start=一路|end=二路|width_min_m=16|length_m=1520|"
               "pinyin=Wàijiāngdōng Lù|shape=";
        QTest::newRow("unnumbered lines X(Pinyin):位于…,南至A,北至B under place headings (traditional)")
            << QStringLiteral("市政府關於同意某某街道部分地名命名的批復\n現批復如下:\n一、新莊街道\n臨河路("
                              "Línhé Lù):位於大學西側,"
                              "南北走向,南至規劃道路,北至濱湖路,長1200米,寬22米。\n")
            << "臨河路"
            << "pinyin=Línhé Lù|subdistricts=[新莊街道]|start_dir=南|start=規劃道路|end_dir=北|end=濱湖路|"
               "length_m=1200|width_min_m=22|shape=straight";
        QTest::newRow("two unnamed planned roads at both ends are not one road")
            << QStringLiteral("道路命名如下:\n1.临河路:南至规划道路,北至规划道路,长1200米,宽22米。\n")
            << "临河路"
            << "start=规划道路|end=规划道路|no_finding=impossible_value";
        QTest::newRow("naming sentence first, then 宽度:N米,长度:约N米")
            << QStringLiteral(
                   "道路命名批复如下:\n一、K5地段西侧20米路命名为“坪郊路”,宽度:20米,长度:约1800米,南起金山路,"
                   "北止振兴路。\n")
            << "坪郊路"
            << "width_min_m=20|length_m=1800|length_approx=true|start=金山路|end=振兴路";
        QTest::newRow("a title line with a city and town gives the town, not the city")
            << QStringLiteral("南通如皋市丁堰镇部分道路命名预公示\n  1.凤栖路(Feng Qi "
                              "Lu):南起鞠马路北至皋南河,途经兴堰路、"
                              "兴业路,长约1320米,宽12米。拟命名为凤栖路。\n")
            << "凤栖路"
            << "subdistricts=[丁堰镇]|district=|via=[兴堰路,兴业路]|pinyin=Feng Qi "
               "Lu|start=鞠马路|end=皋南河";

        QTest::newRow("adjust: 变更前:X(原起A止B) / 变更后:X(起A止C) joined into one record")
            << QStringLiteral("关于部分道路命名、更名(起止点变更)的公示\n1.拟变更起止点道路\n变更前:隆中大道("
                              "原起万山天桥止"
                              "风景区,长9.7千米)\n变更后:隆中大道(起万山天桥止回龙村,长23.3千米)\n")
            << "隆中大道"
            << "action=adjust|start=万山天桥|end=回龙村|old_start=万山天桥|old_end=风景区|length_m=23300|"
               "records=1";
        QTest::newRow("rename: 原X(…),变更为“Y” under a rename heading")
            << QStringLiteral("关于部分道路更名的公示\n2. "
                              "拟更名道路\n原隆中大道(大学路路口至牌坊村路段,长5.4千米),变更为"
                              "“诸葛大道”。\n")
            << "诸葛大道"
            << "action=rename|old_name=隆中大道|length_m=5400";
        QTest::newRow("prose X,起A,止B: bare 起 after the name's comma")
            << QStringLiteral("关于部分道路命名的公示\n3. "
                              "拟命名道路\n尹集大道,起尹集乡交汇口,止尤河村(界桩处),长8.7千米。\n")
            << "尹集大道"
            << "start=尹集乡交汇口|end=尤河村(界桩处)|length_m=8700";
        QTest::newRow("a road still to be named ('此段道路起点为…') is no record")
            << QStringLiteral("关于征集道路名称的公告\n一、待命名道路简要情况\n此段道路起点为螳螂川("
                              "位于金方路终点以北),终点为"
                              "龙山立交。道路呈东西走向,长3.8km,宽60m。\n")
            << ""
            << "status=nonotice";
        QTest::newRow("a remark in brackets after an end keeps its words (终点 inside is no token)")
            << QStringLiteral("道路命名如下:\n1.金方路:起点为螳螂川(位于金河路终点以北),终点为龙山立交,"
                              "长800米,宽20米。\n")
            << "金方路"
            << "start=螳螂川(位于金河路终点以北)|end=龙山立交";

        // --- Traditional characters and pinyin ---
        QTest::newRow("traditional: 長 寬 東起 北止 轄區 擬命名為, names kept as printed")
            << QStringLiteral(
                   "新建道路命名(1條)\n1.五峰山路:南起桃源河二路,北止淮涉河二路。長2700米,寬10米,瀝青路面。"
                   "此道路位于即墨區南部、通濟街道轄區內,擬命名為五峰山路。\n")
            << "五峰山路"
            << "district=即墨區|subdistricts=[通濟街道]|length_m=2700|width_min_m=10|start_dir=南|"
               "end_dir=北|end=淮涉河二路|no_finding=count_mismatch";
        QTest::newRow("traditional: 東起 … 西止 and a traditional end name")
            << QStringLiteral(
                   "道路命名(1條)\n1.雨霖河路:東起龍山路,西止章嘉一路。長333米,寬7米。擬命名為雨霖河路。\n")
            << "雨霖河路"
            << "start_dir=东|start=龍山路|end_dir=西";
        QTest::newRow("pinyin in parentheses after the name")
            << QStringLiteral("道路命名如下:\n1.凤仪路(Feng Yi Lu):东起青年路,西至和平路,长500米,宽20米。\n")
            << "凤仪路"
            << "pinyin=Feng Yi Lu|start=青年路|end=和平路";
        QTest::newRow("pinyin with tone marks after the name")
            << QStringLiteral("道路命名如下:\n1.许官街 Xǔguān Jiē:南起文化路,北至东风路,长600米,宽15米。\n")
            << "许官街"
            << "pinyin=Xǔguān Jiē|start=文化路|end=东风路";
        QTest::newRow("pinyin on a line of its own")
            << QStringLiteral(
                   "同意将以下道路予以命名:\n一、将起点为星润街、止点为凌港路的道路命名为“苏留路”。\n"
                   "地名汉语拼音拼写形式:SūliúLù\n地名标志汉语拼音拼写形式:SULIULU\n")
            << "苏留路"
            << "pinyin=SūliúLù|start=星润街|end=凌港路";

        QTest::newRow("name line, its pinyin on the next line, then the description (marked items)")
            << QStringLiteral("关于部分道路命名的公告\n现将道路命名公告如下:\n一、桐花北路\nTónghuā Běilù\n"
                              "西起甲山路,向东折向北至乙水街,长1340米,宽30米。\n二、丙园街\nBǐngyuán Jiē\n"
                              "南起丁湖路,北至戊城路,长860米,宽24米。\n")
            << "丙园街"
            << "pinyin=Bǐngyuán Jiē|start_dir=南|start=丁湖路|end_dir=北|end=戊城路|length_m=860|"
               "width_min_m=24|no_finding=unread_candidate";
        QTest::newRow("name line, pinyin line in capitals, description (bare name lines)")
            << QStringLiteral(
                   "关于部分道路命名的公告\n桐花北路\nTONGHUA BEILU\n西起甲山路,东至乙水街,长1340米。\n"
                   "丙园街\nBINGYUAN JIE\n南起丁湖路,北至戊城路,长860米。\n")
            << "桐花北路"
            << "pinyin=TONGHUA BEILU|start=甲山路|end=乙水街|length_m=1340|no_finding=unread_candidate";
        QTest::newRow("name line, pinyin in parentheses on the next line, description")
            << QStringLiteral("道路命名如下:\n1.桐花北路\n(Tonghua Beilu)\n西起甲山路,东至乙水街,长1340米。\n"
                              "2.丙园街\n(Bingyuan Jie)\n南起丁湖路,北至戊城路,长860米。\n")
            << "丙园街"
            << "start=丁湖路|end=戊城路|length_m=860|no_finding=unread_candidate";
        QTest::newRow(
            "pinyin line, then a rename and a bare place line: the line under the pinyin is the item's")
            << QStringLiteral(
                   "现公告如下:\n一、桐花北路\nTong Hua Bei Lu\n原名甲一街,现更名为桐花北路,南起甲山路,"
                   "北至乙水街。\n二、丙园街\nBing Yuan Jie 2 Xiang\n位于丁兴区。\n")
            << "桐花北路"
            << "action=rename|old_name=甲一街|start=甲山路|end=乙水街";
        QTest::newRow("pinyin line with a number, then a line with the place only")
            << QStringLiteral(
                   "现公告如下:\n一、桐花北路\nTong Hua Bei Lu\n原名甲一街,现更名为桐花北路,南起甲山路,"
                   "北至乙水街。\n二、丙园街二巷\nBing Yuan Jie 2 Xiang\n位于丁兴区。\n")
            << "丙园街二巷"
            << "district=丁兴区|pinyin=Bing Yuan Jie 2 Xiang";
        QTest::newRow("negative: a Latin line after an item's description is no part of the next item")
            << QStringLiteral("道路命名如下:\n1.桐花北路:西起甲山路,东至乙水街,长1340米。\nSOURCE XINHUA\n"
                              "2.丙园街:南起丁湖路,北至戊城路,长860米。\n")
            << "丙园街"
            << "start=丁湖路|end=戊城路|length_m=860";

        // --- Turns and shapes ---
        QTest::newRow("向南折向东: L, end_dir the last leg")
            << QStringLiteral("道路命名:\n1.拟将位于市中区七里山街道辖区内,北起卧龙路,向南折向东至阳光新路,"
                              "长730米、宽20米"
                              "的道路命名为秀晴路。\n")
            << "秀晴路"
            << "start_dir=北|end_dir=东|end=阳光新路|via=[]|shape=L";
        QTest::newRow("向南折向西再折向北: two turns")
            << QStringLiteral("道路命名:\n1.拟将位于历下区龙洞街道辖区内,北起龙耀路,"
                              "向南折向西再折向北至龙景路,长1667米、"
                              "宽9米的道路命名为绿子山路。\n")
            << "绿子山路"
            << "end_dir=北|shape=turn|via=[]";
        QTest::newRow("南至A折向西至B的\"L\"型道路: A is a turn point")
            << gazetteTitle +
                   QStringLiteral("(一)港田路。长2263米、宽15-25米,位于历城区港沟街道辖区内,北起熙和街,"
                                  "南至港沟东路折向西至华盛路的\"L\"型道路。\n")
            << "港田路"
            << "via=[港沟东路]|end=华盛路|end_dir=西|shape=L|width_min_m=15|width_max_m=25";
        QTest::newRow("向北折西止: 折 without 向")
            << QStringLiteral("道路命名:\n1.虎头山路:南起蓝鳌路,向北折西止西九六夼村北。长2040米,"
                              "宽24米。拟命名为虎头山路。\n")
            << "虎头山路"
            << "end_dir=西|end=西九六夼村北|shape=L";
        QTest::newRow("沿A、B外围呈Z字型: waypoints, locator word dropped")
            << QStringLiteral(
                   "道路命名。分别是胳里湾巷(北起江津东路,沿东方新城、玉宏小区外围呈Z字型向南至北京东路)。\n")
            << "胳里湾巷"
            << "via=[东方新城,玉宏小区]|shape=Z|end_dir=南|end=北京东路";
        QTest::newRow("向西200米处 is a position, not a turn")
            << QStringLiteral(
                   "道路命名。杭鞍高架路:北起环湾路南侧,向南折东止鞍山路与南京路交汇处向西200米处。\n")
            << "杭鞍高架路"
            << "end=鞍山路与南京路交汇处向西200米处|end_dir=东|shape=L";
        QTest::newRow("东南起…北至 without a turn: shape not stated")
            << QStringLiteral(
                   "道路命名如下:\n一、“西闸街二巷”(东南起西闸街,北至太府一巷,长约90米,宽6.8米);\n")
            << "西闸街二巷"
            << "start_dir=东南|end_dir=北|shape=";
        QTest::newRow("东起A至B: a bare 至 after the start's name")
            << QStringLiteral("道路命名如下:\n1.青年街:东起人民路至和平路,长400米,宽12米。\n") << "青年街"
            << "start=人民路|end=和平路|end_dir=西|shape=straight";
        QTest::newRow("起于A,止于B")
            << QStringLiteral("道路命名如下:\n1.青年街:起于人民路,止于和平路,长400米,宽12米。\n") << "青年街"
            << "start=人民路|end=和平路";

        // A full stop typed or OCR'd inside a reference: the cue-less fragment after it belongs to the
        // reference, kept as printed; a clause after a stop (measure, place, name label) does not.
        QTest::newRow("stray 。 inside a start: 起于A。B,止于C")
            << QStringLiteral("道路命名如下:\n1.青年街:起于石门。水库南岸,止于和平路,长400米。\n") << "青年街"
            << "start=石门。水库南岸|end=和平路|length_m=400";
        QTest::newRow("stray 。 inside an end before ;")
            << QStringLiteral("道路命名如下:\n1.青年街:起于人民路,止于峡口。大桥西侧;长300米。\n") << "青年街"
            << "start=人民路|end=峡口。大桥西侧|length_m=300";
        QTest::newRow("stray 。 inside an end of an item's last clause")
            << QStringLiteral(
                   "道路命名如下:\n1.青年街。东起人民路,西至李家。村东口。\n2.长安街。东起甲路,西至乙路。\n")
            << "青年街"
            << "end=李家。村东口|records=2";
        QTest::newRow("stray 。 inside an end in run-on prose")
            << QStringLiteral("同意将位于甲山区,东起人民路,西至王家。河北岸,长300米的道路命名为青年街;"
                              "将位于甲山区,东起甲路,西至乙路的道路命名为长安街。\n")
            << "青年街"
            << "start=人民路|end=王家。河北岸|records=2";
        // A colon inside a name (a mirror site's injected words) does not end a 自A至B pair, as it ends
        // no reference.
        QTest::newRow("自A至B with a colon inside A")
            << QStringLiteral("道路命名如下:\n1.青年街。位于甲山区,自某某官方网:人民路至和平路,长400米。\n")
            << "青年街"
            << "start=某某官方网:人民路|end=和平路|length_m=400";
        QTest::newRow("no stray 。: a measure follows the stop")
            << QStringLiteral("道路命名如下:\n1.青年街:东起人民路,西至石门。长400米,宽12米。\n") << "青年街"
            << "end=石门|length_m=400|width_min_m=12";
        QTest::newRow("no stray 。: a place follows the stop")
            << QStringLiteral("道路命名如下:\n1.青年街:东起人民路,西至石门。位于甲山区乙街道。\n") << "青年街"
            << "end=石门|district=甲山区";
        QTest::newRow("no stray 。: a road name follows a road name")
            << QStringLiteral(
                   "道路命名如下:\n1.青年街。东起人民路,西至和平路。\n2.长安街。东起甲路,西至乙路。\n")
            << "青年街"
            << "end=和平路|records=2";

        // --- Glued tables: every cell separator lost (a web page's table copied as one run) ---
        // Cells are told apart by what each column holds; the words before the table (the request that
        // gives the 街道) and after it (the closing) stay their own lines.
        QTest::newRow("glued table: one run, traditional with inserted readings, via glued to the end")
            << QStringLiteral(
                   "根據(jù)甲山街道《關(guān)於甲山街道“青石巷”等2條道路命名的請示》文件,特公示如下:一,、"
                   "道路命名表序號擬名稱起點(diǎn)路經(jīng)村莊、節點終點(diǎn)路況道路走向命名緣由"
                   "1青石巷東門街荷花塘,、實驗小學舊址,、靜湖花園西門街水泥南北取青石之意"
                   "2白沙巷新華路文化社區服務中心,、陽光幼兒園珍珠北路瀝青,、水泥東西因白沙而得名"
                   "二,、其他事項,,公示日期:2023年8月15日—2023年8月21日,,乙市甲山區地名辦2023年8月15日,。\n")
            << "青石巷"
            << "start=東門街|end=西門街|via=[荷花塘,實驗小學舊址,靜湖花園]|subdistricts=[甲山街道]|district=|"
               "records=2|issuer=乙市甲山區地名辦|date=2023-08-15|no_finding=unread_candidate";
        QTest::newRow("glued table: the second row, via glued to the end after 幼兒園")
            << QStringLiteral(
                   "道路命名表序號擬名稱起點路經終點路況道路走向命名緣由"
                   "1青石巷東門街荷花塘靜湖花園西門街水泥南北取青石之意"
                   "2白沙巷新華路文化社區服務中心,、陽光幼兒園珍珠北路瀝青,、水泥東西因白沙而得名\n")
            << "白沙巷"
            << "start=新華路|end=珍珠北路|via=[文化社區服務中心,陽光幼兒園]|records=2";
        QTest::newRow("glued table: rows on lines of their own, lengths and widths with units")
            << QStringLiteral(
                   "关于甲山区部分道路命名的公示\n经研究,现公示如下:序号道路名称起点终点长度(米)宽度(米)"
                   "备注\n"
                   "1青年街人民路和平路400米12米新建\n2长安街甲路乙路1200米30米\n3建设巷丙路丁路95米6米\n"
                   "特此公示。\n")
            << "长安街"
            << "start=甲路|end=乙路|length_m=1200|width_min_m=30|district=甲山区|records=3";
        QTest::newRow("glued table: a row's number glued to the date before it")
            << QStringLiteral(
                   "道路命名表:序号拟名称起点终点走向开工年月竣工年月1青年街人民路和平路南北2021.042021.08"
                   "2长安街甲路乙路东西2002.042002.07\n")
            << "长安街"
            << "start=甲路|end=乙路|records=2";
        QTest::newRow("glued table: place columns, a header of two words of one role (所属街道)")
            << QStringLiteral("关于部分道路命名的公示\n序号道路名称所在区所属街道起点终点长度(米)\n"
                              "1青年街甲山区乙街道人民路和平路400\n2长安街甲山区丙镇甲路乙路1200\n")
            << "长安街"
            << "district=甲山区|subdistricts=[丙镇]|start=甲路|end=乙路|length_m=1200|records=2";
        QTest::newRow("glued table: a pinyin column, traditional")
            << QStringLiteral(
                   "關於部分道路命名的公告\n序號道路名稱拼音起點終點1青年街Qīngnián Jiē人民路和平路"
                   "2長安街Cháng'ān Jiē甲路乙路\n")
            << "長安街"
            << "pinyin=Cháng'ān Jiē|start=甲路|end=乙路|records=2";
        QTest::newRow("glued table: an ends column with compass words, units in the cells")
            << QStringLiteral(
                   "关于部分道路命名的公告\n道路命名表序号道路名称起止点长度宽度1青年街东起人民路西至和平路"
                   "400米12米2长安街南起甲路北至乙路1200米30米3建设巷自丙路至丁路95米6米特此公告。\n")
            << "长安街"
            << "start_dir=南|start=甲路|end_dir=北|end=乙路|length_m=1200|width_min_m=30|records=3";
        QTest::newRow("no glued table: 序号 in prose")
            << QStringLiteral("道路命名如下(按序号排列):\n1.青年街:东起甲路,西至乙路,长400米。\n"
                              "2.长安街:东起丙路,西至丁路,长300米。\n")
            << "青年街"
            << "start=甲路|end=乙路|length_m=400|records=2";
        // The request that asked for the naming names the 街道 and one of the roads.
        QTest::newRow("request title 关于A街道“X”等N条道路命名的请示 places a table")
            << QStringLiteral("根据甲山街道《关于甲山街道“青年街”等2条道路命名的请示》,现公示如下:\n"
                              "序号|拟名称|起点|终点\n1|青年街|人民路|和平路\n2|长安街|甲路|乙路\n")
            << "长安街"
            << "subdistricts=[甲山街道]|district=|records=2";
        QTest::newRow("closing run on one line: the issuer's clause before the date")
            << QStringLiteral("关于部分道路命名的公示\n1.青年街:东起甲路,西至乙路,长400米。\n"
                              "特此公示,意见请于2023年8月21日前反馈,乙市甲山区民政局2023年8月15日\n")
            << "青年街"
            << "issuer=乙市甲山区民政局|date=2023-08-15|district=";

        // --- Values ---
        QTest::newRow("长约1.2公里: kilometres, approximate")
            << QStringLiteral("道路命名如下:\n1.长安街:东起甲路,西至乙路,长约1.2公里,宽30米。\n") << "长安街"
            << "length_m=1200|length_approx=true";
        QTest::newRow("宽9~15米")
            << QStringLiteral("道路命名如下:\n1.青龙山街:东起郎茂山路,西至双龙庄路,长790米、宽9~15米。\n")
            << "青龙山街"
            << "width_min_m=9|width_max_m=15";
        QTest::newRow("宽35-45米 and 全长")
            << QStringLiteral("道路命名如下:\n1.荷风路:北起甲路,南至乙路,全长853米,宽35-45米。\n") << "荷风路"
            << "length_m=853|width_min_m=35|width_max_m=45";
        QTest::newRow("宽24+9+16米: cross-section parts and their sum")
            << QStringLiteral("道路命名如下:\n1.经十路:东起甲路,西至乙路,长5000米,宽24+9+16米。\n")
            << "经十路"
            << "width_min_m=49|width_max_m=49|width_parts=[24,9,16]";

        // --- Ends ---
        QTest::newRow("(规划) after a name: removed, listed")
            << QStringLiteral("道路命名:\n1.拟将位于历下区龙洞街道辖区内,东起绿子山路(规划),西至龙景路,"
                              "长210米、宽15米的道路"
                              "命名为龙苑街。\n")
            << "龙苑街"
            << "start=绿子山路|planned_refs=[绿子山路]";
        QTest::newRow("(规划) inside an end: 双龙庄路(规划)中段")
            << QStringLiteral(
                   "道路命名:\n1.拟将位于市中区七贤街道辖区内,东起郎茂山路,西至双龙庄路(规划)中段,长790米、"
                   "宽9米的道路命名为青龙山街。\n")
            << "青龙山街"
            << "end=双龙庄路中段|planned_refs=[双龙庄路]";
        QTest::newRow("北延线 and a school gate and a village are ends as printed")
            << QStringLiteral("道路命名如下:\n1.水芝东路:北起港田路北延线,南至育英中学北门,长224米,宽15米。\n"
                              "2.王庄路:东起水芝东路,西至王家庄村,长300米,宽10米。\n")
            << "王庄路"
            << "end=王家庄村|records=2";
        QTest::newRow("a colon inside an end name (garbled mirror text) does not end it")
            << QStringLiteral("道路命名如下:\n1.世纪胡同:为东西走向,东起某某网:大街辅路,西至某某网:市博物馆,"
                              "道路总长约120米,"
                              "宽约7米。命名为“世纪胡同”。\n")
            << "世纪胡同"
            << "start=某某网:大街辅路|end=某某网:市博物馆";
        QTest::newRow("end ends at 的道路命名为 and keeps its remark in parentheses")
            << QStringLiteral("同意命名:\n一、将起点为星润街、止点为规划道路(未命名、方案名“星宁街”)"
                              "的道路命名为“苏留路”。\n")
            << "苏留路"
            << "end=规划道路(未命名、方案名“星宁街”)|planned_refs=[规划道路]";

        // --- Actions ---
        QTest::newRow("rename: X:原Y,… 更名为“X”, under a rename heading with a place")
            << QStringLiteral("现通告如下:\n二、更名道路(高新北区)\n1.承东街:原创业一街,为南北走向,"
                              "南起原高新大路,北至吉长北线,"
                              "道路总长约1610米,宽约60米。更名为“承东街”。\n")
            << "承东街"
            << "action=rename|old_name=创业一街|district=高新北区|start=原高新大路";
        QTest::newRow("rename in a 批复 sentence: …的原X更名为Y")
            << QStringLiteral("一、同意将位于历城区的原工业南路更名为经十东路。\n") << "经十东路"
            << "action=rename|old_name=工业南路|district=历城区";
        QTest::newRow("adjust: extension 自原止点A向北延长止B,原起点不变")
            << QStringLiteral(
                   "延长道路一条,市北区延长了劲松三路:自原止点合肥路向北延长止滁州路,原起点不变。\n")
            << "劲松三路"
            << "action=adjust|district=市北区|start=|end=滁州路|end_dir=北|old_end=合肥路|shape=|via=[]";
        QTest::newRow("adjust: extension from the former start runs to its clause's comma")
            << QStringLiteral(
                   "道路延长。崂山区有两条,玉龙路:自原起点牟家水路北岸延长止峪夼。水库北岸,原止点不变。\n")
            << "玉龙路"
            << "action=adjust|district=崂山区|start=峪夼。水库北岸|old_start=牟家水路北岸|end=";
        QTest::newRow("adjust: former ends stated, new ends after 调整后")
            << QStringLiteral("现公示如下:\n二、调整起止点的道路(1条)\n1.让秀路:原起点为甲路,原止点为乙路;"
                              "调整后起点为丙路,"
                              "止点为丁路。\n")
            << "让秀路"
            << "action=adjust|start=丙路|end=丁路|old_start=甲路|old_end=乙路|no_finding=count_mismatch";
        QTest::newRow("cancel: item under a cancel heading, reason in note")
            << QStringLiteral(
                   "现公告如下:\n三、注销道路名称(1条)\n1.旧城路:南起甲路,北至乙路,因道路拆除,予以注销。\n")
            << "旧城路"
            << "action=cancel|note=道路拆除|start=甲路";
        QTest::newRow("cancel list: 注销道路两条市北区,A、B")
            << QStringLiteral("本次公告还注销道路两条市北区,平阴路、金乡路。\n") << "金乡路"
            << "action=cancel|district=市北区|records=2|no_finding=count_mismatch";
        QTest::newRow("cancel in prose: 均因…予以销名,分别是A(…),B(…)")
            << QStringLiteral("2条撤销名字的道路均位于荆州区凤凰街道辖区,均因道路规划调整予以销名,"
                              "分别是三海路(南起嘉志路,"
                              "北至引江济汉渠),诚勇路(南起高阳大道,北至引江济汉渠)。\n")
            << "诚勇路"
            << "action=cancel|district=荆州区|note=道路规划调整|start=高阳大道|records=2";
        QTest::newRow("headings set the default action; declared counts per kind are checked")
            << QStringLiteral(
                   "对全市1条道路进行命名,2条道路更名,现通告如下:\n一、命名道路\n1.甲街:南起A路,北至B路,"
                   "长100米,"
                   "宽5米。命名为“甲街”。\n二、更名道路\n1.乙街:原丙街,南起A路,北至B路,长100米,宽5米。"
                   "更名为“乙街”。\n")
            << "乙街"
            << "action=rename|old_name=丙街|seq=2|finding=count_mismatch|finding=numbering_restarts";

        // The road as the object of 将 ("将X…注销", "将X的起止点调整为"), in several spellings: a 复函's
        // sections, traditional characters, unquoted names, and a 名称 before the act word.
        const QString reply =
            QStringLiteral("市政府关于某镇部分道路地名的复函\n某镇人民政府:\n"
                           "同意将你们申报的位于甲区乙镇区域内的3条道路地名予以注销、调整、命名。\n");
        QTest::newRow("cancel: 将“X”指称道路地名注销 under a kind-of-change heading")
            << reply + QStringLiteral("一、道路地名注销\n(一)将“青松路”指称道路地名注销。\n"
                                      "(二)将“白鹭街”指称道路地名注销。\n")
            << "白鹭街"
            << "action=cancel|district=甲区|subdistricts=[乙镇]|start=|end=|records=2|no_finding=unparsed_"
               "item|"
               "no_finding=incomplete_item";
        QTest::newRow("cancel: 将X予以撤销, unquoted")
            << QStringLiteral("关于道路名称变更的通知\n1.将红枫巷予以撤销。\n2.将金桂街予以撤销。\n")
            << "红枫巷"
            << "action=cancel|records=2";
        QTest::newRow("cancel: 將「X」指稱道路地名註銷, traditional")
            << QStringLiteral("關於道路地名的復函\n一、道路地名註銷\n(一)將「翠湖路」指稱道路地名註銷。\n")
            << "翠湖路"
            << "action=cancel|records=1|no_finding=unparsed_item";
        QTest::newRow("cancel: 将X路名称予以注销 after the name")
            << QStringLiteral("关于道路名称的通知\n二、注销道路名称\n1.将东湖路名称予以注销。\n") << "东湖路"
            << "action=cancel|records=1|no_finding=unparsed_item";
        QTest::newRow("adjust: 将“X”指称道路的起止点调整为, turns by compass word, 至X止")
            << reply + QStringLiteral("二、道路地名调整\n将“石桥街”指称道路的起止点调整为:东北起长安大道,"
                                      "至西南折西、复折西北,至下塘路止。\n")
            << "石桥街"
            << "action=adjust|start_dir=东北|start=长安大道|end_dir=西北|end=下塘路|via=[]|shape=turn";
        QTest::newRow("name: 东起A,至西折西北,至B止的道路命名为“X”: a compass word is a heading, not a via")
            << reply + QStringLiteral("三、道路地名命名\n(一)将位于保安路东,东起长安大道,至西折西北,"
                                      "至石桥街止的道路命名为“林荫街”。\n")
            << "林荫街"
            << "action=name|start_dir=东|start=长安大道|end_dir=西北|end=石桥街|via=[]|shape=L|records=1";
        QTest::newRow("end: 至B为止 and 止于 keep B's name whole")
            << QStringLiteral("关于道路命名的通知\n1.枫林路:南起甲路,北至乙路为止,长300米。\n") << "枫林路"
            << "start=甲路|end=乙路|end_dir=北";
        QTest::newRow("intro: 同意将…的N条道路地名予以注销 is no record")
            << reply + QStringLiteral("一、道路地名注销\n(一)将“青松路”指称道路地名注销。\n") << "青松路"
            << "action=cancel|records=1";

        // "X:A至B,explanation" lists under count headings: the first item below each heading (which the
        // normaliser joins to the heading line) is an item like the rest; two road names joined by 至 are
        // the ends; a planning parenthetical is dropped from the end.
        const QString atob = QStringLiteral("关于城区部分道路命名的公告\n命名道路\n甲区(2条)\n"
                                            "松涛路:青山路至白云路,以附近松林命名。\n"
                                            "竹影街:青山路至松涛路,寓意清雅。\n"
                                            "乙区(2条)\n"
                                            "梅岭路:长江路至湖光路(规划名),引用老地名。\n"
                                            "兰亭巷:长江路至梅岭路,寓意吉祥。\n");
        QTest::newRow("A至B list: first item under a count heading")
            << atob << "松涛路"
            << "action=name|district=甲区|start=青山路|end=白云路|start_dir=|end_dir=|records=4|"
               "no_finding=count_mismatch";
        QTest::newRow("A至B list: first item under the second heading, (规划名) dropped")
            << atob << "梅岭路"
            << "district=乙区|start=长江路|end=湖光路|planned_refs=[湖光路]";
        QTest::newRow("A至B list directly under the title, no heading")
            << QStringLiteral("关于部分道路命名的公告\n松涛路:青山路至白云路。\n竹影街:青山路至松涛路。\n")
            << "松涛路"
            << "start=青山路|end=白云路|records=2";
        QTest::newRow("A至B in prose with a verb is no pair")
            << QStringLiteral(
                   "关于部分道路命名的公告\n1.松涛路:东起青山路,西至白云路,通往长江路至湖光路的车辆"
                   "由此绕行。\n")
            << "松涛路"
            << "start=青山路|end=白云路|records=1";
        QTest::newRow("a listed road also told of in the news text is one record")
            << QStringLiteral("关于部分道路命名的公告\n本次命名的道路中,如南起青山路,"
                              "北至白云路的道路因临近松林而取名松涛路。\n"
                              "一、松涛路。南起青山路,北至白云路。长950米,宽18米。\n"
                              "二、竹影街。西起青山路,东至松涛路。长500米,宽5米。\n")
            << "松涛路"
            << "length_m=950|records=2";

        QTest::newRow("cancel: 位于A区B街道的X予以注销, no 将")
            << QStringLiteral("关于部分道路名称的公告\n一、位于甲区乙街道的青松路予以注销。\n"
                              "二、位于甲区乙街道,南起长江路,北至黄河路的白鹭街予以注销。\n")
            << "白鹭街"
            << "action=cancel|district=甲区|subdistricts=[乙街道]|start=长江路|end=黄河路|records=2";
        QTest::newRow("adjust: X位于A区,起止点调整为…: the name before 位于")
            << QStringLiteral("关于部分道路起止点调整的公告\n一、石桥街位于甲区,起止点调整为北至下塘路。\n"
                              "二、林荫街位于甲区乙街道,起止点调整为起于长安大道,至石桥街,长50米。\n")
            << "林荫街"
            << "action=adjust|district=甲区|subdistricts=[乙街道]|start=长安大道|end=石桥街|length_m=50|"
               "records=2";
        QTest::newRow("a count of roads is no road: 并对2条道路予以注销")
            << QStringLiteral("关于道路命名的公告\n现对3条道路予以命名,并对2条道路予以注销。\n"
                              "一、松涛路。东起青山路,西至白云路。\n")
            << "松涛路"
            << "records=1";

        QTest::newRow("heading dressed with an emoji (📍A街道) places the roads under it")
            << QStringLiteral(
                   "关于部分道路命名的公告\n现公告如下:\n📍甲南街道\n1.桐花路:东起甲山路,西至乙水街,"
                   "长800米。\n"
                   "2.丙园街:南起丁湖路,北至戊城路,长500米。\n📍乙火街道\n3.丁香路:东起甲山路,西至乙水街。\n")
            << "丁香路"
            << "subdistricts=[乙火街道]";
        QTest::newRow("heading with a symbol and a colon (★A区B镇:)")
            << QStringLiteral("关于部分道路命名的公告\n现公告如下:\n★ "
                              "丙城区甲塘镇:\n1.桐花路:东起甲山路,西至乙水街,长800米。\n"
                              "2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "丙园街"
            << "district=丙城区|subdistricts=[甲塘镇]";
        QTest::newRow("heading in traditional script with a colon (淡甲街道:)")
            << QStringLiteral(
                   "道路命名如下:\n淡甲街道:\n1.桐花路:東起甲山路,西至乙水街,長800米。\n"
                   "2.丙園街:南起丁湖路,北至戊城路,長500米。\n秋乙街道:\n3.丁香路:東起甲山路,西至乙水街。\n")
            << "丙園街"
            << "subdistricts=[淡甲街道]";
        QTest::newRow("cancel: the verb before the quoted name, its place between (注销A区“X”路名)")
            << QStringLiteral("关于注销部分道路名称的公告\n现公告如下:\n1.注销甲城区“桐花支路”路名。\n"
                              "2.取消乙塘镇“老丙街”路名。\n3.注销“丁滩路”名称。\n")
            << "桐花支路"
            << "action=cancel|district=甲城区|records=3";
        QTest::newRow("cancel: 取消A镇“X”路名 places the road in the town")
            << QStringLiteral("关于注销部分道路名称的公告\n现公告如下:\n1.注销甲城区“桐花支路”路名。\n"
                              "2.取消乙塘镇“老丙街”路名。\n3.注销“丁滩路”名称。\n")
            << "老丙街"
            << "action=cancel|subdistricts=[乙塘镇]";
        QTest::newRow("cancel: 将A区“X”路名予以注销, and a road gone: 原位于A区的“X”已不复存在,注销该路名")
            << QStringLiteral("关于部分路名注销的通告\n1.将丁山区“戊园老街”路名予以注销。\n"
                              "2.因城市建设,原位于乙江区的“丙中支路”已不复存在,注销该路名。\n")
            << "丙中支路"
            << "action=cancel|district=乙江区|records=2";
        QTest::newRow("negative: 取消 before a quoted name that is no road name (取消“X”公交站点)")
            << QStringLiteral("关于部分道路命名的公告\n1.桐花路:东起甲山路,西至乙水街,长800米。因线路调整,"
                              "取消“桐花路口”公交站点。\n"
                              "2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "桐花路"
            << "action=name|records=2";
        QTest::newRow("negative: a gazette notice cancelling licences is no road notice")
            << QStringLiteral(
                   "关于注销道路运输经营许可证的公告\n根据有关规定,注销以下企业“道路运输经营许可证”:\n"
                   "1.甲市桐花运输有限公司。\n2.乙市丙园物流有限公司。\n")
            << ""
            << "status=nonotice";
        QTest::newRow("rename: 将A区原“X”更名为Y: the place is the district, X the former name")
            << QStringLiteral(
                   "现公告如下:\n1.将甲湖区原“桐花一路”更名为“桐花大道”,东起甲路,西至乙路。\n2."
                   "将乙山区“城丙镇东路”更名为“丁祥路”。\n"
                   "3.同意将原“戊象一路”更名为“戊乐大道”。\n4."
                   "将丙夏区原“己坊东路”“己坊二路”合并更名为“庚廷路”。\n"
                   "5.将位于丁楼区的“工业路北段”更名为“辛盘中路”。\n6.将丙山区的桐花路更名为丁香路。\n"
                   "7.“甲一路”、“甲二路”两条道路合并更名为“壬园大道”。\n")
            << "桐花大道"
            << "old_name=桐花一路|district=甲湖区|start=甲路";
        QTest::newRow("rename: 将A区“X”更名为Y")
            << QStringLiteral(
                   "现公告如下:\n1.将甲湖区原“桐花一路”更名为“桐花大道”,东起甲路,西至乙路。\n2."
                   "将乙山区“城丙镇东路”更名为“丁祥路”。\n"
                   "3.同意将原“戊象一路”更名为“戊乐大道”。\n4."
                   "将丙夏区原“己坊东路”“己坊二路”合并更名为“庚廷路”。\n"
                   "5.将位于丁楼区的“工业路北段”更名为“辛盘中路”。\n6.将丙山区的桐花路更名为丁香路。\n"
                   "7.“甲一路”、“甲二路”两条道路合并更名为“壬园大道”。\n")
            << "丁祥路"
            << "old_name=城丙镇东路|district=乙山区";
        QTest::newRow("rename: 同意将原“X”更名为Y: the words before 将 are no part of X")
            << QStringLiteral(
                   "现公告如下:\n1.将甲湖区原“桐花一路”更名为“桐花大道”,东起甲路,西至乙路。\n2."
                   "将乙山区“城丙镇东路”更名为“丁祥路”。\n"
                   "3.同意将原“戊象一路”更名为“戊乐大道”。\n4."
                   "将丙夏区原“己坊东路”“己坊二路”合并更名为“庚廷路”。\n"
                   "5.将位于丁楼区的“工业路北段”更名为“辛盘中路”。\n6.将丙山区的桐花路更名为丁香路。\n"
                   "7.“甲一路”、“甲二路”两条道路合并更名为“壬园大道”。\n")
            << "戊乐大道"
            << "action=rename|old_name=戊象一路";
        QTest::newRow("rename: roads merged under one name (将A区原“X”“Y”合并更名为Z)")
            << QStringLiteral(
                   "现公告如下:\n1.将甲湖区原“桐花一路”更名为“桐花大道”,东起甲路,西至乙路。\n2."
                   "将乙山区“城丙镇东路”更名为“丁祥路”。\n"
                   "3.同意将原“戊象一路”更名为“戊乐大道”。\n4."
                   "将丙夏区原“己坊东路”“己坊二路”合并更名为“庚廷路”。\n"
                   "5.将位于丁楼区的“工业路北段”更名为“辛盘中路”。\n6.将丙山区的桐花路更名为丁香路。\n"
                   "7.“甲一路”、“甲二路”两条道路合并更名为“壬园大道”。\n")
            << "庚廷路"
            << "action=rename|old_name=己坊东路、己坊二路|district=丙夏区";
        QTest::newRow("rename: a segment renamed (“X路北段”更名为Y): the former name is the road")
            << QStringLiteral(
                   "现公告如下:\n1.将甲湖区原“桐花一路”更名为“桐花大道”,东起甲路,西至乙路。\n2."
                   "将乙山区“城丙镇东路”更名为“丁祥路”。\n"
                   "3.同意将原“戊象一路”更名为“戊乐大道”。\n4."
                   "将丙夏区原“己坊东路”“己坊二路”合并更名为“庚廷路”。\n"
                   "5.将位于丁楼区的“工业路北段”更名为“辛盘中路”。\n6.将丙山区的桐花路更名为丁香路。\n"
                   "7.“甲一路”、“甲二路”两条道路合并更名为“壬园大道”。\n")
            << "辛盘中路"
            << "old_name=工业路|district=丁楼区";
        QTest::newRow("rename: 将A区的X更名为Y places the road")
            << QStringLiteral(
                   "现公告如下:\n1.将甲湖区原“桐花一路”更名为“桐花大道”,东起甲路,西至乙路。\n2."
                   "将乙山区“城丙镇东路”更名为“丁祥路”。\n"
                   "3.同意将原“戊象一路”更名为“戊乐大道”。\n4."
                   "将丙夏区原“己坊东路”“己坊二路”合并更名为“庚廷路”。\n"
                   "5.将位于丁楼区的“工业路北段”更名为“辛盘中路”。\n6.将丙山区的桐花路更名为丁香路。\n"
                   "7.“甲一路”、“甲二路”两条道路合并更名为“壬园大道”。\n")
            << "丁香路"
            << "old_name=桐花路|district=丙山区";
        QTest::newRow("rename: “X”、“Y”两条道路合并更名为Z, no name mismatch")
            << QStringLiteral(
                   "现公告如下:\n1.将甲湖区原“桐花一路”更名为“桐花大道”,东起甲路,西至乙路。\n2."
                   "将乙山区“城丙镇东路”更名为“丁祥路”。\n"
                   "3.同意将原“戊象一路”更名为“戊乐大道”。\n4."
                   "将丙夏区原“己坊东路”“己坊二路”合并更名为“庚廷路”。\n"
                   "5.将位于丁楼区的“工业路北段”更名为“辛盘中路”。\n6.将丙山区的桐花路更名为丁香路。\n"
                   "7.“甲一路”、“甲二路”两条道路合并更名为“壬园大道”。\n")
            << "壬园大道"
            << "old_name=甲一路、甲二路|no_finding=name_mismatch|records=7";
        QTest::newRow("bullets: each section its own symbol (◆, then ・ that the normaliser drops): all are "
                      "list starts")
            << QStringLiteral("关于部分道路命名的公告\n◆ 甲一路\n东起乙路,西至丙路。\n\n◆ "
                              "甲二路\n东起乙路,西至丁路。\n\n"
                              "・ 甲三路\n东起戊路,西至丙路。\n")
            << "甲三路"
            << "start=戊路|end=丙路|records=3";
        QTest::newRow("bullets: a lone • after ● items, and a ■ remark about a bridge makes no road's via")
            << QStringLiteral(
                   "关于部分道路命名的公告\n● 甲一路\n东起乙路,西至丙路。\n● 甲二路\n东起乙路,西至丁路。\n"
                   "■ 另外,跨越丙河的新建桥梁命名为“甲河桥”。\n• 甲三路\n东起戊路,西至丙路。\n")
            << "甲二路"
            << "via=[]|records=3";
        QTest::newRow(
            "name line with a remark in brackets (原规划名:X) over its course: a working name, no rename")
            << QStringLiteral(
                   "关于部分道路命名的公告\n◆ 甲一路\n东起乙路,西至丙路。\n\n◆ 甲二路(原规划名:丁纵二路)\n"
                   "北起乙路,南至丙路,全长1.1公里。\n\n◆ 甲三路(暂定名)\n东起乙路,西至丙路。\n")
            << "甲二路"
            << "action=name|old_name=|start_dir=北|start=乙路|end=丙路|length_m=1100";
        QTest::newRow("negative: a lone bullet line amid prose is a paragraph")
            << QStringLiteral(
                   "关于部分道路命名的公告\n1.甲一路:东起乙路,西至丙路。\n2.甲二路:东起乙路,西至丁路。\n"
                   "• 温馨提示:请以正式公告为准。\n")
            << "甲二路"
            << "end=丁路|records=2";
        QTest::newRow("group naming: the next sentence speaks of all (该三条道路均南起A,北至B)")
            << QStringLiteral("关于部分道路命名的公告\n一、同意将甲路以东新建的三条道路,"
                              "自西向东依次命名为乙运街、乙泰街、乙和街。"
                              "该三条道路均南起丙平路,北至丁环路。\n二、同意将原“戊北路”更名为“戊丰路”。\n")
            << "乙泰街"
            << "start_dir=南|start=丙平路|end_dir=北|end=丁环路|records=4";
        QTest::newRow("group naming in prose: 以上三路均东起A,西至B after the list, no record of its own")
            << QStringLiteral("据市地名办消息,日前部分道路命名方案获市政府批准。\n将甲路以南的三条东西向道路,"
                              "自北向南依次命名为"
                              "乙友路、乙珠路、乙达路,以上三路均东起丙新大道,"
                              "西至丁学大道。\n将原“戊堰一路”更名为“戊堰南路”。\n")
            << "乙达路"
            << "start_dir=东|start=丙新大道|end_dir=西|end=丁学大道|records=4";
        QTest::newRow("negative: a sentence after the list about something else gives the roads nothing")
            << QStringLiteral("关于部分道路命名的公告\n一、同意将甲路以东新建的三条道路,"
                              "自西向东依次命名为乙运街、乙泰街、乙和街。"
                              "丙平路南起丁湖路,北至丁环路。\n")
            << "乙泰街"
            << "start=|end=";
        QTest::newRow("prose: 该路… after a naming sentence describes the road named (no record 该路)")
            << QStringLiteral("本报讯 "
                              "日前,经市人民政府批复同意,甲安区6条新建道路正式命名。\n其中,"
                              "原规划路名为“甲安纵三路”的道路此次定名为"
                              "乙头大道。该路北起丙海大道,经丁厝路,南至戊桥连接线,长约3.2公里,"
                              "宽40至60米。另外,己路西起庚路,东至辛路。\n")
            << "乙头大道"
            << "start_dir=北|start=丙海大道|via=[丁厝路]|end=戊桥连接线|length_m=3200|records=2";
        QTest::newRow("prose: the stop after a measure ends the sentence (宽N米。另外,…)")
            << QStringLiteral("本报讯 "
                              "日前,经市人民政府批复同意,甲安区6条新建道路正式命名。\n其中,"
                              "原规划路名为“甲安纵三路”的道路此次定名为"
                              "乙头大道。该路北起丙海大道,经丁厝路,南至戊桥连接线,长约3.2公里,"
                              "宽40至60米。另外,己路西起庚路,东至辛路。\n")
            << "己路"
            << "start=庚路|end=辛路";
        QTest::newRow("rename list 原名 → 新名: the segment in brackets is no part of the former name")
            << QStringLiteral(
                   "甲市民政局关于部分重名道路更名的公告\n现将更名情况公告如下:\n(原名称 → "
                   "新名称)\n一、甲塘区\n"
                   "1. 乙设北路(东环路以东路段)→ 甲塘大道\n2. 丙阳村路 → 丙阳路\n3. 丁民巷、丁民横巷 → "
                   "丁民街(两条道路合并命名)\n"
                   "二、乙淞区\n4. 戊民南路(北起中心广场,南至乙淞大桥)→ 乙淞大道\n5. 己设路 -> 己宁路\n"
                   "以下道路经论证保留原名,不作更名:甲洲大道、庚华西路。\n特此公告。\n")
            << "甲塘大道"
            << "action=rename|old_name=乙设北路|district=甲塘区";
        QTest::newRow("rename list: several former names before the arrow, as printed")
            << QStringLiteral(
                   "甲市民政局关于部分重名道路更名的公告\n现将更名情况公告如下:\n(原名称 → "
                   "新名称)\n一、甲塘区\n"
                   "1. 乙设北路(东环路以东路段)→ 甲塘大道\n2. 丙阳村路 → 丙阳路\n3. 丁民巷、丁民横巷 → "
                   "丁民街(两条道路合并命名)\n"
                   "二、乙淞区\n4. 戊民南路(北起中心广场,南至乙淞大桥)→ 乙淞大道\n5. 己设路 -> 己宁路\n"
                   "以下道路经论证保留原名,不作更名:甲洲大道、庚华西路。\n特此公告。\n")
            << "丁民街"
            << "action=rename|old_name=丁民巷、丁民横巷";
        QTest::newRow("rename list: the former road's course in brackets before the arrow")
            << QStringLiteral(
                   "甲市民政局关于部分重名道路更名的公告\n现将更名情况公告如下:\n(原名称 → "
                   "新名称)\n一、甲塘区\n"
                   "1. 乙设北路(东环路以东路段)→ 甲塘大道\n2. 丙阳村路 → 丙阳路\n3. 丁民巷、丁民横巷 → "
                   "丁民街(两条道路合并命名)\n"
                   "二、乙淞区\n4. 戊民南路(北起中心广场,南至乙淞大桥)→ 乙淞大道\n5. 己设路 -> 己宁路\n"
                   "以下道路经论证保留原名,不作更名:甲洲大道、庚华西路。\n特此公告。\n")
            << "乙淞大道"
            << "action=rename|old_name=戊民南路|start=中心广场|end=乙淞大桥|district=乙淞区";
        QTest::newRow("rename list: an ASCII arrow, and the next line joined on is no part of the name")
            << QStringLiteral(
                   "甲市民政局关于部分重名道路更名的公告\n现将更名情况公告如下:\n(原名称 → "
                   "新名称)\n一、甲塘区\n"
                   "1. 乙设北路(东环路以东路段)→ 甲塘大道\n2. 丙阳村路 → 丙阳路\n3. 丁民巷、丁民横巷 → "
                   "丁民街(两条道路合并命名)\n"
                   "二、乙淞区\n4. 戊民南路(北起中心广场,南至乙淞大桥)→ 乙淞大道\n5. 己设路 -> 己宁路\n"
                   "以下道路经论证保留原名,不作更名:甲洲大道、庚华西路。\n特此公告。\n")
            << "己宁路"
            << "action=rename|old_name=己设路|records=5";
        QTest::newRow("negative: an arrow between two compass words (走向东→西) makes no rename")
            << QStringLiteral("关于部分道路命名的公告\n1.甲路:东起乙路,西至丙路,走向为东→西。\n2.丁路:"
                              "南起乙路,北至丙路。\n")
            << "甲路"
            << "action=name|old_name=";
        QTest::newRow("emoji bullets (🔹, ✅ repeated) open items and are no part of the name")
            << QStringLiteral(
                   "重磅!甲川区这4条路有名字了👇\n👆点击蓝字 "
                   "关注我们\n近日,甲市人民政府批复同意甲川区部分道路命名方案。\n"
                   "📍乙坪街道\n🔹乙坪大道:南起乙坪收费站,北至丙泽镇界,全长约5.2公里。\n🔹丁风路:西起乙坪大道,"
                   "东至丁风村。\n"
                   "📍戊公街道\n✅戊公东路:北起戊公路,南至己天大道。\n✅庚杨路:西起己天大道,东至庚杨村。\n")
            << "丁风路"
            << "start=乙坪大道|end=丁风村|subdistricts=[乙坪街道]|records=4";
        QTest::newRow("lead: 批复同意A区部分道路命名方案 places the roads; a headline emoji opens no item")
            << QStringLiteral(
                   "重磅!甲川区这4条路有名字了👇\n👆点击蓝字 "
                   "关注我们\n近日,甲市人民政府批复同意甲川区部分道路命名方案。\n"
                   "📍乙坪街道\n🔹乙坪大道:南起乙坪收费站,北至丙泽镇界,全长约5.2公里。\n🔹丁风路:西起乙坪大道,"
                   "东至丁风村。\n"
                   "📍戊公街道\n✅戊公东路:北起戊公路,南至己天大道。\n✅庚杨路:西起己天大道,东至庚杨村。\n")
            << "庚杨路"
            << "district=甲川区|subdistricts=[戊公街道]";
        QTest::newRow(
            "bullets: a repost's links after the list (▶标题 + 分享 收藏) are no items, nothing unread")
            << QStringLiteral("关于部分道路命名的公告\n▶甲一路:东起乙路,西至丙路。\n▶甲二路:东起乙路,"
                              "西至丁路。\n往期推荐\n"
                              "▶甲区2023年春季招聘会来了!\n▶@甲区人,这些地方明天停水\n分享 收藏 点赞 在看\n")
            << "甲二路"
            << "end=丁路|records=2|no_finding=unparsed_item";
        QTest::newRow("批复: the request quoted first names a 街道 only; the intro's district and 街道 win")
            << QStringLiteral("甲市人民政府关于乙贡区丙营街道部分道路命名的批复\n乙贡区人民政府:\n"
                              "你区《关于丙营街道部分道路命名的请示》收悉。经研究,"
                              "同意对位于乙贡区丙营街道辖区内的2条道路命名如下:\n"
                              "一、丁花路:西起甲山路,东至乙水街。\n二、戊园街:南起丁湖路,北至戊城路。\n")
            << "戊园街"
            << "district=乙贡区|subdistricts=[丙营街道]";
        QTest::newRow("cancel: 原“X”路名取消 and “Y”名称予以撤销 name the roads they cancel")
            << QStringLiteral("关于部分道路名称注销的公告\n1.原“甲星后街”路名取消,并入甲月路统一管理。\n"
                              "2.“乙湖巷”名称予以撤销。\n")
            << "甲星后街"
            << "action=cancel|records=2";
        QTest::newRow("heading 一、A区B镇 sets district and subdistrict")
            << QStringLiteral("关于部分道路命名的公告\n一、甲区乙镇\n1.松涛路。起于青山路,至白云路。\n"
                              "二、丙县丁乡\n1.竹影街。起于长江路,至黄河路。\n")
            << "竹影街"
            << "district=丙县|subdistricts=[丁乡]|start=长江路|end=黄河路|records=2";
        QTest::newRow("heading 七、A区B街道、C街道 sets both subdistricts")
            << QStringLiteral(
                   "关于部分道路命名的公告\n七、甲区东关街道、西关街道\n1.通衢大街。东起青山路,西至白云路。\n"
                   "八、甲区东关街道\n1.松涛路。北起通衢大街,南至长江路。\n")
            << "通衢大街"
            << "district=甲区|subdistricts=[东关街道,西关街道]|records=2";

        // --- Notices and findings ---
        QTest::newRow("bridges and tunnels are not road records")
            << QStringLiteral("道路予以命名。其中隧道正式命名为胶州湾隧道,南起薛家岛,北止团岛。新冠高架路:"
                              "北起杭鞍高架路,"
                              "南止莘县路立交桥。\n")
            << "新冠高架路"
            << "records=1|finding=not_a_road";
        QTest::newRow("an item read in part is still a record, with a finding naming what is missing")
            << QStringLiteral(
                   "道路命名:\n1.拟将位于历下区龙洞街道辖区内,北起龙耀路,"
                   "长210米、宽15米的道路命名为龙苑街。\n"
                   "2.拟将位于历下区龙洞街道辖区内,北起甲路,南至乙路,长200米、宽15米的道路命名为龙华街。\n")
            << "龙苑街"
            << "start=龙耀路|end=|records=2|finding=incomplete_item";
        QTest::newRow("a signing year that disagrees with the text is reported")
            << QStringLiteral("关于部分道路拟命名的公示\n序号 | 拟名称 | 起点 | 终点 |\n1 | 桂庄路 | "
                              "南起甲路 | 北至乙路 |\n"
                              "公示日期:2023年2月13日—2023年2月17日\n南京市某区地名办\n2022年2月13日\n")
            << "桂庄路"
            << "date=2022-02-13|finding=date_year_mismatch";
        QTest::newRow("a traffic notice naming no road gives no notice")
            << QStringLiteral(
                   "现将有关事项通告如下:一、管制区域:越都路。二、越都路火车站前路段(艮塔西路口至仁爱支路口)"
                   "实施全封闭交通管制。特此通告\n")
            << ""
            << "status=nonotice";
        QTest::newRow("a text that speaks of naming but has no item says so")
            << QStringLiteral("市民政局召开会议,研究道路命名工作,要求各区加强地名管理。\n") << ""
            << "status=nonotice|error=no line reads like a road record";

        // --- Tag stage (issue 8): lexicon cues in generated phrasings, not one sample's wording ---
        const QString title = QStringLiteral("关于部分道路命名的公告\n现对以下道路予以命名:\n");
        const QString where = QStringLiteral("位于甲区乙街道");
        const QString measures = QStringLiteral(",长100米,宽10米。\n");
        // Start and end cues without compass words, anywhere in the clause.
        const QList<std::pair<QString, QString>> courses{
            {QStringLiteral("起于乙路,至丙路"), "起于…至"},
            {QStringLiteral("起于乙路,止于丙路"), "起于…止于"},
            {QStringLiteral("起自乙路,到丙路"), "起自…到"},
            {QStringLiteral("始于乙路,止于丙路"), "始于…止于"},
            {QStringLiteral("自乙路至丙路"), "自A至B"},
            {QStringLiteral("由乙路至丙路"), "由A至B"},
            {QStringLiteral("从乙路到丙路"), "从A到B"},
            {QStringLiteral("乙路至丙路段"), "A至B段"},
            {QStringLiteral("起点为乙路,终点为丙路"), "起点为…终点为"}};
        for (const auto& [course, label] : courses)
            QTest::newRow(qPrintable(QStringLiteral("course %1 in a 一、 item").arg(label)))
                << title + QStringLiteral("一、甲一路。") + where + u',' + course + measures << "甲一路"
                << "start=乙路|end=丙路|start_dir=|end_dir=|district=甲区|subdistricts=[乙街道]";
        // Names: a bare name and a comma, a header line, the name last after 故名 / 取名为.
        const QList<std::pair<QString, QString>> names{
            {QStringLiteral("一、甲一路,") + where + QStringLiteral(",起于乙路,至丙路"), "X,"},
            {QStringLiteral("一、") + where + QStringLiteral(",起于乙路,至丙路,故名甲一路"), "…,故名X"},
            {QStringLiteral("一、") + where + QStringLiteral(",起于乙路,至丙路的道路取名为甲一路"),
             "取名为X"},
            {QStringLiteral("一、甲区乙街道的甲一路。起于乙路,至丙路"), "prefix A区B街道的X"}};
        for (const auto& [item, label] : names)
            QTest::newRow(qPrintable(QStringLiteral("name form %1").arg(label)))
                << title + item + measures << "甲一路"
                << "name=甲一路|start=乙路|end=丙路|district=甲区|subdistricts=[乙街道]|records=1";
        // Context: the title's and the introduction's place stand behind every item; generic areas
        // (小区, 社区) are never districts.
        QTest::newRow("context: title 关于丙区部分道路命名的公告")
            << QStringLiteral("关于丙区部分道路命名的公告\n一、甲一路。起于乙路,至丙路") + measures +
                   QStringLiteral("二、甲二路。起于乙路,至丁路") + measures
            << "甲二路"
            << "district=丙区|records=2";
        QTest::newRow("context: intro 现对位于丁区的以下道路")
            << QStringLiteral(
                   "关于部分道路命名的公告\n现对位于丁区的以下道路予以命名:\n一、甲一路。起于乙路,至丙路") +
                   measures
            << "甲一路"
            << "district=丁区";
        QTest::newRow("context: an item's own place wins over the title's")
            << QStringLiteral("关于丙区部分道路命名的公告\n一、甲一路。位于戊区,起于乙路,至丙路") + measures
            << "甲一路"
            << "district=戊区";
        QTest::newRow("context: a title that names roads gives no place")
            << QStringLiteral("关于甲一路等市区内道路命名的公告\n一、甲一路。起于乙路,至丙路") + measures
            << "甲一路"
            << "district=";
        for (const char* area : {"阳光小区", "东湖社区", "老城区"})
            QTest::newRow(qPrintable(QStringLiteral("place: %1 is no district").arg(QString::fromUtf8(area))))
                << title + QStringLiteral("一、甲一路。位于") + QString::fromUtf8(area) +
                       QStringLiteral("内,起于乙路,至丙路") + measures
                << "甲一路"
                << "district=";
        // Renames in the item: 原名Y,现更名为X after the name's full stop.
        QTest::newRow("rename: X。原名Y,现更名为X")
            << title + QStringLiteral("一、甲一路。原名乙一路,现更名为甲一路,起于乙路,至丙路") + measures
            << "甲一路"
            << "action=rename|old_name=乙一路";
        // A remark attached to a reference belongs to it, whatever verbs it holds: "(向东延伸至B)" after an
        // end neither opens a clause nor makes the item an adjustment. Each end, each remark verb.
        for (const char* verb : {"延伸至", "延长至", "通往", "直至"})
            for (const bool atStart : {true, false}) {
                const QString remark = QStringLiteral("(向东%1丙丁公司)").arg(QString::fromUtf8(verb));
                const QString course = atStart ? QStringLiteral("东起乙路交会处%1,西至丙路").arg(remark)
                                               : QStringLiteral("东起丙路,西至乙路交会处%1").arg(remark);
                QTest::newRow(qPrintable(QStringLiteral("remark: %1 inside the %2 reference")
                                             .arg(QString::fromUtf8(verb), atStart ? u"start" : u"end")))
                    << title + QStringLiteral("一、甲一路。位于甲区,") + course + measures << "甲一路"
                    << (atStart ? QStringLiteral("action=name|start=乙路交会处%1|end=丙路").arg(remark)
                                : QStringLiteral("action=name|start=丙路|end=乙路交会处%1").arg(remark));
            }
        // An end at a meeting of roads: "A、B交汇处" is one end; a plain 、 still ends the reference.
        for (const char* junction : {"交汇处", "交会处", "交叉口", "十字路口", "路口"})
            QTest::newRow(
                qPrintable(QStringLiteral("junction: 至A、B%1 is one end").arg(QString::fromUtf8(junction))))
                << title + QStringLiteral("一、甲一路。位于甲区,北起乙路,南至丙路、丁路") +
                       QString::fromUtf8(junction) + measures
                << "甲一路" << QStringLiteral("end=丙路、丁路%1|start=乙路").arg(QString::fromUtf8(junction));
        QTest::newRow("junction: 途经A、B lists two waypoints")
            << title + QStringLiteral("一、甲一路。位于甲区,北起乙路,途经丙路、丁路,南至戊路") + measures
            << "甲一路"
            << "via=[丙路,丁路]|end=戊路";
        // A mirror site's inserted reading stays in the printed value (label README, strings) and never
        // splits a name, a place or a list: after a district suffix, inside a name, in a list head.
        QTest::newRow("reading: 位于甲區(qū) keeps the district as printed")
            << title + QStringLiteral("一、甲一路。位于甲區(qū),北起乙路,南至丙路") + measures << "甲一路"
            << "district=甲區(qū)|start=乙路";
        QTest::newRow("reading: 命名为甲發(fā)街 keeps the name whole")
            << title + QStringLiteral("一、位于甲区,北起乙路,南至丙路的道路命名为甲發(fā)街。\n")
            << "甲發(fā)街"
            << "district=甲区|end=丙路";
        QTest::newRow("reading: 甲區(qū):A、B list head")
            << QStringLiteral("关于道路命名的公告\n甲區(qū):甲一路、甲發(fā)街、甲三巷\n") << "甲發(fā)街"
            << "district=甲區(qū)|records=3";
        QTest::newRow("reading: (G354) in a reference is no reading")
            << title + QStringLiteral("一、甲一路。位于甲区,北起乙路(G354),南至丙路") + measures << "甲一路"
            << "district=甲区|start=乙路(G354)|end=丙路";
        // "A至B段" with waypoints after it, a remark inside A, or the adjustment verb before it.
        QTest::newRow("pair: A至B段,途经C")
            << title + QStringLiteral("一、甲一路。位于甲区,乙路至丙路段,途经丁湖") + measures << "甲一路"
            << "start=乙路|end=丙路|via=[丁湖]|start_dir=|end_dir=";
        QTest::newRow("pair: A(remark with 至)至B段")
            << title + QStringLiteral("一、甲一路。位于甲区,乙路交会处(向东延伸至丁厂)至丙路段") + measures
            << "甲一路"
            << "start=乙路交会处(向东延伸至丁厂)|end=丙路|end_dir=";
        for (const char* verb : {"起止点调整为", "起止点变更为", "调整为"})
            QTest::newRow(qPrintable(QStringLiteral("pair: %1A至B段").arg(QString::fromUtf8(verb))))
                << title + QStringLiteral("一、甲一路。位于甲区,") + QString::fromUtf8(verb) +
                       QStringLiteral("乙路至丙路段") + measures
                << "甲一路"
                << "start=乙路|end=丙路";
        // The old name after any delimiter the name has, the dash included.
        for (const char* dash : {"——", "—", ":", "。"})
            QTest::newRow(
                qPrintable(QStringLiteral("rename: X%1原名Y,现更名为X").arg(QString::fromUtf8(dash))))
                << title + QStringLiteral("一、甲东街") + QString::fromUtf8(dash) +
                       QStringLiteral("原名甲一街,现更名为甲东街,位于甲区,南起乙路,北至丙路") + measures
                << "甲东街"
                << "action=rename|old_name=甲一街|start=乙路";
        // The item opens with the old name: "一、A更名为X。", quoted or not, 改名 too.
        for (const char* form : {"甲一街更名为甲东街。", "“甲一街”更名为“甲东街”。", "甲一街改名为甲东街。",
                                 "甲一街路段更名为甲东街。"})
            QTest::newRow(qPrintable(QStringLiteral("rename: item opens %1").arg(QString::fromUtf8(form))))
                << QStringLiteral("关于部分道路更名的公告\n一、") + QString::fromUtf8(form) +
                       QStringLiteral("\n二、乙一街更名为乙东街。\n")
                << "甲东街"
                << "action=rename|old_name=甲一街|records=2";

        // A notice of one road: a single bullet or bare name line with an item's content is its item;
        // a count phrase "道路一条" is no name.
        for (const char* mark : {"◆", "●", "■", ""})
            QTest::newRow(qPrintable(QStringLiteral("single item: %1X。…").arg(QString::fromUtf8(mark))))
                << title + QString::fromUtf8(mark) +
                       QStringLiteral("甲一路。位于甲区,南起乙路,北至丙路。\n特此公告。\n")
                << "甲一路"
                << "records=1|start=乙路|end=丙路";
        QTest::newRow("single item: 新建道路一条,… is a count, not a name")
            << title + QStringLiteral("新建道路一条,甲区新建了甲一路:南起乙路,北至丙路。\n") << "甲一路"
            << "records=1|end=丙路";

        // A name list table that places each road (序号 | 道路名称 | 所在区) is read as a table.
        for (const char* place : {"所在区", "所属街道", "位置"})
            QTest::newRow(
                qPrintable(QStringLiteral("table: name list with a %1 column").arg(QString::fromUtf8(place))))
                << QStringLiteral("关于部分道路命名的公告\n| 序号 | 道路名称 | %1 |\n| 1 | 甲一路 | 甲区 |\n"
                                  "| 2 | 甲二路 | 甲区 |\n| 3 | 甲三巷 | 乙区 |\n")
                       .arg(QString::fromUtf8(place))
                << "甲三巷"
                << "records=3|action=name";

        // A numbered line of the name and its pinyin, the description below it ("1.金银路 Jīnyín Lù").
        for (const char* py : {" Jiǎyī Lù", " Jiayi Lu", "(Jiǎyī Lù)", " JIAYI LU"})
            for (const char* mark : {"1.", "(1)", "一、"})
                QTest::newRow(qPrintable(QStringLiteral("name line %1X%2 over its description")
                                             .arg(QString::fromUtf8(mark), QString::fromUtf8(py))))
                    << title +
                           QStringLiteral("%1甲一路%2\n\n  位于甲区中部。南起乙路,北至丙路,长1500米,宽33米。"
                                          "根据当地居民惯称命名。\n\n%3甲二路%4\n\n  位于甲区东部。东起乙路,"
                                          "西至丁路,长200米,宽20米。\n")
                               .arg(QString::fromUtf8(mark), QString::fromUtf8(py),
                                    QString::fromUtf8(mark).replace(u'1', u'2').replace(u'一', u'二'),
                                    QString::fromUtf8(py)
                                        .replace(QStringLiteral("yī"), QStringLiteral("èr"))
                                        .replace(QStringLiteral("yi"), QStringLiteral("er"))
                                        .replace(QStringLiteral("YI"), QStringLiteral("ER")))
                    << "甲一路"
                    << QStringLiteral(
                           "records=2|district=甲区|start=乙路|end=丙路|length_m=1500|width_min_m=33|"
                           "pinyin=%1")
                           .arg(QString::fromUtf8(py).remove(u'(').remove(u')').trimmed());

        // "南起A,向北折至B": a heading, then a turn whose heading is not stated, before the end.
        for (const char* turn : {"折", "转", "拐"})
            QTest::newRow(qPrintable(
                QStringLiteral("turn of unstated heading: 向北%1至B").arg(QString::fromUtf8(turn))))
                << title + QStringLiteral(
                               "1.甲一路。位于甲区,南起乙路,向北%1至丙路仓库,长1600米,宽25米。\n"
                               "2.甲二路。位于甲区,北起乙路,向南%1至丁路、戊路交汇处。长2100米,宽35米。\n")
                               .arg(QString::fromUtf8(turn))
                << "甲一路"
                << "records=2|start_dir=南|start=乙路|end_dir=北|end=丙路仓库|shape=L|length_m=1600";

        // A line wrapped inside a number (OCR, PDF text layers): "长166⏎7米", "长222.⏎3米", "长224⏎.5米".
        for (const char* wrap : {"166\n7", "1667\n", "16\n67", "166.\n7", "166\n.7"})
            QTest::newRow(qPrintable(QStringLiteral("number wrapped over lines: %1")
                                         .arg(QString::fromUtf8(wrap).replace(u'\n', u'|'))))
                << title + QStringLiteral(
                               "一、甲一路。位于甲区,北起乙路,南至丙路,长%1米,宽9米。\n二、甲二路。位于甲区,"
                               "东起乙路,西至丁路,长210米,宽15米。\n")
                               .arg(QString::fromUtf8(wrap))
                << "甲一路"
                << QStringLiteral("records=2|length_m=%1|width_min_m=9")
                       .arg(QString::fromUtf8(wrap).remove(u'\n'));
        // A table row's last number and the next row's first stay apart.
        QTest::newRow("number wrap: a table row's number and the next row's number stay apart")
            << QStringLiteral(
                   "关于部分道路命名的公告\n序号 道路名称 起点 终点 长度(米)\n1 甲一路 乙路 丙路 100\n"
                   "2 甲二路 乙路 丁路 200\n3 甲三路 乙路 戊路 300\n")
            << "甲二路"
            << "records=3|length_m=200|start=乙路|end=丁路";

        // A marked line the page wrapped inside the name ("十一、东闸新村横一⏎巷。位于…") is an item.
        for (const char* cut : {"甲村横一|巷", "甲村横|一巷", "甲|村横一巷"})
            QTest::newRow(
                qPrintable(QStringLiteral("name wrapped after its marker: %1").arg(QString::fromUtf8(cut))))
                << title +
                       QStringLiteral("十、乙村横一巷。位于甲镇,西南起乙路,东北至丙路,长约103米,宽10.5米。\n"
                                      "十一、%1。位于甲镇,西南起丙路,东北至丁路,长约172米,宽8.2米。\n")
                           .arg(QString::fromUtf8(cut).replace(u'|', u'\n'))
                << "甲村横一巷"
                << "records=2|subdistricts=[甲镇]|start=丙路|end=丁路|length_m=172";
        QTest::newRow("name wrapped after its marker: a heading over prose stays a heading")
            << title + QStringLiteral("一、甲一路。位于甲区,南起乙路,"
                                      "北至丙路。\n三、建议方式\n以电话等形式建议。区地名办负责汇总。\n")
            << "甲一路"
            << "records=1";

        // "X(原Y),…": the new name heads the item, its former name in brackets (rename sections).
        for (const char* former : {"原", "原名", "曾用名:", "原名:", "原“"})
            for (const char* delim : {",", ":", "。"})
                QTest::newRow(qPrintable(QStringLiteral("former name in brackets: X(%1Y)%2")
                                             .arg(QString::fromUtf8(former), QString::fromUtf8(delim))))
                    << QStringLiteral(
                           "关于部分道路更名的通知\n二、更名道路(2条)\n1.甲一路(%1乙一路%3)%2南北走向,"
                           "起于丙路,止于原丁路。\n2.甲二路(%1乙二路%3)%2东西走向,起于丙路,止于戊路。\n")
                           .arg(QString::fromUtf8(former), QString::fromUtf8(delim),
                                QString::fromUtf8(former).endsWith(u'“') ? QStringLiteral("”") : QString())
                    << "甲一路"
                    << "records=2|action=rename|old_name=乙一路|start=丙路|end=原丁路";
        QTest::newRow("former name in brackets: a remark on an end is no former name")
            << QStringLiteral("关于部分道路命名的通知\n一、命名道路(2条)\n1.甲一路,南北走向,起于丙路(原乙路),"
                              "止于丁路。\n"
                              "2.甲二路,东西走向,起于丙路,止于戊路。\n")
            << "甲一路"
            << "records=2|action=name|old_name=|start=丙路(原乙路)|end=丁路";

        // "起于A,与B相交,止于C": the course crosses B, a waypoint.
        for (const char* cross : {"与%1相交", "并与%1交叉", "与%1相接", "和%1平交"})
            QTest::newRow(
                qPrintable(QStringLiteral("crossing clause: %1").arg(QString::fromUtf8(cross).arg(u'B'))))
                << title + QStringLiteral(
                               "1.甲一路,东西走向,起于乙路,%1,止于丙路。\n2.甲二路,起于乙路,止于丁路。\n")
                               .arg(QString::fromUtf8(cross).arg(QStringLiteral("戊路")))
                << "甲一路"
                << "records=2|start=乙路|end=丙路|via=[戊路]";
        QTest::newRow("crossing clause: a start at a crossing stays the start")
            << title +
                   QStringLiteral("1.甲一路,起于乙路与戊路相交处,止于丙路。\n2.甲二路,起于乙路,止于丁路。\n")
            << "甲一路"
            << "records=2|start=乙路与戊路相交处|end=丙路|via=[]";

        // An untitled text's headline ("甲山市乙区部分道路拟命名方案公示", no 关于) places its roads; the
        // issuer line above it does not.
        for (const char* head :
             {"甲山市乙区部分道路拟命名方案公示", "乙区部分道路命名公告", "甲山市乙区道路更名公示"})
            QTest::newRow(qPrintable(QStringLiteral("headline place: %1").arg(QString::fromUtf8(head))))
                << QStringLiteral("甲市丙区民政局\n%1\n来源: 甲市丙区民政局\n现将有关道路命名方案公示如下。\n"
                                  "1.甲一路,起于乙路,止于丙路。\n2.甲二路,起于乙路,止于丁路。\n")
                       .arg(QString::fromUtf8(head))
                << "甲一路"
                << "records=2|district=乙区|start=乙路|end=丙路";
        QTest::newRow("headline place: a headline naming only its city places nothing")
            << QStringLiteral(
                   "甲市部分道路命名公告\n1.甲一路,起于乙路,止于丙路。\n2.甲二路,起于乙路,止于丁路。\n")
            << "甲一路"
            << "records=2|district=";
        QTest::newRow("headline place: table rows take it too")
            << QStringLiteral("甲山市乙区部分道路命名公示\n| 序号 | 道路名称 | 起点 | 终点 |\n| 1 | 甲一路 | "
                              "乙路 | 丙路 |\n"
                              "| 2 | 甲二路 | 乙路 | 丁路 |\n")
            << "甲二路"
            << "records=2|district=乙区|start=乙路|end=丁路";

        // An ends cell "A—B" (no cue words): A is the start, B the end (label convention: bare pairs).
        for (const char* dash : {"—", "——", "~", "～", "-"})
            QTest::newRow(qPrintable(QStringLiteral("table: ends cell A%1B").arg(QString::fromUtf8(dash))))
                << QStringLiteral(
                       "关于部分道路命名的公告\n| 序号 | 拟命名 | 起讫点 | 长(米) |\n"
                       "| 1 | 甲一路 | 乙路北侧%1丙河 | 360 |\n| 2 | 甲二路 | 乙路%1丁路7号门 | 133 |\n")
                       .arg(QString::fromUtf8(dash))
                << "甲二路"
                << "records=2|start=乙路|end=丁路7号门|start_dir=|end_dir=|length_m=133";
        QTest::newRow("table: an ends cell with cue words is read as it is")
            << QStringLiteral(
                   "关于部分道路命名的公告\n| 序号 | 拟命名 | 起讫点 | 长(米) |\n"
                   "| 1 | 甲一路 | 东起乙路—西至丙路 | 360 |\n| 2 | 甲二路 | 东起乙路,西至丁路 | 133 |\n")
            << "甲一路"
            << "records=2|start=乙路—|start_dir=东|end=丙路|end_dir=西";

        // A flattened table (one cell per line) whose last row the end of the text cut, with or without
        // its merged cell.
        {
            const QString head = QStringLiteral(
                "关于部分道路命名的公示\n序号\n所属街道\n起讫点\n走向\n长(米)\n宽(米)\n拟命名\n"
                "命名理由\n1\n甲街道\n乙路—丙路\n南北\n360\n7\n甲一巷\n"
                "取名甲一巷。\n2\n丁街道\n乙路—丁路\n东西\n133\n8\n甲二巷\n取名甲二巷。\n");
            QTest::newRow("flattened table: last row cut, merged cell left out")
                << head + QStringLiteral("3\n乙路—戊路\n东西\n77\n13\n甲三巷\n") << "甲三巷"
                << "records=3|subdistricts=[丁街道]|start=乙路|end=戊路|length_m=77|width_min_m=13";
            QTest::newRow("flattened table: last row cut, its own place given")
                << head + QStringLiteral("3\n戊街道\n乙路—戊路\n东西\n77\n13\n甲三巷\n") << "甲三巷"
                << "records=3|subdistricts=[戊街道]|start=乙路|end=戊路|length_m=77|width_min_m=13";
        }

        // A new section that takes an existing road's name adjusts that road (label convention).
        for (const char* same :
             {"该路段是%1延伸路段,故取名%1", "该路为%1的延长段", "沿用现有道路名称", "与%1为同一条路"})
            QTest::newRow(qPrintable(
                QStringLiteral("same road: %1")
                    .arg(QString::fromUtf8(same).replace(QStringLiteral("%1"), QStringLiteral("X")))))
                << title + QStringLiteral("1.甲一路,起于乙路,止于丙路,%1。\n2.甲二路,起于乙路,止于丁路。\n")
                               .arg(QString::fromUtf8(same).replace(QStringLiteral("%1"),
                                                                    QStringLiteral("甲一路")))
                << "甲一路"
                << "records=2|action=adjust|start=乙路|end=丙路";
        QTest::newRow("same road: another road's extension is no adjustment")
            << title + QStringLiteral(
                           "1.甲一路,起于乙路,止于丙路,该路是戊路延伸路段。\n2.甲二路,西起规划己路延伸段,"
                           "东至丁路。\n")
            << "甲二路"
            << "records=2|action=name|start=规划己路延伸段";
        QTest::newRow("same road: in a table's remark column")
            << QStringLiteral("关于部分道路命名的公告\n| 序号 | 拟命名 | 起点 | 终点 | 命名理由 |\n"
                              "| 1 | 甲一路 | 乙路 | 丙路 | 该路段是甲一路延伸路段,故取名甲一路 |\n"
                              "| 2 | 甲二路 | 乙路 | 丁路 | 取名甲二路 |\n")
            << "甲一路"
            << "records=2|action=adjust";

        // A place printed before a name in running prose ("甲镇乙村的X(…)、Y(…);丙镇丁村的Z(…)") holds for
        // the names after it until the next place.
        for (const char* village : {"乙村", "乙社区", ""})
            for (const char* unit : {"镇", "街道", "区"}) {
                const QString a = QStringLiteral("甲") + QString::fromUtf8(unit);
                const QString b = QStringLiteral("丙") + QString::fromUtf8(unit);
                const bool district = QString::fromUtf8(unit) == u"区";
                QTest::newRow(qPrintable(QStringLiteral("prose place prefix: %1%2的X(…)、Y(…);%3的Z")
                                             .arg(a, QString::fromUtf8(village), b)))
                    << QStringLiteral(
                           "本报讯 "
                           "记者获悉,经市政府同意,新命名的3条路分别为:%1%2的甲一路(南起乙路,北止丙路)、"
                           "甲二路(西起丁路,东止甲一路);%3%2的甲三路(南起戊路,北止己路)。\n")
                           .arg(a, QString::fromUtf8(village), b)
                    << "甲二路"
                    << (district
                            ? QStringLiteral("records=3|district=%1|start=丁路|end=甲一路").arg(a)
                            : QStringLiteral("records=3|subdistricts=[%1]|start=丁路|end=甲一路").arg(a));
            }
        QTest::newRow("prose place prefix: the next group's place replaces it")
            << QStringLiteral("本报讯 经市政府同意,新命名的3条路分别为:甲镇乙村的甲一路(南起乙路,北止丙路)、"
                              "甲二路(西起丁路,东止甲一路);丙镇丁村的甲三路(南起戊路,北止己路)。\n")
            << "甲三路"
            << "records=3|subdistricts=[丙镇]";

        // A former-name column makes its rows renames, whatever a naming headline far above says.
        for (const char* col : {"原名称", "原名", "曾用名"})
            QTest::newRow(qPrintable(
                QStringLiteral("table: %1 column under a naming headline").arg(QString::fromUtf8(col))))
                << QStringLiteral("甲山市乙区部分道路命名方案今启用\n记者获悉,"
                                  "本次命名道路10条。\n另有2条街道同时更名,具体为:\n"
                                  "序号 标准名称 %1\n1 甲一路 乙一路\n2 甲二路 乙二路\n")
                       .arg(QString::fromUtf8(col))
                << "甲二路"
                << "records=2|action=rename|old_name=乙二路";
        // A heading over roads of several districts says of none which it is in.
        QTest::newRow("heading naming two districts gives no district")
            << QStringLiteral("甲山高新区乙新区18条道路命名方案今启用\n序号 标准名称 原名称\n1 甲一路 "
                              "乙一路\n2 甲二路 乙二路\n")
            << "甲一路"
            << "records=2|district=";
        QTest::newRow("heading naming one district gives it")
            << QStringLiteral("甲山高新区18条道路命名方案今启用\n序号 标准名称 原名称\n1 甲一路 乙一路\n2 "
                              "甲二路 乙二路\n")
            << "甲一路"
            << "records=2|district=甲山高新区";

        // "A至B段" is the section between A and B; "至B规划延伸段" ends at B's extension (a noun).
        for (const char* tail : {"规划延伸段", "延长段", "延伸段"})
            QTest::newRow(
                qPrintable(QStringLiteral("bare pair ending in %1 keeps it").arg(QString::fromUtf8(tail))))
                << title +
                       QStringLiteral(
                           "甲一路:乙路至丙路%1,因紧邻机场而命名。\n甲二路:乙路至丁路,因紧邻机场而命名。\n")
                           .arg(QString::fromUtf8(tail))
                << "甲一路" << QStringLiteral("records=2|start=乙路|end=丙路%1").arg(QString::fromUtf8(tail));
        QTest::newRow("bare pair A至B段 ends at B")
            << title + QStringLiteral(
                           "甲一路:乙路至丙路段,因紧邻机场而命名。\n甲二路:乙路至丁路,因紧邻机场而命名。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丙路";

        // Run-on prose: "将X位于A区,起止点调整为…" names the road whose extent changes before its verb.
        for (const char* verb : {"起止点调整为", "起讫点变更为", "调整为", "起止点调整后为"})
            for (const char* course : {"起于乙路,至丙路", "东起乙路,西至丙路", "北至丙路"})
                QTest::newRow(qPrintable(QStringLiteral("prose adjust: 将X位于A区,%1%2")
                                             .arg(QString::fromUtf8(verb), QString::fromUtf8(course))))
                    << QStringLiteral(
                           "关于部分道路命名的公告\n现公告如下:将位于甲区,东起乙路,"
                           "西至丁路的道路命名为甲二路;"
                           "将甲一路位于甲区戊街道,%1%2;将位于甲区,东起乙路,西至己路的道路命名为甲三路。\n")
                           .arg(QString::fromUtf8(verb), QString::fromUtf8(course))
                    << "甲一路"
                    << QStringLiteral("records=3|action=adjust|district=甲区|subdistricts=[戊街道]|end=丙路");
        QTest::newRow("prose adjust: 将“X”的起止点调整为…")
            << QStringLiteral("关于部分道路调整的公告\n现公告如下:将“甲一路”的起止点调整为东起乙路,西至丙路;"
                              "将位于甲区,东起乙路,西至己路的道路命名为甲三路。\n")
            << "甲一路"
            << "records=2|action=adjust|start=乙路|end=丙路";
        // "北至B的X予以注销": the road after 的 is the object of the act, no part of its end.
        for (const char* act : {"予以注销", "注销", "予以销名"})
            QTest::newRow(qPrintable(QStringLiteral("prose cancel: …北至B的X%1").arg(QString::fromUtf8(act))))
                << QStringLiteral("关于部分道路命名的公告\n现公告如下:将位于甲区,南起乙路,北至丙渠的甲一路%1;"
                                  "将位于甲区,东起乙路,西至己路的道路命名为甲三路。\n")
                       .arg(QString::fromUtf8(act))
                << "甲一路"
                << "records=2|action=cancel|start=乙路|end=丙渠|district=甲区";
        // "位于A区的X路予以注销": the place ends at 的 (a road named after a 乡 is no subdistrict).
        QTest::newRow("location ends at 的: 位于A区的甲乡路予以注销")
            << title + QStringLiteral("九、位于甲区的甲乡路予以注销。\n十、位于甲区的甲乡东路予以注销。\n")
            << "甲乡路"
            << "records=2|action=cancel|district=甲区|subdistricts=[]";

        // A section heading of several towns ("一、甲镇、乙镇") places its roads in all of them.
        for (const char* sep : {"、", "和", "及"})
            QTest::newRow(
                qPrintable(QStringLiteral("heading of two towns: 甲镇%1乙镇").arg(QString::fromUtf8(sep))))
                << title + QStringLiteral(
                               "一、甲镇%1乙镇\n1.甲一路。北起乙路,南至丙路。\n二、甲镇\n1.甲二路。东起乙路,"
                               "西至丁路。\n")
                               .arg(QString::fromUtf8(sep))
                << "甲一路"
                << "records=2|subdistricts=[甲镇,乙镇]";
        // "A至B、C交汇处段": the junction's 、 does not split the section's end.
        for (const char* junction : {"交汇处", "交叉口", "十字路口"})
            QTest::newRow(qPrintable(
                QStringLiteral("bare pair to a junction: A至B、C%1段").arg(QString::fromUtf8(junction))))
                << title + QStringLiteral(
                               "一、甲一路。位于甲区,乙路至丙路、丁路%1段,长2100米。\n二、甲二路。位于甲区,"
                               "乙路至戊路段,长100米。\n")
                               .arg(QString::fromUtf8(junction))
                << "甲一路"
                << QStringLiteral("records=2|start=乙路|end=丙路、丁路%1").arg(QString::fromUtf8(junction));

        // Endpoint cues of the label convention: 接 ends, 经/过 pass, a distance ends at no feature.
        QTest::newRow("end cue 接 with a heading: 南起A,北接B")
            << title + QStringLiteral("1.甲一路,南起乙路,北接丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丙路|end_dir=北|shape=straight";
        QTest::newRow("end cue 接 at a clause start: 起于A,接B")
            << title + QStringLiteral("1.甲一路,起于乙路,接丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丙路";
        QTest::newRow("接 inside a word is no end: 西起A与B交接处,东止C")
            << title +
                   QStringLiteral("1.甲一路,西起乙路与丁路交接处,东止丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路与丁路交接处|end=丙路|via=[]";
        QTest::newRow("via cue 经: 起于A,经B,止于C")
            << title + QStringLiteral("1.甲一路,起于乙路,经戊路,止于丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丙路|via=[戊路]";
        QTest::newRow("via cue 经 before places: 起于A,经B、C,止于D")
            << title +
                   QStringLiteral(
                       "1.甲一路,起于乙路,经东方新城、玉宏小区,止于丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丙路|via=[东方新城,玉宏小区]";
        QTest::newRow("经 of an axis road is no via: 由经十路至B")
            << title + QStringLiteral("1.甲一路,由经十路至丙路。\n2.甲二路,东起乙路,西至丁路。\n") << "甲一路"
            << "records=2|start=经十路|end=丙路|via=[]";
        QTest::newRow("via cue 过 between two 至: 南至A,过B至C (both via, label convention)")
            << title + QStringLiteral("1.甲一路,南至乙路,过戊路至丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=|end=丙路|via=[乙路,戊路]";
        QTest::newRow("a reason's places are no via: 因该路经过A而得名")
            << title +
                   QStringLiteral(
                       "1.甲一路,东起乙路,西至丙路。因该路经过戊村而得名。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丙路|via=[]";
        // A heading, 经 and 至 in one clause: the heading opens the leg its waypoints lie on, the 至 after
        // the waypoints ends it. Simplified and traditional 经, with and without a comma before 至.
        for (const char* jing : {"经", "經", "途经", "经过"}) {
            const QString cue = QString::fromUtf8(jing);
            QTest::newRow(qPrintable(QStringLiteral("heading and waypoints: 南起A,向北%1B、C至D").arg(cue)))
                << title + QStringLiteral("1.甲一路,南起乙路,向北%1丙路、丁路至戊路,全长约3.6公里。\n"
                                          "2.甲二路,东起乙路,西至丁路。\n")
                               .arg(cue)
                << "甲一路"
                << "records=2|start_dir=南|start=乙路|end_dir=北|end=戊路|via=[丙路,丁路]|shape=straight|"
                   "length_m=3600";
            QTest::newRow(qPrintable(QStringLiteral("heading and waypoints: 西起A,向东%1B,至C").arg(cue)))
                << title +
                       QStringLiteral("1.甲一路,西起乙路,向东%1己村,至戊路。\n2.甲二路,东起乙路,西至丁路。\n")
                           .arg(cue)
                << "甲一路"
                << "records=2|start_dir=西|start=乙路|end_dir=东|end=戊路|via=[己村]|shape=straight";
            QTest::newRow(
                qPrintable(QStringLiteral("waypoint inside the start's clause: 西起A%1B至C").arg(cue)))
                << title + QStringLiteral(
                               "1.甲一路,西起乙路%1丙路至戊路,长500米。\n2.甲二路,东起乙路,西至丁路。\n")
                               .arg(cue)
                << "甲一路"
                << "records=2|start_dir=西|start=乙路|end_dir=东|end=戊路|via=[丙路]|shape=straight";
        }
        QTest::newRow("waypoints inside the start's clause keep their list: 西起A经B、C至D")
            << title + QStringLiteral("1.甲一路,西起乙路经丙路、丁村至戊路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=戊路|via=[丙路,丁村]";
        // Negative rows: 经 after a start that names no road is part of that start's name; 经 in a start
        // with no 至 after it in the clause opens no waypoint; 经…同意 is an administrative step.
        QTest::newRow("经 inside a start that is no road: 西起A村经济合作社至B")
            << title + QStringLiteral("1.甲一路,西起丙村经济合作社至戊路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=丙村经济合作社|end=戊路|via=[]";
        QTest::newRow("经 after a start's road with no 至 in the clause: 西起A经B,东止C")
            << title + QStringLiteral("1.甲一路,西起乙路经丙路,东止戊路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路经丙路|end=戊路|via=[]";
        QTest::newRow("经…同意 after a heading is no waypoint")
            << title + QStringLiteral("1.甲一路,东起乙路,西至丙路,向西经区政府同意延至戊路。\n"
                                      "2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|via=[]";
        // "向南延伸至B": the verb of a heading's leg, then its end; 顺A (along A) is a waypoint like 沿A. In
        // a new road's course it is no extension: the action is the item's own.
        for (const char* verb : {"延伸至", "延长至", "延伸到", "行至"})
            QTest::newRow(qPrintable(QStringLiteral("leg verb: 此路北起A,顺B向南%1C in a naming item")
                                         .arg(QString::fromUtf8(verb))))
                << QStringLiteral(
                       "关于部分道路命名的公示\n现公示如下:\n1、拟将甲镇规划道路命名为“甲一路”。此路北起乙路,"
                       "顺丙河向南%1丁路,长1.05公里。\n2、拟将甲镇规划道路命名为“甲二路”。此路东起乙路,西至"
                       "戊路。\n")
                       .arg(QString::fromUtf8(verb))
                << "甲一路"
                << "records=2|action=name|start_dir=北|start=乙路|end_dir=南|end=丁路|via=[丙河]|shape="
                   "straight";
        QTest::newRow("an extension of an old course stays one: 原A南起B,北止C,现将其向北延伸至D")
            << title + QStringLiteral("1.甲一路:原甲一路南起乙路,北止丙路,现将其向北延伸至戊路。\n"
                                      "2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|action=adjust|end=戊路|end_dir=北";
        // 沿用, 沿袭 (keep using) are no 沿; a naming reason's places are no waypoints, however it is put
        // (label convention, via): a labelled reason, a clause from 因 to 得名, a clause ending in 故名.
        for (const char* keep : {"沿用现有名称", "沿用甲系列名称", "沿袭原有路名"})
            QTest::newRow(qPrintable(QStringLiteral("沿用 is no via: …,%1").arg(QString::fromUtf8(keep))))
                << title + QStringLiteral("1.甲一路,东起乙路,西至丙路,%1。\n2.甲二路,东起乙路,西至丁路。\n")
                               .arg(QString::fromUtf8(keep))
                << "甲一路"
                << "records=2|start=乙路|end=丙路|via=[]";
        QTest::newRow("沿 before a river still is a waypoint: 东起A,沿B,西至C")
            << title + QStringLiteral("1.甲一路,东起乙路,沿丙河,西至丁路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|via=[丙河]|end=丁路";
        for (const char* reason : {"命名理由:该路经过己镇创业园区,与甲二路形成系列", "命名依据:道路途经己村",
                                   "该路经过己村,故名甲一路", "因该路经己村而得名"})
            QTest::newRow(qPrintable(
                QStringLiteral("a reason's places are no via: …,%1").arg(QString::fromUtf8(reason))))
                << title + QStringLiteral(
                               "1.甲一路,东起乙路,西至丙路,长约900米,%1。\n2.甲二路,东起乙路,西至丁路。\n")
                               .arg(QString::fromUtf8(reason))
                << "甲一路"
                << "records=2|start=乙路|end=丙路|via=[]";
        QTest::newRow(
            "a reason clause before the course leaves the course's waypoint: 因A而得名。该路西起B,跨C,东至D")
            << title + QStringLiteral(
                           "1、甲镇新建道路取名“甲一路”,因该路经己村而得名。该路西起乙路,跨丙河,东至丁路。\n"
                           "2、甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丁路|via=[丙河]";
        QTest::newRow(
            "a course in a sentence that ends in 故名 keeps its waypoint: 该路北起A,经B,南至C,故名X")
            << title +
                   QStringLiteral(
                       "1.甲一路,该路北起乙路,经丙路,南至丁路,故名甲一路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丁路|via=[丙路]";
        QTest::newRow("a subject sentence's waypoint: 该路北起A,经B,南至C")
            << title +
                   QStringLiteral("1.甲一路。该路北起乙路,经丙路,南至丁路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丁路|via=[丙路]";
        // The old course of an adjustment: in a remark after the new one, or before the new extent. The new
        // extent is the record's (label convention, adjust); the old ends are no waypoints.
        for (const char* remark : {"(原北止于戊路)", "(原北至戊路)", "(原南起乙路,北止戊路)"})
            QTest::newRow(qPrintable(
                QStringLiteral("old course remark: …北至规划C,宽24米%1").arg(QString::fromUtf8(remark))))
                << title + QStringLiteral(
                               "1.甲一路。位于甲区,现将其向北延伸,起止范围变更为:南起乙路,北至规划丙路,"
                               "全长1.7公里,宽24米%1。\n2.甲二路,东起乙路,西至丁路。\n")
                               .arg(QString::fromUtf8(remark))
                << "甲一路"
                << "records=2|start=乙路|end=规划丙路|planned_refs=[规划丙路]|via=[]|old_end=戊路|length_m="
                   "1700";
        QTest::newRow("old course remark right after the end: 北至C(原北止于D)")
            << title + QStringLiteral("1.甲一路。位于甲区,南起乙路,北至丙路(原北止于戊路),全长1.7公里。\n"
                                      "2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|end=丙路|via=[]|old_end=戊路";
        QTest::newRow("a former name in an end's remark stays: 北至C(原D)")
            << title + QStringLiteral("1.甲一路。位于甲区,南起乙路,北至丙路(原戊路),全长1.7公里。\n"
                                      "2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|end=丙路(原戊路)|via=[]";
        QTest::newRow("old course before the new extent: 原X南起A,北止B,现…变更为南起A,北至C")
            << title + QStringLiteral(
                           "1.甲一路:原甲一路南起乙路,北止戊路,现将其向北延伸,起止范围变更为南起乙路,北至"
                           "丙路,延伸后全长2.6公里。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丙路|end_dir=北|via=[]";
        QTest::newRow("an end before the start is still the other end: 西至A,东起B")
            << title + QStringLiteral("1.甲一路,西至乙路,东起丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=丙路|end=乙路|via=[]";
        QTest::newRow("distance end: 北起A,向南800米止")
            << title +
                   QStringLiteral("1.甲一路,北起乙路,向南800米止,宽20米。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=|end_dir=南|length_m=800|shape=straight";
        QTest::newRow("distance end after a stated length keeps the length")
            << title +
                   QStringLiteral("1.甲一路,北起乙路,向南800米止,长900米。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|end=|end_dir=南|length_m=900";
        QTest::newRow("start clause 自A起,至B止")
            << title + QStringLiteral("1.甲一路,自乙路起,至丙路止。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路|end=丙路";
        QTest::newRow("a start cue opens its reference: 由跨A桥北堍至B")
            << title + QStringLiteral("1.甲一路,由跨戊河桥北堍至丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|start=跨戊河桥北堍|end=丙路|via=[]";

        // A sibling sentence about the road: "该路东起A,西至B" gives its course.
        for (const char* subject : {"该路", "此路", "该道路", "该街"})
            QTest::newRow(qPrintable(QStringLiteral("subject sentence: 将X更名为Y。%1东起A,西至B")
                                         .arg(QString::fromUtf8(subject))))
                << QStringLiteral("关于部分道路更名的通告\n1.将“甲一路”更名为“甲一大道”。%1东起乙路,西至丙路,"
                                  "全长2.5公里。\n"
                                  "2.将“甲二路”更名为“甲二大道”。\n")
                       .arg(QString::fromUtf8(subject))
                << "甲一大道"
                << "records=2|action=rename|old_name=甲一路|start_dir=东|start=乙路|end=丙路|length_m=2500";
        // A renamed segment: the old road is the old name, its course in brackets gives the ends.
        for (const char* seg : {"西段", "东段", "北半段", ""})
            QTest::newRow(qPrintable(
                QStringLiteral("renamed segment: 将原“A”%1(自B至C)更名为“X”").arg(QString::fromUtf8(seg))))
                << QStringLiteral("关于部分道路更名的通告\n1.将原“甲一路”%1(自乙路至丙路)更名为“甲二路”。\n"
                                  "2.将“丁路”更名为“丁大道”。\n")
                       .arg(QString::fromUtf8(seg))
                << "甲二路"
                << "records=2|action=rename|old_name=甲一路|start=乙路|end=丙路";
        // A section heading of nothing but an act ("二、注销") is a heading, not an item.
        for (const char* act : {"注销", "更名", "命名", "注销道路", "道路更名"})
            QTest::newRow(qPrintable(QStringLiteral("act-only heading: 二、%1").arg(QString::fromUtf8(act))))
                << QStringLiteral(
                       "关于部分道路更名和注销的通告\n一、命名\n1.甲一路,东起乙路,西至丙路。\n二、%1\n"
                       "1.甲二路,东起乙路,西至丁路。\n")
                       .arg(QString::fromUtf8(act))
                << "甲二路"
                << "records=2|no_finding=unparsed_item|start=乙路|end=丁路";
        // "东风街(东起A,西至B),因…予以销名": the name heads the item, its course in brackets.
        QTest::newRow("bracketed course after the name: X(东起A,西至B),因…予以销名")
            << QStringLiteral("关于部分道路注销的通告\n二、注销\n1.甲一巷。因旧城改造,予以注销。\n"
                              "2.甲二街(东起乙路,西至丙路),因道路拆除,予以销名。\n")
            << "甲二街"
            << "records=2|action=cancel|start=乙路|end=丙路|start_dir=东";
        // News: "此外,原“A”更名为“X”" gives the old name; "高新区12条新建道路" places the roads.
        QTest::newRow("news lead: a district before the count of its roads places them all")
            << QStringLiteral(
                   "本报讯 日前,经甲市人民政府批复同意,丙安区6条新建道路正式命名。\n"
                   "1.桐花路:东起甲山路,西至乙水街,长800米。\n2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "丙园街"
            << "district=丙安区|start=丁湖路";
        QTest::newRow("lead: 对A区B街道、C街道范围内N条道路进行了命名: the district, not the two 街道")
            << QStringLiteral(
                   "丙州区对甲南街道、乙火街道范围内7条道路进行了命名。\n"
                   "1.桐花路:东起甲山路,西至乙水街,长800米。\n2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "桐花路"
            << "district=丙州区|subdistricts=[]";
        QTest::newRow("lead in traditional script: 對A區B街道N條道路予以命名, one 街道 places them too")
            << QStringLiteral(
                   "近日,甲市民政局對丁陽區淡甲街道5條道路予以命名。\n"
                   "1.桐花路:東起甲山路,西至乙水街,長800米。\n2.丙園街:南起丁湖路,北至戊城路,長500米。\n")
            << "丙園街"
            << "district=丁陽區|subdistricts=[淡甲街道]";
        QTest::newRow("lead: a zone whose name holds 经 and a district that begins with 和 keep them")
            << QStringLiteral(
                   "日前,甲水经济开发区2条道路正式命名。\n"
                   "1.桐花路:东起甲山路,西至乙水街,长800米。\n2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "桐花路"
            << "district=甲水经济开发区";
        QTest::newRow("lead: 对和平区N条道路")
            << QStringLiteral(
                   "市民政局对和平区2条道路予以命名。\n"
                   "1.桐花路:东起甲山路,西至乙水街,长800米。\n2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "丙园街"
            << "district=和平区";
        QTest::newRow("negative lead: A区和B区N条道路 says which holds each road no more than none")
            << QStringLiteral(
                   "丙安区和丁湖区5条道路近日完成命名。\n"
                   "1.桐花路:东起甲山路,西至乙水街,长800米。\n2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "丙园街"
            << "district=";
        QTest::newRow("negative lead: counts in two districts place no road")
            << QStringLiteral(
                   "丙安区3条道路和丁湖区2条道路近日完成命名。\n"
                   "1.桐花路:东起甲山路,西至乙水街,长800米。\n2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "丙园街"
            << "district=";
        QTest::newRow("negative lead: a count of districts (市内四区) is no district")
            << QStringLiteral(
                   "本市市内四区12条道路近日完成命名。\n"
                   "1.桐花路:东起甲山路,西至乙水街,长800米。\n2.丙园街:南起丁湖路,北至戊城路,长500米。\n")
            << "桐花路"
            << "district=";
        QTest::newRow("prose: the office before 对 is no part of the district (我局对A区N条道路…)")
            << QStringLiteral("经市政府批准,我局对丙兰区3条道路进行了命名:将甲路以北的规划道路命名为桐花大道,"
                              "该路西起甲山路,"
                              "东至乙水河,长约4.2公里;丙园街南起丁湖路,北止戊城路,长1.6公里。\n")
            << "桐花大道"
            << "district=丙兰区";
        QTest::newRow("news: 此外,原“A”更名为“X” and a district before its count")
            << QStringLiteral(
                   "本报讯 "
                   "日前,市民政局公布了道路命名方案,甲山区3条新建道路有了正式名称。其中,纵一路命名为“甲一路”,"
                   "南起乙路,北至丙路;纵二路命名为“甲二路”,南起乙路,北至丁路。此外,"
                   "原“戊大道”更名为“甲大道”。\n")
            << "甲大道"
            << "records=3|action=rename|old_name=戊大道|district=甲山区";

        // An attachment after the signature and date ("附件:道路命名表") is read too.
        for (const char* table :
             {"| 序号 | 道路名称 | 起点 | 终点 |\n| 1 | 甲二路 | 乙路 | 丁路 |\n| 2 | 甲三路 | 乙路 | 戊路 "
              "|\n",
              "序号\n道路名称\n起点\n终点\n1\n甲二路\n乙路\n丁路\n2\n甲三路\n乙路\n戊路\n"})
            QTest::newRow(qPrintable(
                QStringLiteral("attachment after the date: %1").arg(QString::fromUtf8(table).left(8))))
                << QStringLiteral(
                       "关于部分道路命名的通知\n一、甲一路。东起乙路,西至丙路。\n特此通知。\n某市民政局\n"
                       "2023年1月1日\n附件:道路命名表\n%1")
                       .arg(QString::fromUtf8(table))
                << "甲三路"
                << "records=3|start=乙路|end=戊路|date=2023-01-01";

        // "起止点:A—B" in an item: the ends marker and a pair joined by a dash or tilde (label convention).
        for (const char* ends :
             {"起止点:乙路—丙路", "起止点:乙路——丙路", "起讫点为乙路~丙路", "起止点:乙路～丙路"})
            QTest::newRow(
                qPrintable(QStringLiteral("ends marker and dash pair: %1").arg(QString::fromUtf8(ends))))
                << title + QStringLiteral("1.甲一路:%1,长1.2公里,宽30米。\n2.甲二路:北起乙路,南至丁路。\n")
                               .arg(QString::fromUtf8(ends))
                << "甲一路"
                << "records=2|start=乙路|end=丙路|start_dir=|end_dir=|length_m=1200";
        QTest::newRow("a dash inside a name without an ends marker is no pair")
            << title +
                   QStringLiteral("1.甲一路:北起乙路—丙路交叉口,南至丁路。\n2.甲二路:北起乙路,南至丁路。\n")
            << "甲一路"
            << "records=2|start=乙路—丙路交叉口|end=丁路";
        // A section heading naming a 街道 keeps the title's district.
        QTest::newRow("街道 heading under a district title")
            << QStringLiteral(
                   "关于甲山区部分道路命名的公告\n一、乙街道\n1.甲一路:北起乙路,南至丙路。\n二、丙街道\n"
                   "1.甲二路:北起乙路,南至丁路。\n")
            << "甲二路"
            << "records=2|district=甲山区|subdistricts=[丙街道]";
        // A group naming and later sentences giving each road's course are one record per road.
        QTest::newRow("group naming, then 其中X东起A… per road")
            << QStringLiteral("关于甲山区新建道路命名的通知\n经区政府同意,"
                              "现将位于甲新城的三条新建道路依次命名为“甲一路”、“甲二路”、"
                              "“甲三路”。其中甲一路东起乙路,西至丙路;甲二路南起丁路,北至戊路;甲三路东起己路,"
                              "西至庚路。\n特此通知。\n")
            << "甲二路"
            << "records=3|start=丁路|end=戊路|via=[]|no_finding=duplicate_name";
        // "经区政府同意" is an administrative step, no waypoint.
        QTest::newRow("经…同意 is no via")
            << title +
                   QStringLiteral("1.甲一路,经区政府同意,东起乙路,西至丙路。\n2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|via=[]|start=乙路";

        // "同意将城区以下道路命名:" names a generic area after its verb: no district.
        QTest::newRow("heading 同意将城区以下N条道路命名 gives no district")
            << QStringLiteral("某县人民政府关于城区部分道路命名的批复\n同意将城区以下2条道路命名:\n1.甲一路,"
                              "东起乙路,西至丙路。\n"
                              "2.甲二路,东起乙路,西至丁路。\n")
            << "甲一路"
            << "records=2|district=";
        // "(自A至B路段)": the section's 段 after B is no part of B.
        for (const char* seg : {"自乙路至丙路段", "自乙路至丙街段", "由乙路至丙路段"})
            QTest::newRow(qPrintable(QStringLiteral("renamed section (%1)").arg(QString::fromUtf8(seg))))
                << QStringLiteral("关于部分道路更名的通告\n1.将原“甲一路”(%1)更名为“甲二路”。\n2."
                                  "将“丁路”更名为“丁大道”。\n")
                       .arg(QString::fromUtf8(seg))
                << "甲二路"
                << QStringLiteral("records=2|old_name=甲一路|start=乙路|end=%1")
                       .arg(QString::fromUtf8(seg).mid(QString::fromUtf8(seg).indexOf(u'至') + 1).chopped(1));

        // "将东起A、西至B的规划一路命名为“X”": the working name after 的 is the object, no part of B.
        for (const char* object : {"规划一路", "三号路", "道路"})
            QTest::newRow(qPrintable(
                QStringLiteral("object after 的 before 命名为: %1").arg(QString::fromUtf8(object))))
                << title + QStringLiteral("1、将东起乙路、西至丙路的%1命名为“甲一路”;"
                                          "\n2、将南起乙路、北至丁路的道路命名为“甲二路”。\n")
                               .arg(QString::fromUtf8(object))
                << "甲一路"
                << "records=2|start=乙路|end=丙路|end_dir=西";
        // "注销“A”、“B”路名": one cancel record per quoted name.
        for (const char* verb : {"注销", "予以注销", "销名"})
            QTest::newRow(qPrintable(
                QStringLiteral("cancel list in an item: %1“A”、“B”路名").arg(QString::fromUtf8(verb))))
                << title +
                       QStringLiteral(
                           "1、将东起乙路、西至丙路的道路命名为“甲一路”;\n2、%1“甲二巷”、“甲三巷”路名。\n")
                           .arg(QString::fromUtf8(verb))
                << "甲三巷"
                << "records=3|action=cancel|no_finding=unparsed_item";
        QTest::newRow("cancel list in prose: 同时注销“A”和“B”")
            << QStringLiteral("关于部分道路注销的通告\n经研究,同时注销“甲二巷”、“甲三巷”。\n") << "甲二巷"
            << "records=2|action=cancel";

        // A form of labelled lines per road ("道路名称:X⏎起点:A⏎终点:B⏎长度:N米").
        for (const char* label : {"道路名称", "路名", "拟命名"})
            for (const char* mark : {"一、", "1.", ""})
                QTest::newRow(qPrintable(QStringLiteral("form of labelled lines: %1%2:X")
                                             .arg(QString::fromUtf8(mark), QString::fromUtf8(label))))
                    << QStringLiteral(
                           "关于部分道路命名的公告\n%1%2:甲一路\n起点:乙路\n终点:丙路\n长度:500米,宽度:20米\n"
                           "%3%2:甲二路\n起点:乙路\n终点:丁路\n长度:300米,宽度:12米\n")
                           .arg(QString::fromUtf8(mark), QString::fromUtf8(label),
                                QString::fromUtf8(mark).replace(u'一', u'二').replace(u'1', u'2'))
                    << "甲二路"
                    << "records=2|start=乙路|end=丁路|length_m=300|width_min_m=12";

        // The gate by evidence: no title or naming word needed; negative cues weigh against.
        QTest::newRow("gate: untitled news list with ends and 定名, no title")
            << QStringLiteral("本报讯 记者从市里获悉,以下道路已经定名:\n1.甲一路,起于乙路,至丙路,长100米。\n"
                              "2.甲二路,起于乙路,至丁路,长200米。\n")
            << "甲二路"
            << "records=2|start=乙路|end=丁路";
        QTest::newRow("gate: untitled list with ends and no act word gives no notice")
            << QStringLiteral("本报讯 记者从市里获悉:\n1.甲一路,起于乙路,至丙路,长100米。\n"
                              "2.甲二路,起于乙路,至丁路,长200米。\n")
            << ""
            << "status=nonotice";
        QTest::newRow("gate: untitled traffic notice with a course gives no notice")
            << QStringLiteral("因道路施工,甲一路(东起乙路,西至丙路)实施交通管制,公交线路绕行。\n"
                              "甲二路(东起乙路,西至丁路)封闭施工,请绕行。\n")
            << ""
            << "status=nonotice";

        // A list one level below "一、": enclosed numerals and bracketed numbers open its items.
        for (const char* marks : {"①②③", "⑴⑵⑶", "❶❷❸", "➀➁➂"})
            QTest::newRow(qPrintable(
                QStringLiteral("enclosed markers %1 under 一、…具体为:").arg(QString::fromUtf8(marks))))
                << QStringLiteral(
                       "甲市人民政府关于乙区部分道路命名的批复\n一、同意对乙区3条道路予以命名,具体为:\n"
                       "%1位于丙街道境内,北起甲一路,南至甲二路,长800米、宽18米的道路,命名为丁一路。\n"
                       "%2位于丙街道境内,西起甲三路,东至甲四路,长600米、宽12米的道路,命名为丁二路。\n"
                       "%3位于戊镇境内,南起甲五路,北至甲六路,长1.2公里、宽9米的道路,命名为丁三路。\n"
                       "二、请你局会同乙区人民政府做好地名标志设置和标准地名推广使用工作。\n")
                       .arg(QString(QString::fromUtf8(marks)[0]), QString(QString::fromUtf8(marks)[1]),
                            QString(QString::fromUtf8(marks)[2]))
                << "丁三路"
                << "records=3|subdistricts=[戊镇]|start_dir=南|start=甲五路|end=甲六路|length_m=1200|"
                   "width_min_m=9|no_finding=unparsed_item|no_finding=numbering_repeat";
        for (const char* open : {"〔", "[", "【", "［"}) {
            const QString o = QString::fromUtf8(open);
            const QString c = o == u"〔"   ? QStringLiteral("〕")
                              : o == u"【" ? QStringLiteral("】")
                              : o == u"［" ? QStringLiteral("］")
                                           : QStringLiteral("]");
            QTest::newRow(qPrintable(QStringLiteral("bracketed item numbers %11%2").arg(o, c)))
                << QStringLiteral(
                       "关于乙区部分道路命名的批复\n一、同意命名的道路\n"
                       "%11%2位于丙街道境内,北起甲一路,南至甲二路,长800米,宽18米的道路,命名为丁一路。\n"
                       "%12%2位于丙街道境内,西起甲三路,东至甲四路,长600米,宽12米的道路,命名为丁二路。\n"
                       "二、请你局按照国家标准设置地名标志。\n")
                       .arg(o, c)
                << "丁二路"
                << "records=2|start_dir=西|start=甲三路|end=甲四路|length_m=600|no_finding=unparsed_item";
        }
        // A numbered instruction with no road in it is the notice's own text (no unread item).
        QTest::newRow("numbered instruction without a road: no unparsed_item")
            << QStringLiteral(
                   "关于乙区部分道路命名的公告\n一、甲一路,东起乙路,西至丙路,长500米。\n"
                   "二、甲二路,东起乙路,西至丁路,长300米。\n三、请各单位及时更新地名标志,做好宣传工作。\n")
            << "甲二路"
            << "records=2|no_finding=unparsed_item";

        // A group sharing its course ("均西起A"), with measures given road by road ("分别为").
        QTest::newRow("group: 均西起A,东至B,长度分别为…,宽度均为…,依次命名为")
            << QStringLiteral(
                   "关于部分道路命名的批复\n一、位于丙街道境内的三条东西向道路,均西起甲一路,东至甲二路,"
                   "长度分别为1200米、1180米、1150米,宽度均为24米,依次命名为丁一路、丁二路、丁三路。\n")
            << "丁二路"
            << "records=3|start_dir=西|start=甲一路|end_dir=东|end=甲二路|length_m=1180|width_min_m=24|"
               "width_max_m=24";
        QTest::newRow("group: 长分别为 with one unit at the end, 宽依次为")
            << QStringLiteral(
                   "关于部分道路命名的批复\n一、两条道路皆南起甲一路,北至甲二路,长分别为1.2、0.9公里,"
                   "宽依次为20米、16米,分别命名为丁一路、丁二路。\n")
            << "丁二路"
            << "records=2|start=甲一路|length_m=900|width_min_m=16";
        QTest::newRow("group: measures after the list (依次命名为A、B,长度分别为…)")
            << QStringLiteral(
                   "关于部分道路命名的批复\n一、南起甲一路、北至甲二路的两条道路依次命名为丁一路、丁二路,"
                   "长度分别为700米、650米。\n")
            << "丁一路"
            << "records=2|length_m=700";
        QTest::newRow("group: a respective list of another count is no road's")
            << QStringLiteral(
                   "关于部分道路命名的批复\n一、两条道路均南起甲一路,北至甲二路,长度分别为700米、650米、"
                   "600米,依次命名为丁一路、丁二路。\n")
            << "丁二路"
            << "records=2|length_m=";

        // "经A后折向北": 后 says when the course turns, it is no part of the waypoint.
        QTest::newRow("via: 经A东门后折向北")
            << QStringLiteral(
                   "关于部分道路命名的公告\n一、甲一路,西起乙路,向东经丙中学东门后折向北,至丁路止,长900米。\n"
                   "二、甲二路,西起乙路,东至丁路,长300米。\n")
            << "甲一路"
            << "records=2|via=[丙中学东门]|end=丁路";

        // A paragraph's sentence that counts a place's roads ("甲街道3条。") places the roads after it.
        for (const char* count : {"2条。", "两条:", "共2条。"})
            QTest::newRow(
                qPrintable(QStringLiteral("prose: 丙街道%1 places its roads").arg(QString::fromUtf8(count))))
                << QStringLiteral("乙区2条新建道路拟定名\n近日,乙区地名办对辖区内2条新建道路拟定了名称。\n"
                                  "丙街道%1一条北起甲一路,南至甲二路,长约900米,宽12米,拟取名为丁一路;"
                                  "另一条东起丁一路,西至甲三路,长700米,宽7米,拟取名为丁二路。\n")
                       .arg(QString::fromUtf8(count))
                << "丁二路"
                << "records=2|district=乙区|subdistricts=[丙街道]|start_dir=东|start=丁一路|end=甲三路|"
                   "length_m=700";
        QTest::newRow("prose: 其南侧平行道路西起A: a start after the road it describes")
            << QStringLiteral(
                   "乙区2条新建道路拟定名\n近日,乙区对2条新建道路拟定了名称。一条东西向道路,西起甲一路,"
                   "东至甲二路,长约1.8公里,拟取名为丁一路;其南侧平行道路西起甲一路,东至甲三路,长约1.6公里,"
                   "拟取名为丁二路。\n")
            << "丁二路"
            << "records=2|start_dir=西|start=甲一路|end=甲三路|length_m=1600";

        // A page's furniture amid an item (a PDF copied as text): the page number and the next page's
        // running header are no part of the road.
        for (const char* page : {"— 2 —", "- 2 -", "·2·", "第2页", "第 2 页 共 3 页"})
            QTest::newRow(
                qPrintable(QStringLiteral("page number %1 inside an item").arg(QString::fromUtf8(page))))
                << QStringLiteral(
                       "甲市人民政府文件\n关于乙区部分道路命名的批复\n"
                       "(一)丁一路,位于丙街道辖区,北起甲一路,南至甲二\n\n    %1\n\n甲市人民政府文件\n"
                       "路,长1350米,宽20米。\n(二)丁二路,位于丙街道辖区,西起甲三路,东至甲四路,长600米。\n")
                       .arg(QString::fromUtf8(page))
                << "丁一路"
                << "records=2|end=甲二路|length_m=1350|width_min_m=20";
        // News naming its roads as subjects: after a participle, or before the verb closing the sentence.
        for (const char* participle : {"新命名的", "此次命名的", "本次定名的"})
            QTest::newRow(
                qPrintable(QStringLiteral("news: %1X位于…,南起A").arg(QString::fromUtf8(participle))))
                << QStringLiteral("近日,乙山区日前对2条新建道路进行了命名。\n%1丁一路位于丙街道辖区,"
                                  "南起甲一路,北至甲二路,"
                                  "全长约2.6公里,宽40米。\n丁二路北起甲三路,南至甲四路,全长4.3公里。\n")
                       .arg(QString::fromUtf8(participle))
                << "丁一路"
                << "records=2|district=乙山区|subdistricts=[丙街道]|start=甲一路|end=甲二路|length_m=2600";
        for (const char* verb : {"也正式命名", "已定名", "同步获得命名"})
            QTest::newRow(qPrintable(QStringLiteral("news: …的X%1。该路东起A").arg(QString::fromUtf8(verb))))
                << QStringLiteral("乙区2条新建道路正式命名\n甲一路北起甲二路,南至甲三路,长800米。\n"
                                  "此外,丙镇境内的丁二路%1。该路东起甲四路,西至戊村,长3.5公里,路面宽7米。\n")
                       .arg(QString::fromUtf8(verb))
                << "丁二路"
                << "records=2|start_dir=东|start=甲四路|end=戊村|length_m=3500|width_min_m=7";
        QTest::newRow("news: a subject word (该路) is never a road's name")
            << QStringLiteral("乙区2条新建道路正式命名\n甲一路北起甲二路,南至甲三路,长800米。\n"
                              "此外,另有一条道路正在建设。该路东起甲四路,西至戊村,长3.5公里。\n")
            << "甲一路"
            << "records=1";
        QTest::newRow("news: 本次命名的街道有N条超过1公里 names no road")
            << QStringLiteral("乙区2条新建道路正式命名\n甲一路北起甲二路,南至甲三路,"
                              "长800米。甲二路北起甲三路,南至甲四路,"
                              "长600米。\n本次命名的街道有71条超过1公里,最长的是甲一路。\n")
            << "甲一路"
            << "records=2";
        QTest::newRow("news: 以下道路已正式命名 names no road")
            << QStringLiteral("乙区2条新建道路正式命名\n记者获悉,以下道路已正式命名。\n甲一路北起甲二路,"
                              "南至甲三路,长800米。"
                              "甲二路北起甲三路,南至甲四路,长600米。\n")
            << "甲二路"
            << "records=2";
        for (const char* adverb : {"日前", "近日", "此次"})
            QTest::newRow(qPrintable(
                QStringLiteral("lead: A区%1对N条新建道路进行了命名").arg(QString::fromUtf8(adverb))))
                << QStringLiteral(
                       "近日,记者获悉,经市政府批准,乙山区%1对2条新建道路进行了命名。\n"
                       "甲一路北起甲二路,南至甲三路,长800米。甲二路北起甲三路,南至甲四路,长600米。\n")
                       .arg(QString::fromUtf8(adverb))
                << "甲二路"
                << "records=2|district=乙山区";
        // A name and its description in two columns: the gap between them delimits the name.
        for (const char* gap : {"  ", "\u3000\u3000", "\t", "    "})
            QTest::newRow(qPrintable(QStringLiteral("name, a column gap, description (%1 chars)")
                                         .arg(QString::fromUtf8(gap).size())))
                << QStringLiteral("关于部分道路命名的通告\n① "
                                  "丁一路%1自甲一路至甲二路,长约780米,宽18米。该路位于戊小区东侧,故名。\n"
                                  "② 丁二街%1北起甲三路,南至甲四路,全长1020米,宽24米。\n")
                       .arg(QString::fromUtf8(gap))
                << "丁一路"
                << "records=2|start=甲一路|end=甲二路|length_m=780|width_min_m=18";
        QTest::newRow("a single OCR space inside a line stays joined (no column)")
            << QStringLiteral("关于部分道路命名的通告\n一、丁一路,北起甲一路,南至甲 "
                              "二路,长800米。\n二、丁二路,北起甲三路,南至甲四路,长600米。\n")
            << "丁一路"
            << "records=2|end=甲二路";

        // "第一条 【X】" over a form of labelled lines (所在地, 起止点, 长度, 宽度), in a 命名方案.
        for (const char* mark : {"第一条 ", "一、", "1."})
            QTest::newRow(qPrintable(
                QStringLiteral("form: %1【X】 over 所在地/起止点/长度 lines").arg(QString::fromUtf8(mark))))
                << QStringLiteral(
                       "甲市乙区部分道路命名方案\n本次命名道路共2条,具体如下:\n%1【丁一大道】\n所在地:丙镇\n"
                       "起止点:北起甲一路,南至S243省道\n长度:约4.2公里\n宽度:红线50米\n命名理由:"
                       "以镇名命名。\n\n"
                       "%2【丁二路】\n所在地:戊街道\n起止点:东起丁一大道,西至甲二路\n长度:1350米\n宽度:"
                       "24米\n")
                       .arg(QString::fromUtf8(mark),
                            QString::fromUtf8(mark).replace(u'一', u'二').replace(u'1', u'2'))
                << "丁二路"
                << "records=2|subdistricts=[戊街道]|start_dir=东|start=丁一大道|end=甲二路|length_m=1350|"
                   "width_min_m=24";

        // A group's shared sentence without a demonstrative: "三条道路均南起A,北至B".
        QTest::newRow("group: 依次命名为A、B、C。三条道路均南起D,北至E")
            << QStringLiteral("关于部分道路命名的批复\n(一)甲一路以北新建的三条南北向道路,"
                              "自西向东依次命名为丁一街、丁二街、"
                              "丁三街。三条道路均南起甲一路,北至甲二路,长约650米,宽16米。\n")
            << "丁三街"
            << "records=3|start_dir=南|start=甲一路|end=甲二路|length_m=650|width_min_m=16";

        // Texts that list roads with their ends and name none.
        QTest::newRow("negative: a census (地名普查) that says it names nothing")
            << QStringLiteral("乙区第二次全国地名普查成果(道路街巷类)"
                              "公示\n现将部分道路街巷地名普查信息予以公示。本次公示的均为"
                              "已有标准名称的道路街巷,不涉及地名的命名、更名。\n一、道路类\n"
                              "1.丁一路:位于丙街道,北起甲一路,南至甲二路,长约850米。\n"
                              "2.丁二街:位于丙街道,东起丁一路,西至甲三路,长约620米。1981年更名为丁二街。\n")
            << ""
            << "status=nonotice";
        QTest::newRow("generic: 或道路 (a function word before 道路) is no road's name")
            << QStringLiteral("关于部分道路命名的公告\n一、丁一路,北起甲一路,南至甲二路,"
                              "长800米。\n二、丁二路,东起甲三路,"
                              "西至甲四路,长600米。\n门牌以道路或道路起点方向左单右双的原则编制。\n")
            << "丁二路"
            << "records=2";

        // A space-aligned table prints an empty cell as nothing: a row's cells go under the header cells
        // they start beneath (display columns, an ideograph two wide, or characters), so an empty 备注,
        // an empty width or a 街道 printed once above shifts no cell.
        QTest::newRow("table: aligned, an empty last cell (display columns)")
            << QStringLiteral(
                   "关于乙山区部分道路命名的公告\n"
                   "序号   所属街道   道路名称   起点       止点       长度(米)   宽度(米)   备注\n"
                   "1      丙街道     丁一路     甲一路     甲二路     760        16\n"
                   "2      丙街道     丁二街     丁一路     甲三路     310        9          原规划一号路\n")
            << "丁一路"
            << "records=2|subdistricts=[丙街道]|length_m=760|width_min_m=16|end=甲二路";
        QTest::newRow("table: aligned, an empty middle cell (display columns)")
            << QStringLiteral("关于乙山区部分道路命名的公告\n"
                              "序号   道路名称   起点       止点       长度(米)   宽度(米)   所属街道\n"
                              "1      丁一路     甲一路     甲二路                16         丙街道\n"
                              "2      丁二街     丁一路     甲三路     310        9          戊街道\n")
            << "丁一路"
            << "records=2|subdistricts=[丙街道]|length_m=|width_min_m=16|end=甲二路";
        QTest::newRow("table: aligned, a 街道 printed once above (display columns)")
            << QStringLiteral("关于乙山区部分道路命名的公告\n"
                              "序号   所属街道   道路名称   起点       止点       长度(米)   宽度(米)\n"
                              "1      丙街道     丁一路     甲一路     甲二路     760        16\n"
                              "2                 丁二街     丁一路     甲三路     310        9\n"
                              "3      戊街道     丁三路     甲四路     甲五路     420        12\n")
            << "丁二街"
            << "records=3|subdistricts=[丙街道]|length_m=310|start=丁一路";
        QTest::newRow("table: aligned in characters (ideographic spaces), an empty last cell")
            << QStringLiteral("关于乙山区部分道路命名的公告\n"
                              "序号\u3000\u3000道路名称\u3000\u3000起点\u3000\u3000\u3000\u3000止点"
                              "\u3000\u3000\u3000\u3000长度\u3000\u3000备注\n"
                              "１\u3000\u3000\u3000\u3000丁一路\u3000\u3000\u3000甲一路\u3000\u3000\u3000"
                              "甲二路\u3000\u3000\u3000７６０\n"
                              "２\u3000\u3000\u3000\u3000丁二街\u3000\u3000\u3000丁一路\u3000\u3000\u3000"
                              "甲三路\u3000\u3000\u3000３１０\u3000\u3000\u3000延伸段\n")
            << "丁一路"
            << "records=2|length_m=760|end=甲二路";
        QTest::newRow("table: aligned, a row of fewer cells that fall under no header in order is no row")
            << QStringLiteral("关于乙山区部分道路命名的公告\n"
                              "序号   道路名称   起点       止点       长度(米)\n"
                              "1      丁一路     甲一路     甲二路     760\n"
                              "2      丁二街     丁一路     甲三路     310\n"
                              "注:长度  为  约数\n")
            << "丁二街"
            << "records=2|length_m=310";

        // An item stating several decisions, each naming its own road, is read decision by decision.
        QTest::newRow("item: several 将…命名为 decisions in one numbered item")
            << QStringLiteral("甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n"
                              "一、同意对以下3条道路予以命名:将北起甲一路、南至甲二路,全长1320米、宽30米的"
                              "规划经三路命名为“丁一路”;将东起甲三路、西至甲四路,长860米的道路命名为“丁二街”;"
                              "将起于丁一路、止于甲五路,长540米、宽16米的道路命名为“丁三巷”。\n"
                              "二、请你区及时设置地名标志。\n")
            << "丁二街"
            << "records=3|start=甲三路|end=甲四路|length_m=860|district=乙山区";
        QTest::newRow("item: several decisions after ①, renames among them")
            << QStringLiteral("关于乙山区部分道路命名和更名的公告\n"
                              "①将东起甲一路、西至甲二路的道路命名为丁一路;将原甲三路更名为丁二路。\n"
                              "②将南起甲四路、北至甲五路的道路命名为丁三路。\n")
            << "丁二路"
            << "records=3|action=rename|old_name=甲三路";
        QTest::newRow("item: a road renamed and its new section named after it is one record")
            << QStringLiteral(
                   "关于乙山区部分道路更名的公告\n"
                   "一、将原甲一路更名为丁一路,将其向北延伸段(北起甲二路,南至甲三路)一并命名为丁一路。\n"
                   "二、丁二路:东起甲四路,西至甲五路,长600米。\n")
            << "丁二路"
            << "records=2";

        // The item's place printed before the road (and before its former name).
        for (const char* place : {"乙山区丙镇", "乙山区丙街道", "乙山区"})
            QTest::newRow(qPrintable(
                QStringLiteral("place: %1原“X”更名为“Y” at the item's start").arg(QString::fromUtf8(place))))
                << QStringLiteral("关于部分道路更名的通告\n(一)%1原“甲一路”更名为“丁一路”。该路东起甲二路,"
                                  "西至甲三路,长1280米。\n(二)戊山区原“甲四路”更名为“丁二路”。\n")
                       .arg(QString::fromUtf8(place))
                << "丁一路" << QStringLiteral("records=2|old_name=甲一路|district=乙山区|start=甲二路");
        QTest::newRow("place: A区B镇“X”向北延伸,起止点调整为")
            << QStringLiteral(
                   "关于部分道路调整起止点的通告\n一、乙山区丙镇“丁一路”向北延伸,起止点调整为:南起甲一路,"
                   "北至甲二路,全长2150米(原北止甲三路)。\n二、戊山区“丁二路”起点由原“甲四路”调整为“甲五路”,"
                   "止点不变。\n")
            << "丁一路"
            << "records=2|action=adjust|district=乙山区|subdistricts=[丙镇]|start=甲一路|end=甲二路";
        QTest::newRow("adjust: 起点由原A调整为B, 止点不变 gives no end")
            << QStringLiteral(
                   "关于部分道路调整起止点的通告\n一、乙山区丙镇“丁一路”向北延伸,起止点调整为:南起甲一路,"
                   "北至甲二路。\n二、戊山区“丁二路”起点由原“甲四路”调整为“甲五路”,止点不变。\n")
            << "丁二路"
            << "records=2|action=adjust|district=戊山区|start=甲五路|end=";
        QTest::newRow("adjust: 止点由A变更为B")
            << QStringLiteral("关于部分道路调整起止点的通告\n一、丁一路止点由甲一路变更为甲二路,起点不变。\n"
                              "二、丁二路起点由原甲三路调整为甲四路。\n")
            << "丁一路"
            << "records=2|action=adjust|end=甲二路|start=";
        QTest::newRow("rename: 将A区B镇X路C路以东路段更名为Y (the road is the old name)")
            << QStringLiteral(
                   "关于部分道路更名的通告\n一、将乙山区丙镇甲一路甲二路以东路段更名为“丁一路”。"
                   "更名路段西起甲二路,东至甲三路,长430米。\n二、将甲四路甲五路至甲六路段更名为丁二路。\n")
            << "丁一路"
            << "records=2|old_name=甲一路|district=乙山区|subdistricts=[丙镇]|start=甲二路";
        QTest::newRow("rename: X路C路至D路段更名为Y")
            << QStringLiteral("关于部分道路更名的通告\n一、将乙山区丙镇甲一路甲二路以东路段更名为“丁一路”。\n"
                              "二、将甲四路甲五路至甲六路段更名为丁二路。\n")
            << "丁二路"
            << "records=2|old_name=甲四路";
        // A cancel verb and a colon before the roads: each with its place and its course.
        QTest::newRow("cancel: 其名称予以注销:A区B镇“X”(course);C区D街道“Y”、“Z”")
            << QStringLiteral(
                   "关于部分道路注销路名的通告\n三、注销路名\n以下道路因旧城改造已不复存在,其名称予以注销:"
                   "乙山区丙镇“丁一路”(东起甲一路,西至甲二路);戊山区己街道“丁二巷”、“丁三巷”。\n")
            << "丁三巷"
            << "records=3|action=cancel|district=戊山区|subdistricts=[己街道]|start=";
        QTest::newRow("cancel: 注销以下道路名称: bare names, the course in brackets")
            << QStringLiteral(
                   "关于部分道路注销路名的通告\n下列道路名称予以撤销:丁一路(东起甲一路,西至甲二路)、丁二巷、"
                   "丁三巷。\n")
            << "丁一路"
            << "records=3|action=cancel|start=甲一路|end=甲二路";
        QTest::newRow("cancel: a colon list ends at the first entry that is no road")
            << QStringLiteral(
                   "关于部分道路注销路名的通告\n下列道路名称予以撤销:丁一路、丁二巷,请各单位停止使用。\n")
            << "丁二巷"
            << "records=2|action=cancel";
        // "现就A区、B区部分道路…通告如下:" introduces; several districts place no road.
        QTest::newRow("place: 现就A区、B区…如下: is no heading and places no road")
            << QStringLiteral("甲市地名委员会关于乙山区和戊山区部分道路命名的通告\n现就乙山区、戊山区部分道路"
                              "命名通告如下:\n"
                              "一、丁一路:东起甲一路,西至甲二路,长800米。\n")
            << "丁一路"
            << "records=1|district=";

        // News: a section per district headed "A区:subtitle"; the place of a sentence's road before its 的 or
        // its course; a photo caption is no road; "A(…)、B(…)和C(…)".
        QTest::newRow("news: A区:subtitle heads a section, A街道的一条新路被命名为“X”")
            << QStringLiteral(
                   "甲市这些新路有名字了\n近日,我市对部分新建道路进行了命名。\n\n乙山区:2条道路获得新名\n\n"
                   "同在丙街道的一条新路被命名为“丁一路”,东起甲一路,西至甲二路,长860米。\n\n"
                   "戊山区:1条新路\n\n己镇新建的一条道路被命名为“丁二路”,该路西起甲三路,东至甲四路。\n")
            << "丁一路"
            << "records=2|district=乙山区|subdistricts=[丙街道]|start=甲一路|length_m=860";
        QTest::newRow("news: A镇新命名的“X”南起B (the start after the quoted name)")
            << QStringLiteral("甲市这些新路有名字了\n近日,我市对部分新建道路进行了命名。\n"
                              "此外,己镇新命名的“丁二路”南起甲三路,北至甲四路,长2.1公里。\n")
            << "丁二路"
            << "records=1|subdistricts=[己镇]|start=甲三路|end=甲四路|length_m=2100";
        QTest::newRow("news: A街道北起B、南至C的规划路被命名为“X” (the place before the course)")
            << QStringLiteral(
                   "甲市这些新路有名字了\n近日,我市对部分新建道路进行了命名。\n"
                   "在乙山区,丙街道北起甲一路、南至甲二路的规划经六路被命名为“丁一路”,全长约1.6公里。\n")
            << "丁一路"
            << "records=1|subdistricts=[丙街道]|start=甲一路|start_dir=北|end=甲二路";
        QTest::newRow("news: 均位于A街道,分别是X(…)、Y(…)和Z(…)")
            << QStringLiteral("甲市这些新路有名字了\n近日,我市对部分新建道路进行了命名。\n"
                              "乙山区此次新命名的3条道路均位于丙街道,分别是丁一路(东起甲一路,西至甲二路)"
                              "、丁二巷(南起甲三路,"
                              "北至甲四路)和丁三大道(东起甲五路,西至甲六路)。\n")
            << "丁三大道"
            << "records=3|subdistricts=[丙街道]|start=甲五路";
        QTest::newRow(
            "news: a list's last road 和平东路 after 、 keeps its 和 only when it is no road without")
            << QStringLiteral("甲市这些新路有名字了\n近日,我市对部分新建道路进行了命名。\n"
                              "乙山区此次新命名的2条道路分别是丁一路(东起甲一路,西至甲二路)和平路(南起甲三路,"
                              "北至甲四路)。\n")
            << "和平路"
            << "records=2|start=甲三路";
        for (const char* caption :
             {"▲图为已建成通车的丁一路(甲一路至甲二路段) 记者 王五 摄", "▲资料图:丁一路(甲一路至甲二路段)"})
            QTest::newRow(qPrintable(QStringLiteral("news: a photo caption is no road (%1)")
                                         .arg(QString::fromUtf8(caption).left(6))))
                << QStringLiteral("甲市这些新路有名字了\n近日,我市对部分新建道路进行了命名。\n%1\n"
                                  "乙山区丙街道的一条新路被命名为“丁一路”,东起甲一路,西至甲二路。\n")
                       .arg(QString::fromUtf8(caption))
                << "丁一路"
                << "records=1|no_finding=unparsed_item|start=甲一路";

        // Places: a 街道 whose name opens with a conjunction's character; two districts joined by 、.
        QTest::newRow("place: A区和平里街道 is one 街道, A区B街道、C区D街道 two districts")
            << QStringLiteral(
                   "关于部分道路命名的公告\n1.丁一路,位于乙山区丙街道、戊山区己街道,南起甲一路,北至甲二路。\n"
                   "2.丁二路,位于乙山区和平里街道,起于甲三路,止于甲四路,长480米。\n")
            << "丁二路"
            << "records=2|district=乙山区|subdistricts=[和平里街道]";
        QTest::newRow("place: A区B街道、C区D街道 gives both districts")
            << QStringLiteral(
                   "关于部分道路命名的公告\n1.丁一路,位于乙山区丙街道、戊山区己街道,南起甲一路,北至甲二路。\n"
                   "2.丁二路,位于乙山区和平里街道,起于甲三路,止于甲四路,长480米。\n")
            << "丁一路"
            << "records=2|district=乙山区、戊山区|subdistricts=[丙街道,己街道]";
        // A lead sentence naming one of its roads before 等 and the count places them all.
        for (const char* lead : {"近日,经甲市人民政府批准,乙山区丁一路等2条新建道路正式命名。",
                                 "现将乙山区丁一路等2条道路拟命名方案公示如下:"})
            QTest::newRow(qPrintable(
                QStringLiteral("place: lead A区X路等N条道路 (%1)").arg(QString::fromUtf8(lead).left(4))))
                << QStringLiteral(
                       "甲市民政局关于部分道路命名的公告\n%1\n1、丁一路:东起甲一路,西至甲二路,长800米。\n"
                       "2、丁二路:南起甲三路,北至甲四路,长600米。\n")
                       .arg(QString::fromUtf8(lead))
                << "丁二路"
                << "records=2|district=乙山区";
        // A later section repeating the names with their reasons adds no record.
        QTest::newRow("explanation: 命名说明 repeating the names is no second record")
            << QStringLiteral("关于部分道路命名的公告\n一、命名道路\n1.丁一路,位于乙山区丙街道,西起甲一路,"
                              "东至甲二路,长850米。\n"
                              "2.丁二路,位于乙山区丙街道,南起甲三路,北至甲四路,长800米。\n二、命名说明\n"
                              "丁一路:道路位于丁山东侧,以方位命名。\n丁二路:道路临近丁湖,故名。\n")
            << "丁二路"
            << "records=2|length_m=800|start=甲三路";

        // A numbered row is no header, whatever header words its cells hold; a row's 类别 cell saying
        // 新命名 makes its 原名 cell a working name.
        QTest::newRow("table: a row whose remark holds header words (原路名…) stays a row")
            << QStringLiteral("甲市民政局关于公布部分道路标准名称的公告\n"
                              "| 序号 | 所在镇(街道) | 标准名称 | 原名/曾用名 | 起点 | 终点 | 长度(米) | "
                              "命名类别 | 备注 |\n"
                              "| :--: | :--: | :--: | :--: | :--: | :--: | :--: | :--: | :--: |\n"
                              "| 1 | 丙街道 | 丁一路 | / | 甲一路 | 甲二路 | 720 | 新命名 | |\n"
                              "| 2 | 丙街道 | 丁二路 | 甲五路 | 甲三路 | 甲四路 | 640 | 更名 | "
                              "原路名与辖区内道路重名 |\n"
                              "| 3 | 戊街道 | 丁三路 | / | 甲六路 | 甲七路 | 300 | 新命名 | |\n")
            << "丁三路"
            << "records=3|subdistricts=[戊街道]|length_m=300";
        QTest::newRow("table: 类别 新命名 with a 原名 cell is a naming (a working name)")
            << QStringLiteral("甲市民政局关于公布部分道路标准名称的公告\n"
                              "| 序号 | 标准名称 | 原名/曾用名 | 起点 | 终点 | 长度(米) | 命名类别 |\n"
                              "| 1 | 丁一路 | 规划二路 | 甲一路 | 甲二路 | 720 | 新命名 |\n"
                              "| 2 | 丁二路 | 甲五路 | 甲三路 | 甲四路 | 640 | 更名 |\n")
            << "丁一路"
            << "records=2|action=name|old_name=";
        QTest::newRow("table: 类别 更名 with a 原名 cell is a rename")
            << QStringLiteral("甲市民政局关于公布部分道路标准名称的公告\n"
                              "| 序号 | 标准名称 | 原名/曾用名 | 起点 | 终点 | 长度(米) | 命名类别 |\n"
                              "| 1 | 丁一路 | 规划二路 | 甲一路 | 甲二路 | 720 | 新命名 |\n"
                              "| 2 | 丁二路 | 甲五路 | 甲三路 | 甲四路 | 640 | 更名 |\n")
            << "丁二路"
            << "records=2|action=rename|old_name=甲五路";

        // Name lines over their description lines, under numbered district headings.
        for (const char* district : {"乙山区", "红旗区", "乙山平原城乡一体化示范区"})
            QTest::newRow(qPrintable(QStringLiteral("layout: 一、%1 over name lines and description lines")
                                         .arg(QString::fromUtf8(district))))
                << QStringLiteral("甲市人民政府关于命名丁一路等3条道路的决定\n决定对以下3条道路予以命名:\n"
                                  "一、%1\n丁一路\n位于丙街道,东起甲一路,西至甲二路,长2.1公里。\n"
                                  "丁二街(原规划名:甲三路)\n位于戊乡,南起甲四路,北至甲五路,长860米。\n"
                                  "二、戊山区\n丁三路\n位于己镇,南起甲六路,北至甲七路,长1450米。\n")
                       .arg(QString::fromUtf8(district))
                << "丁二街"
                << QStringLiteral("records=3|district=%1|subdistricts=[戊乡]|start=甲四路|length_m=860")
                       .arg(QString::fromUtf8(district));

        // A working name heading its item over the naming sentence that names the road.
        for (const char* head : {"规划一路(经三路)", "规划一路", "经三路"})
            QTest::newRow(
                qPrintable(QStringLiteral("item: 1.%1 over 命名为“X”。北起A").arg(QString::fromUtf8(head))))
                << QStringLiteral(
                       "甲市民政局关于乙山区部分道路命名的通告\n一、丙镇\n1.%1\n命名为“丁一路”。北起甲一路,"
                       "南至甲二路,长1350米,宽24米。\n2.规划二路\n命名为“丁二街”。东起甲三路,西至甲四路,"
                       "长620米。\n")
                       .arg(QString::fromUtf8(head))
                << "丁一路"
                << "records=2|start=甲一路|width_min_m=24|subdistricts=[丙镇]";
        QTest::newRow("group: 自北向南分别命名为X、Y、Z, 长度依次为…, 宽均为N米")
            << QStringLiteral(
                   "关于部分道路命名的通告\n3.纬一路、纬二路、纬三路\n三条道路均西起甲一路,东至甲二路,"
                   "自北向南分别命名为“丁一路”、“丁二路”、“丁三路”,长度依次为620米、580米、640米,"
                   "宽均为16米。\n")
            << "丁二路"
            << "records=3|end_dir=东|end=甲二路|length_m=580|width_min_m=16|width_max_m=16";

        // A merged 街道 cell printed empty in a tab or pipe table is the row above's.
        for (const char* sep : {"\t", " | "})
            QTest::newRow(
                qPrintable(QStringLiteral("table: an empty merged 街道 cell carries down (%1)")
                               .arg(QString::fromUtf8(sep).trimmed().isEmpty() ? QStringLiteral("tabs")
                                                                               : QStringLiteral("pipes"))))
                << QStringLiteral("甲市民政局关于乙山区部分道路命名的公告\n附件\n乙山区道路命名表\n序号|SEP|"
                                  "所在街道(镇)|SEP|标准名称|SEP|起讫点|SEP|长(m)\n"
                                  "1|SEP|丙街道|SEP|丁一路|SEP|北起甲一路,南至甲二路|SEP|1320\n"
                                  "2|SEP||SEP|丁二街|SEP|东起丁一路,西至甲三路|SEP|640\n"
                                  "3|SEP|戊镇|SEP|丁三路|SEP|南起甲四路,北至甲五路|SEP|460\n")
                       .replace(QStringLiteral("|SEP|"), QString::fromUtf8(sep))
                << "丁二街"
                << "records=3|subdistricts=[丙街道]|length_m=640|start=丁一路";

        // Renames and adjustments: 更名后 opens the course; merged roads unquoted; an extension's
        // distance; places in brackets after the road.
        QTest::newRow("rename: 将A区X路(B至C段)更名为Y。更名后西起B")
            << QStringLiteral("关于部分道路更名的通告\n(一)将乙山区甲一路(甲二路至甲三路段)"
                              "更名为丁一路。更名后西起甲二路,"
                              "东至甲三路,长1.9公里。\n(二)将乙山区甲四路、甲五路合并,统一更名为丁二路,"
                              "南起甲六路,北至甲七路。\n")
            << "丁一路"
            << "records=2|old_name=甲一路|start_dir=西|start=甲二路|length_m=1900";
        QTest::newRow("rename: 将A区X街、Y路合并,统一更名为Z (unquoted)")
            << QStringLiteral("关于部分道路更名的通告\n(一)将乙山区甲一路(甲二路至甲三路段)"
                              "更名为丁一路。更名后西起甲二路,"
                              "东至甲三路,长1.9公里。\n(二)将乙山区甲四街、甲五路合并,统一更名为丁二路,"
                              "南起甲六路,北至甲七路。\n")
            << "丁二路"
            << "records=2|old_name=甲四街、甲五路|district=乙山区|start=甲六路";
        QTest::newRow("adjust: X(A区、B区):…; 自原止点C向西延伸约600米至D")
            << QStringLiteral("关于部分道路调整起止点的通告\n(一)丁一路(乙山区、戊山区):"
                              "由甲一路向北延伸至甲二路,延伸后南起甲一路,"
                              "北至甲二路,全长4.1公里。\n(二)丁二路(乙山区):"
                              "自原止点甲三路向西延伸约600米至甲四路,原起点不变。\n")
            << "丁二路"
            << "records=2|action=adjust|district=乙山区|end=甲四路|end_dir=西";
        QTest::newRow("adjust: places in brackets after the road")
            << QStringLiteral("关于部分道路调整起止点的通告\n(一)丁一路(乙山区、戊山区):"
                              "由甲一路向北延伸至甲二路,延伸后南起甲一路,"
                              "北至甲二路,全长4.1公里。\n(二)丁二路(乙山区):"
                              "自原止点甲三路向西延伸约600米至甲四路,原起点不变。\n")
            << "丁一路"
            << "records=2|district=乙山区、戊山区|start=甲一路|length_m=4100";

        // A cancel item naming its roads first, the cancel of "its" name after.
        for (const char* tail : {"因棚户区改造,道路已不存在,取消其道路名称。", "已不复存在,其名称予以注销。"})
            QTest::newRow(
                qPrintable(QStringLiteral("cancel: A区X里、Y巷%1").arg(QString::fromUtf8(tail).left(6))))
                << QStringLiteral("关于注销部分道路名称的通告\n(一)乙山区丁一里、丁二巷%1\n"
                                  "(二)戊山区丁三路(位于己街道,南起甲一路,北至甲二路)已整体并入甲二路,"
                                  "其道路名称予以撤销。\n")
                       .arg(QString::fromUtf8(tail))
                << "丁二巷"
                << "records=3|action=cancel|district=乙山区";
        QTest::newRow("cancel: X路(course)已整体并入Y,其道路名称予以撤销")
            << QStringLiteral(
                   "关于注销部分道路名称的通告\n(一)乙山区丁一里、丁二巷因棚户区改造,取消其道路名称。\n"
                   "(二)戊山区丁三路(位于己街道,南起甲一路,北至甲二路)已整体并入甲二路,"
                   "其道路名称予以撤销。\n")
            << "丁三路"
            << "records=3|action=cancel|district=戊山区|subdistricts=[己街道]|start=甲一路|end=甲二路";
        QTest::newRow("cancel: a road renamed 因… keeps its rename (no cancel of its name)")
            << QStringLiteral("关于部分道路更名的通告\n(一)乙山区丁一路因与甲一路重名,更名为丁二路。\n"
                              "(二)戊山区丁三路:东起甲二路,西至甲三路。\n")
            << "丁二路"
            << "records=2|action=rename";

        // A form's place field ends at its clause: the course goes on after it.
        for (const char* label : {"位置", "所在地", "所属街道"})
            QTest::newRow(
                qPrintable(QStringLiteral("form: %1:A镇,东起B,西至C").arg(QString::fromUtf8(label))))
                << QStringLiteral("关于部分道路拟命名方案的公示\n① 丁一路\n%1:乙镇,东起甲一路,西至甲二路,"
                                  "全长约1150米,宽32米。\n命名理由:位于湖北侧。\n② 丁二路\n%1:戊镇,"
                                  "南起甲三路,北至甲四路,全长约760米。\n")
                       .arg(QString::fromUtf8(label))
                << "丁一路"
                << "records=2|subdistricts=[乙镇]|start_dir=东|start=甲一路|end=甲二路|length_m=1150";
        // An introduction that lists several places for all the roads says which holds each no more than
        // none.
        for (const char* list :
             {"乙镇、戊镇及己经济技术开发区", "乙镇和戊镇、己经济技术开发区", "乙街道、戊街道与己区"})
            QTest::newRow(
                qPrintable(QStringLiteral("intro: several places (%1)").arg(QString::fromUtf8(list))))
                << QStringLiteral("关于部分道路拟命名方案的公示\n现对我县%1部分新建道路拟定了名称方案。\n"
                                  "一、丁一路:东起甲一路,西至甲二路。\n二、丁二路:南起甲三路,北至甲四路。\n")
                       .arg(QString::fromUtf8(list))
                << "丁一路"
                << "records=2|district=|start=甲一路";
        // A rename's reason speaks of the former name; the rename sentence prints it, with its place.
        QTest::newRow("rename: 拟将A镇“X”更名为“Y”; 更名理由:原名与…相近")
            << QStringLiteral("关于部分道路拟命名方案的公示\n① 丁一路\n东起甲一路,西至甲二路。\n"
                              "② 丁二路(更名)\n拟将乙镇“甲三路”更名为“丁二路”。该路南起甲四路,北至甲五路。\n"
                              "更名理由:原名与戊区甲三大道名称相近,易造成混淆。\n")
            << "丁二路"
            << "records=2|action=rename|old_name=甲三路|subdistricts=[乙镇]|district=|start=甲四路";
        // "X由A至B": the pair of ends right after the name, in an item and in prose.
        for (const char* marker : {"一、", "1.", "◆"})
            QTest::newRow(qPrintable(QStringLiteral("item: %1X由A至B").arg(QString::fromUtf8(marker))))
                << QStringLiteral("关于部分道路命名的公告\n%1丁一路由甲一路至甲二路,长约900米,宽30米。\n"
                                  "%1丁二路:东起甲三路,西至甲四路。\n")
                       .arg(QString::fromUtf8(marker))
                << "丁一路"
                << "records=2|start=甲一路|end=甲二路|start_dir=|length_m=900|width_min_m=30";
        // News: a sentence that counts a place's roads places the sentences after it.
        for (const char* count : {"新命名的2条道路均位于", "此次命名的2条道路均位于", "2条新路均位于"})
            QTest::newRow(
                qPrintable(QStringLiteral("news: A区%1B街道。其中,X…").arg(QString::fromUtf8(count))))
                << QStringLiteral("丙市2条道路有了名字\n\n记者了解到,乙山区%1戊街道。其中,丁一路南起甲一路,"
                                  "北至甲二路,全长约1.1公里;丁二路东起丁一路,西至甲三路,长约280米。\n")
                       .arg(QString::fromUtf8(count))
                << "丁二路"
                << "records=2|district=乙山区|subdistricts=[戊街道]|start=丁一路|length_m=280";
        QTest::newRow("news: A开发区新命名3条道路。X位于B乡,…;Y由C至D,…")
            << QStringLiteral(
                   "丙市3条道路有了名字\n\n乙山经济技术开发区新命名3条道路。丁一路位于戊乡,西起甲一路,"
                   "东至甲二路,全长约2.4公里;丁二路由甲三路至甲四路,长约900米,宽30米;"
                   "丁三路南起甲五路,北至甲六路。\n")
            << "丁一路"
            << "records=3|district=乙山经济技术开发区|subdistricts=[戊乡]|start=甲一路";
        QTest::newRow("news: X由C至D in a sentence")
            << QStringLiteral(
                   "丙市3条道路有了名字\n\n乙山经济技术开发区新命名3条道路。丁一路位于戊乡,西起甲一路,"
                   "东至甲二路,全长约2.4公里;丁二路由甲三路至甲四路,长约900米,宽30米;"
                   "丁三路南起甲五路,北至甲六路。\n")
            << "丁二路"
            << "records=3|district=乙山经济技术开发区|start=甲三路|end=甲四路|length_m=900";
        QTest::newRow("news: A新区新命名的X,西起… (沿线 is no waypoint)")
            << QStringLiteral("丙市道路有了名字\n\n乙山区新命名2条道路。丁一路南起甲一路,北至甲二路。\n\n"
                              "戊新区新命名的丁二路,西起甲三路,东至甲四路,长约1.3公里,沿线可远眺南湖。\n")
            << "丁二路"
            << "records=2|district=戊新区|via=[]|end=甲四路";
        // A new section that keeps an existing road's name is an adjustment of that road; a road said
        // to keep its name without change is none.
        for (const char* kept : {"延伸后沿用“丁二路”名称", "延伸段继续沿用“丁二路”这一名称"})
            QTest::newRow(
                qPrintable(QStringLiteral("news: 位于A区的X向南延伸至B,%1").arg(QString::fromUtf8(kept))))
                << QStringLiteral("丙市道路有了名字\n\n乙山区新命名1条道路。丁一路南起甲一路,北至甲二路。\n\n"
                                  "此外,位于戊山区的丁二路此次向南延伸至甲三路,延伸段长约600米,%1。\n")
                       .arg(QString::fromUtf8(kept))
                << "丁二路"
                << "records=2|action=adjust|district=戊山区|end_dir=南|end=甲三路|length_m=600|start=";
        QTest::newRow("kept: 沿用现有名称“X”,不作调整 is no record")
            << QStringLiteral("关于部分道路命名的公告\n一、丁一路:东起甲一路,西至甲二路。\n"
                              "注:丁二路东段以西路段沿用现有名称“丁二路”,不作调整。\n")
            << "丁一路"
            << "records=1";

        // After a naming sentence, a sentence that opens with the road's locator describes that road;
        // "A街道" ends like a road (道) but is none.
        for (const char* code : {"B3号路", "规划一路", "纬六路"})
            QTest::newRow(qPrintable(
                QStringLiteral("code: %1:命名为“X”。位于A街道,东起…").arg(QString::fromUtf8(code))))
                << QStringLiteral(
                       "关于部分道路命名的通知\n乙山区\n\n%1:命名为“丁一路”。位于戊街道,东起甲一路,"
                       "西至甲二路,长约1250米,宽24米。\n\n甲九路:命名为“丁二路”。位于己街道,南起甲三路,"
                       "北至甲四路。\n")
                       .arg(QString::fromUtf8(code))
                << "丁一路"
                << "records=2|district=乙山区|subdistricts=[戊街道]|start=甲一路|end=甲二路|length_m=1250";
        // A paragraph that opens with 另/此外 after the last item turns to another matter.
        for (const char* aside : {"另,", "此外,", "另外,"})
            QTest::newRow(qPrintable(
                QStringLiteral("item: a %1 paragraph after the last item").arg(QString::fromUtf8(aside))))
                << QStringLiteral(
                       "关于部分道路命名的通知\n1.丁一路:东起甲一路,西至甲二路,长980米。\n"
                       "2.丁二路:东起甲五路,西至甲六路,长100米。\n%1乙山区申报的“甲三路”原名称保留,"
                       "起止点不变;跨甲河连接丁二路南北两段的桥梁命名为“丁二桥”。\n")
                       .arg(QString::fromUtf8(aside))
                << "丁二路"
                << "records=2|start_dir=东|start=甲五路|end=甲六路|via=[]";
        // A 所在区域 cell holding the district and its 街道 (a flattened table).
        QTest::newRow("flattened table: 所在区域 cell A区B街道")
            << QStringLiteral("关于部分道路命名的公告\n序号\n所在区域\n道路名称\n起止点\n长度(米)\n宽度(米)\n"
                              "1\n乙山区戊街道\n丁一路\n西起甲一路,东至甲二路\n5200\n60\n"
                              "2\n乙山区己镇\n丁二路\n南起甲三路,北接丁一路\n1350\n24\n")
            << "丁二路"
            << "records=2|district=乙山区|subdistricts=[己镇]|end=丁一路|length_m=1350";
        // A heading naming several acts says of no row which it is; each row says its own.
        for (const char* acts : {"命名、更名", "命名和更名", "命名更名"})
            QTest::newRow(
                qPrintable(QStringLiteral("table: a %1 heading over rows").arg(QString::fromUtf8(acts))))
                << QStringLiteral(
                       "关于部分道路%1的公告\n乙山区部分道路%1情况表\n"
                       "序号  道路名称   所在区    起点      终点      长度(米)   备注\n"
                       " 1    丁一路     乙山区    甲一路    甲二路    1320\n"
                       " 2    丁二路     乙山区    甲三路    甲四路    640        原名“甲五街”,本次更名\n")
                       .arg(QString::fromUtf8(acts))
                << "丁一路"
                << "records=2|action=name|old_name=";
        // A 镇 whose name ends in 镇.
        QTest::newRow("place: A区房镇镇")
            << QStringLiteral("关于部分道路命名的公告\n一、丁一路:位于乙山区房镇镇,东起甲一路,西至甲二路。\n"
                              "二、丁二路:位于乙山区戊街道,东起甲一路,西至甲二路。\n")
            << "丁一路"
            << "records=2|subdistricts=[房镇镇]";
        // Digits grouped or split by spaces (typeset thin spaces, OCR).
        for (const auto& [printed, metres] :
             {std::pair{"全长约1 260米", "1260"}, std::pair{"长2 1 0 0 米", "2100"},
              std::pair{"长 3 100米", "3100"}})
            QTest::newRow(qPrintable(QStringLiteral("measure: %1").arg(QString::fromUtf8(printed))))
                << QStringLiteral("关于部分道路命名的公告\n1.丁一路:东起甲一路,西至甲二路,%1,宽24米。\n"
                                  "2.丁二路:东起甲三路,西至甲四路。\n")
                       .arg(QString::fromUtf8(printed))
                << "丁一路"
                << QStringLiteral("records=2|length_m=%1|width_min_m=24").arg(QString::fromUtf8(metres));
        // "自A向东延伸至B" is a course (its leg), no extension; "(延伸)" after the name or a new section that
        // keeps the name is one.
        QTest::newRow("course: 自A向东延伸至B is a naming")
            << QStringLiteral(
                   "关于部分道路命名的公告\n1.丁一路:位于戊街道,自甲一路向东延伸至甲二路(规划),长度320米。\n"
                   "2.丁二路:东起甲三路,西至甲四路。\n")
            << "丁一路"
            << "records=2|action=name|start=甲一路|end=甲二路|end_dir=东";
        for (const char* how : {"丁二路(延伸):位于戊街道,西起甲三路,东至甲四路,全长约3100米。",
                                "丁二路:西起甲三路,东至甲四路,全长约3100米。其中甲三路至甲五路段为新建延伸段,"
                                "长约1200米,沿用“丁二路”名称。"})
            QTest::newRow(qPrintable(QStringLiteral("adjust: %1").arg(QString::fromUtf8(how).left(12))))
                << QStringLiteral("关于部分道路命名的通告\n1.丁一路:东起甲一路,西至甲二路。\n2.%1\n")
                       .arg(QString::fromUtf8(how))
                << "丁二路"
                << "records=2|action=adjust|start=甲三路|end=甲四路|length_m=3100";
        QTest::newRow("adjust: 沿用“A”老地名 in a reason is no kept road name")
            << QStringLiteral(
                   "关于部分道路命名的通告\n1.规划三路\n命名为“丁一路”。北起甲一路,南至甲二路,长约3.2公里。\n"
                   "命名理由:道路贯穿戊街道中心区,沿用“戊”老地名。\n2.丁二路:东起甲三路,西至甲四路。\n")
            << "丁一路"
            << "records=2|action=name|start=甲一路";
        QTest::newRow("adjust: a working name heading, 沿用现有名称“X” in the body")
            << QStringLiteral(
                   "关于部分道路命名的通告\n1.丁一路:东起甲一路,西至甲二路。\n2.丁二路南延段\n"
                   "该路为丁二路向南延伸部分,北起甲三路,南至甲四路,长1580米,沿用现有名称“丁二路”。\n")
            << "丁二路"
            << "records=2|action=adjust|start=甲三路|end=甲四路|length_m=1580";

        // A photo caption says so in brackets at its end; ▲ repeated is read as a bullet, the caption is
        // still none of the notice's roads.
        for (const char* mark : {"(资料图)", "(资料图片)", "(配图)"})
            QTest::newRow(
                qPrintable(QStringLiteral("news: a ▲ caption ending %1").arg(QString::fromUtf8(mark))))
                << QStringLiteral(
                       "定了!丙市这2条新路有名字了\n\n▲丁九路东延段,西起甲一路,东至甲二路,目前正在铺设%1\n\n"
                       "近日,经丙市人民政府批复同意,"
                       "我市乙山区共2条道路有了正式名称。\n\n乙山区此次命名的2条道路均位于"
                       "戊镇。其中,丁一路北起甲三路,南至甲四路,长1.6公里;丁二路西起甲五路,东至丁一路,"
                       "长900米。\n\n"
                       "▲丁一路改造后的街景 己某 摄\n")
                       .arg(QString::fromUtf8(mark))
                << "丁二路"
                << "records=2|district=乙山区|subdistricts=[戊镇]";
        // A cancelled road's course printed after its cancel, in brackets (原…).
        for (const char* course : {"(原东起甲一路,西至甲二路)", "(东起甲一路,西至甲二路)"})
            QTest::newRow(
                qPrintable(QStringLiteral("cancel: …注销该道路名称%1").arg(QString::fromUtf8(course))))
                << QStringLiteral(
                       "关于部分道路命名的通告\n一、名称注销(1条)\n1.乙山区“丁一路”因旧城改造道路已灭失,"
                       "注销该道路名称%1。\n")
                       .arg(QString::fromUtf8(course))
                << "丁一路"
                << "records=1|action=cancel|district=乙山区|start_dir=东|start=甲一路|end=甲二路";
        // "起于A止于B的“X”更名为…": the quoted road after 的 is the sentence's subject, not part of the end.
        QTest::newRow("rename: 将位于A镇,起于B止于C的“X”更名为“Y”")
            << QStringLiteral("关于乙山区部分道路命名的批复\n乙山区人民政府:\n同意将位于戊镇,东起甲一路,"
                              "西至甲二路的道路命名为"
                              "“丁一路”。\n\n同意将位于戊镇,起于甲三路止于己村委会的“甲四街”更名为“丁二路”,"
                              "该路长度620米。\n")
            << "丁二路"
            << "records=2|action=rename|old_name=甲四街|start=甲三路|end=己村委会|length_m=620";
        // A proposal the text turns down is no record.
        for (const char* no : {"不予同意", "不予批准", "暂不命名"})
            QTest::newRow(
                qPrintable(QStringLiteral("pifu: a proposal turned down (%1)").arg(QString::fromUtf8(no))))
                << QStringLiteral("关于乙山区部分道路命名的批复\n乙山区人民政府:\n同意将位于戊镇,东起甲一路,"
                                  "西至甲二路的道路命名为"
                                  "“丁一路”。\n\n你区请示中拟将戊镇一条东西向道路命名为“丁二路”,"
                                  "因与我市现有地名重名,%1,请重新拟名。\n")
                       .arg(QString::fromUtf8(no))
                << "丁一路"
                << "records=1";
        // A 批复 extending a road: "延伸段<course>" is the record's course; "延伸段" names no road.
        for (const char* kept : {"延伸后统一使用“丁二路”名称", "延伸段继续沿用“丁二路”这一名称"})
            QTest::newRow(qPrintable(
                QStringLiteral("pifu: 将X向西延伸至A。延伸段东起B…%1").arg(QString::fromUtf8(kept).left(6))))
                << QStringLiteral("关于乙山区部分道路命名的批复\n乙山区人民政府:\n同意将位于戊镇,东起甲一路,"
                                  "西至甲二路的道路命名为"
                                  "“丁一路”。\n\n同意将丁二路向西延伸至甲三路。延伸段东起甲四路,西至甲三路,"
                                  "长约1.1公里,%1。\n")
                       .arg(QString::fromUtf8(kept))
                << "丁二路"
                << "records=2|action=adjust|start_dir=东|start=甲四路|end=甲三路|length_m=1100";
        // A table's remark says what became of the row's road where no 类别 column does.
        QTest::newRow("table: a remark 原名“X”,本次更名 / 原止于A,现延伸至B")
            << QStringLiteral(
                   "关于部分道路命名、更名的公告\n"
                   "序号  道路名称   所在区    起点      终点      长度(米)   备注\n"
                   " 1    丁一路     乙山区    甲一路    甲二路    1320\n"
                   " 2    丁二路     乙山区    甲三路    甲四路    640        原名“甲五街”,本次更名\n"
                   " 3    丁三路     乙山区    甲六路    甲七路    2400       "
                   "原止于甲八路,现延伸至甲七路,沿用原名\n")
            << "丁二路"
            << "records=3|action=rename|old_name=甲五街|start=甲三路";
        QTest::newRow("table: a remark 原止于A,现延伸至B is an adjustment")
            << QStringLiteral(
                   "关于部分道路命名、更名的公告\n"
                   "序号  道路名称   所在区    起点      终点      长度(米)   备注\n"
                   " 1    丁一路     乙山区    甲一路    甲二路    1320\n"
                   " 2    丁二路     乙山区    甲三路    甲四路    640        原名“甲五街”,本次更名\n"
                   " 3    丁三路     乙山区    甲六路    甲七路    2400       "
                   "原止于甲八路,现延伸至甲七路,沿用原名\n")
            << "丁三路"
            << "records=3|action=adjust|start=甲六路|end=甲七路";
        // A paragraph that counts another place's roads ends the list item above it.
        QTest::newRow("news: a numbered list, then A区3条均为… in prose")
            << QStringLiteral("丙市道路有了名字\n\n戊山新区3条道路均位于己镇,分别是:\n\n1.丁一路:西起甲一路,"
                              "东至甲二路,长5.2公里;\n\n"
                              "2.丁二路:东起甲三路,西至己镇政府,"
                              "长480米。\n\n乙山区3条均为背街小巷。庚街道的丁三巷东起甲四路,"
                              "西至甲五路;丁四巷南起丁三巷,北至甲六路。\n")
            << "丁二路"
            << "records=4|end=己镇政府|via=[]|district=戊山新区|subdistricts=[己镇]";

        // A group of quoted names, then a sentence about all of them with their respective lengths.
        for (const char* subject : {"三条道路均", "该三条道路均", "以上三条道路均"})
            QTest::newRow(qPrintable(
                QStringLiteral("group: “A”、“B”、“C”。%1东起D…长度分别为…").arg(QString::fromUtf8(subject))))
                << QStringLiteral(
                       "关于部分道路命名的通告\n一、丁九路:东起甲五路,"
                       "西至甲六路。\n二、将位于乙山区戊镇自北向南平行分布"
                       "的三条东西向道路依次命名为“丁一路”、“丁二路”、“丁三路”。%1东起甲一路,西至甲二路,"
                       "长度分别为680米、720米、765米,宽度均为20米。\n")
                       .arg(QString::fromUtf8(subject))
                << "丁二路"
                << "records=4|start_dir=东|start=甲一路|end=甲二路|length_m=720|width_min_m=20|district="
                   "乙山区";
        // A 类别 column says 更名; the remark prints the former name.
        QTest::newRow("table: 类别 更名, the former name in the remark")
            << QStringLiteral(
                   "关于部分道路命名更名的公示\n| 序号 | 道路名称 | 类别 | 起止点 | 长度(米) | 备注 |\n"
                   "| --- | --- | --- | --- | --- | --- |\n| 1 | 丁一路 | 命名 | 南起甲一路,北至甲二路 | "
                   "3120 |  |\n"
                   "| 2 | 丁二路 | 更名 | 南起甲三路,北至甲四路 | 980 | 原名甲五路 |\n")
            << "丁二路"
            << "records=2|action=rename|old_name=甲五路|start=甲三路";
        // A distance end after an extension verb.
        QTest::newRow("course: 南起A,向北延伸约800米止")
            << QStringLiteral(
                   "关于部分道路命名的公告\n1.丁一路,位于乙山区戊街道,南起甲一路,向北延伸约800米止,宽16米。\n"
                   "2.丁二路,位于乙山区戊街道,东起甲二路,西止甲三路,长320米。\n")
            << "丁一路"
            << "records=2|action=name|start=甲一路|end_dir=北|end=|length_m=800";

        // A title that announces roads' standard names is a naming notice.
        for (const char* kind : {"公告", "通告"})
            QTest::newRow(
                qPrintable(QStringLiteral("title: 关于A区部分道路标准名称的%1").arg(QString::fromUtf8(kind))))
                << QStringLiteral("丙市民政局关于乙山区部分道路标准名称的%"
                                  "1\n现将乙山区2条道路的标准名称及起止点公告如下:\n"
                                  " 序号   所在街道(镇)   标准名称   起点     终点     长度(米)\n"
                                  " 1      戊街道         丁一路     甲一路   甲二路   2150\n"
                                  " 2                     丁二路     丁一路   甲三路   870\n")
                       .arg(QString::fromUtf8(kind))
                << "丁二路"
                << "records=2|subdistricts=[戊街道]|start=丁一路|length_m=870";
        // Captions (▲…摄, ▲…(资料图片)) around a news report's paragraphs: no list, no item swallowing them.
        QTest::newRow("news: ▲ captions around the paragraphs")
            << QStringLiteral(
                   "丙市7条新建道路有了“正式名字”\n\n▲新命名的丁一路两侧绿意盎然。记者 己某 摄\n\n"
                   "本报讯 经市政府批准,我市乙山区2条新建道路日前正式命名。\n\n乙山区2条,均位于戊街道。其中,"
                   "丁一路东起甲一路,西至甲二路,全长约1.2公里;丁二路南起丁一路,北接甲三路,长680米。\n\n"
                   "▲即将启动建设的丁九路(南起甲四路,北至甲五路)效果图。(资料图片)\n")
            << "丁二路"
            << "records=2|district=乙山区|subdistricts=[戊街道]|end=甲三路|length_m=680";
        // A road class before a colon is no road's name.
        QTest::newRow("news: A区的2条道路均为城市主干路:X西起…")
            << QStringLiteral("丙市道路有了名字\n\n乙山新区的2条道路均为城市主干路:丁一路西起甲一路,"
                              "东至甲二路,全长2.3公里;"
                              "丁二路北起丁一路,南至甲三路,长1600米。\n")
            << "丁一路"
            << "records=2|district=乙山新区|start=甲一路|length_m=2300";
        // The place heads the item, the road's name follows its colon.
        for (const char* bullet : {"● ", "◆", "1."})
            QTest::newRow(
                qPrintable(QStringLiteral("item: %1A区B街道:X路,东起…").arg(QString::fromUtf8(bullet))))
                << QStringLiteral(
                       "关于部分道路命名的通知\n%1乙山区戊街道:丁一路,东起甲一路,西至甲二路,长约860米。\n"
                       "%1乙山区己街道、庚街道:丁二路,西起甲三路,东至甲四路。\n"
                       "%1戊山区辛街道:将“甲五路”更名为“丁三路”。该路南起甲六路,北至甲七路。\n")
                       .arg(QString::fromUtf8(bullet))
                << "丁二路"
                << "records=3|district=乙山区|subdistricts=[己街道,庚街道]|start=甲三路";
        QTest::newRow("item: A区B街道:将“X”更名为“Y”")
            << QStringLiteral(
                   "关于部分道路命名的通知\n● 乙山区戊街道:丁一路,东起甲一路,西至甲二路,长约860米。\n"
                   "● 戊山区辛街道:将“甲五路”更名为“丁三路”。该路南起甲六路,北至甲七路。\n")
            << "丁三路"
            << "records=2|action=rename|old_name=甲五路|district=戊山区|subdistricts=[辛街道]|start=甲六路";
        // A working name's column (原规划路名) beside the standard name's.
        QTest::newRow("table: 原规划路名 and 标准名称 columns")
            << QStringLiteral("关于部分道路命名的通告\n| 序号 | 所在区 | 原规划路名 | 标准名称 | 起点 | 终点 "
                              "| 长度(米) |\n"
                              "| --- | --- | --- | --- | --- | --- | --- |\n| 1 | 乙山区 | 规划三号路 | "
                              "丁一路 | 甲一路 | 甲二路 | 860 |\n"
                              "| 2 | 乙山区 | 规划五号路 | 丁二路 | 丁一路 | 甲三路 | 540 |\n")
            << "丁二路"
            << "records=2|action=name|old_name=|start=丁一路|length_m=540";
        // After a naming sentence, a sentence that opens with the course describes the road named.
        QTest::newRow("code: X路:命名为“Y”。南起A,北至B")
            << QStringLiteral("关于部分道路命名的公告\n◆乙山区(2条)\n甲九路:命名为“丁一路”。南起甲一路,"
                              "北至甲二路,长2200米。\n\n"
                              "C-15路:命名为“丁二路”。东起丁一路,西至甲三路,长900米,宽20米。\n")
            << "丁二路"
            << "records=2|district=乙山区|start_dir=东|start=丁一路|end=甲三路|length_m=900";
        // A marked road name and its colon on a line the page broke after a place word.
        QTest::newRow("ocr: 2、X路:位于A⏎区B街道,…")
            << QStringLiteral(
                   "关于部分道路命名的决定\n    1、甲一路:位于乙山区丙街道,南起甲二路,北至甲三路,长1260米。\n"
                   "    2、丁一路:位于乙山\n区戊街道,东起甲四路,西至甲五路,长880米。\n"
                   "    3、丁二路:位于乙山区己街道,南起甲六路,北至甲七路。\n")
            << "丁一路"
            << "records=3|district=乙山区|subdistricts=[戊街道]|start=甲四路|length_m=880";

        // A district heading's count is checked against the roads of its scope that lie in that district.
        QTest::newRow("count: A新区2条道路…分别是: then a paragraph of another district")
            << QStringLiteral("丙市道路有了名字\n\n戊山新区2条道路均位于己镇,分别是:\n\n1.丁一路:西起甲一路,"
                              "东至甲二路,长5.2公里;\n\n"
                              "2.丁二路:东起甲三路,西至己镇政府,"
                              "长480米。\n\n乙山区2条均为背街小巷。庚街道的丁三巷东起甲四路,"
                              "西至甲五路;丁四巷南起丁三巷,北至甲六路。\n")
            << "丁三巷"
            << "records=4|district=乙山区|no_finding=count_mismatch";

        // A 批复 naming last, sentence after sentence: each course is its own sentence's road's, and
        // words naming several acts set none; 关于对城区… names no district.
        QTest::newRow("pifu: course, then 命名为X, sentence after sentence")
            << QStringLiteral(
                   "丙市人民政府\n关于乙山区部分道路命名的批复\n乙山区人民政府:\n    "
                   "你区《关于对城区部分新建道路进行命名的请示》收悉。"
                   "现批复如下:\n    "
                   "同意对你区城区新建的3条道路予以命名,对1条道路予以更名。原规划经三路,北起甲一路,"
                   "南至甲二路,长1.6公里,命名为丁一路。位于戊街道境内,起于甲三路止于甲四路、长2.3公里的道路,"
                   "命名为丁二路。"
                   "自甲五路向东延伸至甲六路的道路(长约900米),命名为丁三路。西起甲七路,东至甲八路的道路,"
                   "位于己街道境内,"
                   "长3.1公里,命名为丁四路。庚街道境内的“甲九街”更名为“丁五街”。\n")
            << "丁二路"
            << "records=5|action=name|district=乙山区|subdistricts=[戊街道]|start=甲三路|end=甲四路|length_m="
               "2300";
        QTest::newRow("pifu: 自A向东延伸至B的道路…,命名为X keeps its own course")
            << QStringLiteral(
                   "丙市人民政府\n关于乙山区部分道路命名的批复\n乙山区人民政府:\n    "
                   "同意对你区新建的3条道路予以命名。"
                   "原规划经三路,北起甲一路,南至甲二路,命名为丁一路。自甲五路向东延伸至甲六路的道路("
                   "长约900米),"
                   "命名为丁三路。西起甲七路,东至甲八路的道路,位于己街道境内,长3.1公里,命名为丁四路。\n")
            << "丁三路"
            << "records=3|start=甲五路|end=甲六路|subdistricts=[]|length_m=900";
        // A 所属区 column is the district's, a 位置及走向 cell prints its own locator and course.
        QTest::newRow("table: 所属区 and 街道(乡镇) columns")
            << QStringLiteral("关于部分道路命名的公告\n序号  所属区     街道(乡镇)   道路名称   起点      "
                              "终点      长度(m)\n"
                              " 1    乙山区     戊街道       丁一路     甲一路    甲二路    1260\n"
                              " 2    乙山区     己街道       丁二路     甲三路    甲四路    180\n")
            << "丁二路"
            << "records=2|district=乙山区|subdistricts=[己街道]|length_m=180";
        QTest::newRow("table: a 位置及走向 cell 位于A区B街道,西起…")
            << QStringLiteral("关于部分道路命名的公告\n序号\n道路等级\n标准名称\n位置及走向\n长度(米)\n"
                              "1\n主干路\n丁一路\n位于乙山区戊街道,西起甲一路,东至甲二路\n3800\n"
                              "2\n次干路\n丁二路\n位于乙山区戊街道,南起丁一路,北至甲三路\n1350\n")
            << "丁二路"
            << "records=2|district=乙山区|subdistricts=[戊街道]|start=丁一路|end=甲三路|length_m=1350";
        // The place printed before a road whose extent changes.
        QTest::newRow("adjust: 9.A区X路向西延伸至B。调整后,X路西起B,东至C")
            << QStringLiteral("关于部分道路命名的公告\n8.丁一路:东起甲一路,西至甲二路。\n9."
                              "乙山区丁二路向西延伸至乙山区界。调整后,"
                              "丁二路西起乙山区界,东至甲三路,全长约3650米。\n")
            << "丁二路"
            << "records=2|action=adjust|district=乙山区|end=甲三路|length_m=3650";

        // A repost's section heading in a bracket pair of its own: 【A区】, [A区], 〖A区〗.
        for (const char* heading : {"【乙山区】", "[乙山区]", "〖乙山区〗"}) {
            QTest::newRow(
                qPrintable(QStringLiteral("heading: %1 over ◆ items").arg(QString::fromUtf8(heading))))
                << QStringLiteral("关于部分道路命名的公告\n对乙山区、丙水区道路进行命名。\n%1\n\n◆丁一路\n"
                                  "位于戊街道,西起甲一路,东至甲二路,长约1.3公里,宽24米。\n\n◆丁二路\n"
                                  "位于己镇,北起甲三路,南至甲四路,宽12米。\n")
                       .arg(QString::fromUtf8(heading))
                << "丁二路"
                << "records=2|district=乙山区|subdistricts=[己镇]|start=甲三路";
        }
        QTest::newRow("heading: 【更名】 sets the act")
            << QStringLiteral("关于部分道路命名的公告\n【更名】\n◆丁一路\n原名甲五路,位于戊街道,西起甲一路,"
                              "东至甲二路。\n"
                              "◆丁二路\n原名甲六路,位于戊街道,北起甲三路,南至甲四路。\n")
            << "丁二路"
            << "records=2|action=rename|old_name=甲六路";
        // A headline runs the city's name into the district's ("甲州乙山区"): the district alone when the
        // text calls 甲州 a city; a zone keeps its city's name (甲州高新区, 甲州丙江新区).
        QTest::newRow("district: 甲州乙山区 in a headline, 甲州市 in the text")
            << QStringLiteral(
                   "甲州乙山区6条新建道路获正式命名\n经甲州市人民政府批准,6条道路命名。\n"
                   "丁一路,东起甲一路,西至甲二路,长约650米。\n丁二路,东起甲一路,西至甲三路,长约450米。\n")
            << "丁二路"
            << "records=2|district=乙山区";
        QTest::newRow("district: 甲州乙山县 in a lead, 甲州市 in the signature")
            << QStringLiteral("甲州乙山县2条道路有了名字\n丁一路,东起甲一路,西至甲二路,长约650米。\n"
                              "丁二路,东起甲一路,西至甲三路,长约450米。\n甲州市民政局\n")
            << "丁二路"
            << "records=2|district=乙山县";
        QTest::newRow("district: 甲州乙山区 kept when the text names no 甲州市")
            << QStringLiteral(
                   "甲州乙山区6条新建道路获正式命名\n经市政府批准,6条道路命名。\n"
                   "丁一路,东起甲一路,西至甲二路,长约650米。\n丁二路,东起甲一路,西至甲三路,长约450米。\n")
            << "丁二路"
            << "records=2|district=甲州乙山区";
        for (const char* zone : {"甲州高新区", "甲州丙江新区", "甲州经济开发区"}) {
            QTest::newRow(
                qPrintable(QStringLiteral("district: zone %1 keeps its city").arg(QString::fromUtf8(zone))))
                << QStringLiteral(
                       "%1 3条道路获命名\n经甲州市人民政府批准,3条道路命名。\n"
                       "丁一路,东起甲一路,西至甲二路,长约650米。\n丁二路,东起甲一路,西至甲三路,长约450米。\n")
                       .arg(QString::fromUtf8(zone))
                << "丁二路" << QStringLiteral("records=2|district=%1").arg(QString::fromUtf8(zone));
        }
        // The object of an extension in quotes, its place before it: "将A镇“X”向南延伸至B".
        QTest::newRow("adjust: 同意将A镇“X”向南延伸至B,延伸后…名称不变")
            << QStringLiteral("甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n    "
                              "一、同意将戊镇“丁一路”向南延伸至甲渠北岸,延伸后该路北起甲大街,南至甲渠北岸,"
                              "全长2600米,名称不变。\n    二、同意将“丁二路”向北延伸至甲三路。\n    此复。\n")
            << "丁一路"
            << "records=2|action=adjust|subdistricts=[戊镇]|start=甲大街|end=甲渠北岸|length_m=2600";
        // A 、 list of a road's attributes before it: the place ends where the course or measures begin.
        QTest::newRow("place: 位于A镇、由B至C、长N米、宽M米的X命名为Y")
            << QStringLiteral(
                   "甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n    "
                   "一、同意将位于戊镇、由甲一路至甲广场、长860米、宽16米的规划经四路命名为“丁一路”;"
                   "将位于戊镇、北起甲二路、南至戊镇文化广场、长720米的规划经二路命名为“丁二路”;"
                   "将位于戊镇、己镇的规划经五路命名为“丁三路”。\n    此复。\n")
            << "丁一路"
            << "records=3|subdistricts=[戊镇]|start=甲一路|end=甲广场|length_m=860|width_min_m=16";
        const QString attributesBeforeName = QStringLiteral(
            "甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n    "
            "一、同意将位于戊镇、北起甲二路、南至戊镇文化广场、长720米的规划经二路命名为“丁二路”;"
            "将位于戊镇、己镇的规划经五路命名为“丁三路”。\n    此复。\n");
        QTest::newRow("place: 位于A镇、北起B、南至C、长N米的X")
            << attributesBeforeName << "丁二路"
            << "records=2|subdistricts=[戊镇]|start_dir=北|start=甲二路|end=戊镇文化广场|length_m=720";
        QTest::newRow("place: 位于A镇、B镇的X: both places") << attributesBeforeName << "丁三路"
                                                             << "records=2|subdistricts=[戊镇,己镇]";
        // 旗 also ends words inside names: 红旗楼街道 is no banner 红旗; 丙蓝旗戊都镇 is a banner and its 镇.
        const QString bannerInNames =
            QStringLiteral("关于部分道路命名的公告\n一、丁一路:位于红旗楼街道,南起甲一路,北至甲二路。\n"
                           "二、丁二路:位于丙蓝旗戊都镇,南起甲一路,北至甲三路。\n");
        QTest::newRow("place: 位于红旗楼街道 is one 街道") << bannerInNames << "丁一路"
                                                           << "records=2|district=|subdistricts=[红旗楼街道]";
        QTest::newRow("place: 位于丙蓝旗戊都镇 is a banner and its 镇")
            << bannerInNames << "丁二路"
            << "records=2|district=丙蓝旗|subdistricts=[戊都镇]";
        // An extension from an end the text does not name again: "自原终点向西延伸至B".
        QTest::newRow("adjust: 乙山区X自原终点向西延伸至B")
            << QStringLiteral(
                   "主城区道路命名\n同时,乙山区丁一路自原终点向西延伸至甲二路,延伸后全长1.9公里。\n")
            << "丁一路"
            << "records=1|action=adjust|district=乙山区|end_dir=西|end=甲二路|length_m=1900";
        QTest::newRow("adjust: 乙山区X自原起点A向东延伸至B")
            << QStringLiteral("主城区道路命名\n同时,乙山区丁一路自原起点甲一路向东延伸至甲二路。\n")
            << "丁一路"
            << "records=1|action=adjust|start_dir=东|start=甲二路";
        // The place before the former name, with 辖区内 after it.
        QTest::newRow("rename: A区B街道辖区内的X更名为Y")
            << QStringLiteral("主城区道路命名\n此次还有1条道路更名。乙山区丙山街道辖区内的丁山巷更名为戊山街,"
                              "该巷南起甲一街,北至甲二街,长约260米。\n")
            << "戊山街"
            << "records=1|action=rename|old_name=丁山巷|district=乙山区|subdistricts=[丙山街道]|start=甲一街";
        QTest::newRow("rename: 将A区B街道境内的X更名为Y")
            << QStringLiteral("主城区道路命名\n将乙山区丙山街道境内的丁山巷更名为戊山街。\n") << "戊山街"
            << "records=1|old_name=丁山巷|district=乙山区|subdistricts=[丙山街道]";
        // 自由 is a word of many names (自由路): 南起自由路 starts at 自由路; 东起自A starts at A.
        const QString startsWithZi =
            QStringLiteral("关于道路命名的公告\n1.丁一路:位于戊街道,南起自由路,北至甲二街,全长约310米。\n"
                           "2.丁二路:位于戊街道,东起自甲一路,西至甲二街。\n");
        QTest::newRow("start: 南起自由路") << startsWithZi << "丁一路"
                                           << "records=2|start_dir=南|start=自由路|end=甲二街";
        QTest::newRow("start: 东起自A") << startsWithZi << "丁二路"
                                        << "records=2|start_dir=东|start=甲一路";
        // A 备注 cell that prints a former name makes the row a rename; a working name (原规划…) does not.
        for (const auto& [road, old] :
             {std::pair{"丁二街", "戊一路"}, std::pair{"丁三街", "戊二路"}, std::pair{"丁四街", "戊三路"}}) {
            QTest::newRow(qPrintable(QStringLiteral("table: 备注 原名 %1").arg(QString::fromUtf8(old))))
                << QStringLiteral("关于道路命名的通告\n序号    道路名称    起点        终点        长度(米)  "
                                  "  备注\n1       丁一路      甲一路      甲二路      1650\n2       丁二街  "
                                  "    甲一路      甲三路      760         原名:戊一路,本次更名\n3       "
                                  "丁三街      甲一路      甲三路      540         原名戊二路\n4       "
                                  "丁四街      甲一路      甲三路      430         原名为“戊三路”\n5       "
                                  "丁五街      甲一路      甲三路      320         原规划经五路\n")
                << road << QStringLiteral("records=5|action=rename|old_name=%1").arg(QString::fromUtf8(old));
        }
        QTest::newRow("table: 备注 原规划经五路 is a working name")
            << QStringLiteral(
                   "关于道路命名的通告\n序号    道路名称    起点        终点        长度(米)    备注\n1      "
                   " 丁一路      甲一路      甲二路      1650\n2       丁二街      甲一路      甲三路      "
                   "760         原名:戊一路,本次更名\n3       丁三街      甲一路      甲三路      540        "
                   " 原名戊二路\n4       丁四街      甲一路      甲三路      430         原名为“戊三路”\n5   "
                   "    丁五街      甲一路      甲三路      320         原规划经五路\n")
            << "丁五街"
            << "records=5|action=name|old_name=";

        // A heading's zone and, in brackets, its 街道: both places of the items under it.
        QTest::newRow("heading: ◆A高新区(B街道)")
            << QStringLiteral(
                   "甲州市人民政府关于部分道路命名的决定\n决定对甲州高新区、乙山区3条新建道路予以命名。"
                   "现决定如下:\n\n◆甲州高新区(丙街道)\n●经九路:命名为“丁一路”。该路北起甲一大街,"
                   "南至甲二大街,"
                   "长2860米。\n●纬十一路:命名为“丁二路”。东起甲三大街,西至丁一路,长1540米。\n\n◆乙山区\n"
                   "●规划经二路(戊街道):命名为“丁三路”。南起甲四路,北至甲五大街,长1.9公里。\n")
            << "丁二路"
            << "records=3|district=甲州高新区|subdistricts=[丙街道]";
        // "将X向东延伸至B": the object of an extension with its heading before the verb.
        QTest::newRow("adjust: ●X延伸(A街道):将X向东延伸至B,延伸后西起C,东至B")
            << QStringLiteral(
                   "甲州市人民政府关于部分道路命名的决定\n现决定如下:\n◆乙山区\n"
                   "●规划经二路(戊街道):命名为“丁三路”。南起甲四路,北至甲五大街,长1.9公里。\n"
                   "●丁四路延伸(己街道):将丁四路向东延伸至甲六路,延伸后西起甲七路,东至甲六路,全长3.4公里。\n")
            << "丁四路"
            << "records=2|action=adjust|district=乙山区|subdistricts=[己街道]|start=甲七路|end=甲六路|length_"
               "m=3400";
        // The course restated after the change ("延伸后,X南起A,北至B") is the record's; the current one in
        // brackets and the new section are not.
        QTest::newRow("adjust: X(现南起A,北至B)向北延伸,…。延伸后,X南起A,北至C")
            << QStringLiteral(
                   "关于部分道路命名的通知\n    7、9号路,命名为“丁一路”。位于戊街道,东起甲一路,西至丁二路,"
                   "长度580米,宽12米。\n    8、丁二路(现南起甲二路,北至甲三大道)向北延伸,延伸段为规划27号路。"
                   "延伸后,丁二路南起甲二路,北至甲四大道,全长约4.8公里。\n")
            << "丁二路"
            << "records=2|action=adjust|start=甲二路|end=甲四大道|via=[]|length_m=4800";
        QTest::newRow("adjust: X向北延伸至A。调整后,X西起B,东至A")
            << QStringLiteral("关于部分道路命名的通知\n    "
                              "1、丁三路向北延伸至甲五路。调整后,丁三路西起甲六路,东至甲五路。\n")
            << "丁三路"
            << "records=1|action=adjust|start_dir=西|start=甲六路|end=甲五路";
        // A leg that extends toward its end is no extension of the road.
        QTest::newRow("course: 北起A,向南延伸,止于B names")
            << QStringLiteral(
                   "关于部分道路命名的通知\n    1、9号路,命名为“丁三路”。北起甲一路,向南延伸,止于甲七路,"
                   "长度580米,宽12米。\n")
            << "丁三路"
            << "records=1|action=name|start=甲一路|end=甲七路";
        // The next sentence naming the same road again goes on describing it: one record.
        QTest::newRow("prose: 将X向西延伸至A。延伸段…,延伸后统一使用“X”名称")
            << QStringLiteral(
                   "甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n同意将丁一路向西延伸至甲一路。"
                   "延伸段东起甲二路,西至甲一路,长约1.1公里,宽50米,延伸后统一使用“丁一路”名称。\n"
                   "同意将丁二路向东延伸至甲三路。\n")
            << "丁一路"
            << "records=2|action=adjust|start=甲二路|end=甲一路|length_m=1100";

        // "A街道有N条。" counts a place's roads: the run-on roads after it lie there; the count is no name.
        QTest::newRow("prose: A街道有2条。X南起…;Y西起…")
            << QStringLiteral(
                   "新路名来了!乙山区8条道路有了“身份证”\n此次命名的4条道路,主要分布在戊街道、己街道。\n\n"
                   "戊街道有2条。丁一路南起甲一大街,北至甲二大道,长1.6公里,宽40米;丁二路西起甲三路,"
                   "东至甲四路,长约2.3公里,宽30米。\n\n己街道有2条。丁三路东起甲五大街,西至甲六路,"
                   "长约1500米,宽24米;丁四巷南起丁三路,向北折向东至甲三路,长约420米,宽9米。\n")
            << "丁四巷"
            << "records=4|district=乙山区|subdistricts=[己街道]|start=丁三路|end=甲三路";
        // Roads the text mentions beside its decisions: one of several existing roads, or one named before.
        QTest::newRow("prose: 与去年命名的X(…)等道路 is no record")
            << QStringLiteral(
                   "新路名来了!乙山区8条道路有了“身份证”\n此次命名的2条道路,主要分布在戊街道。\n\n"
                   "戊街道有2条。丁一路南起甲一大街,北至甲二大道,长1.6公里,宽40米;丁二路西起甲三路,"
                   "东至甲四路,长约2.3公里,宽30米。\n\n此次命名的道路与去年命名的丙路(东起甲三路,"
                   "西至甲五大街)等道路,共同构成了城区东西向的路网骨架。\n")
            << "丁二路"
            << "records=2|subdistricts=[戊街道]";
        QTest::newRow("批复: 将与X(…)等现有道路 is no record and no course of the item")
            << QStringLiteral(
                   "甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n    "
                   "一、同意对你区2条新建道路进行命名。"
                   "将位于戊街道辖区内,起于甲一路、止于甲二路的原规划纬二路命名为“丁一路”,长1.2公里。"
                   "上述道路建成后,将与丙东街(西起甲五路,东至甲三路)等现有道路共同构成路网。\n")
            << "丁一路"
            << "records=1|district=乙山区|subdistricts=[戊街道]|start=甲一路|end=甲二路";
        // The addressee (你区) names no district, with whatever words lead to it: the title's place stands.
        QTest::newRow("批复: 同意对你区N条 keeps the title's district")
            << QStringLiteral(
                   "甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n    "
                   "一、同意对你区2条新建道路进行命名。"
                   "将位于戊街道辖区内,起于甲一路、止于甲二路的原规划纬二路命名为“丁一路”,长1.2公里;"
                   "将位于己街道辖区内,南起甲三街、北至甲四路的原规划经五路命名为“丁二路”,长2.1公里。\n")
            << "丁二路"
            << "records=2|district=乙山区|subdistricts=[己街道]|start=甲三街";
        // A former course ("原东起A,西至B") is the course a cancelled road had, not a former name.
        QTest::newRow("cancel: 该巷位于A街道,原东起B,西至C")
            << QStringLiteral(
                   "甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n    三、同意注销“丁三巷”名称。"
                   "该巷位于庚街道,原东起甲六街,西至甲七街,因棚户区改造已灭失。\n")
            << "丁三巷"
            << "records=1|action=cancel|old_name=|start_dir=东|start=甲六街|end=甲七街";
        // 郊区 is the name of several districts (阳泉市郊区), not a generic area.
        QTest::newRow("district: 一、郊区(2条)")
            << QStringLiteral(
                   "关于郊区部分道路拟命名方案的公示\n一、郊区(2条)\n①拟命名:丁一路\n"
                   "位置走向:位于戊镇,西起甲一大街,东至甲二路,全长约1850米,规划宽度24米。\n"
                   "②拟命名:丁二路\n位置走向:位于己镇,北起甲三大街,南至甲四路,全长约1320米,规划宽度30米。\n")
            << "丁二路"
            << "records=2|district=郊区|subdistricts=[己镇]";
        // A name in reserve (备用名) is a field of its item, not the end of it.
        QTest::newRow("公示: 备用名 line inside an item")
            << QStringLiteral("关于部分道路拟命名方案的公示\n一、乙山区(2条)\n①拟命名:丁一路\n备用名:丁兴街\n"
                              "位置走向:位于戊镇,西起甲一大街,东至甲二路,全长约1850米,规划宽度24米。\n"
                              "命名理由:以所在镇名加方位词命名。\n②拟命名:丁二路\n备选名称:丁安街\n"
                              "位置走向:位于己镇,北起甲三大街,南至甲四路,全长约1320米,规划宽度30米。\n")
            << "丁一路"
            << "records=2|district=乙山区|subdistricts=[戊镇]|start=甲一大街|end=甲二路|length_m=1850";
        // "4、5号路:": item 4 over planning road 5 (a digit after 、 is no decimal).
        QTest::newRow("items: 4、5号路:…,命名为“X”")
            << QStringLiteral(
                   "甲市人民政府关于乙山区部分道路命名的公告\n    一、乙山区戊镇(2条)\n"
                   "    4、5号路:东北起甲一大道,西南至甲村部,全长约1.1公里,宽12~16米,命名为“丁一路”。\n"
                   "    5、B3号路:西起丁一路,东至甲二路,全长约730米,宽16米,命名为“丁二路”。\n"
                   "    6、12号路:南起甲三路,北至甲四路,全长约350米,宽9米,命名为“丁三巷”。\n")
            << "丁一路"
            << "records=3|subdistricts=[戊镇]|start_dir=东北|start=甲一大道|end=甲村部|length_m=1100|width_"
               "max_m=16";

        // Paragraphs under section headings with no item marker: a road with its place in brackets and its
        // change told over two sentences; a cancel of the road a paragraph opens with.
        QTest::newRow("prose: X(A开发区):原南起B,北至C。现向北延伸至D,调整后南起B,北至D")
            << QStringLiteral(
                   "甲市人民政府关于道路命名的通告\n一、道路命名\n1.丁一路:南起甲一街,北至甲二路,"
                   "全长约1350米,宽32米。\n"
                   "三、道路起止点调整\n丁二路(乙山经济开发区):原南起甲一街,北至甲三线。现向北延伸至G207,"
                   "调整后南起甲一街,北至G207,全长约4200米,宽36米。\n")
            << "丁二路"
            << "records=2|action=adjust|district=乙山经济开发区|start=甲一街|end=G207|length_m=4200|width_"
               "min_m=36";
        QTest::newRow("prose: A县B镇“X”因道路已拆除并入Y,其名称予以注销")
            << QStringLiteral("甲市人民政府关于道路命名的通告\n一、道路命名\n1.丁一路:南起甲一街,北至甲二路,"
                              "全长约1350米,宽32米。\n"
                              "四、道路名称注销\n乙县戊镇“丁三路”因道路已拆除并入丁四街,其名称予以注销。\n")
            << "丁三路"
            << "records=2|action=cancel|district=乙县|subdistricts=[戊镇]";
        QTest::newRow("prose: 以下道路因…予以注销: announces the list, names no road")
            << QStringLiteral(
                   "甲市人民政府关于道路命名的通告\n一、道路命名\n1.丁一路:南起甲一街,北至甲二路,"
                   "全长约1350米,宽32米。\n三、注销路名\n"
                   "以下道路因旧屋区改造,原有道路已不复存在,其名称予以注销:乙山区戊镇“丁五路”(东起甲三路,"
                   "西至甲四路);乙山区己街道“丁六巷”、“丁七巷”。\n")
            << "丁五路"
            << "records=4|action=cancel|district=乙山区|subdistricts=[戊镇]|start=甲三路";
        // A titled notice that names nothing: a 门牌 renumbering that says so; a word of not-yet-naming.
        QTest::newRow("gate: 门牌 renumbering, 不涉及道路名称变更")
            << QStringLiteral("乙山区人民政府关于丁一路等2条道路门牌号码重新编排的公告\n    "
                              "区人民政府决定对丁一路等2条道路门牌号码"
                              "进行重新编排。现将有关事项公告如下:\n    一、重新编排门牌的道路\n    "
                              "1.丁一路:南起甲一街,北至甲二路,"
                              "全长约1.2公里。门牌按东双西单顺序编排。\n    "
                              "2.丁二路:西起甲三路,东至甲四路,全长约2.4公里。"
                              "门牌按北双南单顺序编排。\n    "
                              "二、本次门牌重新编排不涉及道路名称变更,上述道路名称及起止点保持不变。\n")
            << ""
            << "status=nonotice|records=0";
        QTest::newRow("gate: 门牌编号调整, 尚未命名 is no act")
            << QStringLiteral("乙山区民政局\n关于戊街道部分道路门牌编号调整的公告\n    "
                              "我局决定对以下道路的门牌编号进行统一调整。"
                              "现将有关事项公告如下:\n    一、调整范围\n    "
                              "1.丁一路(东起甲一路,西至甲二路),全长约1.6公里。"
                              "原门牌1—236号调整为1—198号。\n    "
                              "2.丁二路(南起丁一路,北至甲三路),全长约820米。重新编号。\n"
                              "    3.戊东区内部道路目前尚未命名,暂不编制门牌,待道路命名后另行编制。\n")
            << ""
            << "status=nonotice|records=0";
        QTest::newRow("gate: a naming table's boilerplate 编制门牌 weighs less than its roads")
            << QStringLiteral("甲市民政局关于乙山高新区部分道路标准名称的公告\n现将乙山高新区3条道路的标准名"
                              "称及起止点公告如下:\n"
                              " 序号   所在街道(镇)         标准名称   起点       终点       长度(米)\n"
                              " 1      戊街道               丁一路     甲一大道   甲二大道   2150\n"
                              " 2                           丁二路     丁一路     甲三路     870\n"
                              " 3      己镇                 丁三路     甲四大道   甲五大道   1320\n"
                              "请各有关单位在设置地名标志、编制门牌、出版地图时使用上述标准地名。\n")
            << "丁三路"
            << "records=3|subdistricts=[己镇]|start=甲四大道";
        // A principle of a naming plan ("(三)延续原则。…") heads no road.
        QTest::newRow("item: (三)延续原则。… is no road")
            << QStringLiteral(
                   "关于《乙山区地名规划》(征求意见稿)公开征求意见的公告\n  二、道路命名原则\n  "
                   "(一)通名规则。东西走向道路"
                   "通名为“道”,南北走向道路通名为“路”。\n  (三)延续原则。已命名道路延伸的,原则上沿用原名称,"
                   "如现有的丁一大道、丁二公路等道路延伸段不再另行命名;因道路规划调整需更名或注销的,"
                   "按程序另行报批。\n")
            << ""
            << "records=0";
        // A flattened table whose last row is short of its merged district cell, before the closing words.
        QTest::newRow("flat table: last row short of a merged cell")
            << QStringLiteral("关于部分道路命名的公告\n序号\n所在区\n所在街道(乡镇)"
                              "\n规划名称\n标准名称\n起止点\n长度(m)\n"
                              "1\n乙山区\n戊街道\n规划一路\n丁一路\n南起甲一路,北至甲二路\n860\n"
                              "2\n己街道\n规划三路\n丁二路\n东起甲三路,西至甲四路\n640\n"
                              "3\n庚乡\n—\n丁三路\n南起甲五路,北至甲六路\n1600\n\n特此公告。\n")
            << "丁三路"
            << "records=3|district=乙山区|subdistricts=[庚乡]|start=甲五路|length_m=1600";
        // "A原止点" is a place, the former end of A: 止点 inside a reference is no end cue.
        const QString formerEndsInReferences =
            QStringLiteral("关于道路命名的通知\n    ● "
                           "丁一路(延伸段):位于戊街道,是丁一路的延伸路段,南起丁一路原止点,北至甲一路,"
                           "长约560米,宽18米,沿用“丁一路”名称。\n    ● "
                           "丁二路:位于戊街道,南起甲二路原起点,北至甲一路,长约560米。\n");
        QTest::newRow("course: 南起X原止点")
            << formerEndsInReferences << "丁一路"
            << "records=2|action=adjust|start=丁一路原止点|end=甲一路|via=[]";
        QTest::newRow("course: 南起X原起点") << formerEndsInReferences << "丁二路"
                                             << "records=2|action=name|start=甲二路原起点";
        // A 备注 "东延段,沿用原名": a new section keeping its road's name adjusts that road.
        QTest::newRow("table: 备注 东延段,沿用原名")
            << QStringLiteral(
                   "关于道路命名的通告\n序号  道路名称    所在街道    起点        终点        长度(米)  "
                   "备注\n"
                   "1     丁一路      戊街道      甲一路      甲二路      1500      东延段,沿用原名\n"
                   "2     丁二路      戊街道      甲三路      甲四路      900\n")
            << "丁一路"
            << "records=2|action=adjust|start=甲一路|end=甲二路";
        // A headline that names two acts ("新增N条道路名称 … 更名") sets neither for every road.
        QTest::newRow("news: 新增5条道路名称 X一段更名 sets no act for all")
            << QStringLiteral("甲市新增2条道路名称 "
                              "丙路一段更名“丁三路”\n【本报讯】记者日前获悉,乙山区新建的2条道路正式获得命名,"
                              "另有1段道路更名。\n\n【乙山区】\n◆ "
                              "丁一路:位于戊镇,东起甲一大道,西至甲二国道,全长约3.2公里,"
                              "宽40米。\n◆ 丁二路:位于己镇,北起甲三路,南至甲四大道,长度680米,宽12米。\n")
            << "丁二路"
            << "records=2|action=name|district=乙山区|subdistricts=[己镇]";

        // "关于对A区部分道路命名的决定": the 对 is the verb's, the district A区.
        QTest::newRow("title: 关于对A区部分道路命名的决定")
            << QStringLiteral(
                   "甲市人民政府\n关于对乙山区部分道路命名的决定\n    决定对乙山区2条新建道路予以命名。\n"
                   "    1.丁一路:东起甲一路,西至甲二路,长1.2公里。\n    "
                   "2.丁二路:南起甲三路,北至甲四路,长900米。\n")
            << "丁二路"
            << "records=2|district=乙山区";
        // After 辖区内 the former name follows with no 的; "A街道辖区" is no district.
        QTest::newRow("rename: 同意将A街道辖区内X北段(起于B止于C)更名为Y")
            << QStringLiteral("甲市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n    "
                              "同意将戊街道辖区内丁五路北段(起于甲一街止于"
                              "甲二路)更名为丁六路,丁五路其余路段名称保持不变;"
                              "同意将己街道辖区内的丁七路更名为丁八路。\n")
            << "丁六路"
            << "records=2|action=rename|old_name=丁五路|district=乙山区|subdistricts=[戊街道]|start=甲一街|"
               "end=甲二路";
        // A repost's photo caption under an item ("▲新命名的X路") keeps the section's place for the next.
        QTest::newRow("caption: ▲新命名的X路 between items of a section")
            << QStringLiteral(
                   "关于乙山区、丙水区部分道路命名的通知\n    现将乙山区、丙水区3条道路命名情况通知如下:\n\n"
                   "乙山区(2条)\n\n●1号路命名为“丁一路”。该路北起甲一大街,南至甲二河北岸,长度1320米,宽24米,"
                   "位于戊街道。\n\n[图片]\n▲新命名的丁一路\n\n●2号路命名为“丁二路”。该路西起甲三路,"
                   "东至甲四路,"
                   "长度900米,宽18米,位于己街道。\n\n丙水区(1条)\n\n●3号路命名为“丁三路”。该路北起甲五路,"
                   "南至甲六路,长度600米,宽12米,位于庚街道。\n")
            << "丁二路"
            << "records=3|district=乙山区|subdistricts=[己街道]";
        QTest::newRow("caption: ▲X路 alone over its description is a bullet")
            << QStringLiteral("关于部分道路命名的公告\n对乙山区道路进行命名。\n【乙山区】\n\n▲丁一路\n"
                              "位于戊街道,西起甲一路,东至甲二路,长约1.3公里,宽24米。\n\n▲丁二路\n"
                              "位于己镇,北起甲三路,南至甲四路,宽12米。\n")
            << "丁二路"
            << "records=2|district=乙山区|subdistricts=[己镇]|start=甲三路";

        // "A街道的2条道路分别为X和Y。" places the roads after it; "X是此次命名道路中最长的一条,西起…" is X's.
        const QString countedPlaceAndOneOf =
            QStringLiteral("乙山区4条新建道路获得命名\n    本报讯 "
                           "近日,经甲市人民政府批准,乙山区戊街道、己街道和庚乡的4条新建道路"
                           "正式获得命名。\n    "
                           "己街道的2条道路分别为丁一路和丁二路。丁一路北起甲一道,南至甲二道,途经甲三路,"
                           "全长1.5公里;丁二路北起甲二道,南至甲四道,长约650米。\n    "
                           "位于庚乡的丁三道是此次命名道路中最长的"
                           "一条,西起甲五路,东至庚村东,全长约2.3公里,宽12米。\n");
        QTest::newRow("prose: A街道的2条道路分别为X和Y")
            << countedPlaceAndOneOf << "丁二路"
            << "records=3|district=乙山区|subdistricts=[己街道]|start=甲二道";
        QTest::newRow("prose: 位于A乡的X是…最长的一条,西起B")
            << countedPlaceAndOneOf << "丁三道"
            << "records=3|subdistricts=[庚乡]|start=甲五路|end=庚村东|length_m=2300";
        // A blank line and 另, after the last item of a 公示: another matter (a bridge), not the item's.
        QTest::newRow("公示: last item, blank line, 另,…桥梁拟命名为…")
            << QStringLiteral(
                   "关于部分道路拟命名方案的公示\n    ⑥丁一路(原规划名:纬七路)\n    "
                   "位置:位于戊镇,西起甲一街,东至甲二路\n"
                   "    长度:1100米    规划宽度:24米\n\n    ⑦丁二巷(原规划名:支路三)\n"
                   "    位置:位于戊镇,北起甲三路,南至丁一路,途经戊村\n    长度:620米    规划宽度:12米\n"
                   "    备用名:无\n\n    另,甲一街跨甲河桥梁拟命名为“甲一桥”,一并公示。\n")
            << "丁二巷"
            << "records=2|subdistricts=[戊镇]|start=甲三路|end=丁一路|via=[戊村]|length_m=620";

        // A flattened table's row short of a merged cell that is not right after its number: the cells
        // it holds say which one it lacks (here the 街道 between the name and the course).
        QTest::newRow("flat table: a row lacks its 街道 cell, not the one after the number")
            << QStringLiteral(
                   "关于乙山区部分道路命名的公告\n现将乙山区4条新建道路命名情况公告如下:"
                   "\n序号\n道路名称\n所在街道(乡镇)\n"
                   "起止点\n长度(米)\n宽度(米)\n命名含义\n"
                   "1\n丁一路\n戊街道\n东起甲一路,西至甲二路\n1860\n30\n故名。\n"
                   "2\n丁二路\n己街道\n起于甲三路,止于甲四路\n1240\n24\n寓意奋发向上。\n"
                   "3\n丁三巷\n北起丁二路,南至甲五市场\n430\n9\n寓意纯洁坚韧。\n"
                   "4\n丁四路\n庚乡\n南起甲六路,北接甲七路\n2300\n20~24\n因通往庚乡而得名。\n\n特此公告。\n")
            << "丁三巷"
            << "records=4|district=乙山区|subdistricts=[己街道]|start=丁二路|end=甲五市场|length_m=430|width_"
               "min_m=9";

        // A repost's column tag before its headline ("【西藏】") is no part of the headline's place.
        QTest::newRow("headline: 【甲地】A市B区6条新建道路正式命名")
            << QStringLiteral("【甲地】丙州市乙山区2条新建道路正式命名\n2019-07-03  来源:某网\n"
                              "某网讯 日前,丙州市人民政府发布公告,对乙山区2条新建道路予以命名。具体如下:\n"
                              "● 丁一路:位于戊街道,起于甲一路,止于甲二路,长860米,宽20米。\n\n"
                              "● 丁二路:位于己街道,南起甲三路,北至甲四路,长1.1公里,宽24米。\n")
            << "丁二路"
            << "records=2|district=乙山区|subdistricts=[己街道]";

        // A road on the line between two districts lies in both, joined with 、 in printed order.
        QTest::newRow("place: 位于A区、B区交界处 (rename)")
            << QStringLiteral(
                   "丙州市人民政府关于部分道路命名更名的通告\n"
                   "1、将位于乙山区、丙水区交界处,北起甲一路,南至甲二路的“甲三路”更名为“甲四路”。\n"
                   "2、位于丙水区戊街道,东起甲五路,西至甲六路的道路命名为“甲七路”。\n")
            << "甲四路"
            << "records=2|action=rename|old_name=甲三路|district=乙山区、丙水区|start=甲一路|end=甲二路";
        QTest::newRow("place: X位于A区与B区交界处")
            << QStringLiteral("关于道路命名的公告\n(一)甲六路位于乙山区与丙水区交界处,南起甲一路,北至甲二路,"
                              "长900米。\n(二)甲八路位于丙水区,南起甲一路,北至甲二路,长700米。\n")
            << "甲六路"
            << "records=2|district=乙山区、丙水区|start=甲一路|end=甲二路|length_m=900";
        // "位于A区的X路,北起…": an item that opens with the road's place, then its name and course.
        QTest::newRow("item: 位于A区B街道的X,北起…")
            << QStringLiteral(
                   "丙州市民政局关于道路命名的通告\n1.位于乙山区丁街道的甲八路,北起甲一路,南至甲二路。\n"
                   "2.位于乙山区的甲五路,东起甲一路,西至甲三路。\n")
            << "甲八路"
            << "records=2|district=乙山区|subdistricts=[丁街道]|start_dir=北|start=甲一路|end=甲二路";
        QTest::newRow("item: 位于A区的X,东起… (second item)")
            << QStringLiteral(
                   "丙州市民政局关于道路命名的通告\n1.位于乙山区丁街道的甲八路,北起甲一路,南至甲二路。\n"
                   "2.位于乙山区的甲五路,东起甲一路,西至甲三路。\n")
            << "甲五路"
            << "records=2|district=乙山区|subdistricts=[]|start_dir=东|end=甲三路";
        // A cancel that gives the road's place and course between its verb and the quoted name.
        QTest::newRow("cancel: 注销位于A,东起B,西至C的“X”")
            << QStringLiteral("丙州市人民政府关于道路命名、更名和注销的通告\n"
                              "九、注销位于乙山区丁街道的“甲四街”(该路已拆除)。\n"
                              "十、注销位于丙水区戊街道,东起甲一路,西至甲二路的“甲三道街”。\n")
            << "甲三道街"
            << "records=2|action=cancel|district=丙水区|subdistricts=[戊街道]|start_dir=东|start=甲一路|end_"
               "dir=西|end=甲二路";
        QTest::newRow("cancel: 销名位于A,南起B,北至C,长N米的“X”")
            << QStringLiteral(
                   "关于部分道路销名的公告\n①销名位于乙山区,南起甲一路,北至甲二路,长300米的“甲五路”。\n"
                   "②销名位于乙山区,东起甲一路,西至甲三路的“甲六路”。\n")
            << "甲五路"
            << "records=2|action=cancel|district=乙山区|start=甲一路|end=甲二路|length_m=300";
        // The old course told in a sentence after the new one is no part of it.
        QTest::newRow("adjust: 起止点调整为…。原起止点为…")
            << QStringLiteral(
                   "丙州市人民政府关于道路命名的通告\n"
                   "7、位于乙山区的“甲五路”起止点调整为:北起甲一路,南至甲六河北岸,调整后全长约5.2公里。"
                   "原起止点为北起甲二路,南至甲三路。\n")
            << "甲五路"
            << "records=1|action=adjust|start=甲一路|end=甲六河北岸|via=[]|length_m=5200";
        QTest::newRow("adjust: 调整前起止点为… after the new course")
            << QStringLiteral("关于道路起止点调整的公告\n甲十路:起止点调整为东起甲一路,西至甲二路。"
                              "调整前的起止点为东起甲八路,西至甲九路。\n")
            << "甲十路"
            << "records=1|action=adjust|start=甲一路|end=甲二路";
        // 长/宽 open a measure only before its number: "、长征街街道" is a second 街道.
        QTest::newRow("place: 街道 list whose second 街道 opens with 长")
            << QStringLiteral("丙州市民政局关于道路命名的通告\n1、甲五路位于乙山区丁街道、长征街街道,"
                              "北起甲一路,南至甲二路。\n"
                              "2、甲六路位于乙山区长征街街道、长3000米,宽20米。\n")
            << "甲五路"
            << "records=2|subdistricts=[丁街道,长征街街道]|start=甲一路";
        QTest::newRow("place: 街道 then 、长N米")
            << QStringLiteral("丙州市民政局关于道路命名的通告\n1、甲五路位于乙山区丁街道、长征街街道,"
                              "北起甲一路,南至甲二路。\n"
                              "2、甲六路位于乙山区长征街街道、长3000米,宽20米。\n")
            << "甲六路"
            << "records=2|subdistricts=[长征街街道]|length_m=3000|width_min_m=20";
        // A 批复 that places the road by its 街道's extent (辖区内, 境内) and runs straight into the course.
        QTest::newRow("pifu: 同意将A街道辖区内东起B…的道路命名为“X”")
            << QStringLiteral(
                   "丙州市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n"
                   "    同意将丁街道辖区内东起甲一路、西至甲二路,全长约820米,宽16米的道路命名为“甲三街”;"
                   "其南侧东起甲一路、西至甲四路,全长约1050米,宽16米的道路命名为“甲五街”。\n"
                   "丙州市人民政府\n2019年8月26日\n")
            << "甲三街"
            << "records=2|district=乙山区|subdistricts=[丁街道]|start_dir=东|start=甲一路|end=甲二路|length_"
               "m=820";
        QTest::newRow("pifu: 同意将A镇境内自B向北延伸至C…的道路命名为“X”")
            << QStringLiteral(
                   "丙州市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n"
                   "    同意将戊镇境内自甲一路向北延伸至甲五村,长度650米、宽9米的道路命名为“甲六路”。\n"
                   "    "
                   "同意将戊镇范围内由甲一路至甲七村,途经甲八村,长约2."
                   "3公里、宽7米的乡村道路命名为“甲九路”。\n"
                   "丙州市人民政府\n2019年8月26日\n")
            << "甲六路"
            << "records=2|action=name|subdistricts=[戊镇]|start=甲一路|end_dir=北|end=甲五村|length_m=650";
        QTest::newRow("pifu: 同意将A镇范围内由B至C,途经D…命名为“X”")
            << QStringLiteral(
                   "丙州市人民政府关于乙山区部分道路命名的批复\n乙山区人民政府:\n"
                   "    同意将戊镇境内自甲一路向北延伸至甲五村,长度650米、宽9米的道路命名为“甲六路”。\n"
                   "    "
                   "同意将戊镇范围内由甲一路至甲七村,途经甲八村,长约2."
                   "3公里、宽7米的乡村道路命名为“甲九路”。\n"
                   "丙州市人民政府\n2019年8月26日\n")
            << "甲九路"
            << "records=2|action=name|subdistricts=[戊镇]|start=甲一路|end=甲七村|via=[甲八村]|length_m=2300";

        // A news list line: the name, its place in brackets, a gap, then the course.
        QTest::newRow("prose: X(位于A街道) 东起…")
            << QStringLiteral("丙州乙山区3条新建道路正式命名\n公告显示,新命名的道路及起止点分别为:\n\n"
                              "甲一大街(位于丁街道) 东起甲二街,西至甲三街,全长约1.2公里,宽30米。\n"
                              "甲四路 南起甲五大道,北至甲六路,长度860米,宽18米。\n"
                              "甲七路(地处戊镇) 北起甲八路,向南折向西至甲九路口,全长约3.5公里,宽20米。\n")
            << "甲七路"
            << "records=3|subdistricts=[戊镇]|start=甲八路|end_dir=西|end=甲九路口|length_m=3500";
        // A sentence whose subject is the road that is extended; the course restated after it is the
        // record's.
        QTest::newRow("prose: 另外,X向北延伸至B,延伸后南起C,北至B")
            << QStringLiteral("丙州乙山区2条新建道路正式命名\n公告显示,新命名的道路及起止点分别为:\n\n"
                              "甲四路 南起甲五大道,北至甲六路,长度860米,宽18米。\n\n"
                              "另外,甲十街向北延伸至甲十一路,延伸后南起甲十二路,北至甲十一路,全长2.8公里。\n")
            << "甲十街"
            << "records=2|action=adjust|start=甲十二路|end=甲十一路|length_m=2800";
        QTest::newRow("prose: 同时,X向东延长至B。")
            << QStringLiteral("关于乙山区道路命名的通告\n一、甲一路:南起甲二路,北至甲三路,长500米。\n\n"
                              "同时,甲五街向东延长至甲六路,延长后西起甲七路,东至甲六路。\n")
            << "甲五街"
            << "records=2|action=adjust|start=甲七路|end=甲六路";
        // A proposal's labelled name under a heading that is the road's working name or code.
        QTest::newRow("item: 经三路⏎拟命名名称:X")
            << QStringLiteral("丙州市民政局关于乙山区部分新建道路拟命名方案的公示\n拟命名道路情况\n\n"
                              "1、经三路\n拟命名名称:甲文街\n位置及走向:位于丁街道辖区,南起甲一路,北至甲二路,"
                              "全长约1350米。\n"
                              "命名理由:取“文脉昌盛”之意。\n备选名称:甲昌街\n\n"
                              "2、1号路\n标准名称:甲修大街\n位置及走向:位于戊镇辖区,南起甲三大道,北接甲四路,"
                              "长度2600米。\n")
            << "甲修大街"
            << "records=2|subdistricts=[戊镇]|start=甲三大道|end=甲四路|length_m=2600|no_finding=name_"
               "mismatch";
        // A lead that counts the roads of a district's urban area.
        QTest::newRow("lead: 现将A区城区N条道路…")
            << QStringLiteral("丙州市乙山区人民政府关于部分道路命名的通告\n"
                              "    现将乙山区城区2条道路命名事项通告如下:\n"
                              "一、甲一路:东起甲二路,西至甲三路。\n二、甲四路:南起甲二路,北至甲五路。\n")
            << "甲四路"
            << "records=2|district=乙山区";
        // A remark saying where the name came from.
        QTest::newRow("table remark: 由原“X”更名")
            << QStringLiteral(
                   "关于乙山区部分道路命名和更名的通告\n\n| 序号 | 道路名称 | 起止点 | 长度(米) | 备注 |\n"
                   "|---|---|---|---|---|\n| 1 | 甲一路 | 东起甲二路,西至甲三路 | 1560 | 原规划名:纬一路 |\n"
                   "| 2 | 甲四路 | 东起甲二路,西至甲五路 | 1800 | 由原“甲六路”更名 |\n")
            << "甲四路"
            << "records=2|action=rename|old_name=甲六路|length_m=1800";
        // A 批复's cancel and extension, each with its 街道's extent between the verb and the road.
        QTest::newRow("pifu: 注销A街道辖区内因…已拆除的“X”名称")
            << QStringLiteral(
                   "丙州市人民政府关于乙山区部分道路命名更名的批复\n乙山区人民政府:\n"
                   "    同意将戊街道辖区内的“甲一路”向东延伸至甲二路,延伸后西起甲三路,东至甲二路,全长3100米。"
                   "同意注销丁街道辖区内因旧城改造已拆除的“甲四街”名称。\n此复。\n")
            << "甲四街"
            << "records=2|action=cancel|subdistricts=[丁街道]";
        QTest::newRow("pifu: 将A街道辖区内的“X”向东延伸至B")
            << QStringLiteral(
                   "丙州市人民政府关于乙山区部分道路命名更名的批复\n乙山区人民政府:\n"
                   "    同意将戊街道辖区内的“甲一路”向东延伸至甲二路,延伸后西起甲三路,东至甲二路,全长3100米。"
                   "同意注销丁街道辖区内因旧城改造已拆除的“甲四街”名称。\n此复。\n")
            << "甲一路"
            << "records=2|action=adjust|subdistricts=[戊街道]|start=甲三路|end=甲二路|length_m=3100";
        // A renamed part of a road, told by another road, after the road's place.
        QTest::newRow("rename: 将A区B街道X路C路以东路段更名为Y")
            << QStringLiteral("丙州市人民政府关于道路命名更名的通告\n"
                              "1.将乙山区丁街道甲一路甲二路以东路段(西起甲二路,东至甲三路)更名为甲四大街。\n"
                              "2.将乙山区戊镇甲七路东段更名为甲八路。\n")
            << "甲四大街"
            << "records=2|old_name=甲一路|district=乙山区|subdistricts=[丁街道]|start=甲二路";
        // A naming the text looks back on is no decision of its own.
        QTest::newRow("news: 继X(南起A,北至B)命名后")
            << QStringLiteral(
                   "丙州市乙山区2条新建道路正式命名\n"
                   "    本报讯 "
                   "近日,乙山区2条新建道路正式命名。这是继2019年甲一路延伸段(南起甲二路,北至甲三路)"
                   "命名后,我市又一次集中命名。\n    "
                   "甲四路南起甲二路,北至甲五路。甲六路东起甲四路,西至甲七路。\n")
            << "甲六路"
            << "records=2|start=甲四路|end=甲七路";
        // A table column of both former and working names; a cancelled row whose new name is a dash.
        QTest::newRow("table: 原名称/规划名 column on a 更名 row")
            << QStringLiteral(
                   "关于部分道路命名、更名、延伸和注销的公告\n\n"
                   "| 序号 | 类别 | 所在区县 | 原名称/规划名 | 标准名称 | 起点 | 终点 | 长度(米) |\n"
                   "|---|---|---|---|---|---|---|---|\n"
                   "| 1 | 命名 | 乙山区 | 纬三路 | 甲一街 | 甲二路 | 甲三路 | 860 |\n"
                   "| 2 | 更名 | 乙山区 | 甲四路 | 甲五路 | 甲二路 | 甲六路 | 2100 |\n"
                   "| 3 | 延伸 | 丙水区 | 甲七路 | 甲七路 | 甲八路 | 甲九路 | 1100 |\n"
                   "| 4 | 注销 | 丙水区 | 甲十街 | — | 甲七路 | 甲十一路 | 650 |\n\n"
                   "注:1.甲七路延伸段起点、终点及长度均为新建路段数据,原路段起止点不变。\n")
            << "甲五路"
            << "records=4|action=rename|old_name=甲四路";
        QTest::newRow("table: 命名 row's working name is no former name")
            << QStringLiteral(
                   "关于部分道路命名、更名、延伸和注销的公告\n\n"
                   "| 序号 | 类别 | 所在区县 | 原名称/规划名 | 标准名称 | 起点 | 终点 | 长度(米) |\n"
                   "|---|---|---|---|---|---|---|---|\n"
                   "| 1 | 命名 | 乙山区 | 纬三路 | 甲一街 | 甲二路 | 甲三路 | 860 |\n"
                   "| 2 | 更名 | 乙山区 | 甲四路 | 甲五路 | 甲二路 | 甲六路 | 2100 |\n"
                   "| 3 | 延伸 | 丙水区 | 甲七路 | 甲七路 | 甲八路 | 甲九路 | 1100 |\n"
                   "| 4 | 注销 | 丙水区 | 甲十街 | — | 甲七路 | 甲十一路 | 650 |\n\n"
                   "注:1.甲七路延伸段起点、终点及长度均为新建路段数据,原路段起止点不变。\n")
            << "甲一街"
            << "records=4|action=name|old_name=";
        QTest::newRow("table: 延伸 row repeating its name has no former name")
            << QStringLiteral(
                   "关于部分道路命名、更名、延伸和注销的公告\n\n"
                   "| 序号 | 类别 | 所在区县 | 原名称/规划名 | 标准名称 | 起点 | 终点 | 长度(米) |\n"
                   "|---|---|---|---|---|---|---|---|\n"
                   "| 1 | 命名 | 乙山区 | 纬三路 | 甲一街 | 甲二路 | 甲三路 | 860 |\n"
                   "| 2 | 更名 | 乙山区 | 甲四路 | 甲五路 | 甲二路 | 甲六路 | 2100 |\n"
                   "| 3 | 延伸 | 丙水区 | 甲七路 | 甲七路 | 甲八路 | 甲九路 | 1100 |\n"
                   "| 4 | 注销 | 丙水区 | 甲十街 | — | 甲七路 | 甲十一路 | 650 |\n\n"
                   "注:1.甲七路延伸段起点、终点及长度均为新建路段数据,原路段起止点不变。\n")
            << "甲七路"
            << "records=4|action=adjust|old_name=|start=甲八路|end=甲九路";
        QTest::newRow("table: 注销 row with a dash for the new name")
            << QStringLiteral(
                   "关于部分道路命名、更名、延伸和注销的公告\n\n"
                   "| 序号 | 类别 | 所在区县 | 原名称/规划名 | 标准名称 | 起点 | 终点 | 长度(米) |\n"
                   "|---|---|---|---|---|---|---|---|\n"
                   "| 1 | 命名 | 乙山区 | 纬三路 | 甲一街 | 甲二路 | 甲三路 | 860 |\n"
                   "| 2 | 更名 | 乙山区 | 甲四路 | 甲五路 | 甲二路 | 甲六路 | 2100 |\n"
                   "| 3 | 延伸 | 丙水区 | 甲七路 | 甲七路 | 甲八路 | 甲九路 | 1100 |\n"
                   "| 4 | 注销 | 丙水区 | 甲十街 | — | 甲七路 | 甲十一路 | 650 |\n\n"
                   "注:1.甲七路延伸段起点、终点及长度均为新建路段数据,原路段起止点不变。\n")
            << "甲十街"
            << "records=4|action=cancel|old_name=|district=丙水区|start=甲七路|end=甲十一路|length_m=650";
        // OCR breaks a length's digits with a space.
        QTest::newRow("measure: OCR space inside a length (4 80米)")
            << QStringLiteral("关于道路命名的公告\n一、甲一路,南起甲二路,北至甲三路,长度4 80米,宽9米。\n"
                              "二、甲四路,南起甲二路,北至甲三路,全长1. 4 公里,宽9米。\n")
            << "甲一路"
            << "records=2|length_m=480";
        QTest::newRow("measure: OCR space after a length's decimal point (1. 4 公里)")
            << QStringLiteral("关于道路命名的公告\n一、甲一路,南起甲二路,北至甲三路,长度4 80米,宽9米。\n"
                              "二、甲四路,南起甲二路,北至甲三路,全长1. 4 公里,宽9米。\n")
            << "甲四路"
            << "records=2|length_m=1400";

        // A news report pasted above a titled notice is a notice of its own, read untitled.
        QTest::newRow("lead: a news report before a titled notice is read too")
            << QStringLiteral("丙州乙山区2条新建道路正式命名\n公告显示,新命名的道路及起止点分别为:\n\n"
                              "甲一大街(位于丁街道) 东起甲二街,西至甲三街,全长约1.2公里,宽30米。\n"
                              "甲四路 南起甲五大道,北至甲六路,长度860米,宽18米。\n\n"
                              "丁州市人民政府关于部分道路命名的公告\n丁政告〔2020〕3号\n"
                              "一、戊一路:东起戊二路,西至戊三路,长500米。\n")
            << "甲四路"
            << "records=3|start=甲五大道|end=甲六路|length_m=860";

        // A gap-aligned table whose cell the page wrapped onto the next line.
        QTest::newRow("table: a wrapped ends cell and a wrapped place cell")
            << QStringLiteral(
                   "关于部分道路命名的批复\n附件\n"
                   "序号  标准名称   起 止 点                          长度(米)  宽度(米)  所在街道(镇)\n"
                   "1     丁一路     东起甲一路,西至甲二路              1260      24        丙街道\n"
                   "2     丁二大道   南起甲三路,北至甲四\n路    2860    40    丙街道\n"
                   "3     丁三路     北起丁一路,南至甲五路              2200      30        "
                   "丙街道、戊\n河镇\n")
            << "丁二大道"
            << "records=3|end=甲四路|length_m=2860|width_min_m=40|subdistricts=[丙街道]";
        QTest::newRow("table: a place cell ended on the next line")
            << QStringLiteral(
                   "关于部分道路命名的批复\n附件\n"
                   "序号  标准名称   起 止 点                          长度(米)  宽度(米)  所在街道(镇)\n"
                   "1     丁一路     东起甲一路,西至甲二路              1260      24        丙街道\n"
                   "2     丁三路     北起丁一路,南至甲五路              2200      30        "
                   "丙街道、戊\n河镇\n"
                   "特此批复\n")
            << "丁三路"
            << "records=2|subdistricts=[丙街道,戊河镇]|length_m=2200";
        // A 批复 addressing its requester (你区) names no district.
        QTest::newRow("place: 你区 is the requester, no district")
            << QStringLiteral(
                   "甲市人民政府关于乙山经济技术开发区部分道路命名的批复\n乙山经济技术开发区管委会:\n"
                   "你区《关于部分道路命名的请示》收悉。经研究,同意你区对以下道路命名:\n"
                   "一、丁一路,东起甲一路,西至甲二路,长800米。\n二、丁二路,北起甲三路,南至甲四路,长600米。\n")
            << "丁二路"
            << "records=2|district=乙山经济技术开发区";
        // "X位于A街道,东起B": the prose name ends at 位于, the place after it is the road's.
        QTest::newRow("prose: X位于A街道,东起B (the name ends at 位于)")
            << QStringLiteral("乙山区2条新建道路正式命名\n两条道路中,丁一路位于丙街道,东起甲一路,西至甲二路,"
                              "长约1.2公里。"
                              "丁二路位于戊街道,南起甲三路,北至甲四路,长约780米。\n")
            << "丁一路"
            << "records=2|subdistricts=[丙街道]|start=甲一路|length_m=1200";
        // A turn point's 后 ("向南至A后折向东") is no part of it.
        QTest::newRow("via: 向南至A后折向东 gives the turn point A")
            << QStringLiteral("关于部分道路命名的公告\n一、丁一路,北起甲一路,向南至甲二路后折向东,止于甲三路,"
                              "长1.4公里。\n"
                              "二、丁二路,西起甲一路,东至甲三路,长300米。\n")
            << "丁一路"
            << "records=2|via=[甲二路]|end=甲三路";
        // An item that opens with the road and the change of its extent ("X向北延伸至Y。", "X起止点调整为:").
        for (const char* change : {"向北延伸至甲五路。调整后,", "起止点调整为:", "起止点变更为"})
            QTest::newRow(qPrintable(QStringLiteral("adjust: X%1… names X").arg(QString::fromUtf8(change))))
                << QStringLiteral(
                       "关于部分道路更名及起止点调整的决定\n(一)丁一路%1南起甲一路,北至甲二路,全长4.6公里。\n"
                       "(二)丁二路,东起甲三路,西至甲四路,长300米。\n")
                       .arg(QString::fromUtf8(change))
                << "丁一路"
                << "records=2|start=甲一路|end=甲二路|length_m=4600";
        // "向南经A延伸至B": 延伸 is the leg's verb, no part of the waypoint; a width given as the red line's.
        for (const char* width : {"宽度:红线50米", "规划红线宽度50米", "路幅宽50米", "宽度为红线50米"})
            QTest::newRow(
                qPrintable(QStringLiteral("via 经A延伸至B, width %1").arg(QString::fromUtf8(width))))
                << QStringLiteral("关于部分道路命名的公告\n一、丁一路,北起甲一路,向南经甲二路延伸至甲三路,"
                                  "长2.3公里,%1。\n"
                                  "二、丁二路,西起甲一路,东至甲三路,长300米,宽20米。\n")
                       .arg(QString::fromUtf8(width))
                << "丁一路"
                << "records=2|via=[甲二路]|end=甲三路|width_min_m=50|width_max_m=50";
        QTest::newRow("intro: 《关于对A区部分道路进行命名的请示》: 对 is no part of the place")
            << QStringLiteral(
                   "甲市人民政府关于部分道路命名的批复\n你委《关于对乙山区部分新建道路进行命名的请示》收悉。"
                   "现批复如下:\n"
                   "一、丁一路,东起甲一路,西至甲二路,长800米。\n二、丁二路,北起甲三路,南至甲四路,长600米。\n")
            << "丁二路"
            << "records=2|district=乙山区";
        QTest::newRow("page number: a bare number line is a table cell, not furniture")
            << QStringLiteral(
                   "关于部分道路命名的公告\n序号\n道路名称\n起点\n终点\n长度(米)\n1\n丁一路\n甲一路\n甲二路\n"
                   "2\n2\n丁二路\n甲三路\n甲四路\n300\n")
            << "丁一路"
            << "records=2|length_m=2";
    }

    void rule() {
        QFETCH(QString, text);
        QFETCH(QString, record);
        QFETCH(QString, spec);
        const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("rule.txt"));
        QList<RoadRecord> roads;
        for (const auto& n : out.result.notices)
            roads += n.roads;
        const RoadRecord* r = nullptr;
        for (const auto& road : roads)
            if (road.name == record) {
                r = &road;
                break;
            }

        QStringList wrong;
        for (const auto& item : spec.split(u'|')) {
            const qsizetype eq = item.indexOf(u'=');
            const QString key = item.left(eq);
            const QString want = item.mid(eq + 1);
            QString have;
            if (key == u"status") {
                have =
                    out.status == ParseStatus::NoNotice ? QStringLiteral("nonotice") : QStringLiteral("ok");
            } else if (key == u"error") {
                have = out.error.contains(want) ? want : out.error;
            } else if (key == u"records") {
                have = QString::number(roads.size());
            } else if (key == u"finding") {
                have = hasFinding(out, want) ? want : QStringLiteral("(absent)");
            } else if (key == u"no_finding") {
                have = hasFinding(out, want) ? QStringLiteral("(present)") : want;
            } else if (key == u"title" || key == u"issuer" || key == u"date") {
                if (out.result.notices.isEmpty()) {
                    have = QStringLiteral("(no notice)");
                } else {
                    const Notice& n = out.result.notices.first();
                    have = key == u"title"    ? n.title
                           : key == u"issuer" ? n.issuer
                                              : n.date.toString(Qt::ISODate);
                }
            } else if (!r) {
                have = QStringLiteral("(no record named %1 among %2)").arg(record).arg(roads.size());
            } else {
                have = field(*r, key);
            }
            if (have != want)
                wrong.append(QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(key, have, want));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    }

    // Linear time (issue 5 item 6): text made of the grammar's own words in random order — markers,
    // ends, turns, brackets, naming verbs — on one run-on line and on many lines; four times the text
    // must take about four times as long (no backtracking, no pairwise comparison of records).
    void linearTimeOnAdversarialText_data() {
        QTest::addColumn<bool>("lineBreaks");
        QTest::newRow("one run-on line") << false;
        QTest::newRow("many lines") << true;
    }
    void linearTimeOnAdversarialText() {
        QFETCH(bool, lineBreaks);
        const QStringList words = {QStringLiteral("命名"),
                                   QStringLiteral("东起"),
                                   QStringLiteral("西至"),
                                   QStringLiteral("("),
                                   QStringLiteral("规划"),
                                   QStringLiteral(")"),
                                   QStringLiteral(":"),
                                   QStringLiteral("、"),
                                   QStringLiteral("甲路"),
                                   QStringLiteral("乙街"),
                                   QStringLiteral("向南折向东"),
                                   QStringLiteral("沿"),
                                   QStringLiteral("呈\"L\"型"),
                                   QStringLiteral("长约12米"),
                                   QStringLiteral("宽9~15米"),
                                   QStringLiteral("1."),
                                   QStringLiteral("一、"),
                                   QStringLiteral("(一)"),
                                   QStringLiteral("原"),
                                   QStringLiteral("更名为“丙路”"),
                                   QStringLiteral("注销道路三条"),
                                   QStringLiteral("位于"),
                                   QStringLiteral("辖区"),
                                   QStringLiteral("的"),
                                   QStringLiteral("分别是"),
                                   QStringLiteral("自原止点"),
                                   QStringLiteral("延长止"),
                                   QStringLiteral(","),
                                   QStringLiteral("是"),
                                   QStringLiteral("的道路命名为"),
                                   QStringLiteral("|名称|起点|"),
                                   QStringLiteral("序号拟名称起点路经终点路况走向"),
                                   QStringLiteral("1甲路乙街丙村丁路水泥南北"),
                                   QStringLiteral("2021.04"),
                                   QStringLiteral("小学")};
        auto make = [&](int chars) {
            QRandomGenerator rng(20240901);
            QString text;
            while (text.size() < chars) {
                for (int i = 0; i < 40; ++i)
                    text += words[rng.bounded(int(words.size()))];
                if (lineBreaks)
                    text += rng.bounded(2) ? QStringLiteral("\n") : QStringLiteral("。\n");
            }
            return text;
        };
        auto seconds = [](const QString& text) {
            QElapsedTimer timer;
            timer.start();
            const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("adversarial.txt"));
            Q_UNUSED(out);
            return std::max<qint64>(timer.elapsed(), 1) / 1000.0;
        };
        const QString small = make(250000);
        const QString large = make(1000000);
        seconds(small); // warm-up: the fold table and the grammar are built once per process
        // The best of a few runs: a busy machine (parallel tests, a build) only ever adds time.
        const double t1 = std::min({seconds(small), seconds(small), seconds(small)});
        const double t4 = std::min(seconds(large), seconds(large));
        qInfo("adversarial text: %lld chars in %.2f s, %lld chars in %.2f s (ratio %.1f)",
              static_cast<long long>(small.size()), t1, static_cast<long long>(large.size()), t4, t4 / t1);
        QVERIFY2(t4 < 20, "a megabyte of adversarial text should parse in seconds");
        QVERIFY2(t4 / t1 < 10, qPrintable(QStringLiteral("4x the text took %1x the time").arg(t4 / t1)));
    }
};

QTEST_GUILESS_MAIN(TestNoticeGrammar)
#include "tst_notice_grammar.moc"
