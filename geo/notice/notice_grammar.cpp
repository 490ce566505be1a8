#include "notice/notice_grammar.h"

namespace luming {

namespace {
// {HAN} stands for one ideograph. Not \\p{Han}: PCRE2 matches that against script extensions,
// which take in CJK punctuation such as 、 and 。.
QRegularExpression rx(QString pattern) {
    pattern.replace(QStringLiteral("{HAN}"),
                    QStringLiteral("[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}"
                                   "\\x{20000}-\\x{2FA1F}〇]"));
    QRegularExpression r(pattern, QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT_X(r.isValid(), "NoticeGrammar", qPrintable(r.errorString()));
    return r;
}

// Direction words, longest first so 东南 wins over 东.
const QString kDir = QStringLiteral("(?:东南|东北|西南|西北|东|西|南|北)");
const QString kNum = QStringLiteral("\\d+(?:\\.\\d+)?");
const QString kCnNum = QStringLiteral("[一二三四五六七八九十百零〇两]+");
} // namespace

const NoticeGrammar& NoticeGrammar::instance() {
    static const NoticeGrammar grammar;
    return grammar;
}

NoticeGrammar::NoticeGrammar() {
    // Titles: "关于祈福街等市区内道路命名的通知"; subject is what is named.
    titles.append({rx(QStringLiteral("关于(?<subject>(?:(?!关于|的通知)[^。;:\\n]){0,60}?)(?:道路|街路|街巷)?"
                                     "(?:命名|更名)[^。;:\\n]{0,12}?的"
                                     "(?<kind>通知|批复|公告|通告|决定)")),
                   QStringLiteral("government notice on naming roads")});

    issuerBeforeGuanyu =
        rx(QStringLiteral("(?<issuer>{HAN}{2,8}?(?:省|市|自治州|州|盟|县|区)(?:{HAN}{1,6}?(?:区|县))?"
                          "(?:人民政府办公厅|人民政府|民政局|地名委员会办公室|地名办|行政审批服务局))$"));
    docNumber =
        rx(QStringLiteral("^\\s*\\(?(?<prefix>{HAN}{1,8})\\s*[〔\\[【(（［](?<year>\\d{4})[〕\\]】)）］]\\s*"
                          "(?<num>\\d{1,4})\\s*号\\)?"));
    tocTail = rx(QStringLiteral("^\\s*\\((?<doc>[^()]{2,24}号)\\)[\\s·•.…．・]*\\((?<page>\\d{1,4})\\)"));
    gazetteIssue =
        rx(QStringLiteral("(?<year>\\d{4})年?第(?<no>\\d{1,3})期\\s*\\(?总第(?<total>\\d{1,5})期\\)?"));
    declaredTotal = rx(QStringLiteral("等(?<n>\\d{1,4}|") + kCnNum + QStringLiteral(")条"));
    sectionHeading = rx(QStringLiteral("(?<num>") + kCnNum +
                        QStringLiteral(")、(?<title>[^\\n()、。]{1,24}?)\\((?<count>\\d{1,4}|") + kCnNum +
                        QStringLiteral(")条\\)"));
    itemMarker = rx(QStringLiteral("\\((?<num>") + kCnNum + QStringLiteral(")\\)"));
    itemName = rx(QStringLiteral("^\\s*(?<name>[^。,;:\\n]{1,30}?)\\s*。"));
    trailerLine = rx(QStringLiteral(
        "^(?:{HAN}{2,30}?\\s*)?\\d{4}年\\d{1,2}月\\d{1,2}日|^\\(\\d{4}年\\d{1,2}月\\d{1,2}日印发\\)|"
        "^特此|^此函|^附件"));
    date = rx(QStringLiteral("(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日"));

    clauses.append({QStringLiteral("length"), rx(QStringLiteral("(?:全|总)?长(?<approx>约)?(?<value>") +
                                                 kNum + QStringLiteral(")\\s*(?<unit>米|公里|千米|km|m)"))});
    clauses.append({QStringLiteral("width"),
                    rx(QStringLiteral("宽(?<approx>约)?(?<min>") + kNum +
                       QStringLiteral(")(?:\\s*(?:-|~|至|到)\\s*(?<max>") + kNum +
                       QStringLiteral("))?(?<parts>(?:\\+") + kNum + QStringLiteral(")*)\\s*(?:米|m)"))});
    clauses.append(
        {QStringLiteral("location"),
         rx(QStringLiteral("位于(?<place>[^,;。]+?)(?:辖区内|辖区|境内|范围内|内)?(?=[,;。]|$)"))});

    district = rx(QStringLiteral("^(?<district>{HAN}{1,10}?(?:新区|区|县|旗))(?!街道|办事处)"));
    subdistrict = rx(QStringLiteral("(?<sub>{HAN}{1,10}?(?:街道|镇|乡|办事处))"));

    // One token of an endpoint description, in reading order:
    //   东起A / 北起于A          start (dir, ref)
    //   南至A / 西止A / 至A      leg end (dir?, ref)
    //   折向西 / 向南 / 再折向北  heading change
    endpointToken = rx(QStringLiteral("(?<startdir>") + kDir + QStringLiteral(")起于?|(?<enddir>") + kDir +
                       QStringLiteral(")?(?:至|止)于?|(?:再)?(?:折向|转向|折|向)(?<turndir>") + kDir +
                       QStringLiteral(")"));
    shapeMarker = rx(QStringLiteral(
        "的?[\"“”「]?(?<shape>[LZUT])[\"“”」]?\\s*(?:型|形|字型|字形)(?:道路)?|呈(?<loop>环状)"));
    plannedSuffix = rx(QStringLiteral("\\(规划\\)"));
}

} // namespace luming
