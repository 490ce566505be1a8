// Why a record field holds its value (issue 8 point 2): the rule that decided it and the text it was
// read from. Keyed by FieldId, the enum of the record field table (road_fields.h), never by strings.
#pragma once

#include <QMap>
#include <QString>

namespace luming {

// One value per row of the record field table, in its order (roadFields()[int(id)].id == id).
enum class FieldId {
    Seq,
    Action,
    Name,
    OldName,
    District,
    Subdistricts,
    LengthM,
    LengthApprox,
    WidthMinM,
    WidthMaxM,
    WidthParts,
    StartDir,
    Start,
    EndDir,
    End,
    Via,
    Shape,
    PlannedRefs,
    Pinyin,
    Note,
    OldStart,
    OldEnd,
    SourceText,
    SourceOffset,
    SourceLine,
};

struct FieldEvidence {
    // The named rule that produced the value: a structural rule ("start.dir_qi", "table.column.length",
    // "district.title") — geo/notice/README.md lists them.
    QString rule;
    // The lexicon row whose pattern matched the cue, "category:line" of resources/notice_lexicon.tsv
    // ("act_rename:52"); empty when no lexicon row was involved.
    QString lexicon;
    // While the reader works: the span in the normalised text ([offset, offset + length)). Once the
    // parser has located it (locateEvidence): the span in the decoded file, its 1-based line and the
    // text as printed. line -1 while reading: offset and length are in the decoded file already (table
    // cells are read from the printed line).
    qsizetype offset = -1;
    qsizetype length = 0;
    int line = 0;
    QString text;

    bool operator==(const FieldEvidence&) const = default;
};

using FieldEvidenceMap = QMap<FieldId, FieldEvidence>;

} // namespace luming
