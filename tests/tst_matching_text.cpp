// ctest-label: unit
// links: luming_notice luming_chinese
// The folded copy the grammar reads (notice/matching_text): as long as the printed text, traditional
// characters folded one for one, and a mirror site's inserted reading ("中發(fā)街") folded to filler
// marks so that it never splits a name; other brackets stay brackets.
#include "notice/matching_text.h"

#include <QTest>

using namespace luming;

class TestMatchingText : public QObject {
    Q_OBJECT
private slots:
    void folding_data() {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("folded"); // '_' stands for a filler mark
        QTest::newRow("traditional folds one for one")
            << QStringLiteral("東興路") << QStringLiteral("东兴路");
        QTest::newRow("reading inside a name")
            << QStringLiteral("中發(fā)街") << QStringLiteral("中发____街");
        QTest::newRow("reading after a suffix")
            << QStringLiteral("興慶區(qū):") << QStringLiteral("兴庆区____:");
        QTest::newRow("ü reading") << QStringLiteral("綠(lǜ)路") << QStringLiteral("绿____路");
        QTest::newRow("two readings")
            << QStringLiteral("學(xué)園(yuán)巷") << QStringLiteral("学_____园______巷");
        QTest::newRow("no tone mark: no reading") << QStringLiteral("甲路(lu)") << QStringLiteral("甲路(lu)");
        QTest::newRow("capitals and spaces: no reading")
            << QStringLiteral("甲路(Jiǎ Lù)") << QStringLiteral("甲路(Jiǎ Lù)");
        QTest::newRow("road code: no reading")
            << QStringLiteral("国道(G354)") << QStringLiteral("国道(G354)");
        QTest::newRow("after a non-ideograph: no reading")
            << QStringLiteral("A(lù)") << QStringLiteral("A(lù)");
        QTest::newRow("too long: no reading")
            << QStringLiteral("甲(zhuàngzhuàng)") << QStringLiteral("甲(zhuàngzhuàng)");
        QTest::newRow("unclosed: no reading") << QStringLiteral("甲(lù") << QStringLiteral("甲(lù");
    }
    void folding() {
        QFETCH(QString, shown);
        QFETCH(QString, folded);
        folded.replace(u'_', QChar(kReadingFiller));
        const MatchingText text(shown);
        QCOMPARE(text.folded().size(), text.shown().size());
        QCOMPARE(text.folded(), folded);
        QCOMPARE(foldForMatching(shown), folded);
    }

    // Words a reading splits match in the reading-free copy; a capture maps back over the readings,
    // the reading after its last character included (the label keeps it).
    void readingFree_data() {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("mapped"); // the shown text the word's match maps back to
        QTest::newRow("no reading: same indices")
            << QStringLiteral("关于甲街道") << QStringLiteral("甲街道") << QStringLiteral("甲街道");
        QTest::newRow("a reading splits 关于") << QStringLiteral("關(guān)於永陽街道的")
                                               << QStringLiteral("关于") << QStringLiteral("關(guān)於");
        QTest::newRow("a reading after the last character")
            << QStringLiteral("位於溧水區(qū),") << QStringLiteral("溧水区") << QStringLiteral("溧水區(qū)");
        QTest::newRow("readings inside") << QStringLiteral("學(xué)園(yuán)巷") << QStringLiteral("学园巷")
                                         << QStringLiteral("學(xué)園(yuán)巷");
    }
    void readingFree() {
        QFETCH(QString, shown);
        QFETCH(QString, word);
        QFETCH(QString, mapped);
        const MatchingText text(shown);
        const ReadingFree plain = withoutReadings(text.folded());
        QVERIFY(!plain.text.contains(QChar(kReadingFiller)));
        const qsizetype at = plain.text.indexOf(word);
        QVERIFY2(at >= 0, qPrintable(plain.text));
        const qsizetype from = plain.from(at);
        QCOMPARE(shown.mid(from, plain.to(at + word.size()) - from), mapped);
    }
};

QTEST_GUILESS_MAIN(TestMatchingText)
#include "tst_matching_text.moc"
