// Roads listed in running text (news reposts): "金兰巷(南起长港路,北至金色世家小区西门)、长乐巷(…)",
// "胶宁高架路:西北莘县路立交桥,东南止…", "跨海大桥高架路西起…", "…辖区的桃源大道,西起…",
// "劲松三路:自原止点合肥路向北延长止滁州路", "注销道路六条市北区,平阴路、金乡路…". The paragraph's own
// words ("…辖区", "均因…予以销名") give the place and action of the roads that follow them.
#pragma once

#include "notice/item_parser.h"
#include "notice/matching_text.h"
#include "notice/notice_validator.h"
#include "notice/source_lines.h"

#include <QList>

namespace luming {

struct ProseRecord {
    // "变更前:X(…)" / "变更后:X(…)": the two halves of one adjustment, joined by the caller.
    enum class Phase { None, Before, After };
    ItemParse parsed;
    Phase phase = Phase::None;
    qsizetype from = 0; // normalised span: the name to the end of its description
    qsizetype to = 0;
};

struct ProseRead {
    QList<ProseRecord> records;
    QList<ProseRecord> nonRoads;      // bridges and tunnels described the same way: reported, not records
    QList<DeclaredCount> groupCounts; // "三条道路依次命名为X、Y": the count a group naming states
};

// An item that names its roads first and cancels them after ("(一)A区X里、Y巷因…,取消其道路名称",
// "A区X路(位于…,南起…)已整体并入Y,其道路名称予以撤销"): one record per road; none when it does not.
[[nodiscard]] QList<ProseRecord> readCancelledSubjects(const TextSlice& item, ItemContext context);

// Reads one paragraph (a printed line outside items, headings and tables).
[[nodiscard]] ProseRead readProse(const MatchingText& text, const SourceLine& paragraph,
                                  const ItemContext& context);

} // namespace luming
