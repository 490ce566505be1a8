#include "notice/table_row_reader.h"

#include "notice/action_classifier.h"
#include "notice/adjustment_clause.h"
#include "notice/chinese_numeral.h"
#include "notice/endpoint_parser.h"
#include "notice/flat_table.h"
#include "notice/glued_table.h"
#include "notice/notice_grammar.h"
#include "notice/place_reader.h"
#include "notice/reader_evidence.h"
#include "notice/table_cells.h"
#include "notice/table_columns.h"
#include "text/normalized_text.h"

#include <QHash>
#include <QRegularExpression>

namespace luming {

namespace {

constexpr qsizetype kMaxRowLength = 4000;

QString cell(const QStringList& cells, const ColumnRoles& roles, Column role) {
    const qsizetype i = roles.at(role);
    return i >= 0 && i < cells.size() ? cells[i] : QString();
}

QString unquoted(QString s) {
    static const QRegularExpression quotes(QStringLiteral("^[“\"「『]|[”\"」』]$"));
    return s.remove(quotes).trimmed();
}

// A row whose 类别 cancels and that prints no new name ("注销 | 辽海街 | —"): its road is the former
// name (label convention: a cancelled road's name is the name it had).
bool cancelsFormerName(const QStringList& cells, const ColumnRoles& roles) {
    if (!unquoted(cell(cells, roles, Column::Name)).isEmpty() ||
        unquoted(cell(cells, roles, Column::OldName)).isEmpty())
        return false;
    const auto action = actionOfKeywords(foldForMatching(cell(cells, roles, Column::Action)),
                                         NoticeGrammar::instance().actionKeywords);
    return action && *action == RoadAction::Cancel;
}

// The road a row is about: its name cell, or the former name's for a cancel.
QString rowName(const QStringList& cells, const ColumnRoles& roles) {
    return unquoted(cell(cells, roles, cancelsFormerName(cells, roles) ? Column::OldName : Column::Name));
}

// A number alone in a length or width column: the header gives the unit.
std::optional<double> bareNumber(const QString& text) {
    static const QRegularExpression number(QStringLiteral("^约?(\\d{1,7}(?:\\.\\d{1,4})?)$"));
    const auto m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

// A measure cell as a clause the item reader knows: "270" → "长270米", "9~15" → "宽9~15米".
QString measureClause(const QString& cell, const QString& word, const QString& unit) {
    static const QRegularExpression withUnit(
        QStringLiteral("^约?\\d{1,7}(?:\\.\\d{1,4})?\\s*(?:米|m|公里|千米|km)$"));
    static const QRegularExpression range(
        QStringLiteral("^约?\\d{1,7}(?:\\.\\d{1,4})?\\s*[~\\-—至到]\\s*\\d{1,7}(?:\\.\\d{1,4})?$"));
    if (bareNumber(cell))
        return word + cell + unit;
    if (withUnit.match(cell).hasMatch())
        return word + cell;
    if (range.match(cell).hasMatch())
        return word + QString(cell).replace(u'—', u'-') + unit;
    return cell;
}

ItemParse readRow(const QStringList& cells, const QStringList& header, const ColumnRoles& roles,
                  const ItemContext& context) {
    const auto& g = NoticeGrammar::instance();
    const auto has = [&](Column role) {
        return roles.has(role);
    };
    const auto get = [&](Column role) {
        return cell(cells, roles, role);
    };

    // The ends: cells that carry their own words ("南起中兴东路") are read as they are; a bare name in
    // a 起点 or 终点 column gets the column's word.
    QString ends;
    const auto tokened = [&](const QString& c) {
        return g.itemContent.match(foldForMatching(c)).hasMatch();
    };
    if (has(Column::Ends)) {
        ends = get(Column::Ends);
        // "东昇路北侧—北阁东河", "深南路~城闸路": an ends cell of two places and a dash or tilde between
        // them, no cue words: the first is the start, the second the end.
        static const QRegularExpression dashPair(
            QStringLiteral("^\\s*([^—–~～－\\-]{2,40}?)\\s*(?:——|—|–|~|～|－|(?<!\\d)-(?!\\d))\\s*([^—–~"
                           "～－\\-]{2,40}?)\\s*$"));
        if (const auto m = dashPair.match(ends); m.hasMatch() && !tokened(ends))
            ends = QStringLiteral("起点") + m.captured(1) + QStringLiteral(",终点") + m.captured(2);
    } else {
        const QString start = get(Column::Start);
        const QString end = get(Column::End);
        if (!start.isEmpty())
            ends += tokened(start) ? start : QStringLiteral("起点") + start;
        if (!end.isEmpty())
            ends += u',' + (tokened(end) ? end : QStringLiteral("终点") + end);
    }
    QString via = get(Column::Via);
    QString text = ends;
    if (!via.isEmpty()) {
        via.replace(u',', u'、');
        text += QStringLiteral(",途经") + via;
    }
    const QString lengthHeader = foldForMatching(header.value(roles.at(Column::Length)));
    const bool km =
        lengthHeader.contains(QStringLiteral("公里")) || lengthHeader.contains(QStringLiteral("千米"));
    QString lengthCell = get(Column::Length);
    QString widthCell = get(Column::Width);
    // A combined 长/宽(米) cell "N/M": length N, width M.
    static const QRegularExpression pair(
        QStringLiteral("^(约?\\d{1,7}(?:\\.\\d{1,4})?)\\s*/\\s*(\\d{1,4}(?:\\.\\d{1,4})?)$"));
    if (const auto m = pair.match(lengthCell);
        m.hasMatch() && widthCell.isEmpty() && lengthHeader.contains(u'宽')) {
        lengthCell = m.captured(1);
        widthCell = m.captured(2);
    }
    const QString length =
        measureClause(lengthCell, QStringLiteral("长"), km ? QStringLiteral("公里") : QStringLiteral("米"));
    const QString width = measureClause(widthCell, QStringLiteral("宽"), QStringLiteral("米"));
    if (!length.isEmpty())
        text += u',' + length;
    if (!width.isEmpty())
        text += u',' + width;
    const QString location = get(Column::Location);
    // "位于A区B街道,西起C,东至D" in a 位置及走向 cell: its own locator (and course) as printed.
    static const QRegularExpression locator(QStringLiteral("^\\s*(?:位于|地处)"));
    if (!location.isEmpty())
        text += (locator.match(foldForMatching(location)).hasMatch() ? QStringLiteral(",")
                                                                     : QStringLiteral(",位于")) +
                location;

    const QString name = rowName(cells, roles);
    const MatchingText synthetic(QStringLiteral("“") + name + QStringLiteral("”,") + text + u'。');
    ItemContext ctx = context;
    ctx.evidence.clear(); // the row's evidence is its cells' (rowEvidence)
    if (const QString d = get(Column::District); !d.isEmpty()) {
        ctx.district = d;
        // "坡头区南调街道" in a 所在区域 cell: the district and its 街道.
        const MatchingText cell(d);
        if (const Place p = readPlace(cell.all()); !p.district.isEmpty() && !p.subdistricts.isEmpty()) {
            ctx.district = p.district;
            ctx.subdistricts = p.subdistricts;
        }
    }
    if (const QString a = get(Column::Action); !a.isEmpty())
        if (const auto action = actionOfKeywords(foldForMatching(a), g.actionKeywords))
            ctx.action = action;
    // A remark that says what became of the road ("原名“X”,本次更名", "原止于A,现延伸至B"), where no 类别
    // column does; its former name is the row's when no column gives one.
    QString remarkOld;
    if (const QString remark = foldForMatching(get(Column::Remark)); !remark.isEmpty()) {
        if (get(Column::Action).isEmpty())
            if (const auto action = actionOfKeywords(remark, g.actionKeywords);
                action && *action != RoadAction::Name)
                ctx.action = action;
        if (get(Column::OldName).isEmpty())
            for (const auto& re : g.oldNames)
                if (const auto m = re.match(remark); m.hasMatch() && m.capturedLength(u"old") > 0) {
                    // Folding keeps offsets: the name as printed.
                    remarkOld = get(Column::Remark).mid(m.capturedStart(u"old"), m.capturedLength(u"old"));
                    break;
                }
        // "原名X" alone says the road had a name before: a rename, unless a 类别 cell or the remark's own
        // words say otherwise (a working name, 原规划名, is no former name).
        static const QRegularExpression working(QStringLiteral("^(?:规划|暂定|暂用|工程)"));
        if (!remarkOld.isEmpty() && get(Column::Action).isEmpty() &&
            (!ctx.action || ctx.action == RoadAction::Name) &&
            looksLikeRoadName(foldForMatching(remarkOld)) &&
            !working.match(foldForMatching(remarkOld)).hasMatch())
            ctx.action = RoadAction::Rename;
        if (ctx.action != RoadAction::Rename)
            remarkOld.clear();
    }
    ItemParse parsed = parseItem(synthetic.all(), ctx);
    if (!remarkOld.isEmpty() && !parsed.record.oldName && parsed.record.action == RoadAction::Rename)
        parsed.record.oldName = remarkOld;
    // A former name in its own column makes the row a rename, whatever a heading far above says of
    // naming; an adjustment or cancel stays one.
    // A row whose own 类别 cell says it is named (新命名) holds a working name in that column (规划二路):
    // no former name (label convention: the designation is a note).
    // A column of both ("原名称/规划名") holds the former name on a row its 类别 renames.
    static const QRegularExpression workingHeader(QStringLiteral("规划|暂用|工程"));
    static const QRegularExpression formerHeader(QStringLiteral("原名|原路名|原道路名|曾用名"));
    const QString oldHeader = foldForMatching(header.value(roles.at(Column::OldName)));
    const bool workingColumn = roles.has(Column::OldName) && workingHeader.match(oldHeader).hasMatch() &&
                               !(formerHeader.match(oldHeader).hasMatch() && !get(Column::Action).isEmpty() &&
                                 ctx.action != RoadAction::Name);
    const bool namedByColumn =
        workingColumn || (!get(Column::Action).isEmpty() && ctx.action == RoadAction::Name);
    const bool renamedByColumn =
        !get(Column::OldName).isEmpty() && !namedByColumn && (!ctx.action || *ctx.action == RoadAction::Name);
    // An extension's row that repeats its road's name there ("延伸 | 泰山路 | 泰山路") has no former name.
    if (const QString old = unquoted(get(Column::OldName));
        !old.isEmpty() && !cancelsFormerName(cells, roles) && foldForMatching(old) != foldForMatching(name)) {
        if (namedByColumn) {
            parsed.record.note = old;
        } else {
            parsed.record.oldName = old;
            if (renamedByColumn)
                parsed.record.action = RoadAction::Rename;
        }
    }
    if (const QString py = get(Column::Pinyin); !py.isEmpty())
        parsed.record.pinyin = py;
    // Fields set from their own cells (rowEvidence finds the cell).
    for (const auto& [id, role] :
         {std::pair{FieldId::District, Column::District}, std::pair{FieldId::Action, Column::Action},
          std::pair{FieldId::OldName, Column::OldName}, std::pair{FieldId::Pinyin, Column::Pinyin}})
        if (!get(role).isEmpty() && !(id == FieldId::OldName && namedByColumn))
            parsed.record.evidence.insert(id, FieldEvidence{});
    if (parsed.record.oldName && renamedByColumn)
        parsed.record.evidence.insert(FieldId::Action, FieldEvidence{});
    parsed.missing.clear();
    listMissing(parsed);
    return parsed;
}

// The column a field's value was read from; none for a field no cell gives.
std::optional<Column> columnOf(FieldId id, const ColumnRoles& roles, const QStringList& cells) {
    const auto given = [&](Column c) {
        return roles.has(c) && !cell(cells, roles, c).isEmpty();
    };
    const auto either = [&](Column own) {
        return given(own) ? own : Column::Ends;
    };
    switch (id) {
    case FieldId::Name:
        return cancelsFormerName(cells, roles) ? Column::OldName : Column::Name;
    case FieldId::OldName:
        return Column::OldName;
    case FieldId::Pinyin:
        return Column::Pinyin;
    case FieldId::LengthM:
        return Column::Length;
    case FieldId::WidthMinM:
    case FieldId::WidthMaxM:
    case FieldId::WidthParts:
        return given(Column::Width) ? Column::Width : Column::Length; // "N/M" in one cell
    case FieldId::Start:
    case FieldId::StartDir:
        return either(Column::Start);
    case FieldId::End:
    case FieldId::EndDir:
    case FieldId::Shape:
        return either(Column::End);
    case FieldId::Via:
        return given(Column::Via) ? Column::Via : either(Column::Start);
    case FieldId::PlannedRefs:
        return either(Column::Start);
    case FieldId::District:
        return given(Column::District) ? Column::District : Column::Location;
    case FieldId::Subdistricts:
        return Column::Location;
    case FieldId::Action:
        return given(Column::Action) ? Column::Action : Column::OldName;
    default:
        return std::nullopt;
    }
}

// The row's evidence from its cells: each field read from a cell quotes the cell where it is printed
// (a merged cell the row left out, in the row above); a field the cells do not give keeps the
// evidence of its context (heading, introduction).
void rowEvidence(RoadRecord& r, const QStringList& cells, const ColumnRoles& roles, const SourceLine& first,
                 const SourceLine& last, const FieldEvidenceMap& contextWhy, const QString& original) {
    const FieldEvidenceMap read = r.evidence;
    r.evidence.clear();
    for (auto it = read.cbegin(); it != read.cend(); ++it) {
        const auto role = columnOf(it.key(), roles, cells);
        const QString value = role ? cell(cells, roles, *role) : QString();
        if (value.isEmpty()) {
            if (contextWhy.contains(it.key()))
                r.evidence.insert(it.key(), contextWhy.value(it.key()));
            continue;
        }
        FieldEvidence e;
        e.rule = QStringLiteral("table.column.") + columnKey(*role);
        const QStringView row =
            QStringView(original).mid(first.originalFrom, last.originalTo - first.originalFrom);
        qsizetype at = row.indexOf(value);
        if (at >= 0) {
            at += first.originalFrom;
        } else {
            at = original.lastIndexOf(value, first.originalFrom);
            e.rule = QStringLiteral("table.carried_down.") + columnKey(*role);
        }
        if (at < 0)
            continue;
        // The reading inside an ends cell names its own rule too ("table.column.ends/start.dir_qi").
        if (*role == Column::Ends || *role == Column::Start || *role == Column::End || *role == Column::Via)
            e.rule += u'/' + it.value().rule;
        e.lexicon = it.value().lexicon;
        e.offset = at;
        e.length = value.size();
        e.line = -1; // offsets in the decoded file already: the cells are read from the printed line
        r.evidence.insert(it.key(), e);
    }
    for (FieldId id : {FieldId::District, FieldId::Subdistricts, FieldId::Action})
        if (!r.evidence.contains(id) && contextWhy.contains(id))
            r.evidence.insert(id, contextWhy.value(id));
    dropEvidenceOfEmptyFields(r);
}

// A remark cell (命名理由, 备注, or a column no role claims) saying the row is a new section of a road
// that keeps its name ("该路段是X延伸路段,故取名X") makes the row an adjustment of that road.
void sameRoadRemark(RoadRecord& r, const QStringList& cells, const ColumnRoles& roles,
                    const SourceLine& first, const SourceLine& last, const QString& original) {
    if (r.action != RoadAction::Name)
        return;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const auto column = roles.columnAt(c);
        if ((column && *column != Column::Reason && *column != Column::Remark) || cells[c].isEmpty())
            continue;
        const MatchingText remark(cells[c]);
        const auto same = sameRoadSection(remark.all(), r.name);
        if (!same)
            continue;
        r.action = RoadAction::Adjust;
        FieldEvidence e;
        e.rule = QStringLiteral("table.column.remark/action.same_road");
        const QStringView row =
            QStringView(original).mid(first.originalFrom, last.originalTo - first.originalFrom);
        if (const qsizetype at = row.indexOf(cells[c]); at >= 0) {
            e.offset = first.originalFrom + at + same->from;
            e.length = same->to - same->from;
            e.line = -1;
        }
        r.evidence.insert(FieldId::Action, e);
        return;
    }
}

// A row printed without its merged first cells (区 or 街道 written once over several rows) takes them
// from the row above: the missing cells are the first ones after the number.
bool carryDown(QStringList& cells, const TableGrid& grid, const ColumnRoles& roles) {
    const qsizetype missing = grid.header.size() - cells.size();
    // "2\t\t沙田二街\t…": a merged 街道 or 区 cell printed empty (tabs, pipes) is the row above's.
    if (missing <= 0 && !grid.rows.isEmpty()) {
        for (const Column place : {Column::Location, Column::District}) {
            const qsizetype at = roles.at(place);
            if (at >= 0 && at < roles.at(Column::Name) && at < cells.size() && cells[at].isEmpty())
                cells[at] = grid.rows.last().cells.value(at);
        }
    }
    if (missing <= 0)
        return true;
    if (missing > 2 || grid.rows.isEmpty())
        return false;
    const qsizetype at = roles.at(Column::Seq) == 0 && parseCount(cells.value(0)) ? 1 : 0;
    // A merged cell groups roads (a 区, a 街道): a line that would take its road's name from the row
    // above ("注:长度  为  约数") is no row.
    if (const qsizetype name = roles.at(Column::Name); name >= at && name < at + missing)
        return false;
    const QStringList& above = grid.rows.last().cells;
    for (qsizetype k = 0; k < missing; ++k)
        cells.insert(at + k, above.value(at + k));
    return true;
}

// A cell whose content names its kind (an ends clause, a length with its unit, a width range, pinyin, a
// place) fits under a column of that kind, or one no header word names.
bool contentFits(const QString& cell, std::optional<Column> column) {
    const auto kind = roleOfContent(cell);
    if (!column || !kind)
        return true;
    switch (*kind) {
    case Column::Ends:
        return *column == Column::Ends || *column == Column::Start || *column == Column::End ||
               *column == Column::Via || *column == Column::Remark || *column == Column::Reason;
    case Column::Length:
    case Column::Width:
    case Column::Pinyin:
        return *column == *kind || *column == Column::Remark;
    case Column::Location:
    case Column::District:
        return *column == Column::Location || *column == Column::District || *column == Column::Start ||
               *column == Column::End || *column == Column::Remark;
    default:
        return true;
    }
}

// A row of a space-aligned table that printed fewer (or more) cells than its header: its cells go under
// the header cells they start beneath, measured in display columns or in characters (whichever the page
// was aligned by: the one that places every cell, the closer). A blank cell left of the name column is a
// merged cell printed once above (a 街道 over its roads): it takes the value from the row above; a blank
// on the right (an empty 备注) stays blank.
void alignUnderHeader(QStringList& cells, QStringView printed, QStringView header, const TableGrid& grid,
                      const ColumnRoles& roles) {
    QStringList best;
    qsizetype bestSlack = -1;
    for (const ColumnMeasure measure : {ColumnMeasure::Display, ColumnMeasure::Characters}) {
        const QList<qsizetype> starts = gapCellStarts(printed, measure);
        const QList<qsizetype> headerStarts = gapCellStarts(header, measure);
        if (starts.size() != cells.size() || headerStarts.size() != grid.header.size())
            continue;
        const QList<qsizetype> columns = headerColumnsOf(starts, headerStarts);
        if (columns.isEmpty())
            continue;
        // How far the cells stand from their header cells: the page's own measure fits closest. A cell that
        // says what it holds (东起A, 24~30, a 街道) must stand under a header that holds it: rows not aligned
        // at all ("X    东起A    …" without its merged first cell) fall under the wrong headers.
        qsizetype slack = 0;
        bool fits = true;
        QStringList aligned(grid.header.size());
        for (qsizetype j = 0; j < cells.size(); ++j) {
            aligned[columns[j]] = cells[j];
            slack += std::abs(starts[j] - headerStarts[columns[j]]);
            fits = fits && contentFits(cells[j], roles.columnAt(columns[j]));
        }
        if (!fits)
            continue;
        if (bestSlack < 0 || slack < bestSlack) {
            best = aligned;
            bestSlack = slack;
        }
    }
    if (best.isEmpty())
        return;
    const qsizetype name = roles.at(Column::Name);
    if (!grid.rows.isEmpty())
        for (qsizetype k = 0; k < name && k < best.size(); ++k)
            if (best[k].isEmpty())
                best[k] = grid.rows.last().cells.value(k);
    cells = best;
}

// A cell the page wrapped in a table of gap-separated columns: the row's cell goes on at the start of the
// next line, and the rest of the row after it ("…北至新河⏎东路    2860    40    广川街道"), or the row's last
// cell ends on a line of its own ("…新湖街道、黄⏎河涯镇"). Joins `next` into `cells` when the two make one
// row of the header's width and `next` opens no row of its own.
bool wrappedCell(QStringList& cells, QStringView next, qsizetype width, const ColumnRoles& roles) {
    if (cells.size() < width) {
        const QStringList more = cellsOf(next, CellSplit::Gaps);
        const bool opensRow = roles.at(Column::Seq) == 0 && !more.isEmpty() && parseCount(more.first());
        if (more.isEmpty() || opensRow || cells.size() + more.size() - 1 != width)
            return false;
        cells.last() += more.first();
        cells += more.mid(1);
        return true;
    }
    // A short tail (a few ideographs, no gap, no digit) that makes the last cell what its column holds,
    // which it was not ("新湖街道、黄" + "河涯镇"); a heading or closing line after the table does not.
    static const QRegularExpression tail(QStringLiteral("^[^\\s\\d|｜]{1,8}$"));
    const QStringView trimmed = next.trimmed();
    if (cells.size() != width || trimmed.size() > 8)
        return false;
    const QString lone = trimmed.toString();
    if (!tail.match(lone).hasMatch())
        return false;
    const auto column = roles.columnAt(width - 1);
    const QString joined = cells.last() + cellValue(lone);
    if (!column || roleOfContent(cells.last()) == column || roleOfContent(joined) != column)
        return false;
    cells.last() = joined;
    return true;
}

// The tables among `lines` whose rows are lines: a header decides how its rows split (pipes, tabs or
// wide gaps, or single spaces).
QList<TableGrid> lineTables(const QList<SourceLine>& lines, const QString& original) {
    QList<TableGrid> out;
    ColumnRoles roles;
    TableGrid grid;
    CellSplit how = CellSplit::Pipes;
    QStringView headerPrinted;
    const auto close = [&] {
        if (!grid.rows.isEmpty())
            out.append(grid);
        grid = TableGrid();
        roles = ColumnRoles();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView printed = printedLine(lines[i], original);
        // No table row is a page long; a run-on line (no line breaks at all) is no table.
        if (printed.size() > kMaxRowLength) {
            close();
            continue;
        }
        // Every name column's header has 名 (名称, 拟名, 路名): most lines are no header at a glance.
        bool isHeader = false;
        for (const CellSplit s : {CellSplit::Pipes, CellSplit::Gaps, CellSplit::Spaces}) {
            if (!printed.contains(u'名'))
                break;
            const QStringList cells = cellsOf(printed, s);
            if (cells.isEmpty())
                continue;
            // A line opening with its number is a row, whatever its cells say ("| 3 |…|
            // 原路名与辖区内道路重名
            // |"), split any other way too.
            if (parseCount(cells.first()))
                break;
            if (const auto h = headerRoles(cells); !h.isEmpty()) {
                close();
                roles = h;
                grid.header = cells;
                grid.headerLines = {i};
                headerPrinted = printed;
                how = s;
                isHeader = true;
                break;
            }
        }
        if (isHeader || roles.isEmpty() || isSeparatorRow(printed))
            continue;
        QStringList cells = cellsOf(printed, how);
        QList<qsizetype> rowLines{i};
        if (how == CellSplit::Gaps && !cells.isEmpty() && i + 1 < lines.size() &&
            wrappedCell(cells, printedLine(lines[i + 1], original), grid.header.size(), roles)) {
            rowLines.append(i + 1);
            ++i;
        }
        // A line that is not a row ends the table; single spaces split reliably only cell for cell.
        if (how == CellSplit::Gaps && rowLines.size() == 1 && !cells.isEmpty() &&
            cells.size() != grid.header.size())
            alignUnderHeader(cells, printed, headerPrinted, grid, roles);
        const bool fits =
            !cells.isEmpty() && (how != CellSplit::Spaces || cells.size() <= grid.header.size());
        if (!fits || !carryDown(cells, grid, roles)) {
            close();
            continue;
        }
        if (!rowName(cells, roles).isEmpty())
            grid.rows.append({cells, rowLines});
    }
    close();
    return out;
}

} // namespace

QList<TableGrid> tableGrids(const QList<SourceLine>& lines, const QString& original) {
    return lineTables(lines, original) + flatTables(lines, original) + gluedTables(lines, original);
}

QSet<qsizetype> tableLineIndices(const QList<TableGrid>& grids) {
    QSet<qsizetype> out;
    for (const TableGrid& grid : grids) {
        for (const qsizetype i : grid.headerLines)
            out.insert(i);
        for (const auto& row : grid.rows)
            for (const qsizetype i : row.lines)
                out.insert(i);
    }
    return out;
}

TableRead readTables(const QList<TableGrid>& grids, const QList<SourceLine>& lines,
                     const QList<ItemContext>& contexts, const QString& original) {
    TableRead out;
    for (const TableGrid& grid : grids) {
        out.usedLines += grid.headerLines;
        out.headerLines += grid.headerLines;
        ColumnRoles roles = headerRoles(grid.header);
        QList<QStringList> cells;
        for (const auto& row : grid.rows)
            cells.append(row.cells);
        addRolesByContent(roles, grid.header.size(), cells);
        for (const auto& row : grid.rows) {
            out.usedLines += row.lines;
            TableRow r;
            const ItemContext context = contexts.value(row.lines.first());
            r.parsed = readRow(row.cells, grid.header, roles, context);
            r.seq = parseCount(cell(row.cells, roles, Column::Seq));
            r.line = lines[row.lines.first()];
            const SourceLine& last = lines[row.lines.last()];
            rowEvidence(r.parsed.record, row.cells, roles, r.line, last, context.evidence, original);
            sameRoadRemark(r.parsed.record, row.cells, roles, r.line, last, original);
            r.line.to = last.to;
            r.line.originalTo = last.originalTo;
            out.rows.append(r);
        }
    }
    return out;
}

} // namespace luming
