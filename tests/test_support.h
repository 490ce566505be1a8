// Helpers shared by the Qt Test executables.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryFile>
#include <cstdio>
#include <unistd.h>

namespace luming::test {

// How much slower this build runs than a release build: bounds on time in the tests are multiplied by
// it, so that an ASan+UBSan build (tools/test-asan.sh, 2-5x slower) checks the same shape of cost
// without failing on the sanitizer's own overhead.
constexpr double timingScale() {
#if defined(__SANITIZE_ADDRESS__)
    return 5;
#else
    return 1;
#endif
}
// The same for bounds on memory: ASan's redzones and quarantine add to every allocation.
constexpr double memoryScale() {
#if defined(__SANITIZE_ADDRESS__)
    return 2;
#else
    return 1;
#endif
}

// The seed gazettes and sample notices are copied into tests/data/ (seeds/, samples/) so that a fresh
// clone tests without ../shared; `relative` is the same path as under shared/.
inline QString sharedPath(const QString& relative) {
    return QDir(QStringLiteral(LUMING_TEST_DATA_DIR)).filePath(relative);
}
inline QString seedPath(const QString& file) {
    return sharedPath(QStringLiteral("seeds/") + file);
}
inline QString seedNoticePath() {
    return seedPath(QStringLiteral("000_1ade5e92c4242b0a.txt"));
}
inline QString testDataPath(const QString& file) {
    return QDir(QStringLiteral(LUMING_TEST_DATA_DIR)).filePath(file);
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Everything written to file descriptor 2 while alive, restored on destruction (RAII: QVERIFY returns).
// For "nothing on stderr" checks of GDAL's and PROJ's messages.
class StderrCapture {
public:
    StderrCapture() {
        file_.open();
        std::fflush(stderr);
        saved_ = ::dup(2);
        ::dup2(file_.handle(), 2);
    }
    ~StderrCapture() { restore(); }
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;
    QByteArray text() {
        restore();
        file_.seek(0);
        return file_.readAll();
    }

private:
    void restore() {
        if (saved_ < 0)
            return;
        std::fflush(stderr);
        ::dup2(saved_, 2);
        ::close(saved_);
        saved_ = -1;
    }
    QTemporaryFile file_;
    int saved_ = -1;
};

} // namespace luming::test
