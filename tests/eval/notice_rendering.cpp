#include "eval/notice_rendering.h"

#include "eval/item_phrasing.h"
#include "eval/list_markers.h"
#include "eval/table_rendering.h"
#include "eval/text_damage.h"

namespace luming::eval {
namespace {

// Page chrome and stray lines of a reposted news page; none names a road or a place.
const QStringList kNewsHead = {QStringLiteral("首页 > 新闻中心 > 本地新闻"),
                               QStringLiteral("部分道路有了新名字"),
                               QStringLiteral("2024-03-02 08:15  来源:本地日报  作者:张三"),
                               QStringLiteral("【字体:大 中 小】【打印本页】")};
const QString kNewsLead = QStringLiteral(
    "本报讯(记者 张三 通讯员 李四)近日,记者从市民政局获悉,经市人民政府批准,以下道路正式命名。");
const QStringList kStrayLines = {QStringLiteral("点击查看大图"), QStringLiteral("扫一扫在手机打开当前页"),
                                 QStringLiteral("图片来源:网络")};
const QStringList kNewsTail = {QStringLiteral("(编辑:王五)"), QStringLiteral("扫一扫在手机打开当前页"),
                               QStringLiteral("相关新闻:市区公交线路优化调整方案公布")};
const QString kExplanation = QStringLiteral("命名说明:上述道路所在区域近年随城市建设新建而成,"
                                            "路名按照“一路一名”的原则拟定,寓意吉祥,便于群众记忆和使用。");

QString title(const QList<LabelRecord>& records, const Layout& l) {
    const QString place = l.place == PlaceStyle::Title ? sharedPlace(records) : QString();
    return QStringLiteral("关于%1部分道路命名的公告").arg(place);
}

QString intro(const QList<LabelRecord>& records, const Layout& l) {
    const QString place =
        l.place == PlaceStyle::Intro ? QStringLiteral("位于%1的").arg(sharedPlace(records)) : QString();
    return QStringLiteral("根据国务院《地名管理条例》等有关规定,经研究,现对%1以下道路予以命名,现公告如下:")
        .arg(place);
}

// List items, under one heading per run of records with the same place when the place is a heading.
QStringList listLines(const QList<LabelRecord>& records, const Layout& l) {
    QStringList out;
    int n = 0;
    int heading = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        Marker marker = l.marker;
        if (l.place == PlaceStyle::Heading) {
            if (i == 0 || placePhrase(records[i]) != placePhrase(records[i - 1])) {
                const QString place = placePhrase(records[i]);
                out.append(itemMarker(Marker::ChineseComma, ++heading) +
                           (place.isEmpty() ? QStringLiteral("其他道路") : place));
                n = 0;
            }
            marker = Marker::ArabicDot;
        }
        out += (itemMarker(marker, ++n) + itemText(records[i], l)).split(QLatin1Char('\n'));
    }
    return out;
}

QStringList itemLines(const QList<LabelRecord>& records, const Layout& l) {
    switch (l.arrangement) {
    case Arrangement::List:
        return listLines(records, l);
    case Arrangement::Prose: {
        QStringList clauses;
        for (const LabelRecord& r : records)
            clauses.append(proseClause(r, l));
        return {clauses.join(QStringLiteral(";")) + QStringLiteral("。")};
    }
    default:
        return tableLines(records, l.arrangement, l);
    }
}

QString damaged(const QStringList& lines, const Layout& l, quint32 seed) {
    QString text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (l.script == Script::Traditional)
        text = toTraditional(text);
    if (l.damage == Damage::BrokenLines)
        text = breakLines(text, seed);
    return text;
}

QStringList newsWrapped(const QStringList& body, quint32 seed) {
    QStringList lines = body;
    if (!lines.isEmpty()) // one stray line somewhere inside the body (seeded)
        lines.insert(qsizetype(seed % quint32(lines.size() + 1)), kStrayLines.at(seed % kStrayLines.size()));
    return kNewsHead + lines + kNewsTail;
}

} // namespace

QString sharedPlace(const QList<LabelRecord>& records) {
    if (records.isEmpty())
        return {};
    const QString place = placePhrase(records.first());
    for (const LabelRecord& r : records)
        if (placePhrase(r) != place)
            return {};
    return place;
}

QString renderNotice(const QList<LabelRecord>& records, const Layout& l, quint32 seed) {
    QStringList items = itemLines(records, l);
    if (l.wrapper == Wrapper::Explanation)
        items.insert(std::min<qsizetype>(1, items.size()), kExplanation);
    QStringList lines;
    if (l.wrapper == Wrapper::News) {
        QString lead = kNewsLead;
        if (l.place == PlaceStyle::Intro)
            lead.replace(QStringLiteral("以下道路"),
                         QStringLiteral("位于%1的以下道路").arg(sharedPlace(records)));
        if (l.place == PlaceStyle::Lead)
            lead.replace(QStringLiteral("以下道路"),
                         QStringLiteral("%1%2条道路").arg(sharedPlace(records)).arg(records.size()));
        lines = newsWrapped(QStringList{lead} + items, seed);
    } else if (l.place == PlaceStyle::Lead) {
        // A repost's headline and lead: "A区N条道路有了新名字", "日前,…A区N条新建道路正式命名。"
        lines << QStringLiteral("%1%2条道路有了新名字").arg(sharedPlace(records)).arg(records.size())
              << QStringLiteral("日前,经市人民政府批复同意,%1%2条新建道路正式命名。")
                     .arg(sharedPlace(records))
                     .arg(records.size())
              << items << QStringLiteral("市地名委员会办公室") << QStringLiteral("2024年3月1日");
    } else {
        lines << title(records, l) << intro(records, l) << items << QStringLiteral("特此公告。")
              << QStringLiteral("市地名委员会办公室") << QStringLiteral("2024年3月1日");
    }
    return damaged(lines, l, seed);
}

QString wrapText(const QString& text, const Layout& l, quint32 seed) {
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (l.wrapper == Wrapper::Explanation)
        lines.insert(std::min<qsizetype>(2, lines.size()), kExplanation);
    if (l.wrapper == Wrapper::News)
        lines = newsWrapped(lines, seed);
    return damaged(lines, l, seed);
}

} // namespace luming::eval
