// ctest-label: system
// links: luming_store luming_fs luming_core GDAL::GDAL SQLite::SQLite3
// Faults under the real `luming` command (issue 13 points 3, 4, 7, 9): the process killed (SIGKILL) at
// each write step of a project save and of a shapefile export, a full disk (a small tmpfs where mounting
// is permitted) and a file-size limit, and a project locked by another SQLite connection. After each, the
// target is the complete old or the complete new file set — read back with GDAL / the store — and the
// next run leaves no work files behind.
#include "fs/leftovers.h"
#include "store/road_store.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace luming;

namespace {

const QString kOld = test::seedNoticePath(); // 济政字〔2021〕62号, 59 roads
QString newNotice() {
    return test::sharedPath(QStringLiteral("samples/02_jinan_2009_pifu.txt")); // 济政字〔2009〕62号, 8 roads
}
constexpr int kOldRoads = 59;
constexpr int kNewRoads = 8;

struct Run {
    bool crashed = false;
    int status = -1;
    QString err;
};

// fault: LUMING_FAULT_STEP for the child; fileSizeLimit > 0: RLIMIT_FSIZE in the child, SIGXFSZ ignored
// so that a write past the limit fails with EFBIG instead of killing it.
Run runLuming(const QStringList& args, const QString& fault = {}, rlim_t fileSizeLimit = 0) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!fault.isEmpty())
        env.insert(QStringLiteral("LUMING_FAULT_STEP"), fault);
    p.setProcessEnvironment(env);
    if (fileSizeLimit > 0)
        p.setChildProcessModifier([fileSizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    p.start(QStringLiteral(LUMING_CLI_PATH), args);
    p.waitForFinished(300000);
    Run r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.status = r.crashed ? -1 : p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray sha(const QString& path) {
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

QStringList hiddenEntries(const QString& dir) {
    QStringList hidden;
    for (const QString& name : QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        if (name.startsWith(u'.'))
            hidden << name;
    return hidden;
}

QMap<QString, QByteArray> visibleFiles(const QString& dir) {
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files))
        files.insert(name, sha(QDir(dir).filePath(name)));
    return files;
}

// Road names of a shapefile as GDAL reads them, sorted; empty when GDAL cannot open it.
QStringList shapefileNames(const QString& shp) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(shp.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || ds->GetLayerCount() != 1)
        return {};
    OGRLayer* layer = ds->GetLayer(0);
    const int field = layer->GetLayerDefn()->GetFieldIndex("DLMC");
    QStringList names;
    for (auto& feature : *layer)
        names << QString::fromUtf8(feature->GetFieldAsString(field));
    names.sort();
    return names;
}

int noticesIn(const QString& gpkg) {
    const LoadResult loaded = RoadStore::load(gpkg);
    return loaded.ok ? int(loaded.project.parse.notices.size()) : -1;
}

void copyFolder(const QString& from, const QString& to) {
    QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from + QStringLiteral("/."), to});
}

} // namespace

class TstFaultInjection : public QObject {
    Q_OBJECT
private slots:
    void killedSaveLeavesOldOrNewProject_data();
    void killedSaveLeavesOldOrNewProject();
    void killedShapefileExportIsFinishedOrUndone_data();
    void killedShapefileExportIsFinishedOrUndone();
    void killedWholeFileWriteLeavesOldFile_data();
    void killedWholeFileWriteLeavesOldFile();
    void fileSizeLimitNamesTheCause_data();
    void fileSizeLimitNamesTheCause();
    void diskFullOnTmpfsNamesTheCause_data();
    void diskFullOnTmpfsNamesTheCause();
    void lockedProjectIsNotReplaced();
    void connectionOpenedBeforeASaveCannotWriteIntoTheOldFile();
    void walProjectKeepsWhatOthersCommitted();
    void lockedGeoPackageIsNotReplacedByAnExport();
};

void TstFaultInjection::killedSaveLeavesOldOrNewProject_data() {
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("expectNew");
    // The steps of RoadStore::save in order; only after the rename is the new file in place.
    QTest::newRow("after copying the project") << "save.copied" << false;
    QTest::newRow("after writing the layers") << "save.written" << false;
    QTest::newRow("after the name index") << "save.indexed" << false;
    QTest::newRow("after verifying, before the rename") << "save.verified" << false;
    QTest::newRow("after the rename") << "save.renamed" << true;
}

void TstFaultInjection::killedSaveLeavesOldOrNewProject() {
    QFETCH(QString, step);
    QFETCH(bool, expectNew);
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("p.gpkg"));
    QCOMPARE(runLuming({QStringLiteral("parse"), kOld, QStringLiteral("-o"), gpkg}).status, 0);
    const QByteArray before = sha(gpkg);

    const Run killed = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), gpkg}, step);
    QVERIFY2(killed.crashed,
             qPrintable(QStringLiteral("step %1 was never reached: %2").arg(step, killed.err)));
    QCOMPARE(noticesIn(gpkg), expectNew ? 2 : 1);
    if (!expectNew)
        QCOMPARE(sha(gpkg), before);

    const Run next = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), gpkg});
    QVERIFY2(next.status == 0, qPrintable(next.err));
    QCOMPARE(noticesIn(gpkg), 2);
    QCOMPARE(hiddenEntries(dir.path()), QStringList()); // the killed run's temp files are gone
}

void TstFaultInjection::killedShapefileExportIsFinishedOrUndone_data() {
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("expectNew");
    // roads.shp .shx .dbf .prj .cpg _dictionary.csv: six old files moved aside, six new ones placed.
    constexpr int kFiles = 6;
    QTest::newRow("staged, before the journal") << "export.staged" << false;
    QTest::newRow("journal written, nothing moved") << "export.journal" << true;
    for (int i = 1; i <= kFiles; ++i)
        QTest::addRow("old file %d of 6 moved aside", i) << QStringLiteral("swap.aside#%1").arg(i) << true;
    for (int i = 1; i <= kFiles; ++i)
        QTest::addRow("new file %d of 6 placed", i) << QStringLiteral("swap.placed#%1").arg(i) << true;
    QTest::newRow("journal removed, staging folder left") << "swap.done" << true;
}

void TstFaultInjection::killedShapefileExportIsFinishedOrUndone() {
    QFETCH(QString, step);
    QFETCH(bool, expectNew);
    QTemporaryDir dir;
    QTemporaryDir copy;
    const QString shp = dir.filePath(QStringLiteral("roads.shp"));
    const auto exportArgs = [](const QString& source, const QString& target) {
        return QStringList{
            QStringLiteral("export"), source, QStringLiteral("-f"),         QStringLiteral("shp"),
            QStringLiteral("-o"),     target, QStringLiteral("--overwrite")};
    };
    QCOMPARE(runLuming(exportArgs(kOld, shp)).status, 0);
    const QMap<QString, QByteArray> oldFiles = visibleFiles(dir.path());
    const QStringList oldNames = shapefileNames(shp);
    QCOMPARE(oldNames.size(), kOldRoads);

    const Run killed = runLuming(exportArgs(newNotice(), shp), step);
    QVERIFY2(killed.crashed,
             qPrintable(QStringLiteral("step %1 was never reached: %2").arg(step, killed.err)));
    copyFolder(dir.path(), copy.path());

    // What the next export or save into the folder does first: finish or undo the interrupted swap.
    const QStringList notes = leftovers::clean(dir.path());
    QVERIFY2(!notes.isEmpty(), "the killed run left nothing to clean");
    QCOMPARE(hiddenEntries(dir.path()), QStringList());
    const QStringList names = shapefileNames(shp);
    QCOMPARE(visibleFiles(dir.path()).keys(), oldFiles.keys()); // the whole set, no file missing
    if (expectNew) {
        QCOMPARE(names.size(), kNewRoads);
        QVERIFY(visibleFiles(dir.path()) != oldFiles);
    } else {
        QCOMPARE(names, oldNames);
        QCOMPARE(visibleFiles(dir.path()), oldFiles); // byte for byte
    }

    // The same state left to the next real run: it cleans up and writes.
    const QString copiedShp = QDir(copy.path()).filePath(QStringLiteral("roads.shp"));
    const Run next = runLuming(exportArgs(newNotice(), copiedShp));
    QVERIFY2(next.status == 0, qPrintable(next.err));
    QCOMPARE(shapefileNames(copiedShp).size(), kNewRoads);
    QCOMPARE(hiddenEntries(copy.path()), QStringList());
}

void TstFaultInjection::killedWholeFileWriteLeavesOldFile_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("parse -o out.json, killed before the rename") << "out.json";
    QTest::newRow("parse -o out.csv, killed before the rename") << "out.csv";
}

void TstFaultInjection::killedWholeFileWriteLeavesOldFile() {
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QCOMPARE(runLuming({QStringLiteral("parse"), kOld, QStringLiteral("-o"), path}).status, 0);
    const QByteArray before = sha(path);
    const Run killed = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), path},
                                 QStringLiteral("write.flushed"));
    QVERIFY2(killed.crashed, qPrintable(killed.err));
    QCOMPARE(sha(path), before);
    // Qt makes the temp file with O_TMPFILE where the file system has it, so a kill leaves no name at
    // all; elsewhere the named temp file stays. Either way, one left by an earlier run is removed next.
    QVERIFY(hiddenEntries(dir.path()).size() <= 1);
    QFile stale(dir.filePath(QLatin1Char('.') + file + QStringLiteral(".luming-write-Ab12Cd")));
    QVERIFY(stale.open(QIODevice::WriteOnly) && stale.write("half") == 4);
    stale.close();
    QVERIFY(stale.open(QIODevice::ReadWrite));
    QVERIFY(
        stale.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    stale.close();
    const Run next = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), path});
    QVERIFY2(next.status == 0, qPrintable(next.err));
    QVERIFY(sha(path) != before);
    QCOMPARE(hiddenEntries(dir.path()), QStringList());
}

void TstFaultInjection::fileSizeLimitNamesTheCause_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("limitBytes");
    // The project is ~370 KiB, so a 64 KiB limit stops the copy; the .dbf alone is ~2.5 KiB.
    QTest::newRow("parse -o project.gpkg, 64 KiB limit") << "parse"
                                                         << "p.gpkg" << 64 * 1024;
    QTest::newRow("export -f shp, 600 byte limit") << "export"
                                                   << "roads.shp" << 600;
}

void TstFaultInjection::fileSizeLimitNamesTheCause() {
    QFETCH(QString, command);
    QFETCH(QString, target);
    QFETCH(int, limitBytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(target);
    const QStringList args =
        command == u"parse" ? QStringList{command, newNotice(), QStringLiteral("-o"), path}
                            : QStringList{command,
                                          newNotice(),
                                          QStringLiteral("-f"),
                                          QStringLiteral("shp"),
                                          QStringLiteral("-o"),
                                          path,
                                          QStringLiteral("--overwrite")}; // over the export made just below
    QCOMPARE(runLuming(command == u"parse" ? QStringList{command, kOld, QStringLiteral("-o"), path}
                                           : QStringList{command, kOld, QStringLiteral("-f"),
                                                         QStringLiteral("shp"), QStringLiteral("-o"), path})
                 .status,
             0);
    const QMap<QString, QByteArray> before = visibleFiles(dir.path());

    const Run limited = runLuming(args, {}, rlim_t(limitBytes));
    qInfo("%s", qPrintable(limited.err.trimmed()));
    QCOMPARE(limited.status, 5);
    QVERIFY2(limited.err.contains(QLatin1String("File too large")), qPrintable(limited.err));
    QVERIFY2(limited.err.contains(target), qPrintable(limited.err));
    QVERIFY2(!limited.err.contains(QLatin1String("Unknown error")), qPrintable(limited.err));
    QCOMPARE(visibleFiles(dir.path()), before);
    QCOMPARE(hiddenEntries(dir.path()), QStringList());
}

void TstFaultInjection::diskFullOnTmpfsNamesTheCause_data() {
    QTest::addColumn<int>("roomForCopyKiB");
    // Room left after the filler, beyond a copy of the project: none (the copy fails), or the copy plus
    // 24 KiB (the copy succeeds; GDAL's or SQLite's writes into it fail).
    QTest::newRow("no room for the copy") << -1;
    QTest::newRow("room for the copy, not for the changes") << 24;
}

void TstFaultInjection::diskFullOnTmpfsNamesTheCause() {
    QFETCH(int, roomForCopyKiB);
    QTemporaryDir dir;
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=2m") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1): needs root outside a restricted "
                                        "container")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    struct Unmount {
        QByteArray point;
        ~Unmount() { ::umount2(point.constData(), MNT_DETACH); }
    } unmount{mountPoint};

    const QString gpkg = dir.filePath(QStringLiteral("p.gpkg"));
    const QString shp = dir.filePath(QStringLiteral("roads.shp"));
    QCOMPARE(runLuming({QStringLiteral("parse"), kOld, QStringLiteral("-o"), gpkg}).status, 0);
    QCOMPARE(runLuming({QStringLiteral("export"), kOld, QStringLiteral("-f"), QStringLiteral("shp"),
                        QStringLiteral("-o"), shp})
                 .status,
             0);
    {
        QFile filler(dir.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        for (const int block : {65536, 4096, 1}) // to the last byte the file system gives
            while (filler.write(QByteArray(block, 'x')) == block) {
            }
        if (roomForCopyKiB >= 0) {
            filler.close();
            QVERIFY(filler.resize(
                qMax<qint64>(0, filler.size() - QFileInfo(gpkg).size() - qint64(roomForCopyKiB) * 1024)));
        }
    }
    const QMap<QString, QByteArray> before = visibleFiles(dir.path());

    const Run save = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), gpkg});
    qInfo("%s", qPrintable(save.err.trimmed()));
    QCOMPARE(save.status, 5);
    QVERIFY2(save.err.contains(QLatin1String("No space left on device")), qPrintable(save.err));
    QStringList messages{save.err};
    if (roomForCopyKiB < 0) { // with room for a 370 KiB copy, the 6 KiB shapefile fits
        const Run exported =
            runLuming({QStringLiteral("export"), newNotice(), QStringLiteral("-f"), QStringLiteral("shp"),
                       QStringLiteral("-o"), shp, QStringLiteral("--overwrite")});
        qInfo("%s", qPrintable(exported.err.trimmed()));
        QCOMPARE(exported.status, 5);
        QVERIFY2(exported.err.contains(QLatin1String("No space left on device")), qPrintable(exported.err));
        messages << exported.err;
        // New files of the other writers: QSaveFile (JSON) and GDAL's buffered GeoJSON writer.
        const Run json = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("out.json"))});
        const Run geojson =
            runLuming({QStringLiteral("export"), newNotice(), QStringLiteral("-f"), QStringLiteral("geojson"),
                       QStringLiteral("-o"), dir.filePath(QStringLiteral("out.geojson"))});
        for (const Run& r : {json, geojson}) {
            qInfo("%s", qPrintable(r.err.trimmed()));
            QCOMPARE(r.status, 5);
            QVERIFY2(r.err.contains(QLatin1String("No space left on device")), qPrintable(r.err));
            messages << r.err;
        }
    }
    for (const QString& err : messages)
        for (const char* vague : {"Unknown error", "Unterminated string"})
            QVERIFY2(!err.contains(QLatin1String(vague)), qPrintable(err));
    QCOMPARE(visibleFiles(dir.path()), before);
    QCOMPARE(hiddenEntries(dir.path()), QStringList());
    QCOMPARE(noticesIn(gpkg), 1);
}

// Issue 13 point 4: another program holds BEGIN EXCLUSIVE (here: this test process through the sqlite3
// API, with its own edit pending). The save waits the stated bound, fails with exit 5 naming the file,
// and leaves it as it was; the other program's COMMIT then lands, and the next save keeps it.
void TstFaultInjection::lockedProjectIsNotReplaced() {
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("p.gpkg"));
    QCOMPARE(runLuming({QStringLiteral("parse"), kOld, QStringLiteral("-o"), gpkg}).status, 0);

    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open_v2(gpkg.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> other(raw, &sqlite3_close_v2);
    QCOMPARE(sqlite3_exec(raw, "CREATE TABLE other_program(note TEXT)", nullptr, nullptr, nullptr),
             SQLITE_OK);
    const QByteArray before = sha(gpkg);
    QCOMPARE(sqlite3_exec(raw, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "INSERT INTO other_program VALUES('kept')", nullptr, nullptr, nullptr),
             SQLITE_OK);

    QElapsedTimer timer;
    timer.start();
    const Run locked = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), gpkg});
    const qint64 waitedMs = timer.elapsed();
    QCOMPARE(locked.status, 5);
    QVERIFY2(locked.err.contains(QLatin1String("in use by another program")), qPrintable(locked.err));
    QVERIFY2(locked.err.contains(gpkg), qPrintable(locked.err));
    // The bound: SqliteWriteLock::kWaitMs (5 s) plus the time to parse and lay out one notice.
    QVERIFY2(waitedMs >= 5000 && waitedMs < 5000 + 4000 * test::timingScale(),
             qPrintable(QString::number(waitedMs)));
    qInfo("save refused after %lld ms", waitedMs);
    // Read only now: closing a descriptor of the file drops this process's POSIX locks on it.
    QCOMPARE(sha(gpkg), before);
    QCOMPARE(hiddenEntries(dir.path()), QStringList());

    QCOMPARE(sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK); // the other program's edit
    QVERIFY(sha(gpkg) != before);                                                // … is in the same file

    const Run released = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), gpkg});
    QVERIFY2(released.status == 0, qPrintable(released.err));
    QCOMPARE(noticesIn(gpkg), 2);
    sqlite3* check = nullptr;
    QCOMPARE(sqlite3_open_v2(gpkg.toUtf8().constData(), &check, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> reopened(check, &sqlite3_close_v2);
    sqlite3_stmt* st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(check, "SELECT note FROM other_program", -1, &st, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))), QByteArray("kept"));
    sqlite3_finalize(st);
}

// The other half of the design argument in SqliteWriteLock: a connection opened before a save replaced
// the file is refused by SQLite when it next writes (SQLITE_READONLY_DBMOVED), rather than "succeeding"
// into the unlinked old file.
void TstFaultInjection::connectionOpenedBeforeASaveCannotWriteIntoTheOldFile() {
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("p.gpkg"));
    QCOMPARE(runLuming({QStringLiteral("parse"), kOld, QStringLiteral("-o"), gpkg}).status, 0);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open_v2(gpkg.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> stale(raw, &sqlite3_close_v2);
    QCOMPARE(sqlite3_exec(raw, "SELECT count(*) FROM roads", nullptr, nullptr, nullptr), SQLITE_OK);

    const Run saved = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), gpkg});
    QVERIFY2(saved.status == 0, qPrintable(saved.err));

    const int rc = sqlite3_exec(raw, "CREATE TABLE lost_edit(x)", nullptr, nullptr, nullptr);
    QCOMPARE(sqlite3_extended_errcode(raw), SQLITE_READONLY_DBMOVED);
    QVERIFY(rc != SQLITE_OK);
    QCOMPARE(noticesIn(gpkg), 2);
}

// A project switched to WAL by another program, which committed a change that is still only in
// p.gpkg-wal and keeps its connection open: the save folds the log in first, so the change survives.
void TstFaultInjection::walProjectKeepsWhatOthersCommitted() {
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("p.gpkg"));
    QCOMPARE(runLuming({QStringLiteral("parse"), kOld, QStringLiteral("-o"), gpkg}).status, 0);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open_v2(gpkg.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> other(raw, &sqlite3_close_v2);
    QCOMPARE(sqlite3_exec(raw,
                          "PRAGMA journal_mode=WAL; CREATE TABLE other_program(note TEXT); "
                          "INSERT INTO other_program VALUES('kept')",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    QVERIFY(QFileInfo(gpkg + QStringLiteral("-wal")).size() > 0); // the change is only in the log

    const Run saved = runLuming({QStringLiteral("parse"), newNotice(), QStringLiteral("-o"), gpkg});
    QVERIFY2(saved.status == 0, qPrintable(saved.err));
    other.reset();
    QCOMPARE(noticesIn(gpkg), 2);
    sqlite3* check = nullptr;
    QCOMPARE(sqlite3_open_v2(gpkg.toUtf8().constData(), &check, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> reopened(check, &sqlite3_close_v2);
    sqlite3_stmt* st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(check, "SELECT note FROM other_program", -1, &st, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    sqlite3_finalize(st);
}

// The same rule for `export -f gpkg` over an existing GeoPackage that another program is writing.
void TstFaultInjection::lockedGeoPackageIsNotReplacedByAnExport() {
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("roads.gpkg"));
    const auto exportArgs = [&gpkg](const QString& source) {
        return QStringList{
            QStringLiteral("export"), source, QStringLiteral("-f"),         QStringLiteral("gpkg"),
            QStringLiteral("-o"),     gpkg,   QStringLiteral("--overwrite")};
    };
    QCOMPARE(runLuming(exportArgs(kOld)).status, 0);
    const QByteArray before = sha(gpkg);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open_v2(gpkg.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> other(raw, &sqlite3_close_v2);
    QCOMPARE(sqlite3_exec(raw, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    const Run locked = runLuming(exportArgs(newNotice()));
    QCOMPARE(locked.status, 5);
    QVERIFY2(locked.err.contains(QLatin1String("in use by another program")), qPrintable(locked.err));
    QVERIFY2(locked.err.contains(gpkg), qPrintable(locked.err));
    QCOMPARE(sha(gpkg), before); // read only now: see lockedProjectIsNotReplaced
    QCOMPARE(hiddenEntries(dir.path()), QStringList());

    QCOMPARE(sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    const Run released = runLuming(exportArgs(newNotice()));
    QVERIFY2(released.status == 0, qPrintable(released.err));
    QVERIFY(sha(gpkg) != before);
}

QTEST_GUILESS_MAIN(TstFaultInjection)
#include "tst_fault_injection.moc"
