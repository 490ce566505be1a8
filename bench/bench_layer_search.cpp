// bench_layer_search: name search over a road layer (issue 11 point 4): builds (or takes from the cache)
// the layer's name index, then times queries of one, two and more characters, exact and absent, each
// over R runs, and pinyin queries (full, initials, common and absent prefixes); prints the build time,
// the index size and each query's median and maximum in ms.
//
//   bench_layer_search FILE [--cache DIR] [--runs R] [--limit N] [QUERY…]
// A 1M-line layer: bench_render --mode gdal --lines 1000000 --keep-gpkg roads.gpkg (names 测试N路).
#include "layersearch/layer_name_index.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>

using namespace luming;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (args.isEmpty()) {
        out << "usage: bench_layer_search FILE [--cache DIR] [--runs R] [--limit N] [QUERY…]\n";
        return 2;
    }
    const QString file = args.takeFirst();
    QString cache;
    int runs = 20;
    int limit = 50;
    QStringList queries;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == u"--cache" && !args.isEmpty())
            cache = args.takeFirst();
        else if (a == u"--runs" && !args.isEmpty())
            runs = args.takeFirst().toInt();
        else if (a == u"--limit" && !args.isEmpty())
            limit = args.takeFirst().toInt();
        else
            queries << a;
    }
    if (queries.isEmpty())
        queries = {QStringLiteral("路"), QStringLiteral("测试"), QStringLiteral("试12"),
                   QStringLiteral("测试12345路"), QStringLiteral("测试7路"), QStringLiteral("不存在的路"),
                   // Pinyin, full and initials: whole names, a common prefix, a short one, none.
                   QStringLiteral("ceshi12345lu"), QStringLiteral("cs12345l"), QStringLiteral("ceshi"),
                   QStringLiteral("cs"), QStringLiteral("shi7"), QStringLiteral("zhongguo")};

    QElapsedTimer timer;
    timer.start();
    const auto index = LayerNameIndex::open(file, nullptr, cache);
    if (!index) {
        out << "error: " << index.errorString() << "\n";
        return 1;
    }
    out << QStringLiteral("%1: %2 features, %3 named; index %4 in %5 ms (%6 MB)\n")
               .arg(QFileInfo(file).fileName())
               .arg(index->facts().features)
               .arg(index->facts().named)
               .arg(index->facts().built ? QStringLiteral("built") : QStringLiteral("from the cache"))
               .arg(timer.elapsed())
               .arg(QFileInfo(index->facts().indexPath).size() / 1e6, 0, 'f', 1);
    for (const QString& q : queries) {
        std::vector<double> ms;
        qsizetype hits = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const auto found = index->search(q, limit);
            ms.push_back(t.nsecsElapsed() / 1e6);
            hits = found ? found->size() : -1;
        }
        std::sort(ms.begin(), ms.end());
        out << QStringLiteral("  %1  %2 hit(s)  median %3 ms  max %4 ms\n")
                   .arg(q, -12)
                   .arg(hits)
                   .arg(ms[ms.size() / 2], 0, 'f', 2)
                   .arg(ms.back(), 0, 'f', 2);
    }
    return 0;
}
