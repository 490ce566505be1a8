#include "eval/table_rendering.h"

#include "eval/course_phrasing.h"
#include "eval/item_phrasing.h"

#include <functional>

namespace luming::eval {
namespace {

struct Column {
    QString header;
    std::function<QString(const LabelRecord&)> cell;
};

QString actionCell(const LabelRecord& r) {
    if (r.action == u"rename")
        return QStringLiteral("更名");
    if (r.action == u"adjust")
        return QStringLiteral("起止点调整");
    if (r.action == u"cancel")
        return QStringLiteral("注销");
    return QStringLiteral("命名");
}

QList<Column> columnsFor(const QList<LabelRecord>& records, const Layout& l) {
    auto any = [&](const std::function<bool(const LabelRecord&)>& has) {
        return std::any_of(records.begin(), records.end(), has);
    };
    QList<Column> out;
    out.append({QStringLiteral("道路名称"), [&l](const LabelRecord& r) {
                    return shownName(r.name, l);
                }});
    if (any([](const LabelRecord& r) { return r.action != u"name"; }))
        out.append({QStringLiteral("类型"), actionCell});
    if (any([](const LabelRecord& r) { return !r.oldName.isEmpty(); }))
        out.append({QStringLiteral("原名"), [&l](const LabelRecord& r) {
                        return shownName(r.oldName, l);
                    }});
    if (any([](const LabelRecord& r) { return !r.district.isEmpty(); }))
        out.append({QStringLiteral("所在区"), [](const LabelRecord& r) {
                        return r.district;
                    }});
    if (any([](const LabelRecord& r) { return !r.subdistricts.isEmpty(); }))
        out.append({QStringLiteral("所属街道"), [](const LabelRecord& r) {
                        return r.subdistricts.join(QStringLiteral("、"));
                    }});
    if (any([](const LabelRecord& r) { return !r.start.isEmpty(); }))
        out.append({QStringLiteral("起点"), [](const LabelRecord& r) {
                        return r.start.isEmpty()
                                   ? QString()
                                   : r.startDir + (r.startDir.isEmpty() ? QString() : QStringLiteral("起")) +
                                         r.start;
                    }});
    if (any([](const LabelRecord& r) { return !r.end.isEmpty(); }))
        out.append({QStringLiteral("终点"), [](const LabelRecord& r) {
                        return r.end.isEmpty()
                                   ? QString()
                                   : r.endDir + (r.endDir.isEmpty() ? QString() : QStringLiteral("至")) +
                                         r.end;
                    }});
    if (any([](const LabelRecord& r) { return !r.via.isEmpty(); }))
        out.append({QStringLiteral("途经"), [](const LabelRecord& r) {
                        return r.via.join(QStringLiteral("、"));
                    }});
    if (any([](const LabelRecord& r) { return r.lengthM.has_value(); }))
        out.append({QStringLiteral("长度(米)"), [](const LabelRecord& r) {
                        return r.lengthM
                                   ? (r.lengthApprox ? QStringLiteral("约") : QString()) + metres(*r.lengthM)
                                   : QString();
                    }});
    if (any([](const LabelRecord& r) { return r.widthMinM.has_value(); }))
        out.append({QStringLiteral("宽度(米)"), [](const LabelRecord& r) {
                        if (!r.widthMinM)
                            return QString();
                        if (r.widthMaxM && *r.widthMaxM != *r.widthMinM)
                            return metres(*r.widthMinM) + QLatin1Char('~') + metres(*r.widthMaxM);
                        return metres(*r.widthMinM);
                    }});
    return out;
}

// Display width of a cell in a monospaced rendering: CJK and full-width forms take two columns.
int displayWidth(const QString& s) {
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

} // namespace

QStringList tableLines(const QList<LabelRecord>& records, Arrangement arrangement, const Layout& l) {
    const QList<Column> columns = columnsFor(records, l);
    QList<QStringList> rows;
    QStringList header{QStringLiteral("序号")};
    for (const Column& c : columns)
        header.append(c.header);
    rows.append(header);
    for (qsizetype i = 0; i < records.size(); ++i) {
        QStringList row{QString::number(i + 1)};
        for (const Column& c : columns)
            row.append(c.cell(records[i]));
        rows.append(row);
    }
    // Blank cells stay blank where a separator shows them; aligned and flattened tables need a mark.
    const bool marksBlank = arrangement == Arrangement::SpaceTable || arrangement == Arrangement::FlatTable;
    for (QStringList& row : rows)
        for (QString& cell : row)
            if (cell.isEmpty() && marksBlank)
                cell = QStringLiteral("/");

    QStringList out;
    switch (arrangement) {
    case Arrangement::PipeTable:
        for (const QStringList& row : rows)
            out.append(QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        break;
    case Arrangement::TabTable:
        for (const QStringList& row : rows)
            out.append(row.join(QLatin1Char('\t')));
        break;
    case Arrangement::SpaceTable: {
        QList<int> widths(header.size(), 0);
        for (const QStringList& row : rows)
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], displayWidth(row[c]));
        for (const QStringList& row : rows) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c)
                line += row[c] + (c + 1 < row.size()
                                      ? QString(widths[c] - displayWidth(row[c]) + 2, QLatin1Char(' '))
                                      : QString());
            out.append(line);
        }
        break;
    }
    default: // flattened: one cell per line
        for (const QStringList& row : rows)
            out += row;
    }
    return out;
}

} // namespace luming::eval
