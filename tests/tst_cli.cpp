// The luming command as a user runs it: summaries, outputs, and exit statuses for each kind of failure.
// ctest-label: system
// links: Qt6::Core
#include "cli_run.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using luming::test::Run;
using luming::test::runLuming;

QString samplePath(const QString& name) {
    return luming::test::sharedPath(QStringLiteral("samples/") + name);
}

// Roads in a notice file or project, as `luming export -f csv` writes them; a CSV left by an earlier
// call is replaced.
int exportedRoads(const QString& src, const QString& csv) {
    const Run e = runLuming({QStringLiteral("export"), src, QStringLiteral("-f"), QStringLiteral("csv"),
                             QStringLiteral("-o"), csv, QStringLiteral("--overwrite")});
    if (e.status != 0)
        return -1;
    // Counted by the export itself (it reads the file back): lines would not do, 原文 may span several.
    static const QRegularExpression wrote(QStringLiteral("wrote (\\d+) roads"));
    const QRegularExpressionMatch m = wrote.match(e.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QByteArray sha(const QString& path) {
    return QCryptographicHash::hash(luming::test::readAll(path), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void summaryOfTheSeed() {
        const Run r = runLuming({QStringLiteral("parse"), luming::test::seedNoticePath()});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("济政字〔2021〕62号")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2021-09-03")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("59 roads: 市中区 9, 历城区 44, 济南高新区 6")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("风集路")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("荷葉路")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    // The summary in the user's language: sentences and findings in Chinese, names and numbers kept.
    void summaryOfTheSeedInChinese() {
        const Run r = runLuming({QStringLiteral("parse"), luming::test::seedNoticePath()},
                                {QStringLiteral("LC_ALL=zh_CN.UTF-8"), QStringLiteral("LANG=zh_CN.UTF-8")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("59 条道路：市中区 9，历城区 44，济南高新区 6")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("发现：")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("很可能是同一条路")), qPrintable(r.out)); // 风集路 / 凤集路
        QVERIFY2(!r.out.contains(QStringLiteral(" roads: ")), qPrintable(r.out));
    }

    // The notice's region: detected from its words, or --region (code or name); a name that means no
    // city or several is refused with exit 2, and a project file is refused (it was laid out already).
    void regionOption_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said"); // on stdout for 0, else on stderr
        QTest::newRow("detected 济南")
            << QStringList{} << 0 << QStringLiteral("region: 370100 济南市 (detected)");
        QTest::newRow("--region 青岛 by name")
            << QStringList{QStringLiteral("--region"), QStringLiteral("青岛")} << 0
            << QStringLiteral("region: 370200 青岛市 (chosen)");
        QTest::newRow("--region 370100 by code")
            << QStringList{QStringLiteral("--region"), QStringLiteral("370100")} << 0
            << QStringLiteral("region: 370100 济南市 (chosen)");
        QTest::newRow("--region 市中区 means four cities → 2")
            << QStringList{QStringLiteral("--region"), QStringLiteral("市中区")} << 2
            << QStringLiteral("give the code");
        QTest::newRow("--region unknown → 2")
            << QStringList{QStringLiteral("--region"), QStringLiteral("不存在")} << 2
            << QStringLiteral("no city or county");
    }
    void regionOption() {
        QFETCH(QStringList, extra);
        QFETCH(int, status);
        QFETCH(QString, said);
        const Run r = runLuming(QStringList{QStringLiteral("parse"), luming::test::seedNoticePath()} + extra);
        QCOMPARE(r.status, status);
        QVERIFY2((status == 0 ? r.out : r.err).contains(said), qPrintable(r.out + r.err));
    }

    // Any vector file is searched by name (issue 11 point 4): the seed exported as a GBK shapefile, its
    // names indexed once (a second search reads the cache) and found by two characters.
    void searchAnyLayer() {
        QTemporaryDir dir;
        const QString shp = dir.filePath(QStringLiteral("roads.shp"));
        const Run exported =
            runLuming({QStringLiteral("export"), luming::test::seedNoticePath(), QStringLiteral("-f"),
                       QStringLiteral("shp"), QStringLiteral("--encoding"), QStringLiteral("GBK"),
                       QStringLiteral("-o"), shp});
        QCOMPARE(exported.status, 0);
        const QStringList env{QStringLiteral("XDG_CACHE_HOME=") + dir.filePath(QStringLiteral("cache"))};
        const Run first = runLuming({QStringLiteral("search"), QStringLiteral("港田"), shp}, env);
        QCOMPARE(first.status, 0);
        QVERIFY2(first.out.contains(QStringLiteral("1 feature(s) for \"港田\"")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("港田路  (roads fid ")), qPrintable(first.out));
        QVERIFY2(first.err.contains(QStringLiteral("indexed 59 named of 59 features")),
                 qPrintable(first.err));
        const Run again = runLuming(
            {QStringLiteral("search"), QStringLiteral("路"), shp, QStringLiteral("-n"), QStringLiteral("5")},
            env);
        QCOMPARE(again.status, 0);
        QVERIFY2(again.out.startsWith(QStringLiteral("5 feature(s)")), qPrintable(again.out));
        QVERIFY2(!again.err.contains(QStringLiteral("indexed")), qPrintable(again.err)); // from the cache
    }

    // `luming --help` and each command's --help in the locale's language (issue 10 point 5): Chinese under
    // zh_CN, English under C; and no English sentence of the help is left in the Chinese one, so an option
    // added without a translation fails here.
    void helpInTheLocalesLanguage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("luming --help")
            << QStringList{QStringLiteral("--help")} << QStringLiteral("read road-naming notices")
            << QStringLiteral("读取道路命名公告");
        QTest::newRow("luming parse --help")
            << QStringList{QStringLiteral("parse"), QStringLiteral("--help")}
            << QStringLiteral("List every finding.") << QStringLiteral("列出每条检查结果。");
        QTest::newRow("luming layout --help")
            << QStringList{QStringLiteral("layout"), QStringLiteral("--help")}
            << QStringLiteral("Save the laid-out project") << QStringLiteral("将布局后的项目保存到");
        QTest::newRow("luming export --help")
            << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
            << QStringLiteral("Replace the output if it exists") << QStringLiteral("输出文件已存在时替换它");
        QTest::newRow("luming search --help")
            << QStringList{QStringLiteral("search"), QStringLiteral("--help")}
            << QStringLiteral("At most N results") << QStringLiteral("最多 N 条结果");
        QTest::newRow("luming history --help")
            << QStringList{QStringLiteral("history"), QStringLiteral("--help")}
            << QStringLiteral("Show the history of a road name")
            << QStringLiteral("显示一个路名在各公告中的历史");
        QTest::newRow("luming schema --help")
            << QStringList{QStringLiteral("schema"), QStringLiteral("--help")}
            << QStringLiteral("prints docs/schema.md") << QStringLiteral("输出 docs/schema.md");
    }
    void helpInTheLocalesLanguage() {
        QFETCH(QStringList, args);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const bool exitStatuses = args.first() != u"schema";
        const Run en = runLuming(args, {QStringLiteral("LC_ALL=C"), QStringLiteral("LANG=C")});
        QCOMPARE(en.status, 0);
        QVERIFY2(en.out.contains(english), qPrintable(en.out));
        QVERIFY2(!exitStatuses || en.out.contains(QStringLiteral("no road-naming notice")),
                 qPrintable(en.out));
        QVERIFY2(!en.out.contains(QStringLiteral("用法")), qPrintable(en.out));
        const Run zh =
            runLuming(args, {QStringLiteral("LC_ALL=zh_CN.UTF-8"), QStringLiteral("LANG=zh_CN.UTF-8")});
        QCOMPARE(zh.status, 0);
        QVERIFY2(zh.out.contains(chinese), qPrintable(zh.out));
        QVERIFY2(!exitStatuses || zh.out.contains(QStringLiteral("输入文件中没有道路命名公告")),
                 qPrintable(zh.out));
        // An English line holding words (not only options and file names) must not come back unchanged.
        static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}"));
        QStringList left;
        for (const QString& line : en.out.split(u'\n'))
            if (line.contains(words) && zh.out.contains(line))
                left << line;
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("English left in the Chinese help:\n") + left.join(u'\n')));
    }

    void failures_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("named");
        const QString negative = luming::test::seedPath(QStringLiteral("002_2063dfe385f06b2c.txt"));
        QTest::newRow("gazette with no naming notice → 4") << QStringList{QStringLiteral("parse"), negative}
                                                           << 4 << QStringLiteral("002_2063dfe385f06b2c.txt");
        QTest::newRow("missing file → 3")
            << QStringList{QStringLiteral("parse"), QStringLiteral("/nonexistent/x.txt")} << 3
            << QStringLiteral("x.txt");
        QTest::newRow("no arguments → 2")
            << QStringList{QStringLiteral("parse")} << 2 << QStringLiteral("no input");
        QTest::newRow("unknown command → 2")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("frobnicate");
        QTest::newRow("unsupported output type → 2")
            << QStringList{QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"),
                           QStringLiteral("/tmp/x.docx")}
            << 2 << QStringLiteral("x.docx");
        QTest::newRow("endless input (/dev/zero) over the 256 MiB limit → 3")
            << QStringList{QStringLiteral("parse"), QStringLiteral("/dev/zero")} << 3
            << QStringLiteral("/dev/zero: it goes on past the 256 MiB");
        QTest::newRow("output folder missing → 5")
            << QStringList{QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"),
                           QStringLiteral("/nonexistent/dir/out.json")}
            << 5 << QStringLiteral("out.json");
    }
    void failures() {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, named);
        const Run r = runLuming(args);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one clear line
    }

    // Names printed from a notice never drive the terminal: ESC sequences, C1 controls and U+202E are
    // shown as visible stand-ins (issue 13, point 9).
    void controlCharactersPrintedVisibly_data() {
        QTest::addColumn<QString>("inserted"); // into a road name of the seed, 祈福街
        QTest::addColumn<QString>("shown");
        QTest::newRow("ESC colour sequence") << QStringLiteral("\x1b[31m") << QStringLiteral("\u241b[31m");
        // The reader ends the name at ';': what remains of the sequence is printed, visibly.
        QTest::newRow("ESC OSC window title")
            << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\u241b]0 is");
        QTest::newRow("C1 CSI (U+009B)") << QStringLiteral("\u009b2J") << QStringLiteral("<U+009B>2J");
        QTest::newRow("backspaces") << QStringLiteral("\b\b\b") << QStringLiteral("\u2408\u2408\u2408");
    }
    void controlCharactersPrintedVisibly() {
        QFETCH(QString, inserted);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        QString text = QString::fromUtf8(luming::test::readAll(luming::test::seedNoticePath()));
        const qsizetype at = text.indexOf(QStringLiteral("东起观音祠 路"));
        QVERIFY(at > 0);
        text.insert(at + 2, inserted); // inside the endpoint name, which the summary lists
        const QString path = dir.filePath(QStringLiteral("escape.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        QProcess p;
        p.start(QStringLiteral(LUMING_CLI_PATH), {QStringLiteral("parse"), QStringLiteral("-v"), path});
        QVERIFY(p.waitForFinished(300000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(!out.contains('\x1b') && !out.contains('\x07') && !out.contains('\b') &&
                     !out.contains("\xC2\x9B"),
                 out.constData());
        QVERIFY2(QString::fromUtf8(out).contains(shown), out.constData());
    }

    void jsonOutput() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roads.json"));
        const Run r =
            runLuming({QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"), path});
        QCOMPARE(r.status, 0);
        const QJsonObject doc = QJsonDocument::fromJson(luming::test::readAll(path)).object();
        const QJsonArray notices = doc.value(u"notices").toArray();
        QCOMPARE(notices.size(), 1);
        const QJsonObject n = notices.first().toObject();
        QCOMPARE(n.value(u"doc_number").toString(), QStringLiteral("济政字〔2021〕62号"));
        QCOMPARE(n.value(u"roads").toArray().size(), 59);
        const QJsonObject first = n.value(u"roads").toArray().first().toObject();
        QCOMPARE(first.value(u"name").toString(), QStringLiteral("祈福街"));
        QCOMPARE(first.value(u"length_m").toInt(), 447);
        QVERIFY(first.value(u"old_name").isNull());
        QVERIFY(first.value(u"source").toObject().value(u"line").toInt() > 0);
    }

    // A failed write leaves an earlier output exactly as it was. The folder is made unwritable; as root
    // (CI) permissions do not stop writes, so the immutable attribute is used instead where it can be set.
    void failedWriteKeepsEarlierOutput_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("json") << "roads.json";
        QTest::newRow("csv") << "roads.csv";
        QTest::newRow("gpkg") << "roads.gpkg";
    }
    void failedWriteKeepsEarlierOutput() {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QCOMPARE(
            runLuming({QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"), path})
                .status,
            0);
        const QByteArray before = sha(path);
        const bool immutable =
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), dir.path()}) == 0;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Run r =
            runLuming({QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"), path});
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), dir.path()});
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (r.status == 0 && !immutable)
            QSKIP("cannot make the folder unwritable here (root without chattr)");
        QCOMPARE(r.status, 5);
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QCOMPARE(sha(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp file left
    }

    // README's table: 5 = the output could not be written, 6 = the export failed for the data/options.
    void exportExitStatus_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output"); // relative to a fresh folder
        QTest::addColumn<QString>("setUp"); // "folder": output is a folder; "readonly": an existing 0444 file
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("named");
        QTest::newRow("shp into a missing folder → 5") << "shp"
                                                       << "no/such/roads.shp"
                                                       << "" << 5 << "does not exist";
        QTest::newRow("shp onto a folder → 5") << "shp"
                                               << "roads.shp"
                                               << "folder" << 5 << "is a folder";
        QTest::newRow("csv onto a read-only file → 5") << "csv"
                                                       << "roads.csv"
                                                       << "readonly" << 5 << "read-only";
        QTest::newRow("GBK asked for a GeoPackage → 6") << "gpkg"
                                                        << "roads.gpkg"
                                                        << "gbk" << 6 << "GBK";
    }
    void exportExitStatus() {
        QFETCH(QString, format);
        QFETCH(QString, output);
        QFETCH(QString, setUp);
        QFETCH(int, status);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(output);
        if (setUp == u"folder")
            QVERIFY(QDir().mkpath(path));
        if (setUp == u"readonly") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("earlier\n") > 0);
            f.close();
            QVERIFY(
                f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        QStringList args{QStringLiteral("export"), luming::test::seedNoticePath(),
                         QStringLiteral("-f"),     format,
                         QStringLiteral("-o"),     path};
        if (setUp == u"gbk")
            args << QStringLiteral("--encoding") << QStringLiteral("GBK");
        const Run r = runLuming(args);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        if (setUp == u"readonly")
            QCOMPARE(luming::test::readAll(path), QByteArray("earlier\n"));
    }

    // Issue 13 point 3: no command line makes a project (or a notice) unreadable by writing onto its source.
    void writingOntoTheSourceIsRefused_data() {
        QTest::addColumn<QStringList>("args"); // {SOURCE} and {DIR} are replaced
        QTest::addColumn<QString>("source");   // the file that must come out unchanged, relative to {DIR}
        QTest::addColumn<QString>("alias");    // "" / "symlink NAME" / "hardlink NAME": NAME → source
        const QString parse = QStringLiteral("parse");
        const QString exp = QStringLiteral("export");
        const QString f = QStringLiteral("-f");
        const QString o = QStringLiteral("-o");
        QTest::newRow("export p.gpkg -f gpkg -o p.gpkg")
            << QStringList{exp, QStringLiteral("{DIR}/p.gpkg"), f, QStringLiteral("gpkg"),
                           o,   QStringLiteral("{DIR}/p.gpkg")}
            << "p.gpkg"
            << "";
        QTest::newRow("export p.gpkg onto a symlink to it")
            << QStringList{exp, QStringLiteral("{DIR}/p.gpkg"),   f, QStringLiteral("gpkg"),
                           o,   QStringLiteral("{DIR}/link.gpkg")}
            << "p.gpkg"
            << "symlink link.gpkg";
        QTest::newRow("export p.gpkg onto a hard link to it")
            << QStringList{exp, QStringLiteral("{DIR}/p.gpkg"),   f, QStringLiteral("gpkg"),
                           o,   QStringLiteral("{DIR}/hard.gpkg")}
            << "p.gpkg"
            << "hardlink hard.gpkg";
        QTest::newRow("export via a symlink onto the project")
            << QStringList{exp, QStringLiteral("{DIR}/link.gpkg"), f, QStringLiteral("gpkg"),
                           o,   QStringLiteral("{DIR}/p.gpkg")}
            << "p.gpkg"
            << "symlink link.gpkg";
        QTest::newRow("export -f shp whose .dbf would be the source notice")
            << QStringList{exp, QStringLiteral("{DIR}/roads.dbf"), f, QStringLiteral("shp"),
                           o,   QStringLiteral("{DIR}/roads.shp")}
            << "roads.dbf"
            << "";
        QTest::newRow("parse notice.json -o notice.json")
            << QStringList{parse, QStringLiteral("{DIR}/notice.json"), o, QStringLiteral("{DIR}/notice.json")}
            << "notice.json"
            << "";
        QTest::newRow("parse notice -o a hard link to it")
            << QStringList{parse, QStringLiteral("{DIR}/notice.csv"), o, QStringLiteral("{DIR}/hard.csv")}
            << "notice.csv"
            << "hardlink hard.csv";
    }
    void writingOntoTheSourceIsRefused() {
        QFETCH(QStringList, args);
        QFETCH(QString, source);
        QFETCH(QString, alias);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.gpkg"));
        QCOMPARE(runLuming(
                     {QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"), project})
                     .status,
                 0);
        for (const char* copy : {"roads.dbf", "notice.json", "notice.csv"})
            QVERIFY(QFile::copy(luming::test::seedNoticePath(), dir.filePath(QLatin1String(copy))));
        const QString sourcePath = dir.filePath(source);
        if (alias.startsWith(u"symlink "))
            QVERIFY(QFile::link(sourcePath, dir.filePath(alias.mid(8))));
        if (alias.startsWith(u"hardlink "))
            QCOMPARE(QProcess::execute(QStringLiteral("ln"), {sourcePath, dir.filePath(alias.mid(9))}), 0);
        const QByteArray before = sha(sourcePath);
        for (QString& a : args)
            a.replace(QStringLiteral("{DIR}"), dir.path());

        const Run r = runLuming(args);
        QCOMPARE(r.status, 5);
        QVERIFY2(r.err.contains(QLatin1String("read from")) || r.err.contains(QLatin1String("input file")),
                 qPrintable(r.err));
        QCOMPARE(sha(sourcePath), before);
        // The project still opens: exported from it afresh.
        const Run check =
            runLuming({QStringLiteral("export"), project, QStringLiteral("-f"), QStringLiteral("csv"),
                       QStringLiteral("-o"), dir.filePath(QStringLiteral("check.csv"))});
        QVERIFY2(check.status == 0, qPrintable(check.err));
    }

    // Saving through a symbolic link writes the project it names (the link stays a link).
    void parseOutputThroughSymlinkUpdatesTheProject() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.gpkg"));
        const QString link = dir.filePath(QStringLiteral("link.gpkg"));
        QCOMPARE(runLuming(
                     {QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"), project})
                     .status,
                 0);
        QVERIFY(QFile::link(project, link));
        const QString other = luming::test::sharedPath(QStringLiteral("samples/02_jinan_2009_pifu.txt"));
        const Run r = runLuming({QStringLiteral("parse"), other, QStringLiteral("-o"), link});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(link).isSymLink());
        const Run e =
            runLuming({QStringLiteral("export"), project, QStringLiteral("-f"), QStringLiteral("csv"),
                       QStringLiteral("-o"), dir.filePath(QStringLiteral("all.csv"))});
        QVERIFY2(e.out.contains(QStringLiteral("wrote 67 roads")), qPrintable(e.out + e.err));
    }

    void geopackageOutputReplacesByDocumentNumber() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roads.gpkg"));
        for (int i = 0; i < 2; ++i) {
            const Run r = runLuming(
                {QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"), path});
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        // Exported back out of the .gpkg: still 59, not 118.
        const QString csv = dir.filePath(QStringLiteral("roads.csv"));
        const Run e = runLuming({QStringLiteral("export"), path, QStringLiteral("-f"), QStringLiteral("csv"),
                                 QStringLiteral("-o"), csv});
        QVERIFY2(e.status == 0, qPrintable(e.err));
        QVERIFY2(e.out.contains(QStringLiteral("59")), qPrintable(e.out));
    }

    // Issue 13 point 2: notices are keyed by NoticeId, so untitled notices (07, 05, 13 print no document
    // number) live side by side; the same text imported again replaces itself.
    void projectHoldsEveryNotice_data() {
        QTest::addColumn<QList<QStringList>>("runs"); // one `parse … -o p.gpkg` per entry
        QTest::addColumn<QStringList>("distinct");    // the files whose roads the project must hold
        const QString s07 = QStringLiteral("07_qingdao_jimo_trad.txt");
        const QString s05 = QStringLiteral("05_jilin_2024_tonggao.txt");
        const QString s13 = QStringLiteral("13_jingzhou_2024_news.txt");
        QTest::newRow("parse 07; parse 05: both kept")
            << QList<QStringList>{{s07}, {s05}} << QStringList{s07, s05};
        QTest::newRow("parse 07 05 13: all three kept")
            << QList<QStringList>{{s07, s05, s13}} << QStringList{s07, s05, s13};
        QTest::newRow("parse 07; parse 07: replaced, not doubled")
            << QList<QStringList>{{s07}, {s07}} << QStringList{s07};
        QTest::newRow("parse 07 05 13; parse 05: still three")
            << QList<QStringList>{{s07, s05, s13}, {s05}} << QStringList{s07, s05, s13};
    }
    void projectHoldsEveryNotice() {
        QFETCH(QList<QStringList>, runs);
        QFETCH(QStringList, distinct);
        QTemporaryDir dir;
        int expected = 0;
        for (const QString& file : distinct) {
            const int n = exportedRoads(samplePath(file), dir.filePath(file + QStringLiteral(".csv")));
            QVERIFY2(n > 0, qPrintable(file));
            expected += n;
        }
        const QString gpkg = dir.filePath(QStringLiteral("p.gpkg"));
        for (const QStringList& files : runs) {
            QStringList args{QStringLiteral("parse")};
            for (const QString& f : files)
                args << samplePath(f);
            const Run r = runLuming(args << QStringLiteral("-o") << gpkg);
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        QCOMPARE(exportedRoads(gpkg, dir.filePath(QStringLiteral("all.csv"))), expected);
    }

    // The same document number is the same notice: an edited text of 62号 replaces the first.
    void sameDocumentNumberReplaces() {
        QTemporaryDir dir;
        const QString edited = dir.filePath(QStringLiteral("62_edited.txt"));
        QString text = QString::fromUtf8(luming::test::readAll(luming::test::seedNoticePath()));
        QVERIFY(text.contains(QStringLiteral("港田路")));
        text.replace(QStringLiteral("港田路"), QStringLiteral("港田新路"));
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const QString gpkg = dir.filePath(QStringLiteral("p.gpkg"));
        for (const QString& src : {luming::test::seedNoticePath(), edited}) {
            const Run r = runLuming({QStringLiteral("parse"), src, QStringLiteral("-o"), gpkg});
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        const QString csv = dir.filePath(QStringLiteral("all.csv"));
        QCOMPARE(exportedRoads(gpkg, csv), 59);
        QVERIFY(QString::fromUtf8(luming::test::readAll(csv)).contains(QStringLiteral("港田新路")));
    }

    void exportShapefileFromNotice() {
        QTemporaryDir dir;
        const QString shp = dir.filePath(QStringLiteral("roads.shp"));
        const Run r = runLuming({QStringLiteral("export"), luming::test::seedNoticePath(),
                                 QStringLiteral("-f"), QStringLiteral("shp"), QStringLiteral("--encoding"),
                                 QStringLiteral("GBK"), QStringLiteral("-o"), shp});
        QVERIFY2(r.status == 0, qPrintable(r.err + r.out));
        QVERIFY(QFile::exists(shp));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("roads.cpg"))));
        QCOMPARE(luming::test::readAll(dir.filePath(QStringLiteral("roads.cpg"))).trimmed(),
                 QByteArray("936"));
    }

    void search_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("繁简-insensitive name") << "荷叶"
                                               << "1 road(s)";
        QTest::newRow("district") << "历城区"
                                  << "44 road(s)";
        QTest::newRow("endpoint 凤集路 and 风集路, flagged as its variant") << "凤集路"
                                                                            << "10 road(s)";
        QTest::newRow("a space typed inside") << "港田 路"
                                              << "11 road(s)";
        QTest::newRow("pinyin")
            << "gangtianlu"
            << "1 road(s) for \"gangtianlu\"\n  港田路  历城区 港沟街道  (济政字〔2021〕62号 item 29; "
               "name, pinyin)";
        QTest::newRow("pinyin initials")
            << "gtl"
            << "1 road(s) for \"gtl\"\n  港田路  历城区 港沟街道  (济政字〔2021〕62号 item "
               "29; name, initials)";
        QTest::newRow("the variant pair says what was printed")
            << "凤集路"
            << "10 road(s) for \"凤集路\"\n  风集路  历城区 港沟街道  (济政字〔2021〕62号 item 32; name, "
               "variant: "
               "printed 风集路, 9 item(s) say 凤集路)";
        QTest::newRow("one character") << "荷"
                                       << "5 road(s)"; // items 54–58
    }
    void search() {
        QFETCH(QString, query);
        QFETCH(QString, firstLine);
        QTemporaryDir dir;
        const QString gpkg = dir.filePath(QStringLiteral("roads.gpkg"));
        QCOMPARE(
            runLuming({QStringLiteral("parse"), luming::test::seedNoticePath(), QStringLiteral("-o"), gpkg})
                .status,
            0);
        for (const QString& src : {gpkg, luming::test::seedNoticePath()}) {
            const Run r = runLuming({QStringLiteral("search"), query, src});
            QCOMPARE(r.status, 0);
            QVERIFY2(r.out.startsWith(firstLine), qPrintable(r.out));
        }
    }

    void history() {
        const Run r =
            runLuming({QStringLiteral("history"), QStringLiteral("荷叶路"), luming::test::seedNoticePath()});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("荷葉路 — named")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2021-09-03  name  济政字〔2021〕62号 item 55")),
                 qPrintable(r.out));
    }

    void historyFindsTheVariantPair() {
        // 凤集路 is what 9 items say; the road is printed 风集路: one road for the history (NameKey).
        const Run r =
            runLuming({QStringLiteral("history"), QStringLiteral("凤集路"), luming::test::seedNoticePath()});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("风集路 — named")), qPrintable(r.out));
    }

    // Why a road matched and what a notice did to it (issue 10 point 5): the codes under C, words under
    // zh_CN — the action's from the value-label table the viewer shows — and no code left in Chinese.
    void codesInTheLocalesLanguage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        const QString seed = luming::test::seedNoticePath();
        QTest::newRow("search: by name, pinyin")
            << QStringList{QStringLiteral("search"), QStringLiteral("gangtianlu"), seed}
            << QStringLiteral("item 29; name, pinyin)") << QStringLiteral("第 29 条; 名称, 拼音)");
        QTest::newRow("search: by name, pinyin initials")
            << QStringList{QStringLiteral("search"), QStringLiteral("gtl"), seed}
            << QStringLiteral("; name, initials)") << QStringLiteral("; 名称, 拼音首字母)");
        QTest::newRow("search: by 区")
            << QStringList{QStringLiteral("search"), QStringLiteral("历城区"), seed}
            << QStringLiteral("; district: 历城区)") << QStringLiteral("; 区县: 历城区)");
        QTest::newRow("search: the variant pair")
            << QStringList{QStringLiteral("search"), QStringLiteral("凤集路"), seed}
            << QStringLiteral("item 32; name, variant: ") << QStringLiteral("第 32 条; 名称, 异写: ");
        QTest::newRow("search: by end road")
            << QStringList{QStringLiteral("search"), QStringLiteral("凤集路"), seed}
            << QStringLiteral("; endpoint: 凤集路") << QStringLiteral("; 起止道路: 凤集路");
        QTest::newRow("history: the road's status")
            << QStringList{QStringLiteral("history"), QStringLiteral("荷叶路"), seed}
            << QStringLiteral("荷葉路 — named;") << QStringLiteral("荷葉路 — 已命名；");
        QTest::newRow("history: what the notice did")
            << QStringList{QStringLiteral("history"), QStringLiteral("荷叶路"), seed}
            << QStringLiteral("  2021-09-03  name  ") << QStringLiteral("  2021-09-03  命名  ");
    }
    void codesInTheLocalesLanguage() {
        QFETCH(QStringList, args);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const Run en = runLuming(args, {QStringLiteral("LC_ALL=C"), QStringLiteral("LANG=C")});
        QCOMPARE(en.status, 0);
        QVERIFY2(en.out.contains(english), qPrintable(en.out));
        const Run zh =
            runLuming(args, {QStringLiteral("LC_ALL=zh_CN.UTF-8"), QStringLiteral("LANG=zh_CN.UTF-8")});
        QCOMPARE(zh.status, 0);
        QVERIFY2(zh.out.contains(chinese), qPrintable(zh.out));
        QVERIFY2(!zh.out.contains(english), qPrintable(zh.out));
    }

    void layoutReportSaysSchematic() {
        const Run r = runLuming({QStringLiteral("layout"), luming::test::seedNoticePath()});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Schematic")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("59 roads drawn")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
