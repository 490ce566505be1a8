#include "export/road_row.h"

#include <QHash>

namespace luming {

QString RoadRow::label() const {
    QString text;
    if (notice && !notice->docNumber.isEmpty())
        text += notice->docNumber + QLatin1Char(' ');
    if (record) {
        if (record->seq > 0)
            text += QStringLiteral("#%1 ").arg(record->seq);
        text += record->name;
    }
    return text.trimmed();
}

QList<RoadRow> collectRoadRows(const Project& project) {
    QHash<QString, const RoadGeometry*> byKey;
    const auto key = [](const QString& doc, int seq) {
        return doc + QLatin1Char('\x1f') + QString::number(seq);
    };
    for (const RoadGeometry& g : project.roads)
        byKey.insert(key(g.docNumber, g.seq), &g);

    QList<RoadRow> rows;
    for (const Notice& notice : project.parse.notices) {
        for (const RoadRecord& record : notice.roads) {
            RoadRow row;
            row.notice = &notice;
            row.record = &record;
            row.geometry = byKey.value(key(notice.docNumber, record.seq), nullptr);
            rows.append(row);
        }
    }
    return rows;
}

} // namespace luming
