#include "eval/item_phrasing.h"

#include "chinese/pinyin.h"
#include "eval/course_phrasing.h"

namespace luming::eval {
namespace {

const QString kComma = QStringLiteral(",");

// Place, course and measures in the layout's order, without the name or the action.
QStringList factClauses(const LabelRecord& r, const Layout& l) {
    QStringList course = courseClauses(r, l.ends, l.order);
    if (r.action == u"adjust" && !course.isEmpty())
        course.first().prepend(QStringLiteral("起止点调整为"));
    const QString place = l.place == PlaceStyle::Item && !placePhrase(r).isEmpty()
                              ? QStringLiteral("位于") + placePhrase(r)
                              : QString();
    const QStringList measures = measureClauses(r);
    QStringList out;
    switch (l.order) {
    case ClauseOrder::CoursePlaceMeasure:
        out << course << place << measures;
        break;
    case ClauseOrder::MeasureFirst:
        out << place << measures << course;
        break;
    default:
        out << place << course << measures;
    }
    out.removeAll(QString());
    return out;
}

// The name with its inline place prefix (PlaceStyle::Prefix: "A区B街道的X").
QString nameSlot(const LabelRecord& r, const Layout& l) {
    const QString name = shownName(r.name, l);
    if (l.place == PlaceStyle::Prefix && !placePhrase(r).isEmpty())
        return placePhrase(r) + QStringLiteral("的") + name;
    return name;
}

// Name first: "X。原名A,现更名为X,位于…,东起…。"
QString nameFirst(const LabelRecord& r, const Layout& l, const QString& delimiter) {
    QStringList clauses = factClauses(r, l);
    if (r.action == u"rename")
        clauses.prepend(
            (r.oldName.isEmpty() ? QString() : QStringLiteral("原名%1,").arg(shownName(r.oldName, l))) +
            QStringLiteral("现更名为") + shownName(r.name, l));
    if (r.action == u"adjust" && courseClauses(r, l.ends, l.order).isEmpty())
        clauses.prepend(QStringLiteral("起止点调整"));
    if (r.action == u"cancel")
        clauses.append(QStringLiteral("予以注销"));
    if (clauses.isEmpty())
        return nameSlot(r, l) +
               (l.delimiter == NameDelimiter::HeaderLine || l.delimiter == NameDelimiter::PinyinLine
                    ? QString()
                    : QStringLiteral("。"));
    return nameSlot(r, l) + delimiter + clauses.join(kComma) + QStringLiteral("。");
}

// Name last: the facts, then the act on the name. No trailing 。.
QString nameLast(const LabelRecord& r, const Layout& l) {
    const QString facts = factClauses(r, l).join(kComma);
    const QString name = shownName(r.name, l);
    const QString prefix = l.place == PlaceStyle::Prefix ? placePhrase(r) : QString();
    const QString of = facts.isEmpty() && prefix.isEmpty() ? QString() : QStringLiteral("的");
    if (r.action == u"rename")
        return prefix + facts + of + shownName(r.oldName, l) + QStringLiteral("更名为") + name;
    if (r.action == u"cancel")
        return prefix + facts + of + name + QStringLiteral("予以注销");
    if (r.action == u"adjust")
        return nameSlot(r, l) + (facts.isEmpty() ? QStringLiteral("起止点调整") : facts);
    if (l.delimiter == NameDelimiter::NameLastGuming && !facts.isEmpty())
        return prefix + facts + QStringLiteral(",故名") + name;
    return prefix + facts + of + QStringLiteral("道路") + l.verb + name;
}

// The name's reading on a line of its own: the label's, else each syllable capitalised ("Gang Tian Lu").
QString pinyinLine(const LabelRecord& r) {
    if (!r.pinyin.isEmpty())
        return r.pinyin;
    QStringList syllables = Pinyin::spelled(r.name).split(u' ', Qt::SkipEmptyParts);
    for (QString& s : syllables)
        s[0] = s[0].toUpper();
    return syllables.join(u' ');
}

} // namespace

QString placePhrase(const LabelRecord& r) {
    return r.district + r.subdistricts.join(QStringLiteral("、"));
}

QString shownName(const QString& name, const Layout& l) {
    if (l.damage != Damage::SpacesInNames || name.size() < 3)
        return name;
    return name.left(name.size() - 1) + QLatin1Char(' ') + name.right(1); // "荷花 路"
}

QString itemText(const LabelRecord& r, const Layout& l) {
    switch (l.delimiter) {
    case NameDelimiter::Period:
        return nameFirst(r, l, QStringLiteral("。"));
    case NameDelimiter::Colon:
        return nameFirst(r, l, QStringLiteral(":"));
    case NameDelimiter::Comma:
        return nameFirst(r, l, kComma);
    case NameDelimiter::Dash:
        return nameFirst(r, l, QStringLiteral("——"));
    case NameDelimiter::HeaderLine:
        return nameFirst(r, l, QStringLiteral("\n"));
    case NameDelimiter::PinyinLine:
        return nameFirst(r, l, u'\n' + pinyinLine(r) + u'\n');
    case NameDelimiter::NameLast:
    case NameDelimiter::NameLastGuming:
        return nameLast(r, l) + QStringLiteral("。");
    }
    return {};
}

QString proseClause(const LabelRecord& r, const Layout& l) {
    return QStringLiteral("将") + nameLast(r, l);
}

} // namespace luming::eval
