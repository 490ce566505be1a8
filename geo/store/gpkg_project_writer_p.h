// Writes a Project into an open GeoPackage: notices replace the rows of the same NoticeId,
// everything else in the file is kept. Counts what the file must hold afterwards, for verification.
#pragma once

#include "core/project.h"
#include "core/result.h"
#include "gdal/gdal_raii_p.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace luming {

struct ExpectedCounts {
    qint64 notices = 0;
    qint64 roads = 0;
    qint64 findings = 0;
    qint64 districts = 0;
    qint64 layoutRows = 0;
    qint64 roadsWithGeometry = 0;          // among the roads written now
    QHash<QString, qint64> roadsPerNotice; // notice_id → roads written now
};

class GpkgProjectWriter {
public:
    explicit GpkgProjectWriter(GDALDataset& dataset) : dataset_(dataset) {}

    // Creates missing layers and columns; call before the transaction (layer DDL stays outside it).
    [[nodiscard]] Status prepareLayers();
    // Call inside one dataset transaction; on failure the caller rolls back.
    [[nodiscard]] Status write(const Project& project);

    [[nodiscard]] const ExpectedCounts& expected() const { return expected_; }
    [[nodiscard]] const QStringList& warnings() const { return warnings_; }

private:
    Status replaceNotices(OGRLayer& layer, const Project& project);
    Status replaceRoads(OGRLayer& layer, const Project& project);
    Status replaceFindings(OGRLayer& layer, const Project& project);
    Status replaceDistricts(OGRLayer& layer, const Project& project);
    Status replaceLayoutReport(OGRLayer& layer, const Project& project);

    GDALDataset& dataset_;
    OGRLayer* notices_ = nullptr;
    OGRLayer* roads_ = nullptr;
    OGRLayer* findings_ = nullptr;
    OGRLayer* districts_ = nullptr;
    OGRLayer* layout_ = nullptr;
    ExpectedCounts expected_;
    QStringList warnings_;
};

} // namespace luming
