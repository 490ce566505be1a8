// A vector layer's attributes read by feature, for identify and the attribute table (issue 11 point 3):
// the field names, a feature's values by FID, and rows by position fetched a page at a time, so a
// 1M-feature layer opens at once and only what is shown is ever read.
//
// Row r is the r-th feature in FID order. Shapefiles number their records 0…N−1 and a GeoPackage's FIDs
// are usually 1…N: such a contiguous range maps rows to FIDs by arithmetic (checked on open with the
// driver's own MIN/MAX, an index lookup). Any other layer has its FIDs listed once on open (geometry and
// fields ignored, so one pass over the file's record headers).
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
    [[nodiscard]] qint64 rowCount() const { return rows_; }
    [[nodiscard]] qint64 fidOfRow(qint64 row) const;
    // -1 when no row has this FID.
    [[nodiscard]] qint64 rowOfFid(qint64 fid) const;

    // The feature with this FID; nullopt when the layer has none.
    [[nodiscard]] std::optional<FeatureValues> feature(qint64 fid) const;
    // Rows [first, first + count) clipped to the layer; a row whose feature GDAL cannot hand out comes
    // back with its FID and no values.
    [[nodiscard]] QList<FeatureValues> rows(qint64 first, qint64 count) const;

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
};

} // namespace luming
