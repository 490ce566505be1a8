// ctest-label: unit
// links: luming_fs luming_core
// geo/fs: the journaled file-set swap finished forward or undone from every intermediate state a crash
// can leave, the journal's own checks, and leftovers::clean leaving a live owner's work alone.
#include "fs/file_swap.h"
#include "fs/leftovers.h"
#include "fs/owner_lock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

// The old set: a.shp, a.dbf, a.qix (no new counterpart); the new set: a.shp, a.dbf, a.cpg.
const QStringList kNew{QStringLiteral("a.shp"), QStringLiteral("a.dbf"), QStringLiteral("a.cpg")};
const QStringList kOldOnly{QStringLiteral("a.qix")};

void put(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QMap<QString, QByteArray> contents(const QString& dir) {
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files.insert(name, f.readAll());
    }
    return files;
}

const QMap<QString, QByteArray> kOldSet{{QStringLiteral("a.shp"), "old shp"},
                                        {QStringLiteral("a.dbf"), "old dbf"},
                                        {QStringLiteral("a.qix"), "old qix"}};
const QMap<QString, QByteArray> kNewSet{{QStringLiteral("a.shp"), "new shp"},
                                        {QStringLiteral("a.dbf"), "new dbf"},
                                        {QStringLiteral("a.cpg"), "new cpg"}};

} // namespace

class TstFileSwap : public QObject {
    Q_OBJECT
private slots:
    void finishedFromEveryStep_data() {
        QTest::addColumn<int>("renamesDone"); // of the live Forward sequence: 3 aside, then 3 placed
        QTest::addColumn<SwapDirection>("direction");
        QTest::addColumn<bool>("endsNew");
        for (int done = 0; done <= 6; ++done) {
            QTest::addRow("forward after %d of 6 renames", done) << done << SwapDirection::Forward << true;
            QTest::addRow("undo after %d of 6 renames", done) << done << SwapDirection::Back << false;
        }
    }
    void finishedFromEveryStep() {
        QFETCH(int, renamesDone);
        QFETCH(SwapDirection, direction);
        QFETCH(bool, endsNew);
        QTemporaryDir target;
        QTemporaryDir staging;
        for (auto it = kOldSet.cbegin(); it != kOldSet.cend(); ++it)
            put(target.filePath(it.key()), it.value());
        for (auto it = kNewSet.cbegin(); it != kNewSet.cend(); ++it)
            put(staging.filePath(it.key()), it.value());
        const FileSwap swap{staging.path(), target.path(), kNew, kOldOnly};
        QVERIFY(writeSwapJournal(swap, SwapDirection::Forward));

        // The live order of finishSwap(Forward): old a.shp, a.dbf, a.qix aside; new a.shp, a.dbf, a.cpg in.
        QVERIFY(QDir().mkpath(staging.filePath(QStringLiteral(".previous"))));
        const QList<std::pair<QString, QString>> renames{
            {target.filePath(QStringLiteral("a.shp")), staging.filePath(QStringLiteral(".previous/a.shp"))},
            {target.filePath(QStringLiteral("a.dbf")), staging.filePath(QStringLiteral(".previous/a.dbf"))},
            {target.filePath(QStringLiteral("a.qix")), staging.filePath(QStringLiteral(".previous/a.qix"))},
            {staging.filePath(QStringLiteral("a.shp")), target.filePath(QStringLiteral("a.shp"))},
            {staging.filePath(QStringLiteral("a.dbf")), target.filePath(QStringLiteral("a.dbf"))},
            {staging.filePath(QStringLiteral("a.cpg")), target.filePath(QStringLiteral("a.cpg"))}};
        for (int i = 0; i < renamesDone; ++i)
            QVERIFY(QFile::rename(renames[i].first, renames[i].second));

        const auto journal = readSwapJournal(staging.path(), target.path());
        QVERIFY2(journal, qPrintable(journal.errorString()));
        QCOMPARE(journal->first.newFiles, kNew);
        QCOMPARE(journal->first.oldOnly, kOldOnly);
        const Status finished = finishSwap(journal->first, direction);
        QVERIFY2(finished, qPrintable(finished.errorString()));
        QCOMPARE(contents(target.path()), endsNew ? kNewSet : kOldSet);
        QVERIFY(!QFile::exists(staging.filePath(swapJournalName())));
        // Idempotent: finishing again changes nothing (a crash right after finishing).
        QVERIFY(finishSwap(swap, direction));
        QCOMPARE(contents(target.path()), endsNew ? kNewSet : kOldSet);
    }

    void incompleteJournalIsRefused_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line"); // 0: no line named
        QTest::newRow("cut before 'end'")
            << QByteArray("luming-file-swap 1\ndirection forward\nnew a.shp\n") << 0;
        QTest::newRow("not a journal") << QByteArray("hello\n") << 0;
        QTest::newRow("a name with a folder, line 3")
            << QByteArray("luming-file-swap 1\ndirection forward\nnew ../a.shp\nend\n") << 3;
    }
    void incompleteJournalIsRefused() {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QTemporaryDir staging;
        put(staging.filePath(swapJournalName()), text);
        const auto journal = readSwapJournal(staging.path(), staging.path());
        QVERIFY(!journal);
        QCOMPARE(journal.error().file, staging.filePath(swapJournalName()));
        QCOMPARE(journal.error().line, line);
    }

    void cleanLeavesALiveOwnersWorkAlone() {
        QTemporaryDir dir;
        const QString staging = dir.filePath(QStringLiteral(".roads.luming-export-Ab12Cd"));
        QVERIFY(QDir().mkpath(staging));
        put(QDir(staging).filePath(QStringLiteral("roads.shp")), "new");
        const QString save = dir.filePath(QStringLiteral(".p.luming-save-Xy34Zw.gpkg"));
        put(save, "copy");
        {
            const OwnerLock exportOwner =
                OwnerLock::tryLock(leftovers::stagingOwnerLockPath(staging), OwnerLock::Create::Yes);
            const OwnerLock saveOwner =
                OwnerLock::tryLock(leftovers::ownerLockPath(save), OwnerLock::Create::Yes);
            QVERIFY(exportOwner.isHeld() && saveOwner.isHeld());
            QCOMPARE(leftovers::clean(dir.path()), QStringList());
            QVERIFY(QFileInfo::exists(staging) && QFileInfo::exists(save));
        }
        // Owners gone (as when their process dies): the folder without a journal and the temp file go.
        const QStringList notes = leftovers::clean(dir.path());
        QCOMPARE(notes.size(), 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TstFileSwap)
#include "tst_file_swap.moc"
