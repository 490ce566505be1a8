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

} // namespace luming
