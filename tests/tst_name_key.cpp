// ctest-label: unit
// links: luming_chinese
// The one name key (geo/chinese NameKey, issue 10 point 3) and its look-alike table: spaces, full-width,
// 繁体, look-alikes, planning markers and the 规划 prefix; the table is characters only and joins no two
// roads of the seed notice.
#include "chinese/chinese_variants.h"
#include "chinese/lookalike_table.h"
#include "chinese/name_key.h"
#include "test_support.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace luming;

class TestNameKey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(ChineseVariants::converterError().isEmpty(), qPrintable(ChineseVariants::converterError()));
        QVERIFY2(LookAlikeTable::error().isEmpty(), qPrintable(LookAlikeTable::error()));
    }

    void sameName_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("space inside: 港田 路 = 港田路") << "港田 路"
                                                        << "港田路" << true;
        QTest::newRow("ideographic space U+3000") << "港田\u3000路"
                                                  << "港田路" << true;
        QTest::newRow("tab and newline around") << "\t港田路\n"
                                                << "港田路" << true;
        QTest::newRow("full-width Ｓ１ = S1") << "省道Ｓ１"
                                              << "省道S1" << true;
        QTest::newRow("case: s1 = S1") << "省道s1"
                                       << "省道S1" << true;
        QTest::newRow("繁体 荷葉路 = 荷叶路") << "荷葉路"
                                              << "荷叶路" << true;
        QTest::newRow("繁体 風集路 = 风集路") << "風集路"
                                              << "风集路" << true;
        QTest::newRow("look-alike 风集路 = 凤集路") << "风集路"
                                                    << "凤集路" << true;
        QTest::newRow("look-alike 己/已") << "己丑路"
                                          << "已丑路" << true;
        QTest::newRow("look-alike 未/末") << "未央路"
                                          << "末央路" << true;
        QTest::newRow("twin-only pair 王/玉 is not folded") << "王府路"
                                                            << "玉府路" << false;
        QTest::newRow("series: 港源一路 ≠ 港源十路") << "港源一路"
                                                     << "港源十路" << false;
        QTest::newRow("directions: 莲岳北街 ≠ 莲岳南街") << "莲岳北街"
                                                         << "莲岳南街" << false;
        QTest::newRow("规划 prefix before a name: 规划港兴二路 = 港兴二路") << "规划港兴二路"
                                                                            << "港兴二路" << true;
        QTest::newRow("规划的 before a name") << "规划的港兴二路"
                                              << "港兴二路" << true;
        QTest::newRow("規劃 (traditional) prefix") << "規劃港兴二路"
                                                   << "港兴二路" << true;
        QTest::newRow("designation 规划一路 ≠ 一路") << "规划一路"
                                                     << "一路" << false;
        QTest::newRow("designation 规划十号支路 ≠ 十号支路") << "规划十号支路"
                                                             << "十号支路" << false;
        QTest::newRow("designation 规划支一路 ≠ 支一路") << "规划支一路"
                                                         << "支一路" << false;
        QTest::newRow("designation 规划路 ≠ 路") << "规划路"
                                                 << "路" << false;
        QTest::newRow("marker (规划) dropped: 港田路(规划)") << "港田路(规划)"
                                                             << "港田路" << true;
        QTest::newRow("marker full-width （规划中）") << "港田路（规划中）"
                                                      << "港田路" << true;
        QTest::newRow("marker (规划名) mid-value: A(规划名)中段") << "港田路(规划名)中段"
                                                                  << "港田路中段" << true;
        QTest::newRow("marker (规划路名)") << "港田路(规划路名)"
                                           << "港田路" << true;
        QTest::newRow("marker (规划暂定名), traditional (規劃暫定名)") << "港田路(規劃暫定名)"
                                                                       << "港田路" << true;
        QTest::newRow("other parenthetical kept: (在建)") << "港田路(在建)"
                                                          << "港田路" << false;
        QTest::newRow("规划 later in the value is kept") << "港田路南侧规划道路"
                                                         << "港田路南侧道路" << false;
    }
    void sameName() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QVERIFY2(NameKey::same(a, b) == same, qPrintable(NameKey::of(a) + u'|' + NameKey::of(b)));
        QCOMPARE(NameKey::same(b, a), same);
    }

    void steps_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("simplified");
        QTest::addColumn<QString>("key");
        QTest::newRow("风, its group's first, is the key character of 风/凤") << "鳳 集 路"
                                                                              << "鳳集路"
                                                                              << "凤集路"
                                                                              << "风集路";
        QTest::newRow("已 of 己已巳 keeps its group's first") << "已"
                                                              << "已"
                                                              << "已"
                                                              << "己";
        QTest::newRow("empty") << ""
                               << ""
                               << ""
                               << "";
    }
    void steps() {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QFETCH(QString, simplified);
        QFETCH(QString, key);
        QCOMPARE(NameKey::of(text, NameKey::Step::Plain), plain);
        QCOMPARE(NameKey::of(text, NameKey::Step::Simplified), simplified);
        QCOMPARE(NameKey::of(text), key);
    }

    void lookAlikeJudgement_data() {
        QTest::addColumn<QString>("pair");
        QTest::addColumn<bool>("alike");
        QTest::newRow("风凤 (key group)") << "风凤" << true;
        QTest::newRow("王玉 (twin group)") << "王玉" << true;
        QTest::newRow("已巳 (same group, not the first)") << "已巳" << true;
        QTest::newRow("龙旭 (not alike)") << "龙旭" << false;
        QTest::newRow("风风 (identical is not alike)") << "风风" << false;
        QTest::newRow("across groups 王己") << "王己" << false;
    }
    void lookAlikeJudgement() {
        QFETCH(QString, pair);
        QFETCH(bool, alike);
        QCOMPARE(LookAlikeTable::alike(pair[0], pair[1]), alike);
        QCOMPARE(LookAlikeTable::alike(pair[1], pair[0]), alike);
    }

    // The table holds characters, never road names: no group is a run of a seed road's name or end, and no
    // group holds a generic road noun.
    void tableHoldsNoRoadNames() {
        QFile f(QStringLiteral(LUMING_RESOURCES_DIR "/lookalike_chars.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject oracle =
            QJsonDocument::fromJson(test::readAll(test::testDataPath(QStringLiteral("seed_expected.json"))))
                .object();
        QStringList names;
        for (const QJsonValue& v : oracle.value(QStringLiteral("roads")).toArray()) {
            const QJsonObject r = v.toObject();
            names << r.value(QStringLiteral("name")).toString() << r.value(QStringLiteral("start")).toString()
                  << r.value(QStringLiteral("end")).toString();
        }
        QVERIFY(names.size() >= 3 * 59);
        int rows = 0;
        for (const QString& line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 3);
            const QString& group = fields[0];
            QVERIFY2(!fields[2].trimmed().isEmpty(), qPrintable(line + QStringLiteral(": no reason given")));
            for (QChar c : QStringLiteral("路街道巷桥线区镇村"))
                QVERIFY2(!group.contains(c), qPrintable(group + QStringLiteral(" holds a road noun")));
            for (const QString& name : names)
                QVERIFY2(!name.contains(group), qPrintable(group + QStringLiteral(" is part of ") + name));
            ++rows;
        }
        QVERIFY(rows >= 10);
    }

    // Folding joins no two different roads of the seed notice (their 59 names keep 59 keys).
    void keyJoinsNoTwoSeedRoads() {
        const QJsonObject oracle =
            QJsonDocument::fromJson(test::readAll(test::testDataPath(QStringLiteral("seed_expected.json"))))
                .object();
        QHash<QString, QString> byKey;
        for (const QJsonValue& v : oracle.value(QStringLiteral("roads")).toArray()) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            const QString key = NameKey::of(name);
            QVERIFY2(!byKey.contains(key), qPrintable(name + QStringLiteral(" and ") + byKey.value(key)));
            byKey.insert(key, name);
        }
        QCOMPARE(byKey.size(), 59);
    }
};

QTEST_MAIN(TestNameKey)
#include "tst_name_key.moc"
