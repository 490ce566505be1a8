// Reads a place ("历城区港沟镇、西营镇", "即墨區南部、通濟街道", "济南出口加工区") into the district and
// subdistricts of the record schema, as printed.
#pragma once

#include "core/field_evidence.h"
#include "notice/matching_text.h"

#include <QStringList>

namespace luming {

struct Place {
    QString district;          // 区/县 or a zone ending in 区; empty when none is named
    QStringList subdistricts;  // 街道/镇/乡, in printed order
    FieldEvidenceMap evidence; // district, subdistricts: where they are printed (reader_evidence.h)
    bool isEmpty() const { return district.isEmpty() && subdistricts.isEmpty(); }
};

[[nodiscard]] Place readPlace(const TextSlice& place);

// The place's evidence renamed to `rule` (where the place was found: "district.item", "district.heading"),
// keeping the spans and lexicon rows.
[[nodiscard]] FieldEvidenceMap placeEvidence(const Place& place, const QString& where);

// The place a notice's title gives for all its items ("关于A区部分道路命名的公告", "关于A区B街道道路命名的
//批复"); empty when the title names roads rather than a place, or none.
[[nodiscard]] Place readTitlePlace(const TextSlice& title);
// The same for a headline line without 关于 (NoticeGrammar::headline); empty if `line` is none.
[[nodiscard]] Place readHeadlinePlace(const TextSlice& line);

// The place a lead sentence counts the notice's roads in (NoticeGrammar::leadPlace): "翔安区6条新建道路",
// "对A区B街道、C街道范围内7条道路". Its 街道 only when it names one; empty when the sentences of `text`
// count roads in different districts (each item is placed by its own words then).
[[nodiscard]] Place readLeadPlace(const TextSlice& text);

// "滁州南谯区", a headline's city and district run together: the district alone (南谯区) when the notice's
// text (`noticeFolded`) calls the words in front a city ("滁州市") and what follows is a 区/县 that is no
// zone (a zone's name keeps its city: 济南高新区, lexicon place_zone) and no generic area. Its evidence
// (FieldId::District in `evidence`) moves with it.
void dropCityName(QString& district, FieldEvidenceMap& evidence, QStringView noticeFolded);

// A generic area noun that ends like a district (小区, 社区, 老城区, 我区 …; lexicon place_stop): never
// a district of a road.
[[nodiscard]] bool isGenericArea(QStringView foldedDistrict);

// A place in running text before a jurisdiction word ("是荆州区凤凰街道辖区的…"), with the function
// words in front of it dropped. Empty when `run` names no district or subdistrict.
[[nodiscard]] Place readPlaceAfterLeadIn(const TextSlice& run);

} // namespace luming
