// ctest-label: unit
// links: luming_app_core
// Chinese throughout (issue 10 point 5): every string the viewer shows has a finished zh_CN translation
// (lupdate is run over the sources now and compared with the committed .ts, so a new tr() without a
// translation fails here), and every finding the reader and validator say — on the seed and every
// sample — is a sentence of the finding table that the viewer translates, arguments kept.
#include "core/finding_messages.h"
#include "notice/notice_parser.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace luming;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString translation;
    bool finished = false; // a translation that is neither empty nor marked unfinished/vanished/obsolete
};

QList<TsMessage> readTs(const QString& tsPath, QString* error) {
    QList<TsMessage> out;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tsPath + QStringLiteral(": ") + file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                m = TsMessage{context, {}, {}, false};
            } else if (xml.name() == u"source") {
                m.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                m.finished = type != u"unfinished" && type != u"vanished" && type != u"obsolete";
                m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                m.finished = m.finished && !m.translation.isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: line %2: %3").arg(tsPath).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// The sources lupdate reads for one translation file.
QStringList sourcesIn(const QString& folder, const QStringList& only = {}) {
    const QDir dir(QStringLiteral(LUMING_SOURCE_DIR "/") + folder);
    QStringList files;
    const QStringList names =
        only.isEmpty() ? dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files) : only;
    for (const QString& f : names)
        files << dir.filePath(f);
    return files;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyStringHasChinese_data() {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("ts");
        QTest::newRow("viewer") << sourcesIn(QStringLiteral("app")) << "app/translations/luming_zh_CN.ts";
        QTest::newRow("command-line summaries")
            << sourcesIn(QStringLiteral("cli")) << "cli/translations/luming_cli_zh_CN.ts";
        QTest::newRow("findings") << sourcesIn(QStringLiteral("geo/core"),
                                               {QStringLiteral("finding_messages.cpp")})
                                  << "geo/core/translations/luming_findings_zh_CN.ts";
    }
    void everyStringHasChinese() {
        QFETCH(QStringList, sources);
        QFETCH(QString, ts);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(
            QStringLiteral(LUMING_LUPDATE),
            QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")} +
                sources + QStringList{QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<TsMessage> extracted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(extracted.size() > 5, qPrintable(QString::number(extracted.size())));
        QSet<QPair<QString, QString>> translated;
        for (const TsMessage& m : readTs(QStringLiteral(LUMING_SOURCE_DIR "/") + ts, &error))
            if (m.finished)
                translated.insert({m.context, m.source});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage& m : extracted)
            if (!translated.contains({m.context, m.source}))
                missing << QStringLiteral("%1: %2").arg(m.context, m.source);
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) without a zh_CN translation:\n%2")
                                                   .arg(missing.size())
                                                   .arg(missing.join(QLatin1Char('\n')))));
    }

    void findingSentencesRoundTrip() {
        // No translator: a filled template is recognised and comes back unchanged.
        for (const QString& t : findingTemplates()) {
            QString filled = t;
            for (int n = 1; n <= 9; ++n)
                filled.replace(QStringLiteral("%%1").arg(n), QStringLiteral("«%1»").arg(n * 7));
            QVERIFY2(isKnownFindingMessage(filled), qPrintable(filled));
            QCOMPARE(translateFindingMessage(filled), filled);
        }
        QVERIFY(!isKnownFindingMessage(QStringLiteral("A sentence no build says.")));
    }

    void findingSentencesInChinese_data() {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("external endpoint")
            << findingMessage(FindingMessage::ExternalEndpoint, {"凤集路", "5、7、9"})
            << "凤集路 不是本公告命名的道路（现状或规划道路）；被第 5、7、9 条引用。";
        QTest::newRow("count with a translated label")
            << findingMessage(FindingMessage::CountMismatchFor, {"renamed roads", "16", "15"})
            << "更名道路：公告声明 16 条道路，读出 15 条。";
        QTest::newRow("nested remark")
            << findingMessage(FindingMessage::ItemRemark,
                              {"3", findingMessage(FindingMessage::NameMismatch, {"甲路", "乙路"})})
            << "第 3 条：条目标题为 甲路，正文却命名道路 乙路；已采用 乙路。";
        QTest::newRow("a list of missing fields")
            << findingMessage(FindingMessage::ItemNotReadFully, {"12", "start, end", "某路。"})
            << "第 12 条未能完整读出（缺少：起点、止点）：“某路。”";
        QTest::newRow("an argument holding %2 is not filled again")
            << findingMessage(FindingMessage::NumberingGap, {"%2"})
            << "条目编号缺少 %2：文本中可能漏了条目。";
    }
    void findingSentencesInChinese() {
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/luming_findings_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const QString said = translateFindingMessage(english);
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(said, chinese);
    }

    // Every finding the reader says on the development texts is a sentence of the table: a new finding
    // written as a literal string (never translated) fails here, naming it.
    void everyFindingIsTranslatable() {
        QStringList files{luming::test::seedNoticePath()};
        QDirIterator it(QStringLiteral(LUMING_TEST_DATA_DIR "/samples"), {QStringLiteral("*.txt")},
                        QDir::Files);
        while (it.hasNext())
            files << it.next();
        QVERIFY(files.size() > 20);
        QStringList unknown;
        int findings = 0;
        for (const QString& f : files) {
            const ParseOutcome parsed = NoticeParser::parseFile(f);
            QList<Finding> all = parsed.result.fileFindings;
            for (const Notice& n : parsed.result.notices)
                all += n.findings;
            for (const Finding& finding : all) {
                ++findings;
                if (!isKnownFindingMessage(finding.message))
                    unknown << QStringLiteral("%1: [%2] %3")
                                   .arg(QFileInfo(f).fileName(), findingCodeText(finding), finding.message);
            }
        }
        QVERIFY(findings > 50);
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("%1 of %2 findings are not in the table:\n%3")
                                                   .arg(unknown.size())
                                                   .arg(findings)
                                                   .arg(unknown.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
