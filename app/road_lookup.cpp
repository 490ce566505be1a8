#include "road_lookup.h"

#include "chinese/name_key.h"
#include "core/project.h"

#include <QLocale>

namespace luming::app {

RoadLookup::RoadLookup(const Project& project) : project_(&project) {}

const RoadRecord* RoadLookup::record(const RoadKey& key) const {
    return project_ ? project_->recordOf(key) : nullptr;
}
const Notice* RoadLookup::notice(const RoadKey& key) const {
    return project_ && record(key) ? project_->noticeOf(key.notice) : nullptr;
}

RoadKey RoadLookup::findByName(const QString& name) const {
    const QString wanted = name.trimmed();
    if (wanted.isEmpty() || !project_)
        return {};
    const QString key = NameKey::of(wanted);
    RoadKey variant;
    for (const Notice& notice : project_->parse.notices)
        for (const RoadRecord& road : notice.roads) {
            if (road.name == wanted)
                return RoadKey{notice.id, road.seq};
            if (!isValidRoad(variant) && NameKey::of(road.name) == key)
                variant = RoadKey{notice.id, road.seq};
        }
    return variant;
}

QString RoadLookup::toolTip(const RoadKey& key) const {
    const RoadRecord* r = record(key);
    if (!r)
        return {};
    const QLocale locale;
    QStringList lines{QStringLiteral("<b>%1</b>").arg(r->name.toHtmlEscaped())};
    QStringList sizes;
    if (r->lengthM)
        sizes
            << (r->lengthApprox ? tr("about %1 m long") : tr("%1 m long")).arg(locale.toString(*r->lengthM));
    if (r->widthMinM && r->widthMaxM && *r->widthMinM != *r->widthMaxM)
        sizes << tr("%1–%2 m wide").arg(locale.toString(*r->widthMinM), locale.toString(*r->widthMaxM));
    else if (r->widthMaxM || r->widthMinM)
        sizes << tr("%1 m wide").arg(locale.toString(r->widthMaxM ? *r->widthMaxM : *r->widthMinM));
    if (!sizes.isEmpty())
        lines << sizes.join(QStringLiteral(", "));
    QStringList ends;
    if (!r->start.isEmpty())
        ends << (directionCode(r->startDir) + QLatin1Char(' ') + r->start).trimmed();
    for (const QString& via : r->via)
        ends << via;
    if (!r->end.isEmpty())
        ends << (directionCode(r->endDir) + QLatin1Char(' ') + r->end).trimmed();
    if (!ends.isEmpty())
        lines << ends.join(QStringLiteral(" → ")).toHtmlEscaped();
    lines << tr("%1, item %2").arg(r->district.toHtmlEscaped()).arg(r->seq);
    return lines.join(QStringLiteral("<br>"));
}

} // namespace luming::app
