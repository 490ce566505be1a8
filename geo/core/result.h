// The one result convention inside geo/: a function that can fail returns Result<T> (a value or an
// Error) or Status (= Result<void>), both [[nodiscard]], instead of a bool and a `QString* error`
// out-parameter. The error carries one sentence for a planner and, where the failure is about a place in
// a file, that file and line (STYLE.md point 6); front ends turn it into their own message at the boundary.
//
//     Result<qint64> rows = index.rebuild(file);
//     if (!rows)
//         return rows.error();          // an Error converts to any Result<U> / Status
//     use(*rows);
//
// Accessors mirror std::optional (operator bool, *, ->), so code written against optional keeps reading.
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace luming {

struct Error {
    QString message; // "cannot move /x/.a.gpkg into place: No space left on device"
    QString file;    // the file the message is about, when there is one
    int line = 0;    // 1-based line in `file`, 0 when not known

    // "file:line: message" (or "file: message", or the bare message), for logs and the command line.
    [[nodiscard]] QString toString() const {
        if (file.isEmpty())
            return message;
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
};

// Spelled at the failing return: `return fail(QStringLiteral("…"));`
[[nodiscard]] inline Error fail(QString message, QString file = {}, int line = 0) {
    return Error{std::move(message), std::move(file), line};
}

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}     // NOLINT: implicit by design
    Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition for the value accessors: ok().
    [[nodiscard]] T& value() & { return std::get<0>(v_); }
    [[nodiscard]] const T& value() const& { return std::get<0>(v_); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(v_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    // Precondition: !ok().
    [[nodiscard]] const Error& error() const { return std::get<1>(v_); }
    // The error's one-line text, or an empty string when ok() — handy at the UI boundary.
    [[nodiscard]] QString errorString() const { return ok() ? QString() : error().toString(); }

private:
    std::variant<T, Error> v_;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;                               // success
    Result(Error error) : error_(std::move(error)) {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *error_; } // precondition: !ok()
    [[nodiscard]] QString errorString() const { return ok() ? QString() : error_->toString(); }

private:
    std::optional<Error> error_;
};

using Status = Result<void>;

} // namespace luming
