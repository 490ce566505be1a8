// Turns the text of one item (numbered, table row or prose) into a RoadRecord.
#pragma once

#include "core/notice.h"
#include "core/road_record.h"
#include "notice/matching_text.h"

#include <QStringList>
#include <optional>

namespace luming {

// What the item inherits from where it stands: its section heading, the notice's introduction, the
// sentence around it. The item's own words win over all of these.
struct ItemContext {
    QString district;
    QStringList subdistricts;
    std::optional<RoadAction> action;
    QString cancelReason;      // "均因道路规划调整予以销名": said once for the roads that follow
    FieldEvidenceMap evidence; // where district, subdistricts and action were said (reader_evidence.h)
};

// Something about one item a planner should see (a finding without its item number yet).
struct ItemRemark {
    FindingCode code;
    QString message;
};

struct ItemParse {
    RoadRecord record;
    QStringList missing; // fields the item should have had but the text did not yield
    QList<ItemRemark> remarks;
    bool nonRoad = false; // a bridge or a tunnel: reported, not a road record
};

// `item` is the item without its marker ("祈福街。长447米…", "拟将位于…的道路命名为X。").
[[nodiscard]] ItemParse parseItem(const TextSlice& item, const ItemContext& context);

// An item whose name was read elsewhere (prose: "金兰巷(南起长港路,北至…)", "劲松三路:自原止点…"):
// `body` is what describes the road.
// A measure in metres: `value` in `unit` (公里, 千米, km; anything else is metres).
[[nodiscard]] double toMetres(double value, QStringView unit);

[[nodiscard]] ItemParse parseDescribedRoad(const TextSlice& body, const QString& name,
                                           const ItemContext& context);

// The fields an item of `action` is expected to give ("length", "width", "location", "start", "end").
void listMissing(ItemParse& parsed);

} // namespace luming
