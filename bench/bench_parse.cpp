// bench_parse: gazettes and sample notices (tests/data/seeds/*.txt, tests/data/samples/*.txt) concatenated
// to about 100 MB in a temporary file, parsed through NoticeParser::parseFile; prints MB/s, CPU time and
// peak RSS (VmHWM), and for a baseline the same file through `grep -c 命名为` and `wc -l`.
// Issue 5 item 6: parsing is linear in the input size.
//
//   bench_parse [--mb N] [--data DIR] [--keep FILE]
#include "notice/notice_parser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

using namespace luming;

namespace {

// Peak resident memory of this process so far, in MiB (Linux).
double peakRssMiB() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            double kb = 0;
            status >> kb;
            return kb / 1024.0;
        }
    }
    return 0;
}

double cpuSeconds() {
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Seeds first, then samples, repeated until the file reaches `bytes`; returns the copies written.
int writeInput(const QString& path, const QString& dataDir, qint64 bytes) {
    QList<QByteArray> parts;
    for (const char* sub : {"seeds", "samples"}) {
        const QDir dir(QDir(dataDir).filePath(QString::fromLatin1(sub)));
        for (const auto& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                parts.append(f.readAll() + "\n");
        }
    }
    QFile out(path);
    if (parts.isEmpty() || !out.open(QIODevice::WriteOnly))
        return 0;
    int rounds = 0;
    while (out.size() < bytes) {
        for (const auto& p : parts)
            out.write(p);
        ++rounds;
    }
    return rounds;
}

// Wall time of an external command over the file, and its output.
QString timed(const QString& program, const QStringList& args, double* seconds) {
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    *seconds = t.elapsed() / 1000.0;
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    double mb = 100;
    QString dataDir = QStringLiteral(LUMING_BENCH_DATA_DIR);
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--mb")
            mb = args[++i].toDouble();
        else if (args[i] == u"--data")
            dataDir = args[++i];
        else if (args[i] == u"--keep")
            keep = args[++i];
    }

    QTemporaryDir tmp;
    const QString path = keep.isEmpty() ? tmp.filePath(QStringLiteral("gazettes.txt")) : keep;
    const int rounds = writeInput(path, dataDir, qint64(mb * 1024 * 1024));
    if (rounds == 0) {
        std::fprintf(stderr, "bench_parse: no input under %s\n", qPrintable(dataDir));
        return 1;
    }
    const double sizeMb = QFileInfo(path).size() / (1024.0 * 1024.0);
    std::printf("input: %.1f MB (%d rounds of the seeds and samples), before parsing peak RSS %.0f MiB\n",
                sizeMb, rounds, peakRssMiB());

    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    const ParseOutcome out = NoticeParser::parseFile(path);
    const double wall = timer.elapsed() / 1000.0;
    const double cpu = cpuSeconds() - cpu0;
    qsizetype roads = 0;
    qsizetype findings = 0;
    for (const auto& n : out.result.notices) {
        roads += n.roads.size();
        findings += n.findings.size();
    }
    std::printf("luming parse: %.2f s wall, %.2f s CPU, %.1f MB/s; %lld notices, %lld roads, %lld findings; "
                "peak RSS %.0f MiB\n",
                wall, cpu, sizeMb / wall, static_cast<long long>(out.result.notices.size()),
                static_cast<long long>(roads), static_cast<long long>(findings), peakRssMiB());

    double grepSeconds = 0;
    double wcSeconds = 0;
    const QString grep =
        timed(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("命名为"), path}, &grepSeconds);
    const QString wc = timed(QStringLiteral("wc"), {QStringLiteral("-l"), path}, &wcSeconds);
    std::printf("baseline: grep -c 命名为: %s lines in %.2f s (%.0f MB/s); wc -l: %s in %.2f s (%.0f MB/s)\n",
                qPrintable(grep), grepSeconds, sizeMb / grepSeconds, qPrintable(wc.section(u' ', 0, 0)),
                wcSeconds, sizeMb / wcSeconds);
    return out.status == ParseStatus::Ok ? 0 : 2;
}
