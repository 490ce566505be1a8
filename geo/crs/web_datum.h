// China's web-map datums: GCJ-02 (Amap/Gaode, Tencent, Google China) and BD-09 (Baidu), the legally
// required offsets of mainland web maps. PROJ has neither (no published parameters), so the public
// forward formulas are implemented here and inverted numerically. Used to suspect and undo the
// 100–700 m shift of a layer digitised on such a map and declared as WGS 84.
#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

namespace luming {

enum class WebDatum { None, Gcj02, Bd09 };

// Where the GCJ-02 offset is applied: mainland China, not Hong Kong, Macao or Taiwan (lon/lat).
[[nodiscard]] bool insideWebDatumArea(double lon, double lat);

// WGS 84 lon/lat → the datum's lon/lat (x = lon, y = lat); identity outside the area and for None.
[[nodiscard]] QPointF toWebDatum(WebDatum datum, QPointF wgs84);
// The datum's lon/lat → WGS 84, by fixed-point iteration of the forward formula (to < 1e-9°).
[[nodiscard]] QPointF fromWebDatum(WebDatum datum, QPointF shifted);

// How far the datum moves a WGS 84 point here, in metres (0 outside the area).
[[nodiscard]] double webDatumOffsetMetres(WebDatum datum, QPointF wgs84);

// The datum that words around a layer point to (its file, layer, field and metadata names:
// "gcj02", "amap", "高德", "baidu", "bd09"…), None when nothing does.
[[nodiscard]] WebDatum webDatumNamedIn(const QStringList& hints);

// "GCJ-02", "BD-09" (technical names, not translated).
[[nodiscard]] QString webDatumName(WebDatum datum);

} // namespace luming
