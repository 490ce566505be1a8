// Refuses a zip archive (a .zip file, or a /vsizip/ path) whose contents would unpack to more than a
// stated size or at a compression ratio only a decompression bomb reaches, before GDAL opens it.
#pragma once

#include <QString>

namespace luming {

struct ArchiveLimits {
    // Uncompressed bytes of all entries: 2 GiB is far beyond any district or road layer a planner loads
    // (a province's roads are ~200 MB as a shapefile) and below what /vsizip/'s reading may hold in
    // memory and temp space on the machines the viewer runs on.
    qint64 maxUncompressedBytes = qint64(2) << 30;
    // Uncompressed : compressed. Deflate packs real vector data 3–10 : 1 (text-heavy GeoJSON up to ~20);
    // 100 : 1 takes long runs of identical bytes, which is what a bomb is made of.
    double maxRatio = 100;
};

// Empty when `path` is not an archive or its contents are within `limits`; else why it is refused,
// naming the file. Reads only the zip's central directory (the sizes it declares), through GDAL.
[[nodiscard]] QString checkArchive(const QString& path, const ArchiveLimits& limits = {});

} // namespace luming
