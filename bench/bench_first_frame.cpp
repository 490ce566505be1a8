// bench_first_frame: how soon a big vector layer is on screen (issue 11 point 2). On an existing
// GeoPackage (make one with `bench_render --mode gdal --keep-gpkg FILE`):
//  1. the reads: the whole layer (loadVectorLayers, what the viewer waited for before), the preview of
//     the whole extent (the first previewBudget features) and of a 2 km window in the layer's centre
//     (through the R-tree), and the frame of each preview; wall and CPU time, medians of R runs;
//  2. with --viewer PATH: launches `luming-viewer --layer FILE` R times (offscreen) and reads its log:
//     "first frame with the layers painted N ms after process start (… C ms CPU)" and "layers read whole"
//     (--first-only: ends each launch at the first frame, and skips part 1).
// On a shared machine wall times stretch with the load; CPU times much less (both are printed).
//
//   bench_first_frame --gpkg FILE [--viewer PATH [--first-only yes]] [--runs R] [--budget N] [--size WxH]
#include "render/layer_loader.h"
#include "render/map_renderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace luming;

namespace {

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Runs `work` R times; prints the medians of wall and CPU ms.
void timeIt(const char* what, int runs, const std::function<QString()>& work) {
    std::vector<double> wall, cpu;
    QString note;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        note = work();
        wall.push_back(t.nsecsElapsed() / 1e6);
        cpu.push_back(cpuMs() - c0);
    }
    std::printf("%-34s %9.1f ms wall %9.1f ms CPU  (median of %d)  %s\n", what, median(wall), median(cpu),
                runs, qPrintable(note));
}

QString frameOf(const LayerLoadResult& r, const MapViewport& viewport) {
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapScene scene;
    for (const auto& layer : r.layers)
        scene = scene.withExtraLayer(layer);
    const RenderReport report = MapRenderer::render(painter, scene, viewport, RenderOptions{});
    return QStringLiteral("%1 features drawn").arg(report.featuresDrawn);
}

// The viewer's own log, R launches: medians of the first frame with the layers and of the whole read.
void launchViewer(const QString& viewer, const QString& gpkg, int runs, bool firstOnly) {
    const QLatin1String last =
        firstOnly ? QLatin1String("first frame with the layers painted") : QLatin1String("layers read whole");
    static const QRegularExpression first(QStringLiteral(
        "first frame with the layers painted (\\d+) ms after process start .*, (\\d+) ms CPU"));
    static const QRegularExpression whole(
        QStringLiteral("layers read whole (\\d+) ms after process start .*, (\\d+) ms CPU"));
    std::vector<double> firstMs, firstCpu, wholeMs, wholeCpu;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(viewer, {QStringLiteral("--layer"), gpkg});
        QString log;
        QElapsedTimer t;
        t.start();
        while (!log.contains(last) && t.elapsed() < (firstOnly ? 30000 : 300000) &&
               p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(1000);
            log += QString::fromLocal8Bit(p.readAll());
        }
        p.kill();
        p.waitForFinished();
        if (const auto m = first.match(log); m.hasMatch()) {
            firstMs.push_back(m.captured(1).toDouble());
            firstCpu.push_back(m.captured(2).toDouble());
        }
        if (const auto m = whole.match(log); m.hasMatch()) {
            wholeMs.push_back(m.captured(1).toDouble());
            wholeCpu.push_back(m.captured(2).toDouble());
        }
        std::printf(
            "  launch %d: %s\n", r + 1,
            qPrintable(
                log.split(QLatin1Char('\n')).filter(QStringLiteral("layers")).join(QStringLiteral(" | "))));
    }
    std::printf("%-34s %9.0f ms wall %9.0f ms CPU  (median of %zu launches)\n",
                "launch → first frame with layer", median(firstMs), median(firstCpu), firstMs.size());
    if (!firstOnly)
        std::printf("%-34s %9.0f ms wall %9.0f ms CPU  (median of %zu launches)\n",
                    "launch → layer read whole", median(wholeMs), median(wholeCpu), wholeMs.size());
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QHash<QString, QString> named; // --option value
    for (qsizetype i = 1; i + 1 < args.size(); i += 2)
        named.insert(args[i], args[i + 1]);
    const QString gpkg = named.value(QStringLiteral("--gpkg"));
    const QString viewer = named.value(QStringLiteral("--viewer"));
    const bool firstOnly = named.value(QStringLiteral("--first-only")) == QLatin1String("yes");
    const int runs = std::max(1, named.value(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const qint64 budget =
        named.value(QStringLiteral("--budget"), QString::number(LayerLoadOptions().previewBudget))
            .toLongLong();
    const QStringList wh =
        named.value(QStringLiteral("--size"), QStringLiteral("1920x1080")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (gpkg.isEmpty() || args.size() % 2 == 0 || size.isEmpty()) {
        std::fprintf(
            stderr,
            "usage: bench_first_frame --gpkg FILE [--viewer PATH [--first-only yes]] [--runs R] [--budget N] "
            "[--size WxH]\n");
        return 2;
    }
    if (firstOnly && !viewer.isEmpty()) {
        launchViewer(viewer, gpkg, runs, true);
        return 0;
    }
    LayerLoadOptions options(gpkg);
    options.previewBudget = budget;

    LayerLoadResult whole;
    timeIt("whole read (before: first frame)", std::min(runs, 3), [&] {
        whole = loadVectorLayers(options);
        return QStringLiteral("%1 features").arg(whole.featuresRead);
    });
    if (!whole.ok()) {
        std::fprintf(stderr, "bench_first_frame: %s\n", qPrintable(whole.error));
        return 1;
    }
    const QRectF extent = whole.layers.first()->extent();
    options.targetEpsg = 0; // as the viewer opens it at launch: the layer's own zone
    const MapViewport full = MapViewport::fitting(extent, size, 8);
    LayerLoadResult preview;
    timeIt("preview, whole extent", runs, [&] {
        preview = loadVectorPreview(options);
        return QStringLiteral("%1 features").arg(preview.featuresRead);
    });
    timeIt("  its frame, whole extent", runs, [&] { return frameOf(preview, full); });
    timeIt("  whole layer's frame, whole extent", runs, [&] { return frameOf(whole, full); });

    const MapViewport window(extent.center(), 2000.0 / size.width(), size);
    options.previewWindow = window.worldRect();
    timeIt("preview, 2 km window (R-tree)", runs, [&] {
        preview = loadVectorPreview(options);
        return QStringLiteral("%1 features").arg(preview.featuresRead);
    });
    timeIt("  its frame, 2 km window", runs, [&] { return frameOf(preview, window); });
    timeIt("  whole layer's frame, 2 km window", runs, [&] { return frameOf(whole, window); });

    if (!viewer.isEmpty())
        launchViewer(viewer, gpkg, runs, false);
    return 0;
}
