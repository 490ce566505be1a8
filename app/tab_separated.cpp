#include "tab_separated.h"

#include <QAbstractItemModel>
#include <QRegularExpression>

namespace luming::app {

namespace {

QString cell(const QVariant& value) {
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    return value.toString().replace(breaks, QStringLiteral(" "));
}

} // namespace

QString tabSeparated(const QAbstractItemModel& model, const QList<int>& rows, const QList<int>& columns) {
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << cell(model.headerData(c, Qt::Horizontal));
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c : columns)
            cells << cell(model.index(r, c).data());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace luming::app
