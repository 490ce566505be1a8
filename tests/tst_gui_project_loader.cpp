// ctest-label: gui
// links: luming_app_core
// What File → Open does before anything is drawn: the bundled notice (seed 济政字〔2021〕62号) read,
// laid out and projected for the map on the loader's thread; a PDF of the notice read through
// poppler's text layer; the per-user project cache (same project back, a key that follows every
// input); and the messages for files that cannot be opened.
#include "gui_test_project.h"
#include "project_cache.h"
#include "project_loader.h"
#include "store/road_store.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace luming;
using namespace luming::app;

namespace {

int roadCount(const Project& p) {
    int n = 0;
    for (const Notice& notice : p.parse.notices)
        n += int(notice.roads.size());
    return n;
}

} // namespace

class TestGuiProjectLoader : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::optional<Project> fresh_; // the seed, built without the cache

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the cache goes to a test folder, not the user's
        // Start from an empty cache: an earlier run of this test left its entries there.
        QVERIFY(ProjectCache().folder().contains(QStringLiteral("qttest")));
        QDir(ProjectCache().folder()).removeRecursively();
        QVERIFY(dir_.isValid());
        const ProjectLoad load = ProjectLoader::load(test::seedNoticePath(), CacheUse::Off);
        QVERIFY2(load.project, qPrintable(load.error));
        fresh_ = load.project;
    }

    void seedNoticeIsReadLaidOutAndProjected() {
        const ProjectLoad load = ProjectLoader::load(test::seedNoticePath(), CacheUse::Off);
        QVERIFY2(load.project, qPrintable(load.error));
        QVERIFY(!load.fromCache);
        QCOMPARE(roadCount(*load.project), 59);
        QCOMPARE(load.project->roads.size(), 59); // every road placed by the layout
        QVERIFY(!load.project->districts.isEmpty());
        QVERIFY(load.scene.has_value());
        QVERIFY(load.scene->roads());
        QCOMPARE(load.scene->roads()->featureCount(), 59);
        QVERIFY(load.elapsedMs > 0);
    }

    void cacheGivesTheSameProjectBack() {
        const ProjectCache cache(dir_.filePath(QStringLiteral("cache")));
        const QString key = cache.keyFor(test::seedNoticePath());
        QCOMPARE(key.size(), 64); // SHA-256, hex
        QVERIFY(!cache.load(key, test::seedNoticePath()));
        QCOMPARE(cache.save(key, *fresh_), QString());
        const std::optional<Project> cached = cache.load(key, test::seedNoticePath());
        QVERIFY(cached);
        QCOMPARE(cached->parse.file, QFileInfo(test::seedNoticePath()).absoluteFilePath());
        QCOMPARE(roadCount(*cached), 59);
        QCOMPARE(cached->roads.size(), fresh_->roads.size());
        QCOMPARE(cached->districts.size(), fresh_->districts.size());
        QCOMPARE(cached->layoutReport.size(), fresh_->layoutReport.size());
        const Notice& a = fresh_->parse.notices.first();
        const Notice& b = cached->parse.notices.first();
        QCOMPARE(b.docNumber, a.docNumber);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.findings.size(), a.findings.size());
        for (int i = 0; i < a.roads.size(); ++i) {
            QCOMPARE(b.roads.at(i).name, a.roads.at(i).name);
            QCOMPARE(b.roads.at(i).source.text, a.roads.at(i).source.text);
        }
        for (const RoadGeometry& g : fresh_->roads) {
            const auto it = std::find_if(cached->roads.begin(), cached->roads.end(),
                                         [&](const RoadGeometry& c) { return c.id == g.id; });
            QVERIFY(it != cached->roads.end());
            QCOMPARE(it->points.size(), g.points.size());
            for (int i = 0; i < g.points.size(); ++i) {
                // Stored as GeoPackage doubles: exact to well under a millimetre (1e-9° ≈ 0.1 mm).
                QVERIFY(qAbs(it->points.at(i).lon - g.points.at(i).lon) < 1e-9);
                QVERIFY(qAbs(it->points.at(i).lat - g.points.at(i).lat) < 1e-9);
            }
        }
    }

    void cacheKeyFollowsTheNotice() {
        const ProjectCache cache(dir_.filePath(QStringLiteral("cache")));
        const QString copy = dir_.filePath(QStringLiteral("copy.txt"));
        QVERIFY(QFile::copy(test::seedNoticePath(), copy));
        QCOMPARE(cache.keyFor(copy), cache.keyFor(test::seedNoticePath())); // same bytes, same key
        QFile file(copy);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n");
        file.close();
        QVERIFY(cache.keyFor(copy) != cache.keyFor(test::seedNoticePath()));
        QVERIFY(cache.keyFor(dir_.filePath(QStringLiteral("missing.txt"))).isEmpty());
    }

    void secondLoadComesFromTheCache() {
        // The loader's own cache (test-mode location): written in the background after a fresh build.
        const QString copy = dir_.filePath(QStringLiteral("notice-for-cache.txt"));
        QVERIFY(QFile::copy(test::seedNoticePath(), copy));
        const ProjectLoad first = ProjectLoader::load(copy);
        QVERIFY2(first.project, qPrintable(first.error));
        QVERIFY(!first.fromCache);
        QThreadPool::globalInstance()->waitForDone();
        const ProjectLoad second = ProjectLoader::load(copy);
        QVERIFY2(second.project, qPrintable(second.error));
        QVERIFY(second.fromCache);
        QCOMPARE(roadCount(*second.project), 59);
        QCOMPARE(second.scene->roads()->featureCount(), 59);
    }

    void pdfNoticeIsReadThroughItsTextLayer() {
        // A PDF made here from the notice's own text (items 1-9, 市中区), with the CJK font embedded.
        const QString pdf = dir_.filePath(QStringLiteral("notice.pdf"));
        const QStringList lines =
            QString::fromUtf8(test::readAll(test::seedNoticePath())).split(QLatin1Char('\n'));
        const QStringList excerpt = lines.mid(123, 22); // title (line 124) … 一、市中区(9条) … item 9
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QTextDocument doc;
            doc.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
            doc.setPlainText(excerpt.join(QLatin1Char('\n')));
            doc.setPageSize(QSizeF(writer.width(), writer.height()));
            QPainter painter(&writer);
            doc.drawContents(&painter);
        }
        // QPdfWriter's text layer maps shared glyphs to radical code points (⼈⺠ for 人民); the
        // parser's normaliser folds them back.
        const ProjectLoad load = ProjectLoader::load(pdf, CacheUse::Off);
        QVERIFY2(load.project, qPrintable(load.error));
        QVERIFY(!load.project->parse.notices.isEmpty());
        const Notice& notice = load.project->parse.notices.first();
        QCOMPARE(notice.docNumber, QStringLiteral("济政字〔2021〕62号"));
        QVERIFY2(notice.roads.size() >= 9, qPrintable(QString::number(notice.roads.size())));
        QCOMPARE(notice.roads.first().name, QStringLiteral("祈福街"));
    }

    void unreadableFilesSayWhy_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // written first unless null
        QTest::newRow("missing file") << "nothing-here.txt" << QByteArray();
        QTest::newRow("gazette without a naming notice (seed 001)") << "" << QByteArray();
        QTest::newRow("not a PDF") << "fake.pdf" << QByteArray("plain text, not a PDF");
        QTest::newRow("not a GeoPackage") << "fake.gpkg" << QByteArray("SQLite format 2? no");
    }
    void unreadableFilesSayWhy() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QString path =
            file.isEmpty() ? test::seedPath(QStringLiteral("001_ac46b9b5a2bdc03d.txt")) : dir_.filePath(file);
        if (!content.isNull()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const ProjectLoad load = ProjectLoader::load(path, CacheUse::Off);
        QVERIFY(!load.project);
        QVERIFY2(load.error.contains(QFileInfo(path).fileName()), qPrintable(load.error));
    }
};

QTEST_MAIN(TestGuiProjectLoader)
#include "tst_gui_project_loader.moc"
