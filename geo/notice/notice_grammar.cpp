#include "notice/notice_grammar.h"

#include "notice/notice_lexicon.h"

namespace luming {

namespace {
// The pattern macros ({HAN}, {DIR}, {NUM}, {CN}, {LAT}) are the lexicon's (notice_lexicon.h). Every
// quantifier is bounded: the grammar runs in linear time over any input. A pattern that does not compile
// stops the program naming it (tst_notice_grammar builds them all, so none ships).
QRegularExpression rx(const QString& pattern) {
    QRegularExpression r(expandPatternMacros(pattern), QRegularExpression::UseUnicodePropertiesOption);
    if (!r.isValid())
        qFatal("NoticeGrammar: %s in %s", qPrintable(r.errorString()), qPrintable(pattern));
    return r;
}

QString words(LexCategory category, double minWeight = 0) {
    return NoticeLexicon::instance().alternation(category, minWeight);
}

// Place suffixes: a district-level unit, or a subdistrict-level one (lexicon place_district, place_sub).
QString placeSuffix() {
    return QStringLiteral("(?:") + words(LexCategory::PlaceDistrict) + u'|' + words(LexCategory::PlaceSub) +
           QStringLiteral("){PY}");
}
// Quotes and brackets a name may stand in.
const QString kOpenQuote = QStringLiteral("[“\"「『]");
const QString kCloseQuote = QStringLiteral("[”\"」』]");
// A new section that keeps an existing road's name: "沿用现有名称“X”", "延伸后沿用“X”名称", "继续沿用“X”这一
// 名称", "延伸后统一使用“X”名称" (名称 or 路名 on one side of the quoted name: "沿用“夏墅”老地名" keeps a
// place name, not a road's); never "…沿用现有名称“X”,不作调整" (the road is kept). The name is the named
// group `group`.
QString keptNamePhrase(const QString& group = QStringLiteral("kept")) {
    const QString name = QStringLiteral("[^”\"」』。,;:、\\s()]{2,24}?");
    return QStringLiteral(
               "(?:继续|仍然|仍|统一)?(?:沿用|使用)(?:其|原|现有|原有|已有)?(?:道路)?(?=(?:名称|路名)|") +
           kOpenQuote + name + kCloseQuote + QStringLiteral("(?:这一|的)?(?:名称|路名))(?:名称|路名)?\\s*") +
           kOpenQuote + QStringLiteral("(?<") + group + u'>' + name + u')' + kCloseQuote +
           QStringLiteral("(?:这一|的)?(?:名称|路名)?"
                          "(?![,;]?\\s*(?:不作|不予|不再|无需|不需)(?:调整|变更|更改|改动)|[,;]?\\s*不变)");
}
// Literal words as one alternation, each escaped.
QString alternation(const QStringList& literals) {
    QStringList escaped;
    for (const auto& w : literals)
        escaped << QRegularExpression::escape(w);
    return escaped.join(u'|');
}

// A rename list's arrows ("A路 → B路") as plain words: a pattern that looks behind one is tried only
// where one stands.
const QStringList kArrowCues = {QStringLiteral("→"),  QStringLiteral("⟶"),  QStringLiteral("⇒"),
                                QStringLiteral("->"), QStringLiteral("—>"), QStringLiteral("=>")};
// As a lookbehind, each alternative stands at the top (PCRE2).
const QString kArrow = QStringLiteral("(?:") + alternation(kArrowCues) + QStringLiteral(")");
const QString kAfterArrow = QStringLiteral("(?<=") + alternation(kArrowCues) + QStringLiteral(")");
// The label of a name field in a form of labelled lines ("道路名称:X").
const QString kNameLabel = QStringLiteral("道路名称|道路名|路名|名称|拟命名名称|拟命名|拟定名称|标准名称");
// "原", "原名", "曾用名:" before a former name (lexicon before).
QString formerWord() {
    return QStringLiteral("(?:") + words(LexCategory::Before) + QStringLiteral(")(?:为|是)?:?");
}
} // namespace

const NoticeGrammar& NoticeGrammar::instance() {
    static const NoticeGrammar grammar;
    return grammar;
}

NoticeGrammar::NoticeGrammar() {
    const QString kPlaceSuffix = placeSuffix();
    // --- Finding notices ---
    // "关于祈福街等市区内道路命名的通知", "关于同意港西路等道路命名的批复",
    // "关于溧水经济开发区部分道路名称拟命(更)名的公示".
    titles.append(
        {rx(QStringLiteral("关于(?<subject>(?:(?!关于|的通知)[^。;:\\n]){0,60}?)(?:道路|街路|街巷)?"
                           "(?:名称)?(?:拟)?(?:命名|更名|命\\(更\\)名|更\\(命\\)名|销名)[^。;:\\n]{0,12}?的"
                           "(?<kind>通知|批复|复函|函|公告|通告|决定|公示)")),
         QStringLiteral("government notice on naming roads")});
    // "关于注销部分道路名称的公告", "关于A区部分路名注销的通告": a cancel is a road notice only when what
    // it cancels is a road's name (注销 alone cancels licences and firms in the same gazettes).
    const QString kinds = QStringLiteral("(?<kind>通知|批复|复函|函|公告|通告|决定|公示)");
    titles.append(
        {rx(QStringLiteral("关于(?<subject>(?:(?!关于|的通知)[^。;:\\n]){0,60}?)(?:注销|撤销|取消|销名)"
                           "[^。;:\\n]{0,30}?(?:道路名称|街路名称|街巷名称|路名|道路地名)的") +
            kinds),
         QStringLiteral("government notice cancelling road names")});
    titles.append(
        {rx(QStringLiteral("关于(?<subject>(?:(?!关于|的通知)[^。;:\\n]){0,60}?)(?:道路名称|街路名称|"
                           "街巷名称|路名|道路地名)(?:予以)?(?:注销|撤销|取消)的") +
            kinds),
         QStringLiteral("government notice cancelling road names")});
    // "关于A区部分道路标准名称的公告": the standard names of roads, announced.
    titles.append(
        {rx(QStringLiteral("关于(?<subject>(?:(?!关于|的通知)[^。;:\\n]){0,60}?)(?:道路|街路|街巷)的?"
                           "标准(?:名称|地名)(?:及其?起止点)?的") +
            kinds),
         QStringLiteral("government notice on standard road names")});
    headline = rx(QStringLiteral(
        "^\\s*(?<subject>[^。;:,、《》\\n]{2,40}?)(?:道路|街路|街巷|路名|地名)?(?:名称)?(?:拟)?"
        "(?:命名|更名|命名更名|更名命名|销名)(?:(?:方案|工作)?的?(?:公示|公告|通告|通知|批复|决定)|方案)\\s*"
        "$"));

    issuerBeforeGuanyu =
        rx(QStringLiteral("(?<issuer>{HAN}{2,8}?(?:省|市|自治州|州|盟|县|区)(?:{HAN}{1,6}?(?:区|县))?"
                          "(?:人民政府办公厅|人民政府|民政局|地名委员会办公室|地名办|行政审批服务局))$"));
    signatureIssuer = rx(QStringLiteral(
        "^\\s*(?<issuer>{HAN}{2,24}?(?:人民政府办公厅|人民政府|民政局|地名委员会办公室|地名委员会|"
        "地名办公室|地名办|行政审批服务局|自然资源和规划局|管理委员会|管委会))\\s*(?:\\d{4}年|$)"));
    docNumber =
        rx(QStringLiteral("^\\s*\\(?(?<prefix>{HAN}{1,8})\\s*[〔\\[【(（［](?<year>\\d{4})[〕\\]】)）］]\\s*"
                          "(?<num>\\d{1,4})\\s*号\\)?"));
    tocTail = rx(QStringLiteral("^\\s*\\((?<doc>[^()]{2,24}号)\\)[\\s·•.…．・]*\\((?<page>\\d{1,4})\\)"));
    gazetteIssue =
        rx(QStringLiteral("(?<year>\\d{4})年?第(?<no>\\d{1,3})期\\s*\\(?总第(?<total>\\d{1,5})期\\)?"));
    // --- Notice structure ---
    declaredTotal = rx(QStringLiteral("等(?<n>\\d{1,4}|{CN})条"));
    const QString verbs = QStringLiteral("(?<verb>命名|更名|调整起止点|起止点调整|销名|注销|撤销|延长)");
    declaredByAction.append({rx(QStringLiteral("(?<n>\\d{1,4}|{CN})条(?:新建|现有)?(?:道路|街路|街巷|路段)"
                                               "(?:进行|予以|拟)?") +
                                verbs)});
    declaredByAction.append(
        {rx(verbs + QStringLiteral("(?:了)?(?:的)?(?:道路|街路|街巷|路段)(?<n>\\d{1,4}|{CN})条"))});
    // "此次共命名3条道路", "更名了2条街巷"
    declaredByAction.append(
        {rx(verbs + QStringLiteral("(?:了)?(?<n>\\d{1,4}|{CN})条(?:新建|现有)?(?:道路|街路|街巷|路段)"))});

    itemMarkers.append({QStringLiteral("paren-cn"), rx(QStringLiteral("\\((?<num>{CN})\\)")),
                        MarkerPlace::Anywhere, MarkerText::Normalized});
    itemMarkers.append({QStringLiteral("cn-comma"), rx(QStringLiteral("(?<num>{CN})、")),
                        MarkerPlace::LineStart, MarkerText::Normalized});
    // "1.5公里" is a number; "4、5号路:" is item 4 over planning road 5.
    itemMarkers.append({QStringLiteral("arabic-dot"), rx(QStringLiteral("(?<num>\\d{1,3})(?:\\.(?!\\d)|、)")),
                        MarkerPlace::LineStart, MarkerText::Normalized});
    itemMarkers.append({QStringLiteral("paren-arabic"), rx(QStringLiteral("\\((?<num>\\d{1,3})\\)")),
                        MarkerPlace::LineStart, MarkerText::Normalized});
    // Enclosed numerals (①, ⑴, ⒈, ❶) and bracketed numbers ([1], 〔1〕, 【1】): a list one level below
    // "一、" in government documents.
    itemMarkers.append({QStringLiteral("enclosed"),
                        rx(QStringLiteral("(?<num>[\\x{2460}-\\x{249B}\\x{2776}-\\x{2793}])")),
                        MarkerPlace::LineStart, MarkerText::Normalized});
    itemMarkers.append({QStringLiteral("bracket-arabic"),
                        rx(QStringLiteral("[\\[〔【](?<num>\\d{1,3})[\\]〕】]")), MarkerPlace::LineStart,
                        MarkerText::Normalized});
    itemMarkers.append({QStringLiteral("arabic-space"),
                        rx(QStringLiteral("[ \\t\\x{3000}]{0,8}(?<num>\\d{1,3})[ \\t\\x{3000}]{1,8}"
                                          "(?=[^\\s\\d|])")),
                        MarkerPlace::LineStart, MarkerText::Original});

    // "(9条)", "(共9条)", "(9条道路)"; a bare "历城区44条" at the end of a heading line (never 第N条).
    headingCount = rx(QStringLiteral(
        "\\((?:共|计|合计)?(?<count>\\d{1,4}|{CN})条(?:道路)?\\)|"
        "(?<![第\\d一二三四五六七八九十百零〇两])(?<bare>\\d{1,4}|{CN})条"
        // "东津新区3条道路均位于东津镇": the roads' 街道 after the count.
        "(?:(?:新建|新)?(?:道路|新路)(?:均|都)?(?:位于(?<at>{HAN}{1,12}?(?:街道|镇|乡)))?)?\\s*$"));
    // "吴中区甪直镇", "历城区董家街道、郭店街道", "龙津镇、鼎湖镇": a district and the subdistricts after
    // it, all of the heading's place.
    headingPlace = rx(QStringLiteral("^(?<place>{HAN}{1,16}?") + kPlaceSuffix +
                      QStringLiteral("(?:[、和及]?{HAN}{1,10}?") + words(LexCategory::PlaceSub) +
                      QStringLiteral("(?:[、和及]{HAN}{1,10}?") + words(LexCategory::PlaceSub) +
                      QStringLiteral(")*)?)"));
    headingParenPlace =
        rx(QStringLiteral("\\((?<place>{HAN}{1,16}?") + kPlaceSuffix + QStringLiteral(")\\)"));
    barePlaceLine =
        rx(QStringLiteral("^\\s*(?<place>{HAN}{1,16}?") + kPlaceSuffix + QStringLiteral(")\\s*$"));
    decisionVerb = rx(QStringLiteral("(?:") + words(LexCategory::ActName) + u'|' +
                      words(LexCategory::ActRename) + QStringLiteral(")为|") + keptNamePhrase());
    // A start or end cue anywhere (起于A,至B; 自A至B; A至B段), a measure, a naming verb on either side of
    // the name (命名为X; …,故名X), pinyin. 起止点 alone names a kind of change, not an item.
    itemContent =
        rx(QStringLiteral("{DIR}起|{DIR}(?:至|止)|") + words(LexCategory::Start, 3) +
           QStringLiteral("|止于|终点|讫点|(?<!起)止点|(?:命名|更名|定名|取名|拟命)为|故名|"
                          "长(?:度)?(?:为|:)?(?:约)?\\d|宽(?:度)?(?:为|:)?(?:约)?\\d|注销|销名|拼音|"
                          "[^\\s\\d→⟶⇒]\\s*") +
           kArrow +
           QStringLiteral("\\s*[^\\s\\d]|"
                          "(?:自|由|从)[^,。;:\\n]{1,30}?(?:至|到)|至[^,。;:\\n]{1,30}?段|") +
           // "求是路至石新路," as a clause: two road names joined by 至.
           QStringLiteral("(?:^|[,:;。])\\s*[^,。;:\\n的于往经沿]{1,14}?") + words(LexCategory::NameSuffix) +
           QStringLiteral("至[^,。;:\\n的于]{1,16}?") + words(LexCategory::NameSuffix) +
           QStringLiteral("(?:\\([^()]{1,8}\\))?(?=[,。;\\n]|$)"));
    trailerLine = rx(QStringLiteral(
        "^(?:{HAN}{2,30}?\\s*)?\\d{4}年\\d{1,2}月\\d{1,2}日|^\\(\\d{4}年\\d{1,2}月\\d{1,2}日印发\\)|"
        "^特此|^此函|^附件"));
    inlineTrailer =
        rx(QStringLiteral("(?<=。)\\s{0,4}(?:特此(?:通知|通告|公告|公示|批复|函告|函复)|此函|此复)"));
    date = rx(QStringLiteral("(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日"));
    preambleLocation =
        // "关于对城区部分新建道路…": the 对 is the verb's, never the place's (城区 is no district).
        rx(QStringLiteral("(?:位于|关于(?:要求|申请)?(?:对)?+)(?<place>{HAN}{2,16}?") + kPlaceSuffix +
           QStringLiteral(")(?:区域内|辖区内|境内|内)?的?") +
           // "关于A街道“X巷”等5条道路命名的请示": the request names one of its roads.
           QStringLiteral("(?:") + kOpenQuote + QStringLiteral("[^”\"」』\\n]{1,20}?") + kCloseQuote +
           QStringLiteral("等)?(?:以下|下列|部分)?(?:\\d{1,4}条)?(?:新建)?道路"));

    // The place opens a clause or follows a verb or a conjunction of the sentence ("我局对美兰区…": not
    // 我局对美兰区; 经济开发区 and 和平区 keep their 经, 和); a count of roads follows it, with the 街道 it
    // lists between.
    const QString placeChar = QStringLiteral("(?:(?![对将把的]|政府|同意|批复|批准|关于)[^\\W\\d_a-zA-Z])");
    leadPlace =
        rx(QStringLiteral("(?:(?<!{HAN})|(?<=对|将|把|在|经|为|同意|和|及|与|、))(?<place>") + placeChar +
           // "建阳区城区6条道路": a generic area of the district between it and the count.
           QStringLiteral(
               "{2,12}?(?:区|县|旗){PY})(?:城区|中心城区|主城区|老城区|市区)?(?:日前|近日|近期|此次|已)?对?"
               "(?<subs>(?:") +
           placeChar +
           QStringLiteral("{2,8}?(?:街道|镇|乡){PY}[、和及与]?){0,8})(?:范围内|辖区内|境内|区域内|内)?的?"
                          // "天元区栗雨东路等6条新建道路": one of the roads, then 等 and the count.
                          "(?:[^,。;:、\\s“”]{2,16}?等)?"
                          "共?(?:(?:\\d{1,4}|{CN})条|部分)(?:新建|新|城市|主要)?(?:道路|街路|街巷|路)"));

    // --- Items ---
    names.append({QStringLiteral("quoted"),
                  rx(QStringLiteral("^\\s*") + kOpenQuote + QStringLiteral("(?<name>[^”\"」』\\n]{1,30}?)") +
                     kCloseQuote),
                  true});
    // "晋安区岳峰镇“岳峰北路”向北延伸…": the item's place, then its road in quotes.
    names.append({QStringLiteral("placed-quoted"),
                  rx(QStringLiteral("^\\s*(?!将|把|对|同意|") + words(LexCategory::ActCancel) +
                     QStringLiteral(")(?<place>[^“”\"「」『』。,;:\\n的]{1,16}?") + kPlaceSuffix +
                     QStringLiteral(")的?") + kOpenQuote + QStringLiteral("(?<name>[^”\"」』\\n]{1,30}?)") +
                     kCloseQuote),
                  true,
                  false,
                  false,
                  {QStringLiteral("“"), QStringLiteral("\""), QStringLiteral("「"), QStringLiteral("『")}});
    // "第一条 【X】⏎所在地:…": a name in lenticular brackets heading its item (the brackets set it off,
    // as quotes do; only at the item's start, where a headline's 【重磅】 never stands).
    names.append({QStringLiteral("bracketed"),
                  rx(QStringLiteral("^\\s*[【〖](?<name>[^】〗\\n]{2,30}?)[】〗]")), true, true});
    // "道路名称:X⏎起点:A⏎终点:B": a form of labelled lines, the name after its label.
    nameFieldLabel = rx(QStringLiteral("^\\s*(?:") + kNameLabel + QStringLiteral(")\\s*:\\s*"));
    labelledName = rx(nameFieldLabel.pattern() + kOpenQuote +
                      QStringLiteral("?(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)") + kCloseQuote +
                      QStringLiteral("?\\s*(?=[。,;\\n(]|$)"));
    names.append({QStringLiteral("labelled"), labelledName, true, true});
    // "1、经三路⏎拟命名名称:X⏎位置及走向:…": a proposal's labelled name on a line of the item headed by
    // the road's working name (or code) is the name; the heading is the working name.
    proposedName = rx(
        QStringLiteral("(?:^|\\n)\\s*(?:拟命名名称|拟命名道路名称|拟定名称|拟用名称|拟命名|标准名称|命名名称)"
                       "\\s*:\\s*") +
        kOpenQuote + QStringLiteral("?(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)") + kCloseQuote +
        QStringLiteral("?\\s*(?=[。,;\\n(]|$)"));
    names.append({QStringLiteral("proposed-label"),
                  proposedName,
                  false,
                  true,
                  false,
                  {QStringLiteral("名称:"), QStringLiteral("拟命名:")}});
    // "X(原Y),南北走向…": the new name heads the item with its former name in brackets.
    names.append({QStringLiteral("former-in-brackets"),
                  rx(QStringLiteral("^\\s*(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)\\s*(?=\\(\\s*") +
                     formerWord() + u')'),
                  true, true});
    // "东风街(东起A,西至B),因…予以销名": the name heads the item with its course in brackets; so it does
    // before the extension of that course ("X路(现南起A,北至B)向北延伸,…").
    names.append(
        {QStringLiteral("bracketed"),
         rx(QStringLiteral(
             "^\\s*(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)\\s*(?=\\([^()\\n]{2,80}\\)\\s*(?:[,。:;]|$|"
             "(?:向{DIR})?(?:延伸|延长)))")),
         true, true});
    names.append({QStringLiteral("dot"), rx(QStringLiteral("^\\s*(?<name>[^。,;:\\n“”\"「」]{1,30}?)\\s*。")),
                  true, true});
    names.append({QStringLiteral("name-pinyin"),
                  rx(QStringLiteral(
                      "^\\s*(?<name>[^。,;:\\n“”\"「」()、\\sA-Za-z]{1,24}?)\\s*(?=\\(\\s*{LAT}|\\s+{LAT})")),
                  true});
    // "● 顺庆区舞凤街道:凤翔路,东起…": the place heads the item, the road's name follows its colon.
    placeColon = rx(QStringLiteral("^\\s*(?<place>[^。,;:\\n“”\"「」()、\\s]{1,20}?") + kPlaceSuffix +
                    QStringLiteral("(?:、[^。,;:\\n“”\"「」()、\\s]{1,12}?(?:") +
                    words(LexCategory::PlaceSub) + QStringLiteral("))*)\\s*:\\s*"));
    names.append({QStringLiteral("place-colon"),
                  rx(placeColon.pattern() + kOpenQuote +
                     QStringLiteral("?(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)") + kCloseQuote +
                     QStringLiteral("?\\s*(?=[,。;(]|$)")),
                  true, true});
    names.append({QStringLiteral("colon"),
                  rx(QStringLiteral("^\\s*(?<name>[^。,;:\\n“”\"「」()、]{1,24}?)\\s*:")), true});
    names.append({QStringLiteral("dash"),
                  rx(QStringLiteral("^\\s*(?<name>[^。,;:\\n“”\"「」()、—-]{1,24}?)\\s*(?:——|—|--)")), true});
    // "X,位于…": a bare name and a comma; "X⏎位于…": a name on a header line of its own.
    names.append({QStringLiteral("comma"),
                  rx(QStringLiteral("^\\s*(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)\\s*,")), true, true});
    // "X  自A至B,…": the name and its description in two columns (the normaliser keeps one space of a
    // column's gap between words of ideographs).
    names.append({QStringLiteral("gap"),
                  rx(QStringLiteral("^\\s*(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?) (?=[^\\s\\d(A-Za-z])")),
                  true, true});
    // "X路位于A区,…", "X路由A至B,…": the name opens the item and the location or the course follows
    // without a delimiter.
    names.append({QStringLiteral("located"),
                  rx(QStringLiteral("^\\s*(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)\\s*"
                                    "(?=位于|由(?!于)[^,;。:\\n]{1,30}?至)")),
                  true, true});
    names.append({QStringLiteral("line"),
                  rx(QStringLiteral("^[ \\t]*(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)[ \\t]*\\n")), true,
                  true});
    // Naming verbs before the name (命名为X, 取名为X) and the name last after 故名 ("…,故名X").
    names.append(
        {QStringLiteral("naming-sentence"),
         // "起止点变更为A至B段" changes the extent, not the name.
         rx(QStringLiteral(
                "(?:拟|同意|予以|现|正式)?(?:(?:命名|更名|定名|改名|名称变更|(?<!起止点|起讫点|范围)变更|"
                "取名)为|"
                "故名|取名)\\s*") +
            kOpenQuote + QStringLiteral("?(?<name>[^”\"」』。,;:、\\s()]{1,30}?)") + kCloseQuote +
            QStringLiteral("?(?=[。,;\\s(]|$)")),
         false});

    // The name as the subject of a naming in news: after a participle ("新命名的X位于A街道", "此次定名的X,
    // 南起A"), or before the verb that closes its sentence ("A镇境内的X也正式命名。该路东起B…").
    names.append({QStringLiteral("named-participle"),
                  rx(QStringLiteral("(?:新|此次|本次|这次)(?:命名|定名)的\\s*") + kOpenQuote +
                     QStringLiteral("?(?<name>[^“”\"「」『』《》。,;:、\\s()的有\\d]"
                                    "{2,24}?)") +
                     kCloseQuote + QStringLiteral("?(?=位于|地处|[,;。]|{DIR}起|全长|长约|长\\d)")),
                  false,
                  true,
                  false,
                  {QStringLiteral("命名的"), QStringLiteral("定名的")}});
    names.append({QStringLiteral("named-subject"),
                  rx(QStringLiteral("(?:^|[,:;。的])\\s*(?<name>[^“”\"「」『』《》。,;:、\\s()的]{2,24}?)"
                                    "(?<!道路|路段|街巷|路名|名称)(?:也|亦|已|均)?(?:正式|同步|顺利)?(?:获得)"
                                    "?(?:命名|定名)(?=[。;,]|$)")),
                  false,
                  true,
                  false,
                  {QStringLiteral("命名。"), QStringLiteral("命名,"), QStringLiteral("命名;"),
                   QStringLiteral("定名。"), QStringLiteral("定名,"), QStringLiteral("定名;")}});

    // The road as the object of 将 before a cancel or extent change: "将“X”指称道路地名注销",
    // "将X路予以撤销", "将“X”的起止点调整为…". A naming sentence in the same item takes precedence (it is
    // the new name; the object of 将 is then the old one).
    const QString objectAct = QStringLiteral("(?:") + words(LexCategory::ActCancel) + u'|' +
                              words(LexCategory::ActAdjust) + QStringLiteral("|起止点|起点|止点|终点)");
    // "将“X”向南延伸至B", "将A镇“X”予以注销": the object in quotes, its place (if any) before it.
    names.append({QStringLiteral("object"),
                  rx(QStringLiteral("将\\s*(?:(?<place>[^“”\"「」『』。,;:\\n的]{1,16}?") + kPlaceSuffix +
                     QStringLiteral(")(?:辖区内|辖区|境内|范围内)?的?)?") + kOpenQuote +
                     QStringLiteral("(?<name>[^”\"」』\\n]{2,30}?)") + kCloseQuote +
                     QStringLiteral("(?=[^。;,]{0,12}?") + objectAct + u')'),
                  false, true});
    names.append(
        {QStringLiteral("object"),
         // "将X向东延伸至B": the heading of an extension between the road and its verb.
         // The road is no place's extent ("将A镇境内自B向北延伸至C的道路命名为…": a course).
         rx(QStringLiteral(
                "将\\s*(?<name>(?:(?!境内|辖区|范围内|区域内)[^“”\"「」『』。,;:、\\s()的]){2,30}?)(?<!道路)"
                "(?=(?:指称|所指)?(?:"
                "道路)?(?:的|地名|名称|路名)*(?:予以|一并)?(?:向{DIR})?") +
            objectAct + u')'),
         false, true});
    // "另外,X向北延伸至B,延伸后南起C…": a sentence whose subject is the road that is extended (read
    // only where nothing heads the item as a road; a course's own words never open it, nor a verb's
    // object: "同意将X向北延伸" is read by the object forms).
    names.append({QStringLiteral("extended-subject"),
                  rx(QStringLiteral("(?:^|[,;。:]|另外|此外|同时|还有)\\s*(?!同意|将|把|对|自|由|从|沿|现)(?<"
                                    "name>[^“”\"「」『』。,;:、\\s()的起至止]"
                                    "{2,16}?)(?=向{DIR}(?:延伸|延长)(?:至|到))")),
                  false,
                  true,
                  true,
                  {QStringLiteral("延伸"), QStringLiteral("延长")}});
    // A new section that keeps an existing road's name: "…向南延伸至B,延伸后沿用“X”名称",
    // "延伸段继续沿用“X”这一名称", "沿用现有名称“X”". The road is X (an adjustment, by its 延伸).
    names.append({QStringLiteral("kept-name"),
                  rx(keptNamePhrase(QStringLiteral("name"))),
                  false,
                  true,
                  false,
                  {QStringLiteral("沿用"), QStringLiteral("使用")}});
    // A rename list "原名 → 新名" ("A路(东段)→ B路", "A巷、B巷 → C街"): the new name after the arrow.
    // The arrow is looked behind: it stays out of the name's span, and the action reads it.
    names.append({QStringLiteral("arrow"),
                  rx(kAfterArrow + QStringLiteral("\\s*") + kOpenQuote +
                     QStringLiteral("?(?<name>[^,。;:、\\s()“”\"「」『』]{2,30}?)") + kCloseQuote +
                     QStringLiteral("?\\s*(?=[,。;(\\s]|$)")),
                  false, true, false, kArrowCues});
    // The same when the next line was joined on ("建设路 → 建宁路以下道路保留原名…"): the shortest run that
    // ends like a road.
    names.append({QStringLiteral("arrow"),
                  rx(kAfterArrow + QStringLiteral("\\s*") + kOpenQuote +
                     QStringLiteral("?(?<name>[^,。;:、\\s()“”\"「」『』\\d]{1,16}?(?:") +
                     words(LexCategory::NameSuffix) + QStringLiteral("))")),
                  false, true, false, kArrowCues});
    // A cancel that names its road in quotes after the verb, with its place between: "注销A区“X”路名",
    // "取消A镇“X”路名" (取消, 撤销 only with 路名/名称 after the name: they cancel other things too);
    // after 将 with its place: "将A区“X”路名予以注销"; or before a cancel of "该路名": "原位于A区的“X”已
    // 不复存在,注销该路名".
    const QString shortPlace = QStringLiteral("(?:位于)?(?:[^“”\"「」『』。,;:\\n]{1,16}?的?)?");
    const QString placeBefore = QStringLiteral("(?:位于)?(?:(?<place>[^“”\"「」『』。,;:\\n]{1,16}?)的?)?");
    names.append({QStringLiteral("cancelled"),
                  rx(QStringLiteral("(?:(?:") + words(LexCategory::ActCancel, 3) + QStringLiteral(")|(?:") +
                     words(LexCategory::ActCancel) + QStringLiteral(")(?=") + shortPlace + kOpenQuote +
                     QStringLiteral("[^”\"」』\\n]{2,30}?") + kCloseQuote +
                     QStringLiteral("的?(?:道路)?(?:路名|名称|地名)))") + placeBefore + kOpenQuote +
                     QStringLiteral("(?<name>[^”\"」』\\n]{2,30}?)") + kCloseQuote),
                  false, false, true});
    // "注销位于A区B街道,东起C,西至D的“X”": the road's place and course between the verb and its name
    // (only after a verb that cancels nothing but names). The match, the name's span, starts at the name
    // (\K): the course is the item's to read.
    names.append(
        {QStringLiteral("cancelled"),
         rx(QStringLiteral("(?:") + words(LexCategory::ActCancel, 3) +
            QStringLiteral(
                ")位于(?<place>[^“”\"「」『』。,;:\\n]{1,16}?)[,,][^“”\"「」『』。;\\n]{2,60}?的\\K") +
            kOpenQuote + QStringLiteral("(?<name>[^”\"」』\\n]{2,30}?)") + kCloseQuote),
         false,
         false,
         true,
         {QStringLiteral("位于")}});
    names.append(
        {QStringLiteral("cancelled"),
         rx(QStringLiteral("将\\s*") + placeBefore + kOpenQuote +
            QStringLiteral("(?<name>[^”\"」』\\n]{2,30}?)") + kCloseQuote +
            QStringLiteral("(?=[^。;,]{0,12}?(?:") + words(LexCategory::ActCancel) + QStringLiteral("))")),
         false, false, true});
    names.append({QStringLiteral("cancelled"),
                  rx(kOpenQuote + QStringLiteral("(?<name>[^”\"」』\\n]{2,30}?)") + kCloseQuote +
                     QStringLiteral("(?=[^“”\"「」『』。;\\n]{0,30}?(?:") + words(LexCategory::ActCancel) +
                     QStringLiteral(")(?:该|此)(?:道路)?(?:路名|名称|地名))")),
                  false, false, true});
    // "原“X”路名取消", "“X”名称予以撤销": the quoted name, its name word, then the cancel.
    names.append({QStringLiteral("cancelled"),
                  rx(kOpenQuote + QStringLiteral("(?<name>[^”\"」』\\n]{2,30}?)") + kCloseQuote +
                     QStringLiteral("的?(?:道路)?(?:路名|名称|地名)(?:予以|一并)?(?:") +
                     words(LexCategory::ActCancel) + QStringLiteral(")")),
                  false, false, true});
    // The same without 将, where only a cancel can follow: "位于A区的X予以注销", "X路名称注销".
    names.append({QStringLiteral("subject"),
                  rx(QStringLiteral("(?:^|[,:;。的])\\s*(?<name>[^“”\"「」『』《》。,;:、\\s()的对]{2,30}?)(?"
                                    "<!道路)(?=(?:的|地名|名称|路名)*"
                                    "(?:予以|一并)?(?:") +
                     words(LexCategory::ActCancel, 3) + QStringLiteral("))")),
                  false, true, true});

    // After any delimiter a name may have, the dash ("X——原名Y") included.
    oldNames.append(
        // "原东起A,西至B" is a former course, not a former name.
        rx(QStringLiteral(
               "(?:^|[,:;。—–\\n])\\s*原(?!起点|止点|终点|起(?=[^,;。]{1,30}?(?:止|至))|{DIR}(?:起|至|止))(?:"
               "名称|路名|名)?+(?:为|是)?:?") +
           // "原名与A名称相近,易造成混淆": a reason speaks of the former name, it does not print it.
           QStringLiteral("(?!与|和|同|跟|较|已|因|被|不|易|存在|重复|过于)") + kOpenQuote +
           QStringLiteral("?(?<old>[^”\"」,;。:()\\n]{1,20}?)") + kCloseQuote +
           QStringLiteral("?(?=[,;。(]|$)")));
    // "A路(东段)→ B路", "A巷、B巷 → C街": the former name (or names, as printed) before the arrow.
    oldNames.append(rx(QStringLiteral("^\\s*") + kOpenQuote +
                       QStringLiteral("?(?<old>[^→,。;:()“”\"「」『』\\s]{2,40}?)") + kCloseQuote +
                       QStringLiteral("?\\s*(?:\\([^()\\n]{0,40}\\))?\\s*") + kArrow));
    // "X(原Y),…", "X(曾用名:Y)": the former name in brackets right after the name heading the item.
    // The body may begin at the bracket when the item's opener read the name ("◆ X路(原Y)" over its course).
    oldNames.append(rx(QStringLiteral("^\\s*(?:[^。,;:\\n“”\"「」()、\\s]{2,24}?)?\\s*\\(\\s*") +
                       formerWord() + QStringLiteral("\\s*") + kOpenQuote +
                       QStringLiteral("?(?<old>[^”\"」,;。:()\\n]{2,20}?)") + kCloseQuote +
                       QStringLiteral("?\\s*\\)")));
    // "将A区原“X”更名为Y", "将A区的X更名为Y", "A区B街道辖区内的X更名为Y": the place before the former name
    // is the road's (group place); a place is told from the name by the 的, 原 or quote after it.
    const QString renamePlace =
        QStringLiteral("(?:位于)?(?<place>[^“”\"「」『』。,;:\\n的()\\s]{1,16}?") + kPlaceSuffix +
        // "A街道辖区内冶金路北段…更名为": after 辖区内 or 境内 the name follows with no 的.
        QStringLiteral(")(?:(?:辖区内|境内|范围内|区域内)的?|辖区的|(?=的|原|") + kOpenQuote +
        QStringLiteral(")的?)");
    // "此外,A区B街道境内的X更名为Y": a news sentence opens with its link word.
    oldNames.append(
        rx(QStringLiteral(
               "(?:^\\s*(?:(?:此外|另外|同时|其中|另)\\s*,?\\s*)?(?:(?:拟|现|同意|决定)?将\\s*)?|将\\s*)") +
           renamePlace + QStringLiteral("(?:原)?") + kOpenQuote +
           QStringLiteral("?(?<old>[^“”\"「」『』,;。:()\\n的]{2,20}?)") + kCloseQuote +
           QStringLiteral("?(?:路段|(?:[东西南北中]|东南|东北|西南|西北)(?:半)?段)?(?:\\([^()\\n]"
                          "{1,60}\\))?(?:更名|改名)为")));
    // Several roads merged under one name: "将A区原“X”“Y”合并更名为Z", "“X”、“Y”两条道路合并更名为Z"
    // (group list: the quoted names, joined with 、 in the record).
    oldNames.append(rx(QStringLiteral("(?:(?:将|^)\\s*(?:") + renamePlace +
                       QStringLiteral(")?)?(?:原)?(?<list>") + kOpenQuote +
                       QStringLiteral("[^“”\"「」『』\\n]{2,20}?") + kCloseQuote +
                       QStringLiteral("(?:[、,和与及]?") + kOpenQuote +
                       QStringLiteral("[^“”\"「」『』\\n]{2,20}?") + kCloseQuote +
                       QStringLiteral("){1,8})(?:等)?(?:{CN}|\\d{1,2})?(?:条)?(?:道路|路段)?合并(?:后)?"
                                      "(?:统一)?(?:更名|改名|命名)为")));
    // "将A区X街、Y路合并,统一更名为Z": the merged roads unquoted (the place before the first is the road's).
    oldNames.append(rx(QStringLiteral(
        "将\\s*(?<old>[^“”\"「」『』,;。:()\\n的、]{2,24}?(?:、[^“”\"「」『』,;。:()\\n的、]{2,20}?){1,8})"
        "(?:等)?(?:{CN}|\\d{1,2})?(?:条)?(?:道路|路段)?合并(?:后)?,?(?:统一)?(?:更名|改名)为")));
    oldNames.append(rx(QStringLiteral("的(?:原)?") + kOpenQuote +
                       QStringLiteral("?(?<old>[^”\"」,;。:()\\n的]{1,20}?)") + kCloseQuote +
                       QStringLiteral("?(?:路段)?更名为")));
    // "由原“X”更名(而来)": a remark or a clause saying where the name came from.
    oldNames.append(rx(QStringLiteral("(?:^|[,;。:\\n(])\\s*(?:系|是)?(?:由|从)(?:原)?") + kOpenQuote +
                       QStringLiteral("?(?<old>[^“”\"「」『』,;。:()\\n的至到]{2,20}?)") + kCloseQuote +
                       QStringLiteral("?(?:路段)?(?:更名|改名)(?!为)")));
    // The item opens with the old name: "一、A更名为X。" (a 将 or 把 before it is the pattern below).
    oldNames.append(
        rx(QStringLiteral("(?:^|[,;。:\\n])\\s*(?:此外|另外|同时|其中|还有|并)?,?\\s*(?![将把])(?:原)?") +
           kOpenQuote + QStringLiteral("?(?<old>[^“”\"「」『』,;。:()\\n的]{2,20}?)") + kCloseQuote +
           QStringLiteral("?(?:路段)?(?:更名|改名)为")));
    // "将原“工业路”西段(自A至B)更名为X": the renamed segment's road is the old name (the segment is a note).
    oldNames.append(rx(QStringLiteral("将(?:原)?") + kOpenQuote +
                       QStringLiteral("?(?<old>[^”\"」,;。:()\\n的]{1,20}?)") + kCloseQuote +
                       QStringLiteral("?(?:路段|(?:[东西南北中]|东南|东北|西南|西北)(?:半)?段)?(?:\\([^()\\n]"
                                      "{1,60}\\))?(?:更名|改名)为")));

    pinyinLine = rx(QStringLiteral(
        "(?:汉语)?拼音(?:拼写(?:形式)?)?(?:为|是)?\\s*:?\\s*[“\"]?(?<py>{LAT}[A-Za-z0-9\\x{00C0}-"
        "\\x{024F}\\x{1E00}-\\x{1EFF}\\x{0300}-\\x{036F}' -]{0,60})"));
    pinyinAfterName = rx(QStringLiteral("^\\s*(?<py>{LAT}[A-Za-z0-9\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}"
                                        "\\x{0300}-\\x{036F}' -]{0,60}?)\\s*(?=[,:;。(\\n]|$)"));
    pinyinInParens = rx(QStringLiteral("^\\s*\\((?<py>{LAT}[A-Za-z0-9\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}"
                                       "\\x{0300}-\\x{036F}' -]{0,60}?)\\s*(?=[,)])"));

    lengthClause =
        // Digits grouped by a space ("1 260米", typeset or OCR'd), split one by one ("2 1 0 0 米"), or
        // broken anywhere by OCR ("4 80米", "1. 4公里"): the unit follows at once.
        rx(QStringLiteral("(?<!延)(?:全|总)?长(?:度)?(?:均|都)?(?:为|:)?\\s*(?<approx>约)?"
                          "(?<value>\\d{1,3}(?: \\d{3})+(?!\\d)|\\d(?: \\d){2,6}(?!\\d)|"
                          "\\d{1,3} \\d{1,3}(?=\\s?(?:公里|千米|米))|\\d{1,4}\\. "
                          "\\d{1,3}(?=\\s?(?:公里|千米|米))|{NUM})\\s*"
                          "(?<unit>公里|千米|米|km|m)"));
    widthClause = rx(QStringLiteral("宽(?:度)?(?:均|都)?(?:为|:)?\\s*(?:(?:规划)?(?:红线|路幅)(?:宽度?)?(?:"
                                    "为)?\\s*)?(?<approx>约)?(?<min>{NUM})(?:\\s*(?:-|~|至|到)\\s*"
                                    "(?<max>{NUM}))?(?<parts>(?:\\+{NUM}){0,8})\\s*(?:米|m)"));
    // "位于市北区的金乡路予以注销": the place ends at 的 (what follows is the road).
    // News: "湾沚区湾沚镇新建的一条道路被命名为X", "同在A街道的一条新路", "B镇新命名的“X”", "A街道北起B…的X
    // 被命名为": the place of the sentence's road, before its 的 or its course.
    subjectPlace =
        rx(QStringLiteral("(?:^|[,;。:\\s]|在|同在|位于)(?<place>{HAN}{1,16}?") + kPlaceSuffix +
           QStringLiteral(")(?:(?:新建|新修|新开通|新命名|新定名|境内|辖区内|辖区|内)?的(?:{CN}|\\d{1,2})?条?"
                          "(?:新建|新修|新)?的?(?:道路|新路|路段|街巷|路|街|") +
           // "将A街道辖区内东起B…": the place, its extent word, then the course.
           kOpenQuote +
           QStringLiteral(")|(?:境内|辖区内|范围内|区域内)[,,]?(?={DIR}起|起于|自|由)|(?={DIR}起|起于|自))"));
    captionLine = rx(QStringLiteral(
        "^[\\s▲△▶►●◆■★]*(?:图为|图:|图片:|资料图|配图|航拍图)|(?:摄|供图|图片来源[^,。]{0,20})\\)?\\s*$|"
        // "▲X路,东起A,西至B(资料图)": a photo's caption says so in brackets at its end.
        "\\((?:资料图|资料图片|配图|图|摄)\\)[。.]?\\s*$|"
        // "▲新命名的X路", "▲X路实景": a repost's photo caption, a short line that tells of a picture (a ▲
        // over a road's name alone is a bullet).
        "^\\s*[▲△](?=[^\\n]{0,30}?(?:的|实景|效果图|现场|全景|一角|俯瞰|夜景|航拍))[^,,。;\\n]{1,30}\\s*$"));
    // "位于A镇、北起B、南至C、长720米的X": a 、 list of the road's attributes ends the place where its
    // course or measures begin.
    // 长/宽 open a measure only before its number ("、长征街街道", "、宽甸县" are places).
    const QString attributeCue =
        QStringLiteral("(?:由|自|从|起于|起自|[东南西北]{1,2}[起自]|全长|(?:长|宽)(?:约|度|为|:|\\d)|红线)");
    locationClause = rx(QStringLiteral("位于(?<place>(?:[^,;。的、]|、(?!") + attributeCue +
                        QStringLiteral(")){1,40}?)(?:辖区内|辖区|境内|范围内|区域内|内)?(?=[,;。的]|、") +
                        attributeCue + QStringLiteral("|$)"));

    cityPrefix = rx(QStringLiteral("^{HAN}{2,6}?(?:省|自治区|市|自治州|州|盟)(?!区|县)(?={HAN}{2})"));
    // The longest district word: 红旗区 is no banner 红旗 (旗) with a 区 left over.
    // 旗 also ends words inside names: "红旗楼街道" is no banner 红旗 over a one-character 楼街道.
    district = rx(QStringLiteral("^(?<district>{HAN}{1,14}?(?:") + words(LexCategory::PlaceDistrict) +
                  QStringLiteral("){PY})(?!街道|办事处|区|县)(?:(?<!旗)|(?!{HAN}(?:街道|镇|乡|办事处)))"));
    subdistrict = rx(QStringLiteral("(?<sub>{HAN}{1,10}?(?:") + words(LexCategory::PlaceSub) +
                     QStringLiteral("){PY})"));
    genericArea = rx(QStringLiteral("^") + words(LexCategory::PlaceStop) + u'$');
    zoneKind = rx(QStringLiteral("(?:") + words(LexCategory::PlaceZone) + QStringLiteral(")$"));

    // Cancel before rename before adjust before naming: the stronger act of a sentence wins.
    actionKeywords.append({rx(words(LexCategory::ActCancel)), RoadAction::Cancel});
    actionKeywords.append({rx(words(LexCategory::ActRename)), RoadAction::Rename});
    actionKeywords.append({rx(words(LexCategory::ActAdjust)), RoadAction::Adjust});
    actionKeywords.append({rx(words(LexCategory::ActName)), RoadAction::Name});
    itemActionKeywords.append(
        {rx(QStringLiteral(
                "予以(?:注销|销名|撤销|取消)|(?:注销|销名|撤销|取消)(?:该|此)?(?:道路)?(?:名称|路名)|"
                // "注销A区“X”路名", "取消“X”名称": the verb before the quoted name it cancels.
                "(?:注销|销名)(?=[^。;,“”\"]{0,16}?[“\"「『])|"
                // "注销位于A区,东起B,西至C的“X”": the place and course between the verb and its name.
                "(?:注销|销名)(?=位于[^。;“”\"]{1,80}?的[“\"「『])|"
                "(?:撤销|取消|废止)(?=[^。;,“”\"]{0,16}?[“\"「『][^”\"」』]{2,30}[”\"」』]的?(?:道路)?"
                "(?:路名|名称|地名))|"
                // "将“X”指称道路地名注销", "X路名称注销": the name itself is what is cancelled.
                "(?:地名|名称|路名)(?:予以|一并)?(?:注销|销名|撤销|取消)|"
                // "…北至丙渠的甲一路注销;": a road's name and the cancel word closing the clause.
                "(?:") +
            words(LexCategory::NameSuffix) + QStringLiteral(")(?:注销|销名)(?=\\s*(?:[,;。]|$))")),
         RoadAction::Cancel});
    // "A路 → B路": a rename list's arrow between two names.
    itemActionKeywords.append({rx(QStringLiteral("(?:更名|改名)为|(?<=[^\\s\\d→])\\s*") + kArrow +
                                  QStringLiteral("\\s*(?=[“\"「]?[^\\s\\d,。;:]{1,16}?(?:") +
                                  words(LexCategory::NameSuffix) + QStringLiteral("))")),
                               RoadAction::Rename});
    // "X路向北延伸,延伸段为…": the extension's verb closing its clause (as a course's own leg it is no act:
    // legVerb in the item parser tells them apart).
    itemActionKeywords.append({rx(QStringLiteral("调整起止点|起止点调整|起止点变更|(?:延长|延伸)(?:至|止|到)|"
                                                 "(?<=向[东西南北])(?:延伸|延长)(?=\\s*[,;。]|$)|"
                                                 // "X路(延伸):…": the act as the name's remark.
                                                 "\\((?:延伸|延长|起止点调整|调整起止点)\\)|") +
                                  // "…为新建延伸段,…沿用“X”名称": a new section keeps the road's name.
                                  keptNamePhrase()),
                               RoadAction::Adjust});
    cancelReasons.append(
        rx(QStringLiteral("(?:因|由于)(?<reason>[^,。;]{2,30}?)(?:需要)?,?(?:均)?(?:予以|而|故)?"
                          "(?:注销|销名|撤销|取消)")));
    cancelReasons.append(
        rx(QStringLiteral("(?:注销|销名|撤销|取消)(?:的)?原因(?:是|为)?:?(?<reason>[^。;\\n]{2,40})")));
    const QString legs = QStringLiteral("(?<legs>(?:(?:再)?(?:折向|转向|折|向){DIR}){0,4})");
    // The former end may go unnamed ("自原终点向西延伸至B").
    extensions.append(
        {rx(QStringLiteral("自?原(?<which>起|止|终)点(?<old>[^,;。\\n]{0,30}?)") + legs +
            QStringLiteral("延(?:长|伸)(?:至|止|到)(?<new>[^,;\\n]{1,40}?)[,;]?原(?:起|止|终)点不变"))});
    extensions.append({rx(QStringLiteral("自?原(?<which>起|止|终)点(?<old>[^,;。\\n]{0,30}?)") + legs +
                          QStringLiteral("延(?:长|伸)(?:至|止|到)(?<new>[^,;。\\n]{1,40})"))});
    // "自原止点A向西延伸约600米至B": the distance of the extension before its new end.
    extensions.append({rx(
        QStringLiteral("自?原(?<which>起|止|终)点(?<old>[^,;。\\n]{0,30}?)") + legs +
        QStringLiteral("延(?:长|伸)(?:约)?{NUM}\\s*(?:米|公里|千米)(?:至|止|到)(?<new>[^,;。\\n]{1,40})"))});
    formerCourses.append(rx(QStringLiteral("\\(原(?<course>{DIR}?(?:起|止|至|到|讫|终)[^()\\n]{0,60})\\)")));
    formerCourses.append(
        rx(QStringLiteral("(?:原|调整前的?|变更前的?)(?:道路)?(?:起止点|起讫点|起止|走向)(?:为|是)?:?\\s*"
                          "(?<course>{DIR}(?:起|止|至|到|讫|终)[^()。;\\n]{0,60})")));
    formerEnd = rx(QStringLiteral("原(?<which>起|止|终)点(?:为|是|在)?(?!不变)(?<ref>[^,;。\\n]{1,40})"));
    // "起点由原“A”调整为“B”": the former end between 由 and the verb, then the new one.
    endChange = rx(QStringLiteral("(?<which>起|止|终)点(?<change>由(?:原来的|原)?") + kOpenQuote +
                   QStringLiteral("?(?<ref>[^,;。\\n“”\"「」『』]{1,40}?)") + kCloseQuote +
                   QStringLiteral("?(?:调整|变更|改)(?:为|成))") + kOpenQuote +
                   QStringLiteral("?(?<new>[^,;。\\n“”\"「」『』]{1,40}?)") + kCloseQuote +
                   QStringLiteral("?(?=[,;。\\n]|$)"));
    // "止点不变", "起点保持不变": no end is given.
    endUnchanged = rx(QStringLiteral("(?:原)?(?:起|止|终)点(?:位置)?(?:保持)?不变"));

    // --- Endpoints ---
    // "该路东起A": a subject word (lexicon subject) opens the clause like a delimiter; so does an adverb
    // that says the course is shared ("三条道路均西起A"), or the road itself ("南侧平行道路西起A",
    // "另一条东起A").
    // A 街道 or 镇 right before a course is the road's place ("湾里街道北起A…的X被命名为…").
    clauseOpener = rx(QStringLiteral("(?:(?:调整|变更|延长|延伸|改)(?:后|为)|(?:更名|命名)后|将|从|由|原|均|"
                                     "皆|亦|道路|路段|街道|镇|乡|"
                                     // "将A街道辖区内东起B…的道路命名为": a place's extent word ends it.
                                     "辖区内|境内|范围内|区域内|"
                                     "(?:另|其中)?(?:一|两|\\d)条|") +
                      words(LexCategory::Subject) + QStringLiteral(")$"));
    // "…命名为“X”。该路东起…", "…命名为“X”。位于A街道,东起…", "…命名为“X”。南起A…": a sentence whose
    // subject is the road just named (a subject word, or none: it opens with the road's locator or course).
    // "…原南起A,北至B。现向北延伸至C,调整后南起A,北至C": a sentence telling the change goes on with the road.
    siblingSubject =
        rx(QStringLiteral("^[。;\\s]{1,3}(?:(?<subject>") + words(LexCategory::Subject) +
           QStringLiteral(")|(?<change>现(?=向|将|延|调整|{DIR}起)|(?:调整|延伸|延长|变更)后)|位于|地处|"
                          "{DIR}起|起于|起自|始于)"));
    courseCue = rx(QStringLiteral("{DIR}起|起于|起自|始于|起点|至|止于|终点"));
    // One token of an endpoint description, in reading order:
    //   东起A / 北起于A / 起点为A / 起于A   start (dir?, ref)
    //   南至A / 西止A / 至A / 终点A         leg end (dir?, ref)
    //   折向西 / 向南 / 再折向北 / 折西      heading change ("向西200米处" is a position, not a turn)
    //   向北折至A                          a heading, then a turn of unstated heading before the end
    //   向南延伸至A                        a heading and the verb of its leg, then the leg's end
    //   沿A / 途经A、B                     waypoints
    //   "L"型 / 呈Z字型 / 呈环状            shape
    endpointToken = rx(
        QStringLiteral(
            // "南起自由路": 自由 is a word of the name (自由路, 自由大街), not 起自 and a 由.
            // "起点、终点及长度 均为…" names the fields, no course.
            "(?<startdir>{DIR})起(?:于|自(?!由))?|(?<start0>(?<!原)起点(?![、和及与](?:终点|止点|长度|宽度))("
            "?:为|是|在|位于|:)?|起于|起自(?!由)|"
            "始于|起("
            "?!["
            "点止讫到]))"
            "|"
            "(?<pair>(?:自|由|从)(?=[^,;。\\n]{1,40}?(?:至|到|止)|[^,;。:\\n]{1,30}?起\\s*(?:[,;。]|$)))|"
            "(?<end0>(?<!原)(?<!起点[、和及与])(?:终点|止点|讫点)(?![、和及与](?:长度|宽度|走向))(?:为|是|在|"
            "位于|至|:)?)|"
            // "向南800米止", "向北延伸约800米止".
            "(?<distance>向(?<distdir>{DIR})(?:延伸|延长)?约?(?<metres>{NUM})\\s*(?:米|m)(?:处)?(?:止|为止|"
            "终止))|"
            "(?<enddir>{DIR})?(?:至|止(?!点)|到)(?:于)?|(?<joindir>{DIR})?(?<join>接)(?!["
            "壤近待受到收入通头驳口合])"
            "|"
            "(?:再)?(?:折向|转向|折|向)(?<turndir>{DIR})(?![\\d侧部面边])"
            "(?:(?<turnafter>[折转拐](?=至|到|止))|(?:延伸|延长|延续|延展|前行|直行|行)(?=至|到|止))?|"
            "(?<via>") +
        words(LexCategory::Via, 2) +
        QStringLiteral(")|"
                       "(?<shape>的?(?:呈|成)?[\"“”「]?[LZUT][\"“”」]?\\s*(?:字型|字形|型|形)(?:道路)?|"
                       "呈环状|呈环形|环绕)"));
    omittedStart = rx(QStringLiteral("^(?<dir>{DIR})(?![起至止向侧部面边段往])"));
    shapeMarker =
        rx(QStringLiteral("的?(?:呈|成)?[\"“”「]?(?<shape>[LZUT])[\"“”」]?\\s*(?:字型|字形|型|形)(?:道路)?|"
                          "(?<loop>呈环状|呈环形|环绕)"));
    // Parentheticals that only mark planning status (the label convention's list): (规划), (规划中),
    // (规划名), (规划路名), (规划暂定名).
    plannedSuffix = rx(QStringLiteral("\\(规划(?:中|名|路名|暂定名)?\\)"));
    // "至B止", "至B为止": the closing 止 of a clause is not part of the end's name; "A至B的道路", "A至B的三条
    // 道路" (a group named at once).
    // "北至B的X予以注销", "西至B的规划一路命名为“Y”": the object of the act after 的 is the road itself
    // (or its working name), not part of its end.
    // "自A起,至B止": the closing 起 of a start clause is no part of A.
    referenceEnd =
        rx(QStringLiteral("(?:为)?止\\s*(?=$|的(?:(?:\\d{1,3}|{CN})条)?(?:道路|路段))|(?<=.)起\\s*$|"
                          "的(?:(?:\\d{1,3}|{CN})条)?(?:道路|路段)|(?:拟|予以)?(?:命名|更名)为|"
                          // "起于A止于B的“X”更名为…": the quoted road after 的 is the sentence's subject.
                          "的(?=[“\"「『])|"
                          "的(?=[^,;。的]{2,20}?(?:(?:予以|一并)?(?:") +
           words(LexCategory::ActCancel, 3) +
           QStringLiteral(")(?:[,;。]|$)|(?:拟|予以)?(?:命名|更名|定名|改名)为))"));
    referenceLead = rx(QStringLiteral("^(?:拟命名的|拟命名|于)"));
    genericReference = rx(QStringLiteral("^(?:规划|未命名|无名)(?:道路|路)$"));
    viaLocator =
        rx(QStringLiteral("(?:外围|一侧|两侧|沿线|周边|附近|(?<=\\S{3})后|(?<=\\S{2})(?:延伸|延长))$"));

    // --- Names in prose and tables ---
    roadSuffix = rx(words(LexCategory::NameSuffix) + u'$');
    nonRoadSuffix = rx(words(LexCategory::NonRoad) + u'$');
    // A subject word (该路, 此街) refers to a road named before it; it is no road's name.
    genericRoadName = rx(QStringLiteral("^(?:") + words(LexCategory::GenericRoad) + u'|' +
                         words(LexCategory::Subject) + QStringLiteral(")$"));
    // 街道 ends like a road (道) but is a subdistrict; a locator verb opens a place, not a name.
    // "明仁街道有4条": a count of a place's roads ends like a road (条) but names none (东四十条 does).
    placeNotRoad = rx(QStringLiteral("^(?:位于|地处)|(?:") + words(LexCategory::PlaceSub) +
                      QStringLiteral(")$|(?:有|共|计)(?:\\d{1,4}|{CN})条$|\\d{1,4}条$"));
    adjustBefore = rx(QStringLiteral("(?:变更|调整)前"));
    adjustAfter = rx(QStringLiteral("(?:变更|调整)后"));
    nameLeadIn = rx(QStringLiteral("分别是|分别为|另外|其中|此外|以及|还有|最后|即|是|为|的|了"));
    // "同意将城区以下道路命名": the verb before the place is no part of it.
    placeLeadIn =
        rx(QStringLiteral("同意将|同意|现将|拟将|将|把|对|均位于|位于|地处|是|为|于|同在|也在|在|均|的"));
    prosePlace =
        rx(QStringLiteral("(?<run>[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}0-9]{2,24}?)(?:辖区|境内)"));
    proseDistrict = rx(QStringLiteral(
        "(?:^|(?<=[,;。:]))(?:其中|另外|此外|最后|还有)?(?:{HAN}{0,6}?(?:对|在))?(?:将|把)?(?:位于|地处)?"
        "(?<district>{HAN}{2,12}?"
        // "A区新命名的2条道路均位于B街道", "A开发区此次命名3条道路": the count of the place's roads.
        "(?:新区|区|县){PY})(?=有|延长|共|[,:]|(?:此次|本次|今年|新)?(?:新)?(?:命名|定名)?的?(?:\\d{1,4}|{CN}"
        ")条)"));
    // "柳青街道3条。一条北起A…", "乙镇两条:…": a paragraph's sentence that counts a place's roads places
    // the roads told of after it.
    prosePlaceCount =
        rx(QStringLiteral("(?:^|(?<=[,;。:]))\\s*(?<place>{HAN}{1,12}?") + kPlaceSuffix +
           // "A街道的2条道路分别为X和Y。": the count, then the names it announces.
           QStringLiteral(")的?(?:有|共|计)?(?:\\d{1,4}|{CN})条(?:新建)?(?:道路)?\\s*(?=[,;。:]|分别|$)"));
    cancelList =
        rx(QStringLiteral("(?:注销|销名|撤销|取消)(?:的)?(?:道路|路名|地名)(?:名称)?(?<n>\\d{1,4}|{CN})条"
                          "(?<place>{HAN}{2,8}?(?:新区|区|县){PY})?\\s*[,:]?\\s*(?<list>[^。;\\n]{2,400})"));
    // "A区X里、Y巷因…,取消其道路名称", "X路(…)已整体并入Y,其道路名称予以撤销": the roads, then why, then the
    // cancel of "its" name.
    const QString itsName = QStringLiteral("(?:其|该|上述)(?:道路)?(?:名称|路名|地名)");
    cancelSubjectList =
        rx(QStringLiteral("^\\s*(?<list>[^。;:]{2,160}?)(?=(?:因|由于|已|均已|现已)[^。;]{0,60}?,?(?:") +
           itsName + QStringLiteral("(?:予以|一并)?(?:") + words(LexCategory::ActCancel) +
           QStringLiteral(")|(?:予以|一并)?(?:") + words(LexCategory::ActCancel) + QStringLiteral(")") +
           itsName + QStringLiteral("))"));
    cancelColonList = rx(QStringLiteral("(?:予以|一并)?(?:") + words(LexCategory::ActCancel) +
                         QStringLiteral(")(?:如下)?\\s*:\\s*(?<list>[^。\\n]{2,600})"));
    // "…依次命名为X、Y", and "注销“A”、“B”路名": a cancel verb before a list of quoted names.
    groupNaming =
        rx(QStringLiteral("(?:") + words(LexCategory::ActGroup) + QStringLiteral("|(?<cancel>(?:予以)?(?:") +
           words(LexCategory::ActCancel, 3) + QStringLiteral(")(?=\\s*[“\"「『])))\\s*:?\\s*"));
    junctionTail = rx(QStringLiteral("(?:") + words(LexCategory::Junction) + QStringLiteral(")$"));
    crossingClause =
        rx(QStringLiteral("(?:^|[,;])\\s*(?:并|且)?(?:与|和|同)(?<ref>[^,;。:、\\n与和同]{2,20}?)(?:") +
           words(LexCategory::Crossing) + QStringLiteral(")(?=\\s*(?:[,;。]|$))"));
    prosePlacePrefix =
        rx(QStringLiteral("(?:^|[^\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]|位于|在)(?<place>{HAN}{1,16}?") +
           placeSuffix() +
           // "南湖新区新命名的X,西起…": a participle between the place and the road.
           QStringLiteral(
               ")(?:{HAN}{1,8}?(?:村|社区|居委会|片区))?(?:(?:(?:新|此次|本次)(?:命名|定名))?的)?\\s*$"));
    adjustedObject = rx(
        QStringLiteral("将\\s*") + kOpenQuote + QStringLiteral("?(?<name>[^,;。:“”\"「」\\s的()]{2,24}?)") +
        kCloseQuote +
        QStringLiteral("?(?:的|位于(?<place>[^,;。]{1,30}?))?,?\\s*的?(?:起止点|起讫点|起点|止点|走向|范围)?"
                       "(?:调整|变更)(?:后)?为\\s*$"));
    // Three ways a reason stands: a sentence opened by a cause word; a labelled reason ("命名理由:该路经过A,
    // 与B形成系列"); a clause from a subject or cause word to the name it explains ("…,因该路经A而得名",
    // "该路经过A,故名X"), bounded, and only where it opens no course (the item parser checks).
    reasonSentence = rx(
        QStringLiteral("(?:^|(?<=[。;]))\\s*(?:因|由于|寓意|取其|意为|以示|为纪念)[^。;\\n]*|"
                       "(?:命名|定名|取名|更名|地名|名称|路名)?(?:理由|缘由|由来|含义|依据)\\s*:[^。;\\n]*|"
                       "(?:^|(?<=[,。;\\n]))\\s*(?:") +
        words(LexCategory::Subject) +
        QStringLiteral("|因为|因|由于)(?<cause>[^。;\\n]{0,40}?)(?:故名|故取名|故命名|故得名|而得名|因此得名|"
                       "由此得名|因而得名|而名)"));
    sameRoad = rx(QStringLiteral(
        "(?:是|为|系|属于?)(?<road>[^,。;:、\\s“”\"()]{2,20}?)的?(?:延伸|延长|续建)(?:路段|段|部分|线)|"
        "沿用(?:现有|原有|既有)(?:道路)?(?:名称|路名)|"
        // "东延段,沿用原名": a new section keeping its road's name (a kept road alone says no 段).
        "(?:延伸|延长|延|续建)(?:路)?段[^。;]{0,6}?沿用原(?:路)?名|(?:与|和)(?<road2>[^,。;:、\\s“”\"()]{2,"
        "20}?)"
        "(?:为|是)同一条(?:道路|路)"));
    exampleCue = rx(QStringLiteral("(?:^|[,。;:])\\s*") + words(LexCategory::Example));
    const QString among =
        QStringLiteral("\\s*等(?:\\d{1,3}条|{CN}条)?(?:现有|已有|既有|周边|其他|相关|原有)?(?:主要|城市)?"
                       "(?:道路|路段|街巷)");
    // "继A路延伸段(南起B,北至C)命名后,…": a road whose naming the text looks back on.
    mentionedAmong =
        rx(QStringLiteral("^(?:") + among + QStringLiteral("|(?:被)?(?:正式)?(?:命名|定名|更名)(?:之)?后)"));
    mentionedCourse = rx(QStringLiteral("\\([^()\\n]{2,80}\\)(?=") + among + u')');
    namedEarlier = rx(QStringLiteral(
        "(?:去年|前年|往年|此前|以前|早前|之前|先前|已经|已)(?:正式)?(?:命名|定名|更名)的\\s*$"));
    rejectedCue = rx(words(LexCategory::Rejected));
    courseRemark = rx(QStringLiteral("\\(原?(?<course>{DIR}?(?:起|至)[^()\\n]{1,80})\\)"));

    columns.append({Column::Seq, rx(QStringLiteral("^(?:序号|编号|序)$"))});
    // A working name's column (原规划路名, 暂用名, 工程名) is read as the former-name column; the row reader
    // keeps its value as a note (label convention: working names are not old names).
    columns.append({Column::OldName,
                    rx(QStringLiteral("原(?:道路)?名称|原名|曾用名|原?规划(?:路名|名称|名)|暂用名|工程名"))});
    columns.append({Column::Pinyin, rx(QStringLiteral("拼音|罗马字母"))});
    // "备用名", "备选名称": a name in reserve (label convention: not a record, not a former name) is a
    // remark, before the column of names takes its 名称.
    columns.append({Column::Remark, rx(QStringLiteral("^(?:备用|备选|预备)"))});
    // "拟命名", "道路命名" name the column of names; "命名理由" does not.
    columns.append({Column::Name, rx(QStringLiteral("名称|拟名|路名|道路名|^(?:拟|拟定|道路)命名$"))});
    columns.append({Column::Ends, rx(QStringLiteral("起止点|起讫点|起止|四至"))});
    columns.append({Column::Start, rx(QStringLiteral("起点"))});
    columns.append({Column::End, rx(QStringLiteral("终点|止点|讫点"))});
    columns.append({Column::Via, rx(QStringLiteral("路经|途经|经过|途径"))});
    columns.append({Column::Length, rx(QStringLiteral("长度|全长|总长|^长"))});
    columns.append({Column::Width, rx(QStringLiteral("宽度|^宽|红线"))});
    columns.append({Column::District,
                    rx(QStringLiteral("^所在(?:区|县)|^所属(?:区|县)(?!域)|^(?:区|县)(?:名称)?$|行政区"))});
    columns.append({Column::Location, rx(QStringLiteral("位置|所在|所属|辖区|街道|镇"))});
    columns.append({Column::Action, rx(QStringLiteral("类别|类型|事项|性质"))});
    columns.append({Column::Direction, rx(QStringLiteral("走向"))});
    // Columns no field comes from; naming them keeps their cells out of the others' (and a glued row's
    // cells apart: gluedTables reads each by what it holds).
    columns.append({Column::Surface, rx(QStringLiteral("路况|路面"))});
    columns.append({Column::Reason, rx(QStringLiteral("缘由|理由|由来|含义|依据"))});
    columns.append({Column::Date, rx(QStringLiteral("年月|日期|时间"))});
    columns.append({Column::Remark, rx(QStringLiteral("备注|说明"))});
    for (ColumnRole& c : columns)
        c.word = rx(QString(c.header.pattern()).remove(u'^').remove(u'$'));
    landmarkEnd = rx(QStringLiteral("(?:") + words(LexCategory::Landmark) + QStringLiteral("){PY}"));
    surfaceRun =
        rx(QStringLiteral("(?:") + words(LexCategory::Surface) + QStringLiteral(")(?:[,、/]{0,3}(?:") +
           words(LexCategory::Surface) + QStringLiteral(")){0,3}"));
}

} // namespace luming
