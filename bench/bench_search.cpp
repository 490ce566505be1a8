// bench_search: one keystroke's search over 100,000 roads (issue 10 point 3: pinyin must stay interactive,
// ≤ 10 ms median). Names are random compositions of common road-name characters (fixed seed), each road
// with a 区, a 街道 and two ends, as RoadSearch holds them. Prints the build time and, per query, the median
// and worst of 21 runs in wall time and in this thread's CPU time (on a shared machine the wall time also
// counts the time other processes ran).
#include "search/road_search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace luming;

namespace {
qint64 cpuNs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString chars = QStringLiteral("港田沟东西南北中山河湖海城新华兴福祥和平安康泰文化建设人民解放胜利"
                                         "工业农商学府花园林荣凤龙虎鹤松柏桃李梅兰竹菊春夏秋冬金银玉石泉"
                                         "长乐会堡经纬一二三四五六七八九十");
    const QStringList suffixes{QStringLiteral("路"), QStringLiteral("街"), QStringLiteral("大街"),
                               QStringLiteral("巷")};
    QRandomGenerator rng(20261206);
    auto name = [&] {
        QString n;
        const int len = 2 + int(rng.bounded(2));
        for (int i = 0; i < len; ++i)
            n += chars[int(rng.bounded(chars.size()))];
        return n + suffixes[int(rng.bounded(suffixes.size()))];
    };
    Project p;
    Notice n;
    n.id = NoticeId::fromDocNumber(QStringLiteral("bench〔2026〕1号"));
    for (int i = 0; i < 100000; ++i) {
        RoadRecord r;
        r.seq = i + 1;
        r.name = name();
        r.district = QStringLiteral("历城区");
        r.subdistricts = {QStringLiteral("港沟街道")};
        r.start = name();
        r.end = name();
        n.roads << r;
    }
    p.parse.notices = {n};
    QElapsedTimer t;
    t.start();
    const RoadSearch search(p);
    std::printf("built the search over %lld roads in %lld ms\n", qlonglong(search.roadCount()),
                qlonglong(t.elapsed()));
    for (const char* q : {"gangtianlu", "gtl", "zhongshan", "hxl", "changle", "港田", "凤集路"}) {
        QList<qint64> ns;
        QList<qint64> cpu;
        qsizetype hits = 0;
        for (int run = 0; run < 21; ++run) {
            const qint64 c0 = cpuNs();
            t.start();
            hits = search.search(QString::fromUtf8(q), 200).size();
            ns << t.nsecsElapsed();
            cpu << cpuNs() - c0;
        }
        std::sort(ns.begin(), ns.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf(
            "%-12s %4lld hits  wall median %.2f ms, worst %.2f ms  cpu median %.2f ms, worst %.2f ms\n", q,
            qlonglong(hits), ns[10] / 1e6, ns.last() / 1e6, cpu[10] / 1e6, cpu.last() / 1e6);
    }
    return 0;
}
