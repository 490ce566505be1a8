// Runs a piece of work in a forked child and reports its peak resident memory (getrusage through
// wait4, so only that child counts) and wall time: a test can hold a parse to a memory bound without
// its own allocations, or an earlier row's, in the figure. Linux/POSIX only.
#pragma once

#include <QElapsedTimer>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace luming::test {

struct ChildMeasure {
    bool ok = false;       // the child ran to its end and `work` returned true
    double seconds = 0;    // wall time of the child, fork to exit
    double cpuSeconds = 0; // user + system time of the child: what a bound should use on a shared machine
    double peakMiB = 0;    // ru_maxrss of the child
    int exitCode = -1;     // 0 when `work` returned true; a signal shows as 128 + its number
};

// `work` runs in the child; its return value becomes the exit status. Build the input inside `work`
// so the parent's memory stays out of the child's peak.
inline ChildMeasure measureInChild(const std::function<bool()>& work) {
    ChildMeasure m;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0)
        return m;
    if (pid == 0)
        _exit(work() ? 0 : 1);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return m;
    m.seconds = timer.elapsed() / 1000.0;
    m.peakMiB = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    m.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    m.ok = m.exitCode == 0;
    return m;
}

} // namespace luming::test
