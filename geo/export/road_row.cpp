#include "export/road_row.h"

namespace luming {

QString RoadRow::label() const {
    QString text;
    if (notice && !notice->id.isNull())
        text += notice->id.displayText() + QLatin1Char(' ');
    if (record) {
        if (record->seq > 0)
            text += QStringLiteral("#%1 ").arg(record->seq);
        text += record->name;
    }
    return text.trimmed();
}

QList<RoadRow> collectRoadRows(const Project& project) {
    QList<RoadRow> rows;
    for (const Notice& notice : project.parse.notices) {
        for (const RoadRecord& record : notice.roads) {
            RoadRow row;
            row.notice = &notice;
            row.record = &record;
            row.geometry = project.geometryOf(RoadId{notice.id, record.seq});
            rows.append(row);
        }
    }
    return rows;
}

QSet<RoadId> roadsOfDistrict(const Project& project, const QString& district) {
    QSet<RoadId> ids;
    const QString wanted = district.trimmed();
    for (const Notice& notice : project.parse.notices)
        for (const RoadRecord& record : notice.roads)
            if (record.district == wanted)
                ids.insert(RoadId{notice.id, record.seq});
    return ids;
}

QStringList districtsOf(const Project& project) {
    QStringList names;
    for (const Notice& notice : project.parse.notices)
        for (const RoadRecord& record : notice.roads)
            if (!record.district.isEmpty() && !names.contains(record.district))
                names.append(record.district);
    return names;
}

} // namespace luming
