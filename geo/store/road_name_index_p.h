// The name index road_name_fts: an FTS5 trigram table over each road's name, former name, district,
// 街道, ends and turn points. Every value is indexed as printed and, when different, also in its search
// form (NameKey: spaces, 繁/简, look-alikes and planning markers folded), so such spellings find each other.
// rowid = roads.fid. The index is derived data: rebuilt from the roads table on every save.
//
// Built with the sqlite3 C API on the closed GeoPackage rather than GDAL ExecuteSQL: values go in as
// bound parameters (no SQL quoting of Chinese text), one prepared INSERT is reused per row inside one
// transaction, and FTS5's own integrity-check can be run. GDAL does not list the table as a layer
// because the file registers attribute tables in gpkg_contents.
#pragma once

#include "core/result.h"

#include <QString>

namespace luming {

class RoadNameIndex {
public:
    static constexpr const char* kTable = "road_name_fts";

    // Rebuilds the index of `gpkgFile` (which no one else may have open) in one transaction and checks
    // it; returns the number of rows indexed.
    [[nodiscard]] static Result<qint64> rebuild(const QString& gpkgFile);

    // The indexed form of one value: "荷葉路" → "荷葉路\n荷叶路"; unchanged when already in search form.
    [[nodiscard]] static QString indexedForm(const QString& value);
};

} // namespace luming
