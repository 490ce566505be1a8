// A record's evidence (core/field_evidence.h) as JSON: {"start": {"rule": …, "lexicon": …, "line": N,
// "offset": N, "text": …}, …}, keyed by the field table's keys. Written by `parse -o x.json` and stored
// in a project's roads.evidence column; read back by both.
#pragma once

#include "core/field_evidence.h"
#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace luming {

[[nodiscard]] QJsonObject evidenceToJson(const FieldEvidenceMap& evidence);
// `where` names the value in errors ("roads[3].evidence"); null or missing is no evidence.
[[nodiscard]] Result<FieldEvidenceMap> evidenceFromJson(const QJsonValue& value, const QString& where);

} // namespace luming
