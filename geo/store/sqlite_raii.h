// sqlite3 handles, each owned once; shared by the store and the store-backed search (which reads the
// store's FTS index). Include only from .cpp files: sqlite3.h stays out of public headers.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <sqlite3.h>

namespace luming::sqlite {

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseCloser>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

inline QString lastError(sqlite3* db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// How long a connection waits for another program's lock before SQLITE_BUSY ("database is locked").
constexpr int kBusyTimeoutMs = 2000;

// flags: SQLITE_OPEN_READONLY or SQLITE_OPEN_READWRITE. On failure the error holds SQLite's words.
[[nodiscard]] inline Result<DatabasePtr> open(const QString& file, int flags) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(file.toUtf8().constData(), &raw, flags, nullptr);
    DatabasePtr db(raw); // sqlite3_open_v2 may hand out a handle even on failure; it must be closed
    if (rc != SQLITE_OK)
        return fail(raw ? lastError(raw) : QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    return db;
}

[[nodiscard]] inline Result<StatementPtr> prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return fail(lastError(db));
    return StatementPtr(raw);
}

[[nodiscard]] inline Status exec(sqlite3* db, const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(lastError(db));
    return {};
}

inline void bindText(sqlite3_stmt* statement, int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

inline QString columnText(sqlite3_stmt* statement, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

} // namespace luming::sqlite
