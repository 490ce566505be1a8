// A coordinate transformation between two CRSs, done by PROJ. Points are always (x, y) =
// (lon, lat) for geographic CRSs and (easting, northing) for projected ones, whatever the EPSG axis order.
#pragma once

#include "core/result.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <memory>

namespace luming {

// Move-only owner of one PROJ context and one transformation. Not thread-safe: PROJ objects belong
// to their context, so use one transformer per thread.
class CrsTransformer {
public:
    // Fails when either CRS is unknown or PROJ finds no operation; the error says why.
    [[nodiscard]] static Result<CrsTransformer> create(const QString& fromCrs, const QString& toCrs);

    CrsTransformer(CrsTransformer&& other) noexcept;
    CrsTransformer& operator=(CrsTransformer&& other) noexcept;
    CrsTransformer(const CrsTransformer&) = delete;
    CrsTransformer& operator=(const CrsTransformer&) = delete;
    ~CrsTransformer();

    QString fromCrs() const;
    QString toCrs() const;

    // from → to. A point PROJ cannot transform comes back with non-finite coordinates (see isFinite()).
    [[nodiscard]] QPointF forward(QPointF point) const;
    // to → from.
    [[nodiscard]] QPointF inverse(QPointF point) const;
    // Batch versions: one PROJ call for the whole list, same order, same failure convention.
    [[nodiscard]] QList<QPointF> forward(const QList<QPointF>& points) const;
    [[nodiscard]] QList<QPointF> inverse(const QList<QPointF>& points) const;

    static bool isFinite(QPointF point);

    // PROJ's error messages since the last call (never printed on stderr), oldest first.
    [[nodiscard]] QStringList takeMessages();

private:
    struct Impl;
    explicit CrsTransformer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace luming
