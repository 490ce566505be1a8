// ctest-label: gui
// links: luming_app_core
// The 区 → 街道 → road tree: counts as the notice declares them, a road in two 街道 under each,
// and the model obeying Qt's model contract (QAbstractItemModelTester).
#include "gui_test_project.h"
#include "project_loader.h"
#include "road_tree_model.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace luming;
using namespace luming::app;

class TestGuiRoadTree : public QObject {
    Q_OBJECT

    RoadTreeModel model_;

    QModelIndex child(const QModelIndex& parent, const QString& name) const {
        for (int r = 0; r < model_.rowCount(parent); ++r) {
            const QModelIndex i = model_.index(r, 0, parent);
            if (i.data(RoadTreeModel::NameRole).toString() == name)
                return i;
        }
        return {};
    }

private slots:
    void initTestCase() { model_.setTree(RoadTree::fromProject(test::seedOracleProject())); }

    void modelContract() {
        RoadTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(RoadTree::fromProject(test::seedOracleProject()));
        model.setTree(RoadTree{});
        model.setTree(RoadTree::fromProject(test::seedOracleProject()));
    }

    void districtsInPrintedOrder() {
        QCOMPARE(model_.rowCount(), 3);
        QCOMPARE(model_.index(0, 0).data(RoadTreeModel::NameRole).toString(), QStringLiteral("市中区"));
        QCOMPARE(model_.index(1, 0).data(RoadTreeModel::NameRole).toString(), QStringLiteral("历城区"));
        QCOMPARE(model_.index(2, 0).data(RoadTreeModel::NameRole).toString(), QStringLiteral("济南高新区"));
        QCOMPARE(model_.tree().roadCount(), 59);
    }

    void counts_data() {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("subdistrict"); // empty: the district row itself
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("label");
        // Declared in the notice: 一、市中区(9条), 二、历城区(44条), 三、济南高新区(6条).
        QTest::newRow("notice 市中区(9条)") << "市中区"
                                            << "" << 9 << "市中区 (9)";
        QTest::newRow("notice 历城区(44条), 通虞大街 counted once") << "历城区"
                                                                    << "" << 44 << "历城区 (44)";
        QTest::newRow("notice 济南高新区(6条)") << "济南高新区"
                                                << "" << 6 << "济南高新区 (6)";
        // Per 街道, from the items' 位于…街道辖区内 (oracle): a road in two 街道 counts in each.
        QTest::newRow("陡沟街道: items 1-9") << "市中区"
                                             << "陡沟街道" << 9 << "陡沟街道 (9)";
        QTest::newRow("港沟街道: 23 items") << "历城区"
                                            << "港沟街道" << 23 << "港沟街道 (23)";
        QTest::newRow("董家街道: 11 + 通虞大街") << "历城区"
                                                 << "董家街道" << 12 << "董家街道 (12)";
        QTest::newRow("郭店街道: 9 + 通虞大街") << "历城区"
                                                << "郭店街道" << 10 << "郭店街道 (10)";
        QTest::newRow("遥墙街道: 5 items") << "济南高新区"
                                           << "遥墙街道" << 5 << "遥墙街道 (5)";
        QTest::newRow("章锦街道: 1 item") << "济南高新区"
                                          << "章锦街道" << 1 << "章锦街道 (1)";
    }
    void counts() {
        QFETCH(QString, district);
        QFETCH(QString, subdistrict);
        QFETCH(int, count);
        QFETCH(QString, label);
        QModelIndex index = child({}, district);
        QVERIFY2(index.isValid(), qPrintable(district));
        if (!subdistrict.isEmpty()) {
            index = child(index, subdistrict);
            QVERIFY2(index.isValid(), qPrintable(subdistrict));
            QCOMPARE(model_.rowCount(index), count);
        }
        QCOMPARE(index.data(RoadTreeModel::CountRole).toInt(), count);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), label);
    }

    void countsFromTheParsedSeed() {
        // The same counts through the real pipeline: the bundled seed parsed and laid out.
        const ProjectLoad load = ProjectLoader::load(test::seedNoticePath(), CacheUse::Off);
        QVERIFY2(load.project, qPrintable(load.error));
        RoadTreeModel model;
        model.setTree(RoadTree::fromProject(*load.project));
        QStringList labels;
        for (int r = 0; r < model.rowCount(); ++r)
            labels << model.index(r, 0).data().toString();
        QCOMPARE(labels, (QStringList{QStringLiteral("市中区 (9)"), QStringLiteral("历城区 (44)"),
                                      QStringLiteral("济南高新区 (6)")}));
        QCOMPARE(model.tree().roadCount(), 59);
    }

    void roadInTwoSubdistrictsListedUnderEach() {
        // 通虞大街: the notice places it in 董家街道 and 郭店街道.
        RoadKey key;
        for (const RoadTreeDistrict& d : model_.tree().districts)
            for (const RoadTreeSubdistrict& s : d.subdistricts)
                for (const RoadTreeRoad& r : s.roads)
                    if (r.name == QStringLiteral("通虞大街"))
                        key = r.key;
        QVERIFY(isValidRoad(key));
        const QModelIndexList indexes = model_.indexesOf(key);
        QCOMPARE(indexes.size(), 2);
        QStringList parents;
        for (const QModelIndex& i : indexes) {
            QCOMPARE(model_.roadAt(i), key);
            QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("通虞大街"));
            parents << i.parent().data(RoadTreeModel::NameRole).toString();
        }
        parents.sort();
        QCOMPARE(parents, (QStringList{QStringLiteral("董家街道"), QStringLiteral("郭店街道")}));
    }

    void districtAndSubdistrictRowsAreNotRoads() {
        QVERIFY(!isValidRoad(model_.roadAt(model_.index(0, 0))));
        QVERIFY(!isValidRoad(model_.roadAt(model_.index(0, 0, model_.index(0, 0)))));
        QVERIFY(model_.indexesOf(RoadKey{NoticeId::fromDocNumber(QStringLiteral("no such notice")), 1})
                    .isEmpty());
    }
};

QTEST_MAIN(TestGuiRoadTree)
#include "tst_gui_road_tree.moc"
