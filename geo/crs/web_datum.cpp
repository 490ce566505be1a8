#include "crs/web_datum.h"

#include <QRegularExpression>
#include <cmath>
#include <numbers>

namespace luming {

namespace {

constexpr double kPi = std::numbers::pi;
// Krasovsky 1940 ellipsoid, as the GCJ-02 formula uses it.
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;
constexpr double kBdPi = kPi * 3000.0 / 180.0;

double shiftLat(double x, double y) {
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double shiftLon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

QPointF gcjFromWgs(QPointF p) {
    const double lon = p.x(), lat = p.y();
    double dLat = shiftLat(lon - 105.0, lat - 35.0);
    double dLon = shiftLon(lon - 105.0, lat - 35.0);
    const double radLat = lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {lon + dLon, lat + dLat};
}

QPointF bdFromGcj(QPointF p) {
    const double x = p.x(), y = p.y();
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBdPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBdPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

QPointF forward(WebDatum datum, QPointF wgs) {
    switch (datum) {
    case WebDatum::None:
        return wgs;
    case WebDatum::Gcj02:
        return gcjFromWgs(wgs);
    case WebDatum::Bd09:
        return bdFromGcj(gcjFromWgs(wgs));
    }
    return wgs;
}

struct Box {
    double minLon, maxLon, minLat, maxLat;
    bool contains(double lon, double lat) const {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }
};

// The formula's own China box, and the places it leaves out. Hong Kong and Macao border Shenzhen and
// Zhuhai within a few hundred metres, so they are rough outlines (lon, lat; a few hundred metres off at
// most, where only water or the border fence is); Taiwan stands alone, a rectangle does.
constexpr Box kChina{72.004, 137.8347, 0.8293, 55.8271};
constexpr Box kTaiwan{119.30, 122.10, 21.85, 25.35};
constexpr QPointF kHongKong[] = {{113.82, 22.15}, {113.82, 22.30},  {113.89, 22.42},  {113.96, 22.51},
                                 {114.03, 22.51}, {114.09, 22.535}, {114.16, 22.555}, {114.23, 22.555},
                                 {114.45, 22.50}, {114.50, 22.15}};
constexpr QPointF kMacao[] = {{113.528, 22.215}, {113.555, 22.217}, {113.565, 22.19}, {113.60, 22.16},
                              {113.595, 22.11},  {113.555, 22.107}, {113.545, 22.14}, {113.535, 22.19}};

// Even-odd ray casting; the rings are small and convex enough that nothing subtler is needed.
template <std::size_t N> bool insideRing(const QPointF (&ring)[N], double x, double y) {
    bool inside = false;
    for (std::size_t i = 0, j = N - 1; i < N; j = i++) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[j];
        if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

// Words that name where a layer was digitised: each web map's own names and the datum's.
struct DatumWord {
    const char* pattern;
    WebDatum datum;
};
const DatumWord kDatumWords[] = {
    {"bd-?09|baidu|百度|bmap", WebDatum::Bd09},
    {"gcj-?02|gcj|amap|gaode|autonavi|高德|火星|tencent|腾讯|qqmap|soso", WebDatum::Gcj02},
};

} // namespace

bool insideWebDatumArea(double lon, double lat) {
    return kChina.contains(lon, lat) && !kTaiwan.contains(lon, lat) && !insideRing(kHongKong, lon, lat) &&
           !insideRing(kMacao, lon, lat);
}

QPointF toWebDatum(WebDatum datum, QPointF wgs84) {
    if (datum == WebDatum::None || !insideWebDatumArea(wgs84.x(), wgs84.y()))
        return wgs84;
    return forward(datum, wgs84);
}

QPointF fromWebDatum(WebDatum datum, QPointF shifted) {
    if (datum == WebDatum::None || !insideWebDatumArea(shifted.x(), shifted.y()))
        return shifted;
    // The shift varies slowly (under 1e-5 of itself per metre), so the iteration converges in a few steps.
    QPointF wgs = shifted;
    for (int i = 0; i < 30; ++i) {
        const QPointF error = forward(datum, wgs) - shifted;
        wgs -= error;
        if (std::abs(error.x()) < 1e-10 && std::abs(error.y()) < 1e-10)
            break;
    }
    return wgs;
}

double webDatumOffsetMetres(WebDatum datum, QPointF wgs84) {
    const QPointF d = toWebDatum(datum, wgs84) - wgs84;
    constexpr double kMetresPerDegree = 111320.0;
    const double dx = d.x() * kMetresPerDegree * std::cos(wgs84.y() / 180.0 * kPi);
    const double dy = d.y() * kMetresPerDegree;
    return std::hypot(dx, dy);
}

WebDatum webDatumNamedIn(const QStringList& hints) {
    static const auto patterns = [] {
        std::vector<std::pair<QRegularExpression, WebDatum>> out;
        for (const DatumWord& w : kDatumWords)
            out.emplace_back(
                QRegularExpression(QString::fromUtf8(w.pattern), QRegularExpression::CaseInsensitiveOption),
                w.datum);
        return out;
    }();
    for (const auto& [re, datum] : patterns)
        for (const QString& hint : hints)
            if (re.match(hint).hasMatch())
                return datum;
    return WebDatum::None;
}

QString webDatumName(WebDatum datum) {
    switch (datum) {
    case WebDatum::None:
        return {};
    case WebDatum::Gcj02:
        return QStringLiteral("GCJ-02");
    case WebDatum::Bd09:
        return QStringLiteral("BD-09");
    }
    return {};
}

} // namespace luming
