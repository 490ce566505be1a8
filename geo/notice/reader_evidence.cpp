#include "notice/reader_evidence.h"

#include "core/road_fields.h"

namespace luming {

FieldEvidence evidenceIn(const TextSlice& text, qsizetype from, qsizetype to, const QString& rule) {
    FieldEvidence e;
    e.rule = rule;
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, from, text.size());
    // Spaces at either end are not part of what was read.
    while (from < to && text.shown[from].isSpace())
        ++from;
    while (to > from && text.shown[to - 1].isSpace())
        --to;
    e.offset = text.offset + from;
    e.length = to - from;
    return e;
}

FieldEvidence evidenceIn(const TextSlice& text, qsizetype from, qsizetype to, const QString& rule,
                         LexCategory category) {
    FieldEvidence e = evidenceIn(text, from, to, rule);
    const qsizetype local = e.offset - text.offset;
    if (const LexiconRow* row =
            NoticeLexicon::instance().rowMatching(category, text.folded.mid(local, e.length)))
        e.lexicon = QStringLiteral("%1:%2").arg(NoticeLexicon::categoryName(category)).arg(row->line);
    return e;
}

void noteEvidence(FieldEvidenceMap& into, std::initializer_list<FieldId> ids, const FieldEvidence& why) {
    if (why.offset < 0 || why.length <= 0)
        return;
    for (FieldId id : ids)
        into.insert(id, why);
}

void dropEvidenceOfEmptyFields(RoadRecord& record) {
    for (auto it = record.evidence.begin(); it != record.evidence.end();) {
        const RoadField& f = roadField(it.key());
        const QVariant v = f.get(record);
        const bool empty = !v.isValid() || (f.type == FieldType::TextList && v.toStringList().isEmpty()) ||
                           (f.type == FieldType::RealList && v.value<QList<double>>().isEmpty());
        it = empty ? record.evidence.erase(it) : std::next(it);
    }
}

void defaultActionEvidence(RoadRecord& record) {
    FieldEvidenceMap& e = record.evidence;
    const bool defaulted =
        !e.contains(FieldId::Action) || e.value(FieldId::Action).rule == u"action.default_name";
    if (!defaulted || record.action != RoadAction::Name || !e.contains(FieldId::Name))
        return;
    // A name read from its naming verb (命名为X, 定名为X) is named by that verb.
    FieldEvidence why = e.value(FieldId::Name);
    const bool verb = why.lexicon.startsWith(NoticeLexicon::categoryName(LexCategory::ActName));
    why.rule = verb ? QStringLiteral("action.naming_verb") : QStringLiteral("action.default_name");
    if (!verb)
        why.lexicon.clear();
    e.insert(FieldId::Action, why);
}

void locateEvidence(FieldEvidenceMap& evidence, const NormalizedText& norm) {
    for (FieldEvidence& e : evidence) {
        if (e.offset < 0 || e.line > 0)
            continue; // not noted, or located already
        // line -1: a table cell, read from the printed line, whose offsets are in the file already.
        const qsizetype from = e.line < 0 ? e.offset : norm.toOriginal(e.offset);
        const qsizetype to = e.line < 0 ? e.offset + e.length : norm.toOriginal(e.offset + e.length);
        e.text = norm.original().mid(from, to - from);
        e.offset = from;
        e.length = e.text.size();
        e.line = norm.lineAt(from);
    }
}

} // namespace luming
