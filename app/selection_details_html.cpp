#include "selection_details_html.h"

#include "core/project.h"

#include <QLocale>

namespace luming::app {

QString SelectionDetailsHtml::build(const Project& project, const QList<RoadKey>& keys,
                                    const QString& place) {
    const QString title = place.isEmpty() ? tr("%n road(s) selected", nullptr, int(keys.size()))
                                          : tr("%1: %n road(s)", nullptr, int(keys.size())).arg(place);
    QString html = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    double total = 0;
    int stated = 0;
    QString rows;
    for (const RoadKey& key : keys) {
        const RoadRecord* road = project.recordOf(key);
        if (!road)
            continue;
        if (road->lengthM) {
            total += *road->lengthM;
            ++stated;
        }
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td align=right>%4</td></tr>")
                    .arg(key.seq)
                    .arg(road->name.toHtmlEscaped(),
                         road->subdistricts.join(QStringLiteral("、")).toHtmlEscaped(),
                         road->lengthM ? QLocale().toString(*road->lengthM, 'f', 0) + QStringLiteral(" m")
                                       : QStringLiteral("—"));
    }
    if (stated > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Stated length of %n road(s): %1 m", nullptr, stated)
                             .arg(QLocale().toString(total, 'f', 0)));
    html += QStringLiteral(
                "<table cellspacing=2 cellpadding=1><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Item"), tr("Name"), tr("Subdistrict"), tr("Length"));
    html += rows + QStringLiteral("</table>");
    return html;
}

} // namespace luming::app
