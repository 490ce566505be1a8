#include "notice/item_parser.h"

#include "notice/endpoint_parser.h"
#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

namespace {

double toMetres(double value, const QString& unit) {
    return (unit == u"公里" || unit == u"千米" || unit == u"km") ? value * 1000.0 : value;
}

void readLength(QStringView text, RoadRecord& r, const QRegularExpression& re) {
    const auto m = re.match(text);
    if (!m.hasMatch())
        return;
    r.lengthM = toMetres(m.captured(u"value").toDouble(), m.captured(u"unit"));
    r.lengthApprox = !m.captured(u"approx").isEmpty();
}

void readWidth(QStringView text, RoadRecord& r, const QRegularExpression& re) {
    const auto m = re.match(text);
    if (!m.hasMatch())
        return;
    const double first = m.captured(u"min").toDouble();
    const QString parts = m.captured(u"parts");
    if (!parts.isEmpty()) {
        // "24+9+16": a cross-section; the road's width is the sum of its parts.
        r.widthParts.append(first);
        for (const auto& p : parts.split(u'+', Qt::SkipEmptyParts))
            r.widthParts.append(p.toDouble());
        double sum = 0;
        for (double p : r.widthParts)
            sum += p;
        r.widthMinM = r.widthMaxM = sum;
        return;
    }
    r.widthMinM = first;
    r.widthMaxM = m.captured(u"max").isEmpty() ? first : m.captured(u"max").toDouble();
}

// Location: "市中区陡沟街道", "历城区董家街道、郭店街道", "济南高新区遥墙街道".
qsizetype readLocation(QStringView text, RoadRecord& r, const NoticeGrammar& g,
                       const QRegularExpression& re) {
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    QString place = m.captured(u"place");
    const auto d = g.district.match(place);
    if (d.hasMatch()) {
        r.district = d.captured(u"district");
        place = place.mid(d.capturedEnd());
    }
    auto it = g.subdistrict.globalMatch(place);
    while (it.hasNext())
        r.subdistricts.append(it.next().captured(u"sub"));
    return m.capturedEnd();
}

const QRegularExpression& clause(const NoticeGrammar& g, QStringView field) {
    for (const auto& c : g.clauses)
        if (c.field == field)
            return c.regex;
    static const QRegularExpression never(QStringLiteral("(?!)"));
    return never;
}

} // namespace

ItemParse parseItem(QStringView itemText, const QString& sectionDistrict) {
    const auto& g = NoticeGrammar::instance();
    ItemParse out;
    RoadRecord& r = out.record;

    qsizetype rest = 0;
    const auto name = g.itemName.match(itemText);
    if (name.hasMatch()) {
        r.name = name.captured(u"name");
        rest = name.capturedEnd();
    } else {
        out.missing.append(QStringLiteral("name"));
    }
    const QStringView body = itemText.mid(rest);

    readLength(body, r, clause(g, u"length"));
    readWidth(body, r, clause(g, u"width"));
    const qsizetype afterLocation = readLocation(body, r, g, clause(g, u"location"));
    if (r.district.isEmpty())
        r.district = sectionDistrict;

    const Endpoints ends = parseEndpoints(afterLocation > 0 ? body.mid(afterLocation) : body);
    r.startDir = ends.startDir;
    r.start = ends.start;
    r.endDir = ends.endDir;
    r.end = ends.end;
    r.via = ends.via;
    r.shape = ends.shape;
    r.plannedRefs = ends.plannedRefs;

    if (!r.lengthM)
        out.missing.append(QStringLiteral("length"));
    if (!r.widthMinM)
        out.missing.append(QStringLiteral("width"));
    if (r.district.isEmpty() && r.subdistricts.isEmpty())
        out.missing.append(QStringLiteral("location"));
    if (r.start.isEmpty())
        out.missing.append(QStringLiteral("start"));
    if (r.end.isEmpty())
        out.missing.append(QStringLiteral("end"));
    return out;
}

} // namespace luming
