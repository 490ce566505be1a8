// Everything Luming knows about one opened notice file: text → records → geometry.
#pragma once

#include "core/geometry_types.h"
#include "core/notice.h"
#include "core/region_profile.h"
#include "core/road_id.h"

#include <memory>
#include <mutex>

namespace luming {

// The record ↔ geometry join, by RoadId: hash tables of positions into a Project's lists, built once.
class ProjectLookup;

struct Project {
    ParseResult parse;                   // notices, records, findings
    QList<RoadGeometry> roads;           // solved geometry, keyed by RoadId
    QList<DistrictPolygon> districts;    // boundaries to draw beneath
    QList<LayoutReportRow> layoutReport; // misfits, ties, anchors
    // Where the roads were placed and the metric CRS the map and lengths use; unknown: no coordinates.
    // Its districts are those above (one shared list) when the project was built from a notice.
    RegionProfile region;

    // O(1) joins. The lookup tables are built at the first query and rebuilt when a list was appended to,
    // shortened or reallocated since; every hit is checked against the id it names, so a stale table never
    // returns another road. The first of duplicate ids wins. Null when there is none. Safe to call from
    // several threads on one const Project (a mutex guards the tables), not while another thread writes.
    [[nodiscard]] const RoadGeometry* geometryOf(const RoadId& id) const;
    [[nodiscard]] const RoadRecord* recordOf(const RoadId& id) const;
    [[nodiscard]] const Notice* noticeOf(const NoticeId& id) const;

private:
    // Copying a Project copies its data, not its tables (they hold positions in the source's lists).
    struct LookupCache {
        LookupCache() = default;
        LookupCache(const LookupCache& /*other*/) : LookupCache() {}
        // The assigned-to project's tables described its old lists: drop them, rebuilt on next use.
        LookupCache& operator=(const LookupCache& other) {
            if (this != &other) {
                const std::lock_guard<std::mutex> lock{mutex};
                tables.reset();
            }
            return *this;
        }
        std::mutex mutex;
        std::shared_ptr<const ProjectLookup> tables;
    };
    std::shared_ptr<const ProjectLookup> lookup() const;
    mutable LookupCache cache_;
};

} // namespace luming
