#include "notice/table_row_reader.h"

#include "notice/action_classifier.h"
#include "notice/chinese_numeral.h"
#include "notice/endpoint_parser.h"
#include "notice/notice_grammar.h"
#include "notice/place_reader.h"
#include "text/normalized_text.h"

#include <QHash>
#include <QRegularExpression>

namespace luming {

namespace {

enum class Split { Pipes, Gaps, Spaces };

constexpr qsizetype kMaxRowLength = 4000;

// The cells of a printed line split the given way, or nothing when it gives fewer than three.
QStringList cellsOf(QStringView line, Split how) {
    static const QRegularExpression separatorRow(QStringLiteral("^[\\s|｜:：\\-—]{3,}$"));
    static const QRegularExpression pipes(QStringLiteral("[|｜]"));
    static const QRegularExpression gaps(QStringLiteral("\\t+|[ \\x{3000}]{2,}"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{3000}]+"));
    const QString text = line.toString().trimmed();
    if (separatorRow.match(text).hasMatch())
        return {};
    QStringList cells;
    switch (how) {
    case Split::Pipes:
        if (!text.contains(pipes))
            return {};
        cells = text.split(pipes);
        if (!cells.isEmpty() && cells.first().trimmed().isEmpty())
            cells.removeFirst();
        if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
            cells.removeLast();
        break;
    case Split::Gaps:
        cells = text.split(gaps);
        break;
    case Split::Spaces:
        cells = text.split(spaces);
        break;
    }
    for (auto& c : cells)
        c = NormalizedText::fromOriginal(c).text().trimmed();
    return cells.size() >= 3 ? cells : QStringList();
}

// Column index → role, from a header row; empty unless it names the road and says where it runs.
QHash<QString, qsizetype> headerRoles(const QStringList& cells) {
    const auto& g = NoticeGrammar::instance();
    QHash<QString, qsizetype> roles;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString folded = foldForMatching(cells[i]);
        for (const auto& col : g.columns) {
            if (col.header.match(folded).hasMatch()) {
                if (!roles.contains(col.role))
                    roles.insert(col.role, i);
                break;
            }
        }
    }
    const bool where = roles.contains(QStringLiteral("start")) || roles.contains(QStringLiteral("end")) ||
                       roles.contains(QStringLiteral("ends")) || roles.contains(QStringLiteral("length"));
    if (!roles.contains(QStringLiteral("name")) || !where)
        return {};
    return roles;
}

QString cell(const QStringList& cells, const QHash<QString, qsizetype>& roles, const QString& role) {
    const qsizetype i = roles.value(role, -1);
    return i >= 0 && i < cells.size() ? cells[i] : QString();
}

QString unquoted(QString s) {
    static const QRegularExpression quotes(QStringLiteral("^[“\"「『]|[”\"」』]$"));
    return s.remove(quotes).trimmed();
}

// A number alone in a length or width column: the header gives the unit.
std::optional<double> bareNumber(const QString& text) {
    static const QRegularExpression number(QStringLiteral("^约?(\\d{1,7}(?:\\.\\d{1,4})?)$"));
    const auto m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

ItemParse readRow(const QStringList& cells, const QStringList& header, const QHash<QString, qsizetype>& roles,
                  const ItemContext& context) {
    const auto& g = NoticeGrammar::instance();
    const auto has = [&](const QString& role) {
        return roles.contains(role);
    };
    const auto get = [&](const QString& role) {
        return cell(cells, roles, role);
    };

    // The ends: cells that carry their own words ("南起中兴东路") are read as they are; a bare name in
    // a 起点 or 终点 column gets the column's word.
    QString ends;
    if (has(QStringLiteral("ends"))) {
        ends = get(QStringLiteral("ends"));
    } else {
        const QString start = get(QStringLiteral("start"));
        const QString end = get(QStringLiteral("end"));
        const auto tokened = [&](const QString& c) {
            return g.itemContent.match(foldForMatching(c)).hasMatch();
        };
        if (!start.isEmpty())
            ends += tokened(start) ? start : QStringLiteral("起点") + start;
        if (!end.isEmpty())
            ends += u',' + (tokened(end) ? end : QStringLiteral("终点") + end);
    }
    QString via = get(QStringLiteral("via"));
    QString text = ends;
    if (!via.isEmpty()) {
        via.replace(u',', u'、');
        text += QStringLiteral(",途经") + via;
    }
    QString length = get(QStringLiteral("length"));
    QString width = get(QStringLiteral("width"));
    const auto lengthValue = bareNumber(length);
    const QString lengthHeader = foldForMatching(header.value(roles.value(QStringLiteral("length"), -1)));
    if (lengthValue)
        length =
            QStringLiteral("长") + length +
            (lengthHeader.contains(QStringLiteral("公里")) || lengthHeader.contains(QStringLiteral("千米"))
                 ? QStringLiteral("公里")
                 : QStringLiteral("米"));
    if (bareNumber(width))
        width = QStringLiteral("宽") + width + QStringLiteral("米");
    if (!length.isEmpty())
        text += u',' + length;
    if (!width.isEmpty())
        text += u',' + width;
    const QString location = get(QStringLiteral("location"));
    if (!location.isEmpty())
        text += QStringLiteral(",位于") + location;

    const QString name = unquoted(get(QStringLiteral("name")));
    const MatchingText synthetic(QStringLiteral("“") + name + QStringLiteral("”,") + text + u'。');
    ItemContext ctx = context;
    if (const QString d = get(QStringLiteral("district")); !d.isEmpty())
        ctx.district = d;
    if (const QString a = get(QStringLiteral("action")); !a.isEmpty())
        if (const auto action = actionOfKeywords(foldForMatching(a), g.actionKeywords))
            ctx.action = action;
    ItemParse parsed = parseItem(synthetic.all(), ctx);
    if (const QString old = unquoted(get(QStringLiteral("old_name"))); !old.isEmpty()) {
        parsed.record.oldName = old;
        if (!ctx.action)
            parsed.record.action = RoadAction::Rename;
    }
    if (const QString py = get(QStringLiteral("pinyin")); !py.isEmpty())
        parsed.record.pinyin = py;
    parsed.missing.clear();
    listMissing(parsed);
    return parsed;
}

// Walks the tables among `lines`: `onRow(index, cells, header, roles)` for each row; headers are
// reported with empty cells.
template <typename OnLine>
void scanTables(const QList<SourceLine>& lines, const QString& original, OnLine onLine) {
    QHash<QString, qsizetype> roles;
    QStringList header;
    Split how = Split::Pipes;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const SourceLine& line = lines[i];
        const QStringView printed =
            QStringView(original).mid(line.originalFrom, line.originalTo - line.originalFrom);
        // No table row is a page long; a run-on line (no line breaks at all) is no table.
        if (printed.size() > kMaxRowLength) {
            roles.clear();
            continue;
        }
        // A header decides how its rows split: pipes, tabs or wide gaps, or single spaces.
        // Every name column's header has 名 (名称, 拟名, 路名): most lines are no header at a glance.
        bool isHeader = false;
        for (const Split s : {Split::Pipes, Split::Gaps, Split::Spaces}) {
            if (!printed.contains(u'名'))
                break;
            const QStringList cells = cellsOf(printed, s);
            if (cells.isEmpty())
                continue;
            if (const auto h = headerRoles(cells); !h.isEmpty()) {
                roles = h;
                header = cells;
                how = s;
                isHeader = true;
                break;
            }
        }
        if (isHeader) {
            onLine(i, QStringList(), header, roles);
            continue;
        }
        if (roles.isEmpty())
            continue;
        const QStringList cells = cellsOf(printed, how);
        // A line that is not a row ends the table; single spaces split reliably only cell for cell.
        if (cells.isEmpty() || (how == Split::Spaces && cells.size() != header.size())) {
            roles.clear();
            continue;
        }
        if (!unquoted(cell(cells, roles, QStringLiteral("name"))).isEmpty())
            onLine(i, cells, header, roles);
    }
}

} // namespace

QSet<qsizetype> tableLineIndices(const QList<SourceLine>& lines, const QString& original) {
    QSet<qsizetype> out;
    scanTables(lines, original,
               [&](qsizetype i, const QStringList&, const QStringList&, const QHash<QString, qsizetype>&) {
                   out.insert(i);
               });
    return out;
}

TableRead readTables(const QList<SourceLine>& lines, const QList<ItemContext>& contexts,
                     const QString& original) {
    TableRead out;
    scanTables(lines, original,
               [&](qsizetype i, const QStringList& cells, const QStringList& header,
                   const QHash<QString, qsizetype>& roles) {
                   out.usedLines.append(i);
                   if (cells.isEmpty())
                       return;
                   TableRow row;
                   row.parsed = readRow(cells, header, roles, contexts.value(i));
                   row.seq = parseCount(cell(cells, roles, QStringLiteral("seq")));
                   row.line = lines[i];
                   out.rows.append(row);
               });
    return out;
}

} // namespace luming
