// ctest-label: unit
// links: luming_chinese
// Pinyin readings (Unihan kMandarin, first reading; place-name polyphones from their own table) and pinyin
// matching of names: full, initials, mixed, typed in part, tones and spaces ignored (issue 10 point 3).
#include "chinese/pinyin.h"

#include <QFile>
#include <QTest>

using namespace luming;

class TestPinyin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(Pinyin::error().isEmpty(), qPrintable(Pinyin::error())); }

    void readings_data() {
        QTest::addColumn<QString>("character");
        QTest::addColumn<QString>("expected"); // comma-separated, place-name reading first
        QTest::newRow("港 gang (kMandarin)") << "港"
                                             << "gang";
        QTest::newRow("路 lu") << "路"
                               << "lu";
        QTest::newRow("绿 lv: ü typed v") << "绿"
                                          << "lv";
        QTest::newRow("长: chang first (长清), kMandarin has only zhang") << "长"
                                                                          << "chang,zhang";
        QTest::newRow("堡: bao, bu (吴堡), pu (十里堡)") << "堡"
                                                         << "bao,bu,pu";
        QTest::newRow("会: hui, kuai") << "会"
                                       << "hui,kuai";
        QTest::newRow("乐: le, yue, lao") << "乐"
                                          << "le,yue,lao";
        QTest::newRow("涌: yong, chong") << "涌"
                                         << "yong,chong";
        QTest::newRow("番: fan, pan (番禺)") << "番"
                                             << "fan,pan";
        QTest::newRow("都: du before dou in place names") << "都"
                                                          << "du,dou";
        QTest::newRow("地: di, though kMandarin lists de first") << "地"
                                                                 << "di,de";
        QTest::newRow("digit reads as itself") << "1"
                                               << "1";
        QTest::newRow("ASCII letter in lower case") << "S"
                                                    << "s";
        QTest::newRow("punctuation has none") << "、"
                                              << "";
    }
    void readings() {
        QFETCH(QString, character);
        QFETCH(QString, expected);
        QStringList got;
        for (const QByteArray& r : Pinyin::readings(character[0]))
            got << QString::fromLatin1(r);
        QCOMPARE(got.join(u','), expected);
    }

    void spelled() { QCOMPARE(Pinyin::spelled(QStringLiteral("港田路")), QStringLiteral("gang tian lu")); }

    void queryLetters_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("letters");
        QTest::newRow("plain") << "gangtianlu" << QByteArray("gangtianlu");
        QTest::newRow("spaces and capitals") << " Gang Tian Lu " << QByteArray("gangtianlu");
        QTest::newRow("tone marks") << "gǎngtiánlù" << QByteArray("gangtianlu");
        QTest::newRow("tone numbers") << "gang3tian2lu4" << QByteArray("gangtianlu");
        QTest::newRow("apostrophe") << "xi'an" << QByteArray("xian");
        QTest::newRow("ü with diaeresis") << "lǜ" << QByteArray("lv");
        QTest::newRow("a number that is part of a name") << "s1" << QByteArray(); // one letter: too little
        QTest::newRow("digits kept when not a tone") << "gangyuan10lu" << QByteArray("gangyuan10lu");
        QTest::newRow("full-width letters") << "ｇｔｌ" << QByteArray("gtl");
        QTest::newRow("Chinese: not a pinyin query") << "港tl" << QByteArray();
        QTest::newRow("one letter is too little") << "g" << QByteArray();
    }
    void queryLetters() {
        QFETCH(QString, query);
        QFETCH(QByteArray, letters);
        QCOMPARE(Pinyin::queryLetters(query), letters);
    }

    void match_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // kind/span, or "none"
        QTest::newRow("full, whole name") << "港田路"
                                          << "gangtianlu"
                                          << "full/whole";
        QTest::newRow("initials, whole name") << "港田路"
                                              << "gtl"
                                              << "initials/whole";
        QTest::newRow("with spaces and tones") << "港田路"
                                               << "gang3 tian2 lu4"
                                               << "full/whole";
        QTest::newRow("mixed: gangtl") << "港田路"
                                       << "gangtl"
                                       << "full/whole";
        QTest::newRow("typed in part: gangtia") << "港田路"
                                                << "gangtia"
                                                << "full/start";
        QTest::newRow("initials prefix: gt") << "港田路"
                                             << "gt"
                                             << "initials/start";
        QTest::newRow("inside: tianlu") << "港田路"
                                        << "tianlu"
                                        << "full/inside";
        QTest::newRow("wrong order: tgl") << "港田路"
                                          << "tgl"
                                          << "none";
        QTest::newRow("letters the name lacks") << "港田路"
                                                << "xyz"
                                                << "none";
        QTest::newRow("zh/ch/sh initials as two letters: 长清 chq") << "长清区"
                                                                    << "chqq"
                                                                    << "initials/whole";
        QTest::newRow("polyphone 长 place reading: changqingqu") << "长清区"
                                                                 << "changqingqu"
                                                                 << "full/whole";
        QTest::newRow("polyphone 长 other reading accepted: zhangqingqu") << "长清区"
                                                                          << "zhangqingqu"
                                                                          << "full/whole";
        QTest::newRow("polyphone initials either: cqq") << "长清区"
                                                        << "cqq"
                                                        << "initials/whole";
        QTest::newRow("polyphone initials either: zqq") << "长清区"
                                                        << "zqq"
                                                        << "initials/whole";
        QTest::newRow("堡 as pu: shilipu") << "十里堡路"
                                           << "shilipulu"
                                           << "full/whole";
        QTest::newRow("堡 as bao: shilibaolu") << "十里堡路"
                                               << "shilibaolu"
                                               << "full/whole";
        QTest::newRow("堡 initials slpl and slbl") << "十里堡路"
                                                   << "slpl"
                                                   << "initials/whole";
        QTest::newRow("番禺: panyu") << "番禺路"
                                     << "panyulu"
                                     << "full/whole";
        QTest::newRow("涌: dongchong") << "东涌路"
                                       << "dongchonglu"
                                       << "full/whole";
        QTest::newRow("a digit in the name") << "港源10路"
                                             << "gangyuan10lu"
                                             << "full/whole";
        QTest::newRow("series name with ü: 绿 lv") << "绿地街"
                                                   << "lvdijie"
                                                   << "full/whole";
    }
    void match() {
        QFETCH(QString, name);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const std::optional<PinyinName::Match> m = PinyinName(name).match(Pinyin::queryLetters(query));
        QString got = QStringLiteral("none");
        if (m) {
            got = (m->kind == PinyinName::Kind::Full ? QStringLiteral("full") : QStringLiteral("initials")) +
                  u'/' +
                  (m->span == PinyinName::Span::Whole   ? QStringLiteral("whole")
                   : m->span == PinyinName::Span::Start ? QStringLiteral("start")
                                                        : QStringLiteral("inside"));
        }
        QCOMPARE(got, expected);
    }

    // The generated table is the one the generator writes (header) and covers the common ideographs.
    void tableIsGenerated() {
        QFile f(QStringLiteral(LUMING_RESOURCES_DIR "/pinyin_readings.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().contains("tools/make_pinyin_table.py"));
        int missing = 0;
        for (char16_t c = 0x4E00; c <= 0x9FA5; ++c) // the CJK Unified block's 20,902 of GB/Big5 era
            missing += Pinyin::readings(QChar(c)).isEmpty();
        QVERIFY2(missing < 200, qPrintable(QString::number(missing)));
    }
};

QTEST_MAIN(TestPinyin)
#include "tst_pinyin.moc"
