// A vector layer's attributes read by feature, for identify and the attribute table (issue 11 point 3):
// the field names, a feature's values by FID, and rows by position fetched a page at a time, so a
// 1M-feature layer opens at once and only what is shown is ever read.
//
// Row r is the r-th feature in FID order. Shapefiles number their records 0…N−1 and a GeoPackage's FIDs
// are usually 1…N: such a contiguous range maps rows to FIDs by arithmetic (checked on open with the
// driver's own MIN/MAX, an index lookup). Any other layer has its FIDs listed once on open (geometry and
// fields ignored, so one pass over the file's record headers).
//
// Sorting and filtering (setOrder) are done where the data is: a GeoPackage or SQLite file answers one
// SQL query (ORDER BY a field, WHERE any field's text holds the filter); other drivers are read once with
// the geometry ignored and their sort keys held in memory. Either way the reader then keeps only the
// rows' FIDs in their order (8 bytes a row, 16 more for finding a FID's row), and values are still read a
// page at a time.
//
// Thread contract: one reader per thread (it holds a GDAL dataset); open it where it is used.
#pragma once

#include "core/result.h"
#include "render/layer_encoding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>
#include <vector>

namespace luming {

// How rows are ordered and which are listed.
struct RowOrder {
    int field = -1; // -1: FID order
    bool descending = false;
    // Only features with a field whose text holds this (ASCII case folded; empty: every feature).
    QString filter;

    [[nodiscard]] bool isNatural() const { return field < 0 && filter.isEmpty(); }
    bool operator==(const RowOrder&) const = default;
};

struct FeatureValues {
    qint64 fid = -1;
    // One per field, in field order: qlonglong, double or QString; an invalid QVariant for null.
    QList<QVariant> values;
};

class LayerAttributeReader {
public:
    // `layerName` empty: the file's first layer. `encoding`: a shapefile's attribute encoding (nullopt:
    // .cpg, LDID, then the bytes, as the loader guesses).
    [[nodiscard]] static Result<LayerAttributeReader>
    open(const QString& path, const QString& layerName = {},
         std::optional<TextEncoding> encoding = std::nullopt);

    [[nodiscard]] const QString& layerName() const { return layerName_; }
    [[nodiscard]] const QStringList& fieldNames() const { return fieldNames_; }
    // A field holds numbers (sorts as numbers).
    [[nodiscard]] bool isNumeric(int field) const { return numeric_.at(field); }
    [[nodiscard]] qint64 rowCount() const;
    [[nodiscard]] qint64 fidOfRow(qint64 row) const;
    // -1 when no row has this FID.
    [[nodiscard]] qint64 rowOfFid(qint64 fid) const;

    // The feature with this FID; nullopt when the layer has none.
    [[nodiscard]] std::optional<FeatureValues> feature(qint64 fid) const;
    // Rows [first, first + count) clipped to the layer; a row whose feature GDAL cannot hand out comes
    // back with its FID and no values.
    [[nodiscard]] QList<FeatureValues> rows(qint64 first, qint64 count) const;

    // Orders and filters the rows: by the field's values, nulls first when ascending, ties in FID order.
    // A GeoPackage or SQLite layer is ordered by its own SQL; `sqlOrdered()` says whether it was. On
    // failure the rows stay as they were.
    [[nodiscard]] Status setOrder(const RowOrder& order);
    [[nodiscard]] const RowOrder& order() const { return order_; }
    [[nodiscard]] bool sqlOrdered() const { return sqlOrdered_; }

    LayerAttributeReader(LayerAttributeReader&&) noexcept;
    LayerAttributeReader& operator=(LayerAttributeReader&&) noexcept;
    ~LayerAttributeReader();

private:
    struct Gdal;
    LayerAttributeReader();

    std::unique_ptr<Gdal> gdal_;
    QString layerName_;
    QStringList fieldNames_;
    std::vector<bool> numeric_;
    qint64 rows_ = 0;
    qint64 firstFid_ = 0;      // contiguous FIDs: row r is firstFid_ + r
    std::vector<qint64> fids_; // otherwise the FIDs in order
    // After setOrder: the listed rows' FIDs in their order, and (FID, row) sorted by FID.
    RowOrder order_;
    bool sqlOrdered_ = false;
    std::vector<qint64> ordered_;
    std::vector<std::pair<qint64, qint64>> rowByFid_;
};

} // namespace luming
