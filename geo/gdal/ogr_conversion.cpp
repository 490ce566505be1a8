#include "gdal/ogr_conversion_p.h"

namespace luming::gdal {

namespace {

bool samePoint(const LonLat& a, const LonLat& b) {
    return a.lon == b.lon && a.lat == b.lat;
}

// The rings of one polygon by the degenerate-ring rule; empty when its outer ring is degenerate.
QList<LonLatRing> ringsOf(const OGRPolygon& polygon) {
    QList<LonLatRing> rings;
    const OGRLinearRing* outer = polygon.getExteriorRing();
    if (!outer)
        return rings;
    LonLatRing exterior = toLonLat(*outer);
    if (isDegenerateRing(exterior))
        return rings;
    rings.append(std::move(exterior));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        if (LonLatRing hole = toLonLat(*polygon.getInteriorRing(i)); !isDegenerateRing(hole))
            rings.append(std::move(hole));
    return rings;
}

} // namespace

std::unique_ptr<OGRLineString> toOgrLine(const LonLatLine& points) {
    auto line = std::make_unique<OGRLineString>();
    line->setNumPoints(static_cast<int>(points.size()), FALSE);
    for (int i = 0; i < points.size(); ++i)
        line->setPoint(i, points[i].lon, points[i].lat);
    return line;
}

LonLatLine toLonLat(const OGRSimpleCurve& curve) {
    LonLatLine out;
    out.reserve(curve.getNumPoints());
    for (int i = 0; i < curve.getNumPoints(); ++i)
        out.append({curve.getX(i), curve.getY(i)});
    return out;
}

bool isDegenerateRing(const LonLatRing& ring) {
    qsizetype n = ring.size();
    if (n > 1 && samePoint(ring.first(), ring.last()))
        --n;
    return n < 3;
}

std::unique_ptr<OGRMultiPolygon> toOgrMultiPolygon(const DistrictPolygon& district) {
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const QList<LonLatRing>& part : district.parts) {
        if (part.isEmpty() || isDegenerateRing(part.first()))
            continue;
        auto polygon = std::make_unique<OGRPolygon>();
        for (const LonLatRing& ring : part) {
            if (isDegenerateRing(ring))
                continue;
            auto r = std::make_unique<OGRLinearRing>();
            r->setNumPoints(static_cast<int>(ring.size()), FALSE);
            for (int i = 0; i < ring.size(); ++i)
                r->setPoint(i, ring[i].lon, ring[i].lat);
            r->closeRings();
            polygon->addRingDirectly(r.release());
        }
        multi->addGeometryDirectly(polygon.release());
    }
    return multi;
}

bool appendPolygonParts(const OGRGeometry& geometry, QList<QList<LonLatRing>>& parts) {
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        if (QList<LonLatRing> rings = ringsOf(*geometry.toPolygon()); !rings.isEmpty())
            parts.append(std::move(rings));
        return true;
    case wkbMultiPolygon:
        for (const OGRPolygon* polygon : *geometry.toMultiPolygon())
            if (QList<LonLatRing> rings = ringsOf(*polygon); !rings.isEmpty())
                parts.append(std::move(rings));
        return true;
    default:
        return false;
    }
}

} // namespace luming::gdal
