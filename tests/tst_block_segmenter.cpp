// The segment stage (issue 8): list starts by repeated line-start shape, tables (line, flattened,
// merged and empty cells), and what the parser reads from them. Every text is generated here from
// parts (names, places, ends, marker styles, column sets), not copied from a sample.
// ctest-label: unit
// links: luming_notice luming_text luming_core luming_chinese
#include "notice/block_segmenter.h"
#include "notice/notice_parser.h"
#include "notice/table_cells.h"

#include <QTest>

using namespace luming;

namespace {

// A road name from three generated parts: seed n gives a different name for each n below 48.
QString roadName(int n) {
    static const QStringList first = {QStringLiteral("青"), QStringLiteral("松"), QStringLiteral("柳"),
                                      QStringLiteral("桂")};
    static const QStringList second = {QStringLiteral("山"), QStringLiteral("河"), QStringLiteral("园"),
                                       QStringLiteral("林")};
    static const QStringList suffix = {QStringLiteral("路"), QStringLiteral("街"), QStringLiteral("大道")};
    return first[n % 4] + second[(n / 4) % 4] + suffix[(n / 16) % 3];
}

QString district(int n) {
    static const QStringList all = {QStringLiteral("东湖区"), QStringLiteral("西岭区"),
                                    QStringLiteral("南溪县")};
    return all[n % all.size()];
}

QString subdistrict(int n) {
    static const QStringList all = {QStringLiteral("青石街道"), QStringLiteral("白沙镇"),
                                    QStringLiteral("云台街道")};
    return all[n % all.size()];
}

// One item's description after its name: place, course, measures.
QString description(int n, bool withCourse = true) {
    QString s = QStringLiteral("位于%1%2").arg(district(n), subdistrict(n));
    if (withCourse)
        s += QStringLiteral(",东起%1,西至%2,长%3米,宽%4米")
                 .arg(roadName(n + 20), roadName(n + 30))
                 .arg(100 + 10 * n)
                 .arg(8 + n);
    return s + QStringLiteral("。");
}

QString wrapped(const QStringList& lines) {
    return QStringLiteral("关于部分道路命名的公告\n现将以下道路命名公告如下:\n") + lines.join(u'\n') +
           QStringLiteral("\n特此公告。\n");
}

QList<Block> ofKind(const QList<Block>& blocks, BlockKind kind) {
    QList<Block> out;
    for (const auto& b : blocks)
        if (b.kind == kind)
            out.append(b);
    return out;
}

ParseOutcome parse(const QString& text) {
    return NoticeParser::parseText(text, QStringLiteral("generated.txt"));
}

} // namespace

class TestBlockSegmenter : public QObject {
    Q_OBJECT
private slots:
    // Every marker style: three items, each its own block, read back as three records.
    void listStarts_data() {
        QTest::addColumn<QString>("style"); // %1 = item number (1-based)
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("segmenterNames"); // the segmenter reads the name (X, / X alone)
        const QList<std::tuple<const char*, QString>> markers = {
            {"arabic dot", QStringLiteral("%1.")},
            {"arabic paren", QStringLiteral("(%1)")},
            {"chinese comma", QStringLiteral("#、")},
            {"chinese paren", QStringLiteral("(#)")},
            {"article", QStringLiteral("第#条 ")},
            {"bullet ◆", QStringLiteral("◆")},
            {"bullet ●", QStringLiteral("●")},
            {"bullet ■", QStringLiteral("■")},
            {"bullet ・", QStringLiteral("・")},
            {"bullet -", QStringLiteral("- ")},
            {"planning code N号路:", QStringLiteral("%1号路:")},
            {"planning code 经N路:", QStringLiteral("经%1路:")},
            {"no marker", QString()}};
        for (const auto& [label, style] : markers) {
            QTest::newRow(qPrintable(QStringLiteral("%1, name。").arg(QLatin1String(label))))
                << style << QStringLiteral("。") << false;
            QTest::newRow(qPrintable(QStringLiteral("%1, name,").arg(QLatin1String(label))))
                << style << QStringLiteral(",") << true;
            QTest::newRow(qPrintable(QStringLiteral("%1, name on a header line").arg(QLatin1String(label))))
                << style << QStringLiteral("\n") << true;
        }
    }
    void listStarts() {
        QFETCH(QString, style);
        QFETCH(QString, delimiter);
        QFETCH(bool, segmenterNames);
        static const QStringList cn = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")};
        QStringList lines;
        for (int i = 0; i < 3; ++i) {
            const QString marker =
                QString(style).replace(QStringLiteral("%1"), QString::number(i + 1)).replace(u'#', cn[i]);
            lines += (marker + roadName(i) + delimiter + description(i)).split(u'\n');
        }
        const QList<Block> items = ofKind(segmentText(wrapped(lines)), BlockKind::ListItem);
        QCOMPARE(items.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(items[i].firstLine, 3 + i * int(lines.size() / 3));
            if (segmenterNames)
                QCOMPARE(items[i].name, roadName(i));
        }
        const ParseOutcome out = parse(wrapped(lines));
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.notices.size(), 1);
        const auto& roads = out.result.notices.first().roads;
        QCOMPARE(roads.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(roads[i].name, roadName(i));
            QCOMPARE(roads[i].district, district(i));
            QCOMPARE(roads[i].lengthM.value_or(0), 100.0 + 10 * i);
            QCOMPARE(roads[i].end, roadName(i + 30));
        }
    }

    // A repeated marker opens an item even when its text has no course, no measure and no verb; a shape
    // that starts one line only is no list.
    void repeatedShapeWithoutContent_data() {
        QTest::addColumn<QString>("marker");
        QTest::newRow("chinese comma") << QStringLiteral("#、");
        QTest::newRow("bullet ◆") << QStringLiteral("◆");
        QTest::newRow("arabic dot") << QStringLiteral("%1.");
    }
    void repeatedShapeWithoutContent() {
        QFETCH(QString, marker);
        static const QStringList cn = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")};
        QStringList lines;
        for (int i = 0; i < 3; ++i)
            lines.append(
                QString(marker).replace(QStringLiteral("%1"), QString::number(i + 1)).replace(u'#', cn[i]) +
                roadName(i) + QStringLiteral("。") + description(i, false));
        const ParseOutcome out = parse(wrapped(lines));
        QCOMPARE(out.status, ParseStatus::Ok);
        const auto& roads = out.result.notices.first().roads;
        QCOMPARE(roads.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(roads[i].name, roadName(i));
            QCOMPARE(roads[i].subdistricts, QStringList{subdistrict(i)});
        }
    }
    void singleShapeIsNoList_data() {
        QTest::addColumn<QString>("line");
        QTest::newRow("one bullet") << QStringLiteral("◆") + roadName(1) + QStringLiteral(",") +
                                           description(1);
        QTest::newRow("one name line") << roadName(2) + QStringLiteral(",") + description(2);
    }
    void singleShapeIsNoList() {
        QFETCH(QString, line);
        const QList<Block> blocks =
            segmentText(QStringLiteral("前言一行。\n") + line + QStringLiteral("\n结尾一行。\n"));
        QCOMPARE(ofKind(blocks, BlockKind::ListItem).size(), 0);
        QCOMPARE(ofKind(blocks, BlockKind::Paragraph).size(), 3);
    }

    // Cells stay in their columns: an empty cell between two tabs, a blank mark, a pipe cell left empty.
    void cells_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("split");
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("tab, empty middle cell") << QStringLiteral("1\t甲路\t\t200") << int(CellSplit::Gaps)
                                                << QStringList{"1", "甲路", "", "200"};
        QTest::newRow("tab, empty first cell (merged)")
            << QStringLiteral("\t甲路\t东起乙路\t200") << int(CellSplit::Gaps)
            << QStringList{"", "甲路", "东起乙路", "200"};
        QTest::newRow("gaps, blank mark /") << QStringLiteral("2  甲路  /  300") << int(CellSplit::Gaps)
                                            << QStringList{"2", "甲路", "", "300"};
        QTest::newRow("gaps, blank mark —") << QStringLiteral("3  甲路  —  300") << int(CellSplit::Gaps)
                                            << QStringList{"3", "甲路", "", "300"};
        QTest::newRow("pipes, empty cell") << QStringLiteral("| 4 | 甲路 |  | 400 |") << int(CellSplit::Pipes)
                                           << QStringList{"4", "甲路", "", "400"};
    }
    void cells() {
        QFETCH(QString, line);
        QFETCH(int, split);
        QFETCH(QStringList, cells);
        QCOMPARE(cellsOf(line, CellSplit(split)), cells);
    }

    // A table that lost its separators, in one run with its introduction: the introduction is a
    // paragraph, each row a table row with its cells, the closing its own paragraph.
    void gluedTable_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("one run") << QStringLiteral(
            "现公示如下:序号道路名称起点终点长度(米)1青年街人民路和平路400"
            "2长安街甲路乙路1200特此公示。\n");
        QTest::newRow("rows on their own lines")
            << QStringLiteral("现公示如下:序号道路名称起点终点长度(米)\n1青年街人民路和平路400\n"
                              "2长安街甲路乙路1200\n特此公示。\n");
    }
    void gluedTable() {
        QFETCH(QString, text);
        const QList<Block> blocks = segmentText(text);
        const QList<Block> rows = ofKind(blocks, BlockKind::TableRow);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].cells, (QStringList{"2", "长安街", "甲路", "乙路", "1200"}));
        QVERIFY(!ofKind(blocks, BlockKind::Paragraph).isEmpty());
    }

    // A cell's value is the normaliser's, whether it needed the pass or not (most cells skip it).
    void cellValues_data() {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain name") << QStringLiteral("青年街") << QStringLiteral("青年街");
        QTest::newRow("plain number") << QStringLiteral("1200") << QStringLiteral("1200");
        QTest::newRow("padded") << QStringLiteral("  青年街 ") << QStringLiteral("青年街");
        QTest::newRow("full-width digits") << QStringLiteral("１２００米") << QStringLiteral("1200米");
        QTest::newRow("full-width comma") << QStringLiteral("甲路，乙路") << QStringLiteral("甲路,乙路");
        QTest::newRow("一 as a dash between digits") << QStringLiteral("9一15") << QStringLiteral("9-15");
        QTest::newRow("OCR space inside a name") << QStringLiteral("青年 街") << QStringLiteral("青年街");
        QTest::newRow("radical form") << QStringLiteral("⼈民路") << QStringLiteral("人民路");
        QTest::newRow("blank mark") << QStringLiteral("/") << QString();
        QTest::newRow("blank mark, full-width") << QStringLiteral("／") << QString();
        QTest::newRow("quotes kept") << QStringLiteral("“甲路”") << QStringLiteral("“甲路”");
    }
    void cellValues() {
        QFETCH(QString, printed);
        QFETCH(QString, value);
        QCOMPARE(cellValue(printed), value);
    }

    // Flattened tables of several arities (column subsets), blank marks in some cells.
    void flattenedTables_data() {
        QTest::addColumn<QStringList>("columns");
        const QStringList all = {QStringLiteral("序号"),     QStringLiteral("道路名称"),
                                 QStringLiteral("所在区"),   QStringLiteral("所属街道"),
                                 QStringLiteral("起点"),     QStringLiteral("终点"),
                                 QStringLiteral("长度(米)"), QStringLiteral("宽度(米)")};
        QTest::newRow("3 columns: name, start, end") << QStringList{all[1], all[4], all[5]};
        QTest::newRow("4 columns: number, name, length, width")
            << QStringList{all[0], all[1], all[6], all[7]};
        QTest::newRow("5 columns: number, name, district, start, end")
            << QStringList{all[0], all[1], all[2], all[4], all[5]};
        QTest::newRow("6 columns: name, street, start, end, length, width")
            << QStringList{all[1], all[3], all[4], all[5], all[6], all[7]};
        QTest::newRow("8 columns: all") << all;
    }
    void flattenedTables() {
        QFETCH(QStringList, columns);
        const int rows = 4;
        QStringList lines = columns;
        for (int r = 0; r < rows; ++r) {
            for (const QString& c : columns) {
                if (c == u"序号")
                    lines.append(QString::number(r + 1));
                else if (c == u"道路名称")
                    lines.append(roadName(r));
                else if (c == u"所在区")
                    lines.append(district(r));
                else if (c == u"所属街道")
                    lines.append(subdistrict(r));
                else if (c == u"起点")
                    lines.append(QStringLiteral("东起") + roadName(r + 20));
                else if (c == u"终点")
                    lines.append(r == 2 ? QStringLiteral("/") : QStringLiteral("西至") + roadName(r + 30));
                else if (c.startsWith(u"长度"))
                    lines.append(QString::number(100 + 10 * r));
                else
                    lines.append(r == 1 ? QStringLiteral("/")
                                        : QStringLiteral("%1~%2").arg(6 + r).arg(12 + r));
            }
        }
        const QString text = wrapped(lines);
        const QList<Block> rowsRead = ofKind(segmentText(text), BlockKind::TableRow);
        QCOMPARE(rowsRead.size(), rows);
        for (int r = 0; r < rows; ++r) {
            QCOMPARE(rowsRead[r].cells.size(), columns.size());
            QCOMPARE(rowsRead[r].firstLine, 3 + int(columns.size()) * (r + 1));
        }
        const ParseOutcome out = parse(text);
        QCOMPARE(out.status, ParseStatus::Ok);
        const auto& roads = out.result.notices.first().roads;
        QCOMPARE(roads.size(), rows);
        for (int r = 0; r < rows; ++r) {
            QCOMPARE(roads[r].name, roadName(r));
            if (columns.contains(QStringLiteral("终点")))
                QCOMPARE(roads[r].end, r == 2 ? QString() : roadName(r + 30));
            if (columns.contains(QStringLiteral("长度(米)")))
                QCOMPARE(roads[r].lengthM.value_or(0), 100.0 + 10 * r);
            if (columns.contains(QStringLiteral("宽度(米)"))) {
                QCOMPARE(roads[r].widthMinM.has_value(), r != 1);
                if (r != 1)
                    QCOMPARE(*roads[r].widthMaxM, 12.0 + r);
            }
            if (columns.contains(QStringLiteral("所在区")))
                QCOMPARE(roads[r].district, district(r));
            if (columns.contains(QStringLiteral("所属街道")))
                QCOMPARE(roads[r].subdistricts, QStringList{subdistrict(r)});
        }
    }

    // A merged first cell (the 区 written once over its rows) carries down; tab and gap tables.
    void mergedFirstCell_data() {
        QTest::addColumn<QString>("separator");
        QTest::newRow("tabs") << QStringLiteral("\t");
        QTest::newRow("wide gaps") << QStringLiteral("    ");
    }
    void mergedFirstCell() {
        QFETCH(QString, separator);
        const QStringList header = {QStringLiteral("所在区"), QStringLiteral("道路名称"),
                                    QStringLiteral("起点"), QStringLiteral("终点"),
                                    QStringLiteral("长度(米)")};
        QStringList lines{header.join(separator)};
        for (int r = 0; r < 4; ++r) {
            const QStringList cells = {QStringLiteral("东起") + roadName(r + 20),
                                       QStringLiteral("西至") + roadName(r + 30), QString::number(100 + r)};
            // Rows 0 and 2 print their district; rows 1 and 3 leave it to the row above.
            const QString first =
                r % 2 == 0 ? district(r) + separator : (separator == u"\t" ? separator : QString());
            lines.append(first + roadName(r) + separator + cells.join(separator));
        }
        const ParseOutcome out = parse(wrapped(lines));
        QCOMPARE(out.status, ParseStatus::Ok);
        const auto& roads = out.result.notices.first().roads;
        QCOMPARE(roads.size(), 4);
        for (int r = 0; r < 4; ++r) {
            QCOMPARE(roads[r].name, roadName(r));
            QCOMPARE(roads[r].district, district(r - r % 2));
            QCOMPARE(roads[r].lengthM.value_or(0), 100.0 + r);
        }
    }

    // A flattened numbered table whose rows leave out the merged 街道 cell (printed once above): the
    // rows are delimited by their numbers and the cell carries down; a column no header word names
    // (工程名) stays a column.
    void flattenedMergedCell_data() {
        QTest::addColumn<int>("rows");
        QTest::newRow("3 rows") << 3;
        QTest::newRow("5 rows") << 5;
    }
    void flattenedMergedCell() {
        QFETCH(int, rows);
        QStringList lines = {QStringLiteral("序号"),   QStringLiteral("所属街道"),
                             QStringLiteral("工程名"), QStringLiteral("道路名称"),
                             QStringLiteral("起点"),   QStringLiteral("长(米)")};
        for (int r = 0; r < rows; ++r) {
            lines.append(QString::number(r + 1));
            if (r % 2 == 0)
                lines.append(subdistrict(r));
            lines << QStringLiteral("规划%1号路").arg(r + 1) << roadName(r)
                  << QStringLiteral("东起") + roadName(r + 20) << QString::number(300 + r);
        }
        const ParseOutcome out = parse(wrapped(lines));
        QCOMPARE(out.status, ParseStatus::Ok);
        const auto& roads = out.result.notices.first().roads;
        QCOMPARE(roads.size(), rows);
        for (int r = 0; r < rows; ++r) {
            QCOMPARE(roads[r].name, roadName(r));
            QCOMPARE(roads[r].subdistricts, QStringList{subdistrict(r - r % 2)});
            QCOMPARE(roads[r].lengthM.value_or(0), 300.0 + r);
        }
    }

    // "A区:X、Y、Z" lines: one list item per name, in A区; a last name cut off by the page is left out.
    void inlineNameList_data() {
        QTest::addColumn<int>("names");
        QTest::addColumn<bool>("cutOff");
        QTest::newRow("2 names") << 2 << false;
        QTest::newRow("5 names, the last cut off") << 5 << true;
    }
    void inlineNameList() {
        QFETCH(int, names);
        QFETCH(bool, cutOff);
        QStringList lines;
        for (int d = 0; d < 2; ++d) {
            QStringList list;
            for (int i = 0; i < names; ++i)
                list.append(roadName(d * 10 + i));
            lines.append(district(d) + QStringLiteral(":") + list.join(QStringLiteral("、")) +
                         (cutOff ? QStringLiteral("、燕") : QString()));
        }
        const QList<Block> items = ofKind(segmentText(wrapped(lines)), BlockKind::ListItem);
        QCOMPARE(items.size(), 2 * names);
        const ParseOutcome out = parse(wrapped(lines));
        QCOMPARE(out.status, ParseStatus::Ok);
        const auto& roads = out.result.notices.first().roads;
        QCOMPARE(roads.size(), 2 * names);
        for (int d = 0; d < 2; ++d)
            for (int i = 0; i < names; ++i) {
                QCOMPARE(roads[d * names + i].name, roadName(d * 10 + i));
                QCOMPARE(roads[d * names + i].district, district(d));
            }
    }

    // A column with an unknown header is read by what its cells hold (here: lengths with 米).
    void columnByContent() {
        QStringList lines{QStringLiteral("| 道路名称 | 起点 | 终点 | 规模 |"),
                          QStringLiteral("|---|---|---|---|")};
        for (int r = 0; r < 3; ++r)
            lines.append(QStringLiteral("| %1 | 东起%2 | 西至%3 | %4米 |")
                             .arg(roadName(r), roadName(r + 20), roadName(r + 30))
                             .arg(200 + r));
        const ParseOutcome out = parse(wrapped(lines));
        QCOMPARE(out.status, ParseStatus::Ok);
        const auto& roads = out.result.notices.first().roads;
        QCOMPARE(roads.size(), 3);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(roads[r].lengthM.value_or(0), 200.0 + r);
    }
};

QTEST_GUILESS_MAIN(TestBlockSegmenter)
#include "tst_block_segmenter.moc"
