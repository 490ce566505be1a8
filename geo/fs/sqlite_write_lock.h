// The write lock a save or an export takes on an existing SQLite file (a project, an exported GeoPackage),
// held until the new file has replaced it.
//
// Why a lock and a rename, not a write in place: the save builds the new file beside the old one
// (copy, change, re-open and check) so a failed check never touches the user's file. But rename(2)
// swaps the inode under any other program's open connection, so doing it while another program is
// writing would let that program's COMMIT land in the unlinked old file — its work lost with "success".
// So before copying, the save opens the existing file with SQLite itself and runs BEGIN EXCLUSIVE, which
// waits (up to kWaitMs, SQLite's busy timeout) until no other connection reads or writes it, and holds
// that lock across copy, check and rename. Another program then either finished before the copy (its
// work is in the copy) or waits for us; when it next writes through a connection opened before the
// rename, SQLite notices the file was replaced and refuses (SQLITE_READONLY_DBMOVED) instead of writing
// into the unlinked file. If the lock is not free within the bound the save fails with "in use by
// another program" and the file is left as it was.
//
// The copy is read through a file descriptor opened after the lock and closed only after it: POSIX
// drops every fcntl lock a process holds on a file when any descriptor of that file is closed, so a
// copy opened and closed while locking would silently give the lock away.
#pragma once

#include "core/result.h"

#include <QFile>
#include <QString>
#include <memory>

struct sqlite3;

namespace luming {

class SqliteWriteLock {
public:
    static constexpr int kWaitMs = 5000; // how long a write waits for another program's lock

    SqliteWriteLock(SqliteWriteLock&&) noexcept;
    SqliteWriteLock& operator=(SqliteWriteLock&&) noexcept;
    ~SqliteWriteLock(); // releases the lock, then closes the copy's descriptor

    // Locks `file` (an existing SQLite database) for writing, waiting up to kWaitMs.
    [[nodiscard]] static Result<SqliteWriteLock> acquire(const QString& file);
    // The locked file, open for reading: the source of the save's copy.
    [[nodiscard]] QFile& source() { return *source_; }

private:
    SqliteWriteLock() = default;
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> db_;
    std::unique_ptr<QFile> source_;
};

} // namespace luming
