// The evidence the readers note where they decide a field (core/field_evidence.h): spans in the
// normalised text while reading; the parser locates them in the decoded file once the record is done.
#pragma once

#include "core/road_record.h"
#include "notice/matching_text.h"
#include "notice/notice_lexicon.h"
#include "text/normalized_text.h"

namespace luming {

// Evidence for [from, to) of `text` (slice offsets) under `rule`; `lexicon` names the row of
// `category` that matches the folded span (the cue), when `category` is given.
[[nodiscard]] FieldEvidence evidenceIn(const TextSlice& text, qsizetype from, qsizetype to,
                                       const QString& rule);
[[nodiscard]] FieldEvidence evidenceIn(const TextSlice& text, qsizetype from, qsizetype to,
                                       const QString& rule, LexCategory category);

// Sets the evidence of `ids` in `into` (the winning value's; a later call for the same field replaces it).
void noteEvidence(FieldEvidenceMap& into, std::initializer_list<FieldId> ids, const FieldEvidence& why);

// The evidence of a record that has no value: dropped, so that evidence never explains an empty field.
void dropEvidenceOfEmptyFields(RoadRecord& record);

// A record whose action no word gave (an item of a naming notice names its road): the name is the
// evidence, under action.default_name.
void defaultActionEvidence(RoadRecord& record);

// From normalised spans to the decoded file: offset, 1-based line and the text as printed.
void locateEvidence(FieldEvidenceMap& evidence, const NormalizedText& norm);

} // namespace luming
