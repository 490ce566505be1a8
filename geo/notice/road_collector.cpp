#include "notice/road_collector.h"

#include "notice/group_naming.h"
#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"
#include "notice/reader_evidence.h"
#include "notice/table_row_reader.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace luming {

namespace {

// The context every item of the notice falls back to: a place the introduction gives for all of them.
// A heading that names only a 街道 ("一、东升街道" under "关于双流区…的公告") keeps the title's district.
ItemContext withFallback(ItemContext ctx, const Place& preamble) {
    if (ctx.district.isEmpty() && ctx.subdistricts.isEmpty()) {
        ctx.district = preamble.district;
        ctx.subdistricts = preamble.subdistricts;
        for (FieldId id : {FieldId::District, FieldId::Subdistricts})
            if (preamble.evidence.contains(id))
                ctx.evidence.insert(id, preamble.evidence.value(id));
    } else if (ctx.district.isEmpty() && !preamble.district.isEmpty()) {
        ctx.district = preamble.district;
        if (preamble.evidence.contains(FieldId::District))
            ctx.evidence.insert(FieldId::District, preamble.evidence.value(FieldId::District));
    }
    return ctx;
}

// "变更前:隆中大道(原起A止B)" then "变更后:隆中大道(起A止C)": one adjustment, the new extent in the main
// fields and the former ends kept.
void joinAdjustmentHalves(QList<CollectedRoad>& found) {
    for (qsizetype i = 0; i + 1 < found.size(); ++i) {
        CollectedRoad& before = found[i];
        const CollectedRoad& after = found[i + 1];
        if (before.phase != ProseRecord::Phase::Before || after.phase != ProseRecord::Phase::After ||
            before.parsed.record.name != after.parsed.record.name)
            continue;
        CollectedRoad joined = after;
        RoadRecord& r = joined.parsed.record;
        r.action = RoadAction::Adjust;
        r.oldStart = before.parsed.record.start;
        r.oldEnd = before.parsed.record.end;
        joined.from = before.from;
        joined.phase = ProseRecord::Phase::None;
        joined.parsed.missing.clear();
        listMissing(joined.parsed);
        before = joined;
        found.removeAt(i + 1);
    }
}

// "…依次命名为“X”、“Y”。其中X东起A,西至B;Y南起C…": a road named without a course and a later sentence
// of the same notice giving the course of a road of that name (same act, no other place) are one record:
// the first keeps its place in the list and takes the course, measures and their evidence.
void joinCourseSentences(QList<CollectedRoad>& found) {
    // Records with a course, by name, in reading order: one lookup per record (linear in the records).
    QHash<QString, QList<qsizetype>> withCourse;
    for (qsizetype j = 0; j < found.size(); ++j) {
        const RoadRecord& r = found[j].parsed.record;
        if (found[j].phase == ProseRecord::Phase::None && (!r.start.isEmpty() || !r.end.isEmpty()))
            withCourse[foldForMatching(r.name)].append(j);
    }
    if (withCourse.isEmpty())
        return;
    QList<bool> dropped(found.size(), false);
    QHash<QString, qsizetype> next; // per name: the first index in withCourse not yet looked at
    for (qsizetype i = 0; i < found.size(); ++i) {
        RoadRecord& first = found[i].parsed.record;
        if (dropped[i] || !first.start.isEmpty() || !first.end.isEmpty() ||
            found[i].phase != ProseRecord::Phase::None)
            continue;
        const QString key = foldForMatching(first.name);
        const auto list = withCourse.constFind(key);
        if (list == withCourse.cend())
            continue;
        qsizetype& k = next[key];
        while (k < list->size() && (list->at(k) <= i || dropped[list->at(k)]))
            ++k;
        if (k == list->size())
            continue;
        const qsizetype j = list->at(k);
        const RoadRecord& later = found[j].parsed.record;
        if (later.action != first.action ||
            (!first.district.isEmpty() && !later.district.isEmpty() && first.district != later.district))
            continue;
        const auto take = [&](FieldId id) {
            if (later.evidence.contains(id))
                first.evidence.insert(id, later.evidence.value(id));
        };
        first.startDir = later.startDir;
        first.start = later.start;
        first.endDir = later.endDir;
        first.end = later.end;
        first.via = later.via;
        first.shape = later.shape;
        first.plannedRefs = later.plannedRefs;
        for (FieldId id : {FieldId::StartDir, FieldId::Start, FieldId::EndDir, FieldId::End, FieldId::Via,
                           FieldId::Shape, FieldId::PlannedRefs})
            take(id);
        if (!first.lengthM && later.lengthM) {
            first.lengthM = later.lengthM;
            first.lengthApprox = later.lengthApprox;
            take(FieldId::LengthM);
        }
        if (!first.widthMinM && later.widthMinM) {
            first.widthMinM = later.widthMinM;
            first.widthMaxM = later.widthMaxM;
            first.widthParts = later.widthParts;
            for (FieldId id : {FieldId::WidthMinM, FieldId::WidthMaxM, FieldId::WidthParts})
                take(id);
        }
        found[i].to = std::max(found[i].to, found[j].to);
        dropped[j] = true;
        found[i].parsed.missing.clear();
        listMissing(found[i].parsed);
    }
    qsizetype out = 0;
    for (qsizetype i = 0; i < found.size(); ++i)
        if (!dropped[i])
            found[out++] = std::move(found[i]);
    found.resize(out);
}

// The roads of an item that states two or more decisions, each naming its own road ("将A命名为X;将B
//命名为Y"), read as running text; no records when the item states one (a road renamed and its new
// section named after it is one road).
ProseRead severalDecisions(const MatchingText& text, const NormalizedText& norm, const ItemSpan& item,
                           const ItemContext& ctx) {
    const QStringView folded = text.folded().mid(item.textStart, item.end - item.textStart);
    auto verbs = NoticeGrammar::instance().decisionVerb.globalMatch(folded);
    if (!verbs.hasNext() || (verbs.next(), !verbs.hasNext()))
        return {};
    const SourceLine span{item.textStart, item.end, norm.toOriginal(item.textStart),
                          norm.toOriginal(item.end)};
    ProseRead read = readProse(text, span, ctx);
    QSet<QString> names;
    for (const auto& rec : read.records)
        names.insert(foldForMatching(rec.parsed.record.name));
    if (names.size() < 2 || names.size() != read.records.size())
        return {};
    return read;
}

// "二、命名说明 / X:道路临近仙鹤湖,故名。": a later item naming a road already read, with no course or
// measure of its own, explains that road's name; it is no second record (label convention: a name repeated
// in a later section is one record).
void dropRepeatedExplanations(QList<CollectedRoad>& found) {
    QSet<QString> described;
    qsizetype out = 0;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const RoadRecord& r = found[i].parsed.record;
        const QString key = foldForMatching(r.name);
        const bool bare = r.start.isEmpty() && r.end.isEmpty() && !r.lengthM && !r.widthMinM;
        // "注:X延伸段起点、终点…均为新建路段数据": a note on a part of a road already read is that road's.
        static const QRegularExpression section(QStringLiteral("(?:延伸|延长|新建|续建)(?:路)?段$"));
        const QString road = QString(key).remove(section);
        if (bare && (described.contains(key) || (road.size() >= 2 && described.contains(road))))
            continue;
        if (!bare)
            described.insert(key);
        found[out++] = std::move(found[i]);
    }
    found.resize(out);
}

} // namespace

CollectedRoads collectRoads(const MatchingText& text, const NormalizedText& norm, const BodySplit& split,
                            const Place& preamblePlace, Feedback* feedback) {
    CollectedRoads out;
    QList<CollectedRoad>& found = out.roads;
    // Every kFeedbackEvery items or lines: stop when cancelled; progress by position in the text.
    const double textSize = std::max<double>(1, text.shown().size());
    const auto stop = [&](qsizetype i, qsizetype at) {
        if (i % kFeedbackEvery != 0)
            return false;
        setProgress(feedback, 99.0 * double(at) / textSize);
        out.cancelled = isCanceled(feedback);
        return out.cancelled;
    };
    for (qsizetype k = 0; k < split.items.size(); ++k) {
        const auto& item = split.items[k];
        if (stop(k, item.textStart))
            return out;
        CollectedRoad c;
        const ItemContext ctx = withFallback(item.context, preamblePlace);
        c.printedSeq = item.seq;
        c.from = item.markerStart;
        c.to = item.end;
        c.section = item.section;
        // "…的三条道路依次命名为X、Y、Z": one record per name, each with what the item says before its verb.
        const TextSlice itemText = text.slice(item.textStart, item.end);
        if (const auto group = findGroupNaming(itemText)) {
            if (const auto count = groupCount(*group))
                out.groupCounts.append(*count);
            for (const QString& name : group->names) {
                c.parsed = groupRoad(itemText, itemText.mid(0, group->verbFrom), *group, name, ctx);
                found.append(c);
                c.printedSeq.reset(); // the item's number is the first road's
            }
            continue;
        }
        // "(一)A区X里、Y巷因棚户区改造,取消其道路名称": the roads the item cancels, named first.
        if (item.name.isEmpty()) {
            if (const auto cancelled = readCancelledSubjects(itemText, ctx); !cancelled.isEmpty()) {
                for (const auto& rec : cancelled) {
                    c.parsed = rec.parsed;
                    c.from = rec.from;
                    c.to = rec.to;
                    found.append(c);
                    c.printedSeq.reset();
                }
                continue;
            }
        }
        // "一、同意对以下6条道路予以命名:将…的规划经三路命名为“云阙路”;将…的道路命名为“恒安街”;…": an
        // item stating several decisions is read sentence by sentence, like running text.
        if (item.name.isEmpty()) {
            if (auto several = severalDecisions(text, norm, item, ctx); several.records.size() > 1) {
                for (const auto& rec : several.records) {
                    c.parsed = rec.parsed;
                    c.from = rec.from;
                    c.to = rec.to;
                    found.append(c);
                    c.printedSeq.reset(); // the item's number is the first road's
                }
                out.structures += several.nonRoads;
                out.groupCounts += several.groupCounts;
                continue;
            }
        }
        // "1.规划一路(经三路)⏎命名为“锦程路”。北起…", "1、经三路⏎拟命名名称:X": a naming sentence or a
        // proposal's label in the body names the road; the line heading it is its working name (the item
        // reader keeps the sentence's name; a heading that differs is no mismatch then). A body naming the
        // heading's road again ("原名A,现更名为X") is read as the description of X.
        const TextSlice body = text.slice(std::min(item.bodyStart, item.end), item.end);
        const bool namedInBody = [&] {
            const auto& g = NoticeGrammar::instance();
            if (item.name.isEmpty() || (!g.decisionVerb.match(body.folded).hasMatch() &&
                                        !g.proposedName.match(body.folded).hasMatch()))
                return false;
            const QString named = readItemName(body).sentenceName;
            return !named.isEmpty() && foldForMatching(named) != foldForMatching(item.name);
        }();
        c.parsed = item.name.isEmpty() || namedInBody ? parseItem(itemText, ctx)
                                                      : parseDescribedRoad(body, item.name, ctx);
        if (namedInBody)
            c.parsed.remarks.removeIf(
                [](const ItemRemark& remark) { return remark.code == FindingCode::NameMismatch; });
        // A name read by the segmenter (a name heading its line, a name list): its printed place.
        if (!item.name.isEmpty() && !c.parsed.record.evidence.contains(FieldId::Name)) {
            const TextSlice head = text.slice(item.textStart, std::min(item.bodyStart, item.end));
            if (const qsizetype at = head.shown.indexOf(item.name); at >= 0)
                noteEvidence(c.parsed.record.evidence, {FieldId::Name},
                             evidenceIn(head, at, at + item.name.size(), QStringLiteral("name.list_start")));
        }
        // "二、请你局会同A区人民政府做好地名标志设置工作": a numbered instruction that names no road and says
        // nothing of a course, a measure or an act is the notice's own text, no unread road.
        if (c.parsed.record.name.isEmpty() &&
            !NoticeGrammar::instance().itemContent.match(itemText.folded).hasMatch())
            continue;
        // "一、其他道路" over items: a kind of road, no road's name.
        const QString folded = foldForMatching(c.parsed.record.name);
        if (item.shapeOnly && (!looksLikeRoadName(folded) || folded.endsWith(QStringLiteral("道路"))))
            continue;
        found.append(c);
    }
    // Table rows fall back to the introduction's (or title's) place like items do.
    QList<ItemContext> tableContexts;
    tableContexts.reserve(split.freeContexts.size());
    for (const ItemContext& ctx : split.freeContexts)
        tableContexts.append(withFallback(ctx, preamblePlace));
    const TableRead tables = split.hasTables
                                 ? readTables(split.tables, split.freeLines, tableContexts, norm.original())
                                 : TableRead{};
    for (const qsizetype i : tables.headerLines)
        out.tableHeaders.append(split.freeLines[i]);
    for (const auto& row : tables.rows) {
        CollectedRoad c;
        c.parsed = row.parsed;
        c.printedSeq = row.seq;
        c.from = row.line.from;
        c.to = row.line.to;
        found.append(c);
    }
    // A road the text lists as an item or a table row and also tells of in running prose (a news recap,
    // "如…取名X" as an example) is one road: the listed record stands, the prose one adds nothing.
    QSet<QString> listed;
    for (const CollectedRoad& c : found)
        listed.insert(foldForMatching(c.parsed.record.name));
    for (qsizetype i = 0; i < split.freeLines.size(); ++i) {
        if (stop(i, split.freeLines[i].from))
            return out;
        if (tables.usedLines.contains(i))
            continue;
        // A photo's caption tells of a road the notice may name elsewhere; it names none.
        if (NoticeGrammar::instance()
                .captionLine
                .match(QStringView(text.folded())
                           .mid(split.freeLines[i].from, split.freeLines[i].to - split.freeLines[i].from))
                .hasMatch())
            continue;
        out.proseLines.append(split.freeLines[i]);
        const ProseRead prose =
            readProse(text, split.freeLines[i], withFallback(split.freeContexts[i], preamblePlace));
        for (const auto& rec : prose.records) {
            if (rec.phase == ProseRecord::Phase::None &&
                listed.contains(foldForMatching(rec.parsed.record.name)))
                continue;
            CollectedRoad c;
            c.parsed = rec.parsed;
            c.from = rec.from;
            c.to = rec.to;
            c.phase = rec.phase;
            found.append(c);
        }
        out.structures += prose.nonRoads;
        out.groupCounts += prose.groupCounts;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const CollectedRoad& a, const CollectedRoad& b) { return a.from < b.from; });
    joinAdjustmentHalves(found);
    joinCourseSentences(found);
    dropRepeatedExplanations(found);
    return out;
}

} // namespace luming
