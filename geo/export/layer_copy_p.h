// The passes of a layer export over the source layer (filters already set): sizing and checking the text
// a DBF will hold, writing every feature into a new dataset in the staging folder, and reading the
// written file back. Private (GDAL types): include only from export/*.cpp.
#pragma once

#include "core/feedback.h"
#include "export/export_format_profile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace luming {

// Progress shares of a layer export: the DBF text scan (shapefile only), then writing; the read-back
// check and the swap take the rest.
inline constexpr double kLayerScanShare = 20.0;
inline constexpr double kLayerWriteEnd = 90.0;

struct DbfTextScan {
    QString error;     // names the feature, field and character or size; empty when all fits
    QList<int> widths; // DBF width in bytes per source field (0 for a field that is not text)
    bool cancelled = false;
};

// Every string value of `layer` against a DBF in `encoding` (geometry not read).
[[nodiscard]] DbfTextScan scanDbfText(OGRLayer& layer, const QString& layerLabel, const QStringList& codes,
                                      ShapefileEncoding encoding, qint64 expected, Feedback* feedback);

struct LayerSample {
    qint64 ordinal = 0; // 0-based position in the written order
    GIntBig fid = OGRNullFID;
    QString value;
};

struct LayerCopyRequest {
    OGRLayer* source = nullptr;
    QString file;      // the dataset to create, inside the staging folder
    QString shownPath; // the final target, named in messages
    QString layerName;
    ExportFormatProfile profile;
    const OGRSpatialReference* targetSrs = nullptr;   // null: the layer has none
    OGRCoordinateTransformation* transform = nullptr; // null: coordinates as they are
    QStringList fieldNames;                           // as written, one per source field
    QList<int> stringWidths;                          // DBF widths per source field (shapefile)
    qint64 expected = -1;                             // features the filters let through
    int sampleField = -1;                             // source field sampled for the read-back check
    Feedback* feedback = nullptr;
};

// A field as the written layer holds it (the driver's own widths where the source gave none).
struct WrittenField {
    OGRFieldType type = OFTString;
    int width = 0;
    int precision = 0;
};

struct LayerCopyOutcome {
    enum class Status { Written, Failed, Cancelled } status = Status::Failed;
    QString error;
    QStringList warnings;
    qint64 written = 0;
    qint64 withoutGeometry = 0;
    QList<LayerSample> samples;
    QList<WrittenField> fields; // one per source field
};

[[nodiscard]] LayerCopyOutcome copyLayer(const LayerCopyRequest& request);

// Re-opens the written file with the profile's read-back driver: one layer, `written` features, the
// target CRS, and the sampled values in `readBackField` where they were written. Empty when it holds.
[[nodiscard]] QString verifyLayerCopy(const QString& file, const QString& shownPath,
                                      const ExportFormatProfile& profile,
                                      const OGRSpatialReference* targetSrs, qint64 written,
                                      const QString& readBackField, const QList<LayerSample>& samples);

} // namespace luming
