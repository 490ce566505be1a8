// libFuzzer target: bytes → a file → RoadStore::load, the project GeoPackage reader (GDAL + SQLite
// underneath, our checks and conversions on top). Built by tools/fuzz.sh (LUMING_FUZZ=ON, clang).
#include "store/road_store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // One folder per process (libFuzzer -jobs runs several), one file rewritten per input.
    static const QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("luming-fuzz-XXXXXX")));
    const QString path = dir.filePath(QStringLiteral("fuzz.gpkg"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const luming::LoadResult loaded = luming::RoadStore::load(path);
    qsizetype roads = 0;
    for (const auto& notice : loaded.project.parse.notices)
        roads += notice.roads.size();
    QFile::remove(path);
    return roads < 0 ? 1 : 0;
}
