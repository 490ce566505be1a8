// Re-opens a freshly written project file and checks it holds what was written, before it replaces
// the user's file.
#pragma once

#include "core/result.h"
#include "store/gpkg_project_writer_p.h"
#include "store/road_store.h"

#include <QString>

namespace luming {

class GpkgVerifier {
public:
    // The file's counts when they match `expected` (and the name index covers every road);
    // otherwise the error names the first mismatch.
    [[nodiscard]] static Result<StoreCounts> verify(const QString& file, const ExpectedCounts& expected,
                                                    qint64 nameIndexRows);
};

} // namespace luming
