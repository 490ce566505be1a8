// ctest-label: unit
// links: luming_layersearch luming_core
// Name search over any vector layer (issue 11 point 4): names of any length matched as substrings of the
// name key (one character, spaces, 繁简, case), exact names first, each hit with its layer, fid and
// lon/lat extent; the index is built once per file content and taken from the cache afterwards; a
// cancelled build leaves nothing that looks like an index.
#include "layersearch/layer_name_index.h"
#include "test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

// A GeoJSON layer of lines named `names`, line i at lon 117 + i/100.
QByteArray roads(const QStringList& names) {
    QStringList features;
    for (int i = 0; i < names.size(); ++i)
        features << QStringLiteral(R"({"type":"Feature","properties":{"name":"%1","width":20},)"
                                   R"("geometry":{"type":"LineString","coordinates":[[%2,36.6],[%2,36.7]]}})")
                        .arg(names[i])
                        .arg(117.0 + i / 100.0, 0, 'f', 2);
    return QStringLiteral(R"({"type":"FeatureCollection","features":[%1]})")
        .arg(features.join(u','))
        .toUtf8();
}

const QStringList kNames{
    QStringLiteral("港田路"), QStringLiteral("港田北路"),     QStringLiteral("經十路"),
    QStringLiteral("凤集路"), QStringLiteral("Jingshi Road"), QStringLiteral("港 沟 路"),
    QStringLiteral("旅游路"), QStringLiteral("工业北路"),     QStringLiteral("长清大学路")};

QStringList names(const QList<LayerHit>& hits) {
    QStringList out;
    for (const LayerHit& h : hits)
        out << h.name;
    return out;
}

} // namespace

class TestLayerNameIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        source_ = dir_.filePath(QStringLiteral("centerlines.geojson"));
        QVERIFY(luming::test::writeFile(source_, roads(kNames)));
    }

    void search_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // in order: exact first, then file order
        QTest::newRow("exact name first") << "港田路" << QStringList{"港田路"};
        QTest::newRow("two characters") << "港田" << QStringList{"港田路", "港田北路"};
        QTest::newRow("one character") << "北" << QStringList{"港田北路", "工业北路"};
        QTest::newRow("query with a space") << "港田 路" << QStringList{"港田路"};
        QTest::newRow("stored with spaces") << "港沟路" << QStringList{"港 沟 路"};
        QTest::newRow("simplified finds traditional") << "经十路" << QStringList{"經十路"};
        QTest::newRow("look-alike 风 finds 凤集路 (name key)") << "风集路" << QStringList{"凤集路"};
        QTest::newRow("traditional finds traditional") << "經十" << QStringList{"經十路"};
        // A name holding the letters first, then the name they spell in pinyin.
        QTest::newRow("latin, case folded, then its pinyin")
            << "jingshi" << QStringList{"Jingshi Road", "經十路"};
        QTest::newRow("characters out of order do not match") << "田港" << QStringList{};
        QTest::newRow("a quote in the query") << "港\"田" << QStringList{"港田路", "港田北路"};
        QTest::newRow("three characters, a trigram") << "田北路" << QStringList{"港田北路"};
        QTest::newRow("FTS5 syntax is text") << "OR 路" << QStringList{};
        QTest::newRow("latin inside a word") << "shi ro" << QStringList{"Jingshi Road"};
    }
    void search() {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const auto index = LayerNameIndex::open(source_, nullptr, dir_.filePath(QStringLiteral("cache")));
        QVERIFY2(index.ok(), qPrintable(index.errorString()));
        const auto hits = index->search(query, 0);
        QVERIFY2(hits.ok(), qPrintable(hits.errorString()));
        QCOMPARE(names(*hits), expected);
        if (!hits->isEmpty()) {
            QCOMPARE(hits->first().exact, layerSearchTokens(hits->first().name) == layerSearchTokens(query));
            QVERIFY(!hits->first().lonLatBounds.isNull());
            QVERIFY(hits->first().lonLatBounds.left() >= 117.0 && hits->first().lonLatBounds.right() < 117.1);
        }
    }

    // Pinyin (issue 11 point 4): full spelling and initials, whole names first, through 繁体 and the
    // place-name readings; each hit names the feature's fid (GeoJSON: its position, from 0).
    void pinyin_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("fids"); // in order: whole spellings first, then file order
        QTest::addColumn<bool>("firstExact");
        QTest::newRow("full, whole name") << "gangtianlu" << QList<qint64>{0} << true;
        QTest::newRow("full, a run from the start") << "gangtian" << QList<qint64>{0, 1} << false;
        QTest::newRow("full, last syllable in part") << "gangtianb" << QList<qint64>{1} << false;
        QTest::newRow("full, with tones and spaces") << "gang3 tian2" << QList<qint64>{0, 1} << false;
        QTest::newRow("initials, whole name") << "gtl" << QList<qint64>{0} << true;
        QTest::newRow("initials, inside a name") << "tbl" << QList<qint64>{1} << false;
        QTest::newRow("full of a traditional name 經十路") << "jingshilu" << QList<qint64>{2} << true;
        QTest::newRow("initials of a traditional name 經十路") << "jsl" << QList<qint64>{2} << true;
        QTest::newRow("initials, a name stored with spaces 港 沟 路") << "ggl" << QList<qint64>{5} << true;
        QTest::newRow("place-name reading 长清 as changqing") << "changqing" << QList<qint64>{8} << false;
        QTest::newRow("place-name reading 长清 as zhangqing") << "zhangqing" << QList<qint64>{8} << false;
        QTest::newRow("a variant 凤 spelled feng") << "fengjilu" << QList<qint64>{3} << true;
        QTest::newRow("inside, not from the start") << "youlu" << QList<qint64>{6} << false;
        QTest::newRow("letters no name spells") << "qxz" << QList<qint64>{} << false;
        QTest::newRow("syllables out of order") << "tiangang" << QList<qint64>{} << false;
    }
    void pinyin() {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, fids);
        QFETCH(bool, firstExact);
        const auto index = LayerNameIndex::open(source_, nullptr, dir_.filePath(QStringLiteral("cache")));
        QVERIFY2(index.ok(), qPrintable(index.errorString()));
        const auto hits = index->search(query, 0);
        QVERIFY2(hits.ok(), qPrintable(hits.errorString()));
        QList<qint64> got;
        for (const LayerHit& h : *hits) {
            got << h.fid;
            QCOMPARE(h.form, LayerHitForm::Pinyin);
        }
        QCOMPARE(got, fids);
        if (!hits->isEmpty())
            QCOMPARE(hits->first().exact, firstExact);
    }

    // A name carried by several features (a road in segments) is indexed once and finds every one of
    // them, each with its own extent; hits come name by name, each name's features in file order.
    void repeatedNames_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<qint64>>("fids");
        QTest::addColumn<bool>("exact");
        QTest::newRow("exact name: every segment, the padded one too")
            << "港田路" << 0 << QList<qint64>{0, 2, 5, 3} << true;
        QTest::newRow("two characters: name by name") << "港田" << 0 << QList<qint64>{0, 2, 5, 3, 4} << false;
        QTest::newRow("limit cuts inside a name's segments") << "港田" << 2 << QList<qint64>{0, 2} << false;
        QTest::newRow("trigram inside the names") << "田北路" << 0 << QList<qint64>{4} << false;
        QTest::newRow("pinyin, whole spelling") << "gangtianlu" << 0 << QList<qint64>{0, 2, 5, 3} << true;
        QTest::newRow("pinyin initials inside") << "tl" << 0 << QList<qint64>{0, 2, 5, 3} << false;
        QTest::newRow("a name of one segment") << "凤集路" << 0 << QList<qint64>{1} << true;
    }
    void repeatedNames() {
        QFETCH(QString, query);
        QFETCH(int, limit);
        QFETCH(QList<qint64>, fids);
        QFETCH(bool, exact);
        const QString file = dir_.filePath(QStringLiteral("segments.geojson"));
        QVERIFY(luming::test::writeFile(
            file, roads({QStringLiteral("港田路"), QStringLiteral("凤集路"), QStringLiteral("港田路"),
                         QStringLiteral(" 港田路 "), QStringLiteral("港田北路"), QStringLiteral("港田路")})));
        const auto index = LayerNameIndex::open(file, nullptr, dir_.filePath(QStringLiteral("cache5")));
        QVERIFY2(index.ok(), qPrintable(index.errorString()));
        QCOMPARE(index->facts().named, 6);
        const auto hits = index->search(query, limit);
        QVERIFY2(hits.ok(), qPrintable(hits.errorString()));
        QList<qint64> got;
        for (const LayerHit& h : *hits) {
            got << h.fid;
            // Line i lies at lon 117 + i/100: each segment's own extent, not its name's first.
            QVERIFY2(
                qAbs(h.lonLatBounds.center().x() - (117.0 + double(h.fid) / 100.0)) < 1e-9,
                qPrintable(QStringLiteral("fid %1 at lon %2").arg(h.fid).arg(h.lonLatBounds.center().x())));
            QCOMPARE(h.name.trimmed(), h.name);
        }
        QCOMPARE(got, fids);
        if (!hits->isEmpty())
            QCOMPARE(hits->first().exact, exact);
    }

    void builtOncePerContent() {
        const QString cache = dir_.filePath(QStringLiteral("cache2"));
        const QString file = dir_.filePath(QStringLiteral("changing.geojson"));
        QVERIFY(luming::test::writeFile(file, roads({QStringLiteral("甲路")})));
        auto first = LayerNameIndex::open(file, nullptr, cache);
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QVERIFY(first->facts().built);
        QCOMPARE(first->facts().features, 1);
        auto again = LayerNameIndex::open(file, nullptr, cache);
        QVERIFY(again.ok());
        QVERIFY(!again->facts().built);
        // New content, new index: the cache is keyed by what the file holds, not its name or date.
        QVERIFY(luming::test::writeFile(file, roads({QStringLiteral("甲路"), QStringLiteral("乙路")})));
        auto changed = LayerNameIndex::open(file, nullptr, cache);
        QVERIFY(changed.ok());
        QVERIFY(changed->facts().built);
        QCOMPARE(changed->facts().named, 2);
        QCOMPARE(names(*changed->search(QStringLiteral("乙"), 0)), QStringList{QStringLiteral("乙路")});
    }

    void cancelledBuildLeavesNothing() {
        const QString cache = dir_.filePath(QStringLiteral("cache3"));
        QStringList many;
        for (int i = 0; i < 10000; ++i)
            many << QStringLiteral("路%1").arg(i);
        const QString file = dir_.filePath(QStringLiteral("many.geojson"));
        QVERIFY(luming::test::writeFile(file, roads(many)));
        Feedback feedback;
        feedback.cancel();
        const auto index = LayerNameIndex::open(file, &feedback, cache);
        QVERIFY(!index.ok());
        QVERIFY2(index.errorString().contains(QStringLiteral("cancelled")), qPrintable(index.errorString()));
        // (The digest's stamp may stay: it describes the file, not an index.)
        QCOMPARE(
            QDir(cache).entryList({QStringLiteral("*.sqlite*"), QStringLiteral("*.building")}, QDir::Files),
            QStringList());
    }

    // A cancel after the last feature was read (here at 81%: the reading loop asks no more) still stops
    // the build: SQLite's own last steps (merging the FTS5 segments, the b-tree indexes) are interrupted.
    void cancelDuringTheLastSteps() {
        const QString cache = dir_.filePath(QStringLiteral("cache6"));
        QStringList many;
        for (int i = 0; i < 20000; ++i)
            many << QStringLiteral("测试%1路").arg(i);
        const QString file = dir_.filePath(QStringLiteral("late.geojson"));
        QVERIFY(luming::test::writeFile(file, roads(many)));
        Feedback* self = nullptr;
        Feedback feedback([&self](double percent) {
            if (percent >= 80)
                self->cancel();
        });
        self = &feedback;
        const auto index = LayerNameIndex::open(file, &feedback, cache);
        QVERIFY(!index.ok());
        QVERIFY2(index.errorString().contains(QStringLiteral("cancelled")), qPrintable(index.errorString()));
        QCOMPARE(
            QDir(cache).entryList({QStringLiteral("*.sqlite*"), QStringLiteral("*.building")}, QDir::Files),
            QStringList());
    }

    void notAVectorFile() {
        const QString file = dir_.filePath(QStringLiteral("notes.txt"));
        QVERIFY(luming::test::writeFile(file, "not a layer"));
        const auto index = LayerNameIndex::open(file, nullptr, dir_.filePath(QStringLiteral("cache4")));
        QVERIFY(!index.ok());
        QVERIFY2(index.errorString().contains(QStringLiteral("notes.txt")), qPrintable(index.errorString()));
    }

private:
    QTemporaryDir dir_;
    QString source_;
};

QTEST_GUILESS_MAIN(TestLayerNameIndex)
#include "tst_layer_name_index.moc"
