// bench_layer_table: the attribute table over a big layer (issue 11 point 3): how long the dock takes to
// list a layer (LayerAttributeReader open, row source, table and proxy reset, first rows painted) and to
// show a screenful of rows at R random scroll positions, then to sort by each column (both ways) and
// filter by a few texts, each with its first rows painted (done by the layer's reader: a GeoPackage's
// own SQL); prints the median and maximum in ms, and each sort and filter once.
//
//   QT_QPA_PLATFORM=offscreen bench_layer_table FILE [--runs R]
// A 1M-line layer: bench_render --mode gdal --lines 1000000 --keep-gpkg roads.gpkg.
#include "attribute_table.h"
#include "attribute_table_model.h"
#include "layer_row_source.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace luming;
using namespace luming::app;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (args.isEmpty()) {
        out << "usage: bench_layer_table FILE [--runs R]\n";
        return 2;
    }
    const QString file = args.takeFirst();
    int runs = 50;
    if (args.size() == 2 && args[0] == u"--runs")
        runs = args[1].toInt();

    AttributeTable table;
    table.resize(1000, 600);
    table.show();
    QApplication::processEvents(); // exposed, so repaint() paints
    QElapsedTimer timer;
    timer.start();
    auto reader = LayerAttributeReader::open(file);
    if (!reader) {
        out << "error: " << reader.errorString() << "\n";
        return 1;
    }
    const qint64 opened = timer.elapsed();
    const qint64 rows = reader->rowCount();
    table.setSource(std::make_unique<LayerRowSource>(std::move(*reader)));
    const qint64 listed = timer.elapsed();
    table.view()->viewport()->repaint(); // the first screenful of rows, read and painted
    out << QStringLiteral(
               "%1: %2 rows; reader open %3 ms, table listing the layer %4 ms, first rows painted %5 ms\n")
               .arg(file)
               .arg(rows)
               .arg(opened)
               .arg(listed)
               .arg(timer.elapsed());

    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        const int row = int(QRandomGenerator::global()->bounded(qint64(table.proxy()->rowCount())));
        QElapsedTimer t;
        t.start();
        table.view()->scrollTo(table.proxy()->index(row, 0), QAbstractItemView::PositionAtTop);
        table.view()->viewport()->repaint();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    out << QStringLiteral("scroll to a random row and paint: median %1 ms, max %2 ms over %3 runs\n")
               .arg(ms[ms.size() / 2], 0, 'f', 2)
               .arg(ms.back(), 0, 'f', 2)
               .arg(runs);
    // Sort and filter, each step painted: the header's sort goes to the file (SourceOrderProxy).
    const auto step = [&](const QString& what, const std::function<void()>& act) {
        QElapsedTimer t;
        t.start();
        act();
        table.view()->viewport()->repaint();
        out << QStringLiteral("%1: %2 ms, %3 rows\n")
                   .arg(what)
                   .arg(t.elapsed())
                   .arg(table.proxy()->rowCount());
    };
    for (int c = 0; c < table.tableModel()->columnCount(); ++c)
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            step(QStringLiteral("sort by %1 %2")
                     .arg(table.tableModel()->headerData(c, Qt::Horizontal).toString(),
                          order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                      : QStringLiteral("descending")),
                 [&] { table.view()->sortByColumn(c, order); });
    for (const QString& text :
         {QStringLiteral("12345"), QStringLiteral("测试7"), QStringLiteral("none such")})
        step(QStringLiteral("filter “%1”").arg(text), [&] { table.setFilterText(text); });
    step(QStringLiteral("filter cleared, FID order"), [&] {
        table.setFilterText({});
        table.view()->sortByColumn(-1, Qt::AscendingOrder);
    });
    return 0;
}
