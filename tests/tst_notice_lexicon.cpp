// The reader's lexicon (resources/notice_lexicon.tsv, issue 8 tag stage): every row checked at load with
// an error naming its line, the built-in file loads, every category the reader needs has rows, and no row
// is a road name (the lexicon describes how notices speak, never which roads a sample holds).
// ctest-label: unit
// links: luming_notice luming_text luming_core luming_chinese
#include "notice/notice_lexicon.h"
#include "notice/place_reader.h"
#include "test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace luming;

namespace {

QString builtinText() {
    return QString::fromUtf8(test::readAll(
        QDir(QStringLiteral(LUMING_RESOURCES_DIR)).filePath(QStringLiteral("notice_lexicon.tsv"))));
}

// Every name and former name the development samples label.
QStringList labelledNames() {
    QStringList names;
    const QDir dir(test::sharedPath(QStringLiteral("samples")));
    for (const QString& file : dir.entryList({QStringLiteral("*.json")})) {
        const QJsonObject doc = QJsonDocument::fromJson(test::readAll(dir.filePath(file))).object();
        for (const auto& rec : doc.value(QStringLiteral("records")).toArray()) {
            const QJsonObject r = rec.toObject();
            for (const char* key : {"name", "old_name"})
                if (const QString v = r.value(QLatin1String(key)).toString(); !v.isEmpty())
                    names.append(v);
        }
    }
    return names;
}

} // namespace

class TestNoticeLexicon : public QObject {
    Q_OBJECT
private slots:
    // A malformed row is an error that names the file and the line (not an assertion Release drops).
    void malformedRowIsAnErrorWithItsLine_data() {
        QTest::addColumn<QString>("tsv");
        QTest::addColumn<QString>("error");
        const QString ok = QStringLiteral("# comment\nname_suffix\t路\t3\troad\n");
        QTest::newRow("three tabs too many") << ok + "act_name\t命名\t3\ta\tb\n"
                                             << "t.tsv:3: expected 4";
        QTest::newRow("one column") << ok + "\n act_name\n"
                                    << "t.tsv:4: expected 4";
        QTest::newRow("unknown category") << ok + "act_naming\t命名\t3\t\n"
                                          << "t.tsv:3: unknown category";
        QTest::newRow("weight not a number") << ok + "act_name\t命名\theavy\t\n"
                                             << "t.tsv:3: weight";
        QTest::newRow("weight zero") << ok + "act_name\t命名\t0\t\n"
                                     << "t.tsv:3: weight";
        QTest::newRow("weight above the scale") << ok + "act_name\t命名\t11\t\n"
                                                << "t.tsv:3: weight";
        QTest::newRow("unbalanced bracket") << ok + "act_name\t(?:命名\t3\t\n"
                                            << "t.tsv:3: pattern";
        QTest::newRow("bad quantifier") << ok + "start\t起{2,1}\t3\t\n"
                                        << "t.tsv:3: pattern";
        QTest::newRow("matches the empty string") << ok + "start\t起?\t3\t\n"
                                                  << "t.tsv:3: pattern \"起?\" matches";
        QTest::newRow("capturing group") << ok + "start\t(起)于\t3\t\n"
                                         << "t.tsv:3: pattern \"(起)于\" has";
        QTest::newRow("empty pattern") << ok + "start\t\t3\t\n"
                                       << "t.tsv:3: empty pattern";
        QTest::newRow("no rows at all") << QStringLiteral("# only comments\n\n") << "t.tsv:3: no rows";
        QTest::newRow("CRLF lines, bad third row")
            << "name_suffix\t路\t3\t\r\nstart\t起于\t3\t\r\nx\ty\t1\t\r\n"
            << "t.tsv:3: unknown category";
    }
    void malformedRowIsAnErrorWithItsLine() {
        QFETCH(QString, tsv);
        QFETCH(QString, error);
        const LexiconLoad load = NoticeLexicon::parse(tsv, QStringLiteral("t.tsv"));
        QVERIFY(!load.ok());
        QVERIFY2(load.error.startsWith(error), qPrintable(load.error));
        QVERIFY(load.rows.isEmpty());
    }

    void wellFormedRowsLoad() {
        const LexiconLoad load = NoticeLexicon::parse(
            QStringLiteral("# c\nname_suffix\t大道{DIR}?\t3\tdir after 大道\r\nact_cancel\t路名消失\t2.5\n"),
            QStringLiteral("t.tsv"));
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.rows.size(), 2);
        QCOMPARE(load.rows[0].line, 2);
        QCOMPARE(load.rows[1].line, 3);
        QCOMPARE(load.rows[1].weight, 2.5);
        QVERIFY(load.rows[0].regex.match(QStringLiteral("大道东")).capturedLength() == 3);
        const NoticeLexicon lexicon(load.rows);
        QCOMPARE(lexicon.weightIn(LexCategory::ActCancel, u"甲路路名消失,乙路路名消失"), 5.0);
        QCOMPARE(lexicon.alternation(LexCategory::Start), QStringLiteral("(?!)"));
    }

    // The shipped file loads, and each category the reader reads has at least one row.
    void builtinLexiconLoads() {
        const LexiconLoad load = NoticeLexicon::parse(builtinText(), QStringLiteral("notice_lexicon.tsv"));
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(NoticeLexicon::instance().rows().size(), load.rows.size());
        for (const auto category :
             {LexCategory::NameSuffix,    LexCategory::NonRoad,   LexCategory::GenericRoad,
              LexCategory::PlaceDistrict, LexCategory::PlaceSub,  LexCategory::PlaceStop,
              LexCategory::PlaceZone,     LexCategory::Direction, LexCategory::Start,
              LexCategory::End,           LexCategory::Turn,      LexCategory::Via,
              LexCategory::Measure,       LexCategory::ActName,   LexCategory::ActRename,
              LexCategory::ActAdjust,     LexCategory::ActCancel, LexCategory::ActKeep,
              LexCategory::Subject,       LexCategory::Before,    LexCategory::After,
              LexCategory::Negative,      LexCategory::ActGroup,  LexCategory::Example,
              LexCategory::Junction,      LexCategory::Crossing,  LexCategory::Landmark,
              LexCategory::Surface})
            QVERIFY2(!NoticeLexicon::instance().rowsOf(category).isEmpty(),
                     qPrintable(NoticeLexicon::categoryName(category)));
    }

    // No row is a road name: none matches a whole labelled name or former name of the development set.
    void noRoadNamesInTheLexicon() {
        const QStringList names = labelledNames();
        QVERIFY(names.size() > 150);
        for (const auto& row : NoticeLexicon::instance().rows()) {
            const QRegularExpression whole(QStringLiteral("^(?:") + row.regex.pattern() +
                                               QStringLiteral(")$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
            for (const auto& name : names)
                QVERIFY2(!whole.match(name).hasMatch(),
                         qPrintable(QStringLiteral("notice_lexicon.tsv:%1 (%2) matches the road name %3")
                                        .arg(row.line)
                                        .arg(row.pattern, name)));
        }
    }

    // Place stop words: generic area nouns are never districts; names that end in them are.
    void genericAreas_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("generic");
        for (const char* w :
             {"小区", "阳光小区", "东湖社区", "老城区", "中心城区", "主城区", "市辖区", "片区", "北部片区",
              "厂区", "校区", "住宅区", "城区", "园区", "辖区", "我区", "本县"})
            QTest::newRow(w) << QString::fromUtf8(w) << true;
        for (const char* w : {"船营区", "东城区", "西城区", "高新区", "工业园区", "苏州工业园区", "风景区",
                              "溧水经济开发区", "即墨区", "矿区", "新城区"})
            QTest::newRow(w) << QString::fromUtf8(w) << false;
    }
    void genericAreas() {
        QFETCH(QString, word);
        QFETCH(bool, generic);
        QCOMPARE(isGenericArea(word), generic);
    }
};

QTEST_GUILESS_MAIN(TestNoticeLexicon)
#include "tst_notice_lexicon.moc"
