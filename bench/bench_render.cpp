// bench_render: a synthetic city road layer (default 1,000,000 lines around Jinan) through the map
// renderer: scene build (projection, simplification levels, spatial index), a full-extent frame and a
// 2 km window, each rendered into a QImage offscreen; prints times and peak RSS (VmHWM).
// Reference for the later comparison: QGIS 3.22 draws such a layer in 9 s, a 2 km window in 0.14 s.
//
//   bench_render [--lines N] [--size WxH] [--runs R] [--mode layer|roads|project|gdal] [--png PREFIX]
//                [--keep-gpkg FILE]
//   layer:   lines made in lon/lat, projected with CrsTransformer, shown as a user layer (thin lines,
//            like QGIS's default style) (default)
//   roads:   the same, shown as the project's roads: stroke width from the real width, casings
//   project: the same lines as a Project (records + geometry) through MapScene::fromProject (as roads)
//   gdal:    the lines written to a GeoPackage (EPSG:4490), read back with loadVectorLayers (a user layer)
//   write:   only write that GeoPackage (--keep-gpkg FILE) and stop: the layer bench/run_side_by_side.py
//   times
//   --gpkg FILE (mode gdal): read that GeoPackage (written by --mode write) instead of writing one
#include "core/project.h"
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "crs/stored_region.h"
#include "render/layer_loader.h"
#include "render/map_renderer.h"
#include "render/scene_layer_builder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <gdal_priv.h>
#include <numbers>
#include <ogrsf_frmts.h>
#include <random>

using namespace luming;

namespace {

struct Options {
    qint64 lines = 1000000;
    QSize size{1600, 1000};
    int runs = 3;
    QString mode = QStringLiteral("layer");
    QString pngPrefix;
    QString keepGpkg;
    QString readGpkg;
};

struct SyntheticRoad {
    QList<LonLat> points;
    QString name;
    double widthM;
};

// A Jinan-sized city: 40 % of the roads around the centre (σ = 10 km), 30 % around four satellite
// centres 15–20 km out (σ = 5 km), 30 % spread over an 80 × 60 km box; mostly on a grid (0°/90° ± 8°),
// 60–700 m between junctions, 2–10 vertices with a few metres of wiggle; half the roads 7 m wide, 2 % 60 m;
// 20,000 distinct names.
class CityGenerator {
public:
    explicit CityGenerator(quint32 seed) : rng_(seed) {
        names_.reserve(kNames);
        for (int i = 0; i < kNames; ++i)
            names_.append(QStringLiteral("测试%1路").arg(i));
    }

    SyntheticRoad next(qint64 i) {
        std::uniform_real_distribution<double> u(0, 1);
        std::normal_distribution<double> normal(0, 1);
        double cx, cy;
        const double where = u(rng_);
        if (where < 0.4) {
            cx = 10000 * normal(rng_);
            cy = 10000 * normal(rng_);
        } else if (where < 0.7) {
            static const QPointF satellites[] = {
                {-18000, 4000}, {16000, 9000}, {4000, -17000}, {20000, -12000}};
            const QPointF c = satellites[static_cast<int>(u(rng_) * 4) % 4];
            cx = c.x() + 5000 * normal(rng_);
            cy = c.y() + 5000 * normal(rng_);
        } else {
            cx = (u(rng_) - 0.5) * 80000;
            cy = (u(rng_) - 0.5) * 60000;
        }
        double heading = (u(rng_) < 0.5 ? 0 : std::numbers::pi / 2) + (u(rng_) - 0.5) * 0.28;
        if (u(rng_) < 0.2)
            heading = u(rng_) * std::numbers::pi;
        const double length = 60 + std::min(640.0, -std::log(1 - u(rng_)) * 180);
        const int vertices = 2 + static_cast<int>(u(rng_) * 9);
        static const double widths[] = {7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,
                                        7,  7,  7,  7,  7,  7,  7,  7,  12, 12, 12, 12, 12, 12, 12, 12, 12,
                                        12, 16, 16, 16, 16, 16, 24, 24, 24, 24, 30, 30, 30, 40, 40, 60};
        SyntheticRoad road;
        road.widthM = widths[static_cast<int>(u(rng_) * 50) % 50];
        road.name = names_[static_cast<qsizetype>(i % kNames)];
        const double dx = std::cos(heading), dy = std::sin(heading);
        road.points.reserve(vertices);
        for (int v = 0; v < vertices; ++v) {
            const double t = length * (static_cast<double>(v) / (vertices - 1) - 0.5);
            const double wiggle = (v == 0 || v == vertices - 1) ? 0 : (u(rng_) - 0.5) * 6;
            const double x = cx + t * dx - wiggle * dy;
            const double y = cy + t * dy + wiggle * dx;
            road.points.append(LonLat{kLon + x / (kMetresPerDegree * std::cos(kLat * std::numbers::pi / 180)),
                                      kLat + y / kMetresPerDegree});
        }
        return road;
    }

private:
    static constexpr int kNames = 20000;
    static constexpr double kLon = 117.02;
    static constexpr double kLat = 36.66;
    static constexpr double kMetresPerDegree = 111320;
    std::mt19937 rng_;
    QStringList names_;
};

// Process CPU time (s): on a busy machine wall time stretches, CPU time much less (the renderer is
// single-threaded; Qt's raster engine may add helper threads, which count here too).
double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

QString status(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(static_cast<int>(qstrlen(key)))).simplified();
    return QStringLiteral("?");
}

// The generated city in flat arrays (what a reader would hand over), so that generating it is not timed.
struct City {
    std::vector<QPointF> lonLat;
    std::vector<qsizetype> start; // road r = lonLat[start[r], start[r + 1])
    QStringList names;
    std::vector<double> widths;
};

City generate(CityGenerator& gen, qint64 n) {
    City city;
    city.start.reserve(n + 1);
    city.widths.reserve(n);
    city.names.reserve(n);
    for (qint64 i = 0; i < n; ++i) {
        const SyntheticRoad road = gen.next(i);
        city.start.push_back(static_cast<qsizetype>(city.lonLat.size()));
        for (const LonLat& p : road.points)
            city.lonLat.emplace_back(p.lon, p.lat);
        city.names.append(road.name);
        city.widths.push_back(road.widthM);
    }
    city.start.push_back(static_cast<qsizetype>(city.lonLat.size()));
    return city;
}

// What the viewer does with a layer: project (batches of 64k vertices, one PROJ call each), then build.
std::shared_ptr<const SceneLayer> buildLayer(const City& city, bool withWidths) {
    auto t =
        CrsTransformer::create(crs::cgcs2000Geographic(),
                               QStringLiteral("EPSG:4548") /* 济南's zone: the benchmark draws the seed */);
    SceneLayerBuilder builder(QStringLiteral("synthetic roads"));
    const qsizetype n = city.names.size();
    qsizetype road = 0;
    while (road < n) {
        qsizetype last = road;
        while (last < n && city.start[last + 1] - city.start[road] < 65536)
            ++last;
        last = std::max(last, road + 1);
        const QList<QPointF> lonLat(city.lonLat.begin() + city.start[road],
                                    city.lonLat.begin() + city.start[last]);
        const QList<QPointF> metres = t->forward(lonLat);
        for (qsizetype r = road; r < last; ++r) {
            builder.beginFeature(FeatureKind::Line, city.names[r], withWidths ? city.widths[r] : 0);
            builder.addPart(
                std::span<const QPointF>(metres.constData() + (city.start[r] - city.start[road]),
                                         static_cast<std::size_t>(city.start[r + 1] - city.start[r])));
        }
        road = last;
    }
    return builder.build();
}

Project makeProject(const City& city) {
    Project p;
    Notice notice;
    notice.docNumber = QStringLiteral("synthetic");
    notice.id = NoticeId::fromDocNumber(notice.docNumber);
    const qsizetype n = city.names.size();
    notice.roads.reserve(n);
    p.roads.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        RoadRecord r;
        r.seq = static_cast<int>(i + 1);
        r.name = city.names[i];
        r.widthMaxM = city.widths[i];
        notice.roads.append(std::move(r));
        RoadGeometry g;
        g.id = RoadId{notice.id, static_cast<int>(i + 1)};
        for (qsizetype v = city.start[i]; v < city.start[i + 1]; ++v)
            g.points.append(LonLat{city.lonLat[v].x(), city.lonLat[v].y()});
        g.source = GeometrySource::Layer;
        p.roads.append(std::move(g));
    }
    p.parse.notices.append(std::move(notice));
    p.region = regionOfStoredGeometry(p); // the zone of the synthetic city's own centre
    return p;
}

bool writeGpkg(const City& city, const QString& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(4490);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = ds->CreateLayer("roads", &srs, wkbLineString, nullptr);
    OGRFieldDefn name("name", OFTString);
    OGRFieldDefn width("width_max_m", OFTReal);
    if (!layer || layer->CreateField(&name) != OGRERR_NONE || layer->CreateField(&width) != OGRERR_NONE ||
        layer->StartTransaction() != OGRERR_NONE)
        return false;
    for (qsizetype i = 0; i < city.names.size(); ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("name", city.names[i].toUtf8().constData());
        f->SetField("width_max_m", city.widths[i]);
        OGRLineString ls;
        for (qsizetype v = city.start[i]; v < city.start[i + 1]; ++v)
            ls.addPoint(city.lonLat[v].x(), city.lonLat[v].y());
        if (f->SetGeometry(&ls) != OGRERR_NONE || layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    if (layer->CommitTransaction() != OGRERR_NONE)
        return false;
    // GDAL 3.6: closing returns nothing; a failed flush shows in the error state.
    CPLErrorReset();
    ds.reset();
    return CPLGetLastErrorType() < CE_Failure;
}

struct Frame {
    double ms;
    double cpuMs;
    RenderReport report;
};

Frame renderOnce(const MapScene& scene, const MapViewport& viewport, const QString& png, bool labels) {
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    QPainter painter(&image);
    RenderOptions options;
    options.showLabels = labels;
    RenderReport report = MapRenderer::render(painter, scene, viewport, options);
    painter.end();
    const double ms = timer.nsecsElapsed() / 1e6;
    const double cpuMs = (cpuSeconds() - cpu0) * 1000;
    if (!png.isEmpty())
        image.save(png);
    return {ms, cpuMs, report};
}

void timeFrames(const char* what, const MapScene& scene, const MapViewport& viewport, const Options& o,
                const QString& png, bool labels = true) {
    std::vector<double> times, cpu;
    Frame last{};
    for (int r = 0; r < o.runs; ++r) {
        last = renderOnce(scene, viewport, r == 0 ? png : QString(), labels);
        times.push_back(last.ms);
        cpu.push_back(last.cpuMs);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-24s %7.3f s wall (min %.3f, max %.3f; %d runs), %.3f s CPU  %.2f m/px  features %lld  "
                "segments %lld"
                "  labels %lld\n",
                what, times[times.size() / 2] / 1000, times.front() / 1000, times.back() / 1000, o.runs,
                cpu[cpu.size() / 2] / 1000, viewport.metresPerPixel(),
                static_cast<long long>(last.report.featuresDrawn),
                static_cast<long long>(last.report.verticesDrawn),
                static_cast<long long>(last.report.labels.size()));
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--lines"))
            o.lines = value.toLongLong(), ++i;
        else if (a == QLatin1String("--size")) {
            const QStringList wh = value.split(QLatin1Char('x'));
            if (wh.size() == 2)
                o.size = QSize(wh[0].toInt(), wh[1].toInt());
            ++i;
        } else if (a == QLatin1String("--runs"))
            o.runs = std::max(1, value.toInt()), ++i;
        else if (a == QLatin1String("--mode"))
            o.mode = value, ++i;
        else if (a == QLatin1String("--png"))
            o.pngPrefix = value, ++i;
        else if (a == QLatin1String("--keep-gpkg"))
            o.keepGpkg = value, ++i;
        else if (a == QLatin1String("--gpkg"))
            o.readGpkg = value, ++i;
        else {
            std::fprintf(
                stderr,
                "usage: bench_render [--lines N] [--size WxH] [--runs R] [--mode layer|roads|project|gdal] "
                "[--png PREFIX] [--keep-gpkg FILE] [--gpkg FILE]\n");
            return 2;
        }
    }
    if (o.lines <= 0 || o.size.isEmpty() ||
        !QStringList{QStringLiteral("layer"), QStringLiteral("roads"), QStringLiteral("project"),
                     QStringLiteral("gdal"), QStringLiteral("write")}
             .contains(o.mode)) {
        std::fprintf(stderr, "bench_render: bad arguments\n");
        return 2;
    }
    std::printf("bench_render: %lld synthetic lines, mode %s, frame %dx%d\n", static_cast<long long>(o.lines),
                qPrintable(o.mode), o.size.width(), o.size.height());

    CityGenerator gen(20211119);
    QElapsedTimer timer;
    timer.start();
    const City city = o.readGpkg.isEmpty() ? generate(gen, o.lines) : City{}; // --gpkg: nothing to make
    std::printf("%-24s %8.3f s  (not part of any figure below; RSS %s)\n", "generate city",
                timer.nsecsElapsed() / 1e9, qPrintable(status("VmRSS:")));

    MapScene scene;
    if (o.mode == QLatin1String("layer") || o.mode == QLatin1String("roads")) {
        const bool asRoads = o.mode == QLatin1String("roads");
        timer.start();
        const double cpu0 = cpuSeconds();
        auto layer = buildLayer(city, asRoads);
        std::printf("%-24s %7.3f s wall, %.3f s CPU  (projection + simplification levels + index)\n",
                    "scene build", timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu0);
        if (asRoads) {
            QList<RoadId> ids;
            ids.reserve(city.names.size());
            for (qsizetype i = 0; i < city.names.size(); ++i)
                ids.append(
                    RoadId{NoticeId::fromDocNumber(QStringLiteral("synthetic")), static_cast<int>(i + 1)});
            scene = MapScene(nullptr, std::move(layer), std::move(ids));
        } else {
            scene = MapScene().withExtraLayer(std::move(layer));
        }
    } else if (o.mode == QLatin1String("project")) {
        const Project project = makeProject(city);
        std::printf("%-24s RSS %s after making the Project\n", "input", qPrintable(status("VmRSS:")));
        timer.start();
        const double cpu0 = cpuSeconds();
        const auto built = MapScene::fromProject(project);
        if (!built)
            return 1;
        scene = *built;
        std::printf("%-24s %7.3f s wall, %.3f s CPU  (record lookup + projection + levels + index)\n",
                    "scene build", timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu0);
    } else {
        QTemporaryDir dir;
        const QString gpkg = !o.readGpkg.isEmpty()  ? o.readGpkg
                             : o.keepGpkg.isEmpty() ? dir.filePath(QStringLiteral("synthetic.gpkg"))
                                                    : o.keepGpkg;
        if (o.readGpkg.isEmpty())
            QFile::remove(gpkg);
        timer.start();
        if (o.readGpkg.isEmpty() && !writeGpkg(city, gpkg)) {
            std::fprintf(stderr, "bench_render: cannot write %s\n", qPrintable(gpkg));
            return 1;
        }
        std::printf("%-24s %8.3f s  (%s)\n", "write GeoPackage", timer.nsecsElapsed() / 1e9,
                    qPrintable(gpkg));
        if (o.mode == QLatin1String("write"))
            return 0;
        timer.start();
        const double cpu0 = cpuSeconds();
        const LayerLoadResult loaded = loadVectorLayers(LayerLoadOptions{gpkg, {}, {}, {}});
        if (!loaded.ok()) {
            std::fprintf(stderr, "bench_render: %s\n", qPrintable(loaded.error));
            return 1;
        }
        std::printf(
            "%-24s %7.3f s wall, %.3f s CPU  (GDAL read + reprojection + levels + index, %lld features)\n",
            "scene build", timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu0,
            static_cast<long long>(loaded.featuresRead));
        scene = MapScene().withExtraLayer(loaded.layers.first());
    }
    const SceneLayer& layer = scene.roads() ? *scene.roads() : *scene.extraLayers().first();
    std::printf("%-24s %lld features, %d levels:", "layer", static_cast<long long>(layer.featureCount()),
                layer.levelCount());
    for (int i = 0; i < layer.levelCount(); ++i)
        std::printf(" [%g m: %zu v]", layer.level(i).toleranceM, layer.level(i).xy.size() / 2);
    std::printf("\n%-24s RSS %s\n", "after build", qPrintable(status("VmRSS:")));

    const QString prefix = o.pngPrefix;
    const MapViewport full = MapViewport::fitting(scene.extent(), o.size, 8);
    timeFrames("full extent", scene, full, o,
               prefix.isEmpty() ? QString() : prefix + QStringLiteral("-full.png"));
    // A 2 km wide window on the dense centre of the city.
    const MapViewport window(scene.extent().center(), 2000.0 / o.size.width(), o.size);
    timeFrames("2 km window", scene, window, o,
               prefix.isEmpty() ? QString() : prefix + QStringLiteral("-2km.png"));
    timeFrames("2 km window, no labels", scene, window, o, QString(), false);
    // In between: a 10 km window, where many lines are long enough on screen to be label candidates.
    const MapViewport mid(scene.extent().center(), 10000.0 / o.size.width(), o.size);
    timeFrames("10 km window", scene, mid, o,
               prefix.isEmpty() ? QString() : prefix + QStringLiteral("-10km.png"));
    std::printf("%-24s %s\n", "peak RSS (VmHWM)", qPrintable(status("VmHWM:")));
    return 0;
}
