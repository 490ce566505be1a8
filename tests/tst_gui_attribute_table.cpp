// ctest-label: gui
// links: luming_app_core
// The attribute table (issue 10 point 8): one column per field of the field table, every road a row,
// sortable (numbers as numbers), filterable, columns chosen, rows copied as tab-separated text with a
// header row, and the selection shared with the map and the tree.
#include "attribute_table.h"
#include "attribute_table_model.h"
#include "core/road_fields.h"
#include "field_text.h"
#include "gui_test_window.h"
#include "map_canvas.h"
#include "road_row_source.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QHeaderView>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace luming;
using namespace luming::app;

class TestGuiAttributeTable : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    AttributeTable* table() const { return window_->attributeTable(); }
    int columnOf(const QString& key) const {
        for (int c = 0; c < roadFields().size(); ++c)
            if (roadFields().at(c).key == key)
                return c;
        return -1;
    }
    QString cell(int viewRow, const QString& key) const {
        return table()->proxy()->index(viewRow, columnOf(key)).data().toString();
    }

private slots:
    void init() {
        window_ = test::openWindow(test::seedOracleProject());
        QVERIFY(window_);
        window_->showAttributeTable();
    }
    void cleanup() { window_.reset(); }

    void everyFieldAndEveryRoad() {
        AttributeTableModel* model = table()->tableModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), int(roadFields().size()));
        QCOMPARE(model->rowCount(), 59);
        for (int c = 0; c < model->columnCount(); ++c)
            QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), roadFields().at(c).englishLabel);
        // Item order until a header is clicked; values as the field table gives them.
        QCOMPARE(cell(0, QStringLiteral("seq")), QStringLiteral("1"));
        QCOMPARE(cell(0, QStringLiteral("name")), QStringLiteral("祈福街"));
        QCOMPARE(cell(58, QStringLiteral("seq")), QStringLiteral("59"));
    }

    void sortsNumbersAsNumbers_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("firstName");
        // From the oracle: the longest stated length and the first item.
        const RoadRecord* longest = nullptr;
        const test::SeedOracle oracle = test::readSeedOracle();
        for (const RoadRecord& r : oracle.roads)
            if (r.lengthM && (!longest || *r.lengthM > *longest->lengthM))
                longest = &r;
        QTest::newRow("length_m descending: the longest road first")
            << "length_m" << int(Qt::DescendingOrder) << longest->name;
        QTest::newRow("seq descending: item 59 before item 9")
            << "seq" << int(Qt::DescendingOrder) << oracle.roads.last().name;
        QTest::newRow("seq ascending: item 1") << "seq" << int(Qt::AscendingOrder) << "祈福街";
    }
    void sortsNumbersAsNumbers() {
        QFETCH(QString, key);
        QFETCH(int, order);
        QFETCH(QString, firstName);
        table()->view()->sortByColumn(columnOf(key), Qt::SortOrder(order));
        QCOMPARE(cell(0, QStringLiteral("name")), firstName);
        // Every neighbouring pair in order, compared as numbers.
        for (int r = 1; r < table()->proxy()->rowCount(); ++r) {
            const QVariant a =
                table()->proxy()->index(r - 1, columnOf(key)).data(AttributeTableModel::SortRole);
            const QVariant b = table()->proxy()->index(r, columnOf(key)).data(AttributeTableModel::SortRole);
            QVERIFY2(order == Qt::AscendingOrder ? a.toDouble() <= b.toDouble()
                                                 : a.toDouble() >= b.toDouble(),
                     qPrintable(QStringLiteral("row %1").arg(r)));
        }
    }

    void filtersAnyColumn_data() {
        QTest::addColumn<QString>("filter");
        QTest::newRow("a 街道: 港沟街道") << "港沟街道";
        QTest::newRow("a road end: 凤集路") << "凤集路";
        QTest::newRow("nothing matches") << "不存在的路名";
    }
    void filtersAnyColumn() {
        QFETCH(QString, filter);
        // Expected: the records any of whose field values, as text, contain the filter.
        int expected = 0;
        for (const RoadRecord& r : window_->project().parse.notices.first().roads)
            for (const RoadField& f : roadFields())
                if (fieldText(f, f.get(r), LabelLanguage::English).contains(filter, Qt::CaseInsensitive)) {
                    ++expected;
                    break;
                }
        table()->setFilterText(filter);
        QCOMPARE(table()->proxy()->rowCount(), expected);
        if (filter == QStringLiteral("港沟街道"))
            QVERIFY(expected >= 23); // at least every road of the 街道
        table()->setFilterText(QString());
        QCOMPARE(table()->proxy()->rowCount(), 59);
    }

    void copiesRowsAsTabSeparatedText() {
        // Two columns chosen, two rows selected: a header row and one line per row.
        for (int c = 0; c < int(roadFields().size()); ++c)
            table()->setColumnShown(c, roadFields().at(c).key == u"seq" ||
                                           roadFields().at(c).key == u"name" ||
                                           roadFields().at(c).key == u"length_m");
        QTableView* view = table()->view();
        view->selectionModel()->select(table()->proxy()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(table()->proxy()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        const QString expected = QStringLiteral("%1\t%2\t%3\n1\t祈福街\t447\n3\t观音祠路\t176\n")
                                     .arg(roadField(u"seq")->englishLabel, roadField(u"name")->englishLabel,
                                          roadField(u"length_m")->englishLabel);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    // Issue 10: in the Chinese interface the table shows the field table's Chinese labels and the value
    // labels of geo/core/field_value_labels.h instead of codes, in both languages; a copy holds what is
    // shown.
    void showsLabelsInTheInterfaceLanguage_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("copied"); // header and item 1 (祈福街), in the field table's column order
        QTest::newRow("zh_CN: 命名, 直线, 东")
            << QLocale(QLocale::Chinese, QLocale::China)
            << "序号\t状态\t道路名称\t起点方位\t形状\n1\t命名\t祈福街\t东\t直线\n";
        QTest::newRow("en: Named, Straight, East")
            << QLocale(QLocale::English, QLocale::UnitedKingdom)
            << "Item\tAction\tName\tStart direction\tShape\n1\tNamed\t祈福街\tEast\tStraight\n";
    }
    void showsLabelsInTheInterfaceLanguage() {
        QFETCH(QLocale, locale);
        QFETCH(QString, copied);
        const QLocale before;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        window_ = test::openWindow(test::seedOracleProject()); // the table takes the language as it opens
        QVERIFY(window_);
        window_->showAttributeTable();
        const QStringList keys{"seq", "name", "action", "shape", "start_dir"};
        for (int c = 0; c < int(roadFields().size()); ++c)
            table()->setColumnShown(c, keys.contains(roadFields().at(c).key));
        QTableView* view = table()->view();
        view->selectionModel()->select(table()->proxy()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), copied);
    }

    void selectionIsSharedWithMapAndTree() {
        const RoadKey qifu{window_->project().parse.notices.first().id, 1};
        // Map/tree → table.
        window_->selectRoad(qifu);
        QCOMPARE(table()->selectedRoads(), QList<RoadKey>{qifu});
        // Place → table: all 23 rows of 港沟街道.
        QVERIFY(window_->selectPlace(QStringLiteral("港沟街道")));
        QCOMPARE(table()->selectedRoads().size(), 23);
        // Table → map and tree.
        QTableView* view = table()->view();
        view->selectionModel()->select(table()->proxy()->index(4, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const RoadKey fifth{qifu.notice, 5};
        QCOMPARE(window_->selectedRoads(), QList<RoadKey>{fifth});
        QCOMPARE(window_->canvas()->selection(), fifth);
        QCOMPARE(window_->selectedRoad(), fifth);
    }
};

QTEST_MAIN(TestGuiAttributeTable)
#include "tst_gui_attribute_table.moc"
