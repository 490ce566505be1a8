#include "fs/sqlite_write_lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <sqlite3.h>

namespace luming {
namespace {

QByteArray journalMode(sqlite3* db) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &raw, nullptr) != SQLITE_OK)
        return {};
    QByteArray mode = sqlite3_step(raw) == SQLITE_ROW
                          ? QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(raw, 0))).toLower()
                          : QByteArray();
    sqlite3_finalize(raw);
    return mode;
}

} // namespace

void SqliteWriteLock::Closer::operator()(sqlite3* db) const {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); // nothing was written: releases the lock
    sqlite3_close_v2(db);
}

SqliteWriteLock::SqliteWriteLock(SqliteWriteLock&&) noexcept = default;
SqliteWriteLock& SqliteWriteLock::operator=(SqliteWriteLock&&) noexcept = default;

SqliteWriteLock::~SqliteWriteLock() {
    db_.reset();     // the lock goes first…
    source_.reset(); // …then the descriptor whose close would have dropped it anyway
}

Result<SqliteWriteLock> SqliteWriteLock::acquire(const QString& file) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(file.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    SqliteWriteLock lock;
    lock.db_.reset(raw);
    if (rc != SQLITE_OK)
        return fail(QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)), file);
    // One bound for the whole wait: reading the journal mode waits too when another program holds the lock.
    QElapsedTimer waited;
    waited.start();
    sqlite3_busy_timeout(raw, kWaitMs);
    // In WAL mode, committed pages may still be in <file>-wal, which the byte copy below would miss and
    // which must not outlive the file it belongs to: fold it into the file first (TRUNCATE leaves it empty).
    const bool wal = journalMode(raw) == "wal";
    if (wal)
        sqlite3_wal_checkpoint_v2(raw, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    // BEGIN EXCLUSIVE also reads the header, so SQLite first rolls back a hot journal a crashed writer
    // left: the copy below is of the committed state.
    sqlite3_busy_timeout(raw, int(qMax<qint64>(0, kWaitMs - waited.elapsed())));
    if (sqlite3_exec(raw, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const int code = sqlite3_errcode(raw);
        lock.db_.reset();
        // A file SQLite cannot read as a database cannot be locked by another SQLite program either:
        // the save goes on, and GDAL's opening of the copy says what is wrong with it.
        const bool notADatabase = code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return fail(QCoreApplication::translate(
                            "luming::Geo", "it is in use by another program (still locked after %1 s); close "
                                           "it there or try again")
                            .arg(kWaitMs / 1000),
                        file);
        if (!notADatabase)
            return fail(QCoreApplication::translate("luming::Geo", "cannot lock it: %1")
                            .arg(QString::fromUtf8(sqlite3_errstr(code))),
                        file);
    }
    if (wal &&
        QFileInfo(file + QStringLiteral("-wal")).size() > 0) // a reader kept the checkpoint from finishing
        return fail(QCoreApplication::translate(
                        "luming::Geo",
                        "it is in use by another program (its write-ahead log could not be folded "
                        "in); close it there or try again"),
                    file);
    lock.source_ = std::make_unique<QFile>(file);
    if (!lock.source_->open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("luming::Geo", "cannot read it: %1").arg(lock.source_->errorString()),
            file);
    return lock;
}

} // namespace luming
