#include "notice/item_parser.h"

#include "notice/action_classifier.h"
#include "notice/adjustment_clause.h"
#include "notice/endpoint_parser.h"
#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"
#include "notice/place_reader.h"
#include "notice/reader_evidence.h"
#include "notice/table_columns.h"

#include <QRegularExpression>

namespace luming {

double toMetres(double value, QStringView unit) {
    return (unit == u"公里" || unit == u"千米" || unit == u"km") ? value * 1000.0 : value;
}

namespace {

// `folded` is `item` masked (same offsets); the evidence quotes `item`.
void readLength(const TextSlice& item, QStringView folded, RoadRecord& r, const QRegularExpression& re) {
    const auto m = re.match(folded);
    if (!m.hasMatch())
        return;
    noteEvidence(r.evidence, {FieldId::LengthM},
                 evidenceIn(item, m.capturedStart(), m.capturedEnd(), QStringLiteral("length.clause"),
                            LexCategory::Measure));
    r.lengthM = toMetres(m.captured(u"value").remove(u' ').toDouble(), m.capturedView(u"unit"));
    r.lengthApprox = m.capturedLength(u"approx") > 0;
}

void readWidth(const TextSlice& item, QStringView folded, RoadRecord& r, const QRegularExpression& re) {
    const auto m = re.match(folded);
    if (!m.hasMatch())
        return;
    noteEvidence(r.evidence, {FieldId::WidthMinM, FieldId::WidthMaxM, FieldId::WidthParts},
                 evidenceIn(item, m.capturedStart(), m.capturedEnd(),
                            m.capturedLength(u"parts") > 0 ? QStringLiteral("width.cross_section")
                            : m.capturedLength(u"max") > 0 ? QStringLiteral("width.range")
                                                           : QStringLiteral("width.clause"),
                            LexCategory::Measure));
    const double first = m.capturedView(u"min").toDouble();
    const QString parts = m.captured(u"parts");
    if (!parts.isEmpty()) {
        // "24+9+16": a cross-section; the road's width is the sum of its parts.
        r.widthParts.append(first);
        for (const auto& p : parts.split(u'+', Qt::SkipEmptyParts))
            r.widthParts.append(p.toDouble());
        double sum = 0;
        for (double p : r.widthParts)
            sum += p;
        r.widthMinM = r.widthMaxM = sum;
        return;
    }
    r.widthMinM = first;
    r.widthMaxM = m.capturedLength(u"max") > 0 ? m.capturedView(u"max").toDouble() : first;
}

// The first location clause that names a district or subdistrict; every location clause is masked
// (a locator such as "位于星润街东" is not an end either).
Place readLocation(const TextSlice& text, const QRegularExpression& re, QList<Span>& masks) {
    Place place;
    auto it = re.globalMatch(text.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        masks.append({m.capturedStart(), m.capturedEnd()});
        if (place.isEmpty())
            place = readPlace(text.mid(m.capturedStart(u"place"), m.capturedLength(u"place")));
    }
    return place;
}

// "所在地:甲镇", "所属街道:乙街道": a form's place field on a line of its own (masked, like a location
// clause, up to the end of its clause: "位置:甲镇,东起…" goes on with the course).
Place readPlaceField(const TextSlice& item, QList<Span>& masks, QString& rule) {
    for (qsizetype from = 0; from < item.folded.size();) {
        qsizetype to = item.folded.indexOf(u'\n', from);
        if (to < 0)
            to = item.folded.size();
        const QStringView line = item.folded.mid(from, to - from);
        if (const auto column = formFieldOf(line); column == Column::Location || column == Column::District) {
            const qsizetype value = from + line.indexOf(u':') + 1;
            // The field ends at its clause: "位置:A镇,东起B,西至C" goes on with the course.
            qsizetype end = value;
            while (end < to && !QStringView(u",;。").contains(item.folded[end]))
                ++end;
            Place place = readPlace(item.mid(value, end - value));
            if (!place.isEmpty()) {
                masks.append({from, end});
                rule = QStringLiteral("form_field");
                return place;
            }
        }
        from = to + 1;
    }
    return {};
}

// The folded text with `masks` blanked out as clause breaks, so the endpoint walk neither reads
// them nor runs a reference into them.
// Brackets stay, so that a mask inside a remark ("螳螂川(位于…)") leaves the remark balanced.
void blankOut(QString& out, const Span& s) {
    static const QString brackets = QStringLiteral("()「」《》“”『』\n");
    for (qsizetype i = std::max<qsizetype>(0, s.from); i < std::min(s.to, out.size()); ++i)
        if (!brackets.contains(out[i]))
            out[i] = u',';
}

QString masked(const TextSlice& text, const QList<Span>& masks) {
    QString out = text.folded.toString();
    for (const auto& s : masks)
        blankOut(out, s);
    return out;
}

// A course's start cue ("北起", "起于", "起点", "自A向东").
bool opensCourse(QStringView text) {
    static const QRegularExpression start(
        QStringLiteral("(?:东南|东北|西南|西北|东|西|南|北)起|起于|起自|始于|起点|"
                       // "自A向东延伸至B": the start, then the leg.
                       "(?:^|[,:;]|境内|辖区内|范围内|区域内)\\s*自[^,;。]{1,30}?[向往](?:东|西|南|北)"));
    return start.match(text).hasMatch();
}

// "此路北起A,顺B向南延伸至C": 延伸至 (延长至) after a course's start in the same sentence is the verb of
// its leg, not an extension. With the old state or a change in that sentence ("原A路南起B北止C,现将其向北
// 延伸至D", "东起A,西至B,现向西延长至C") it is one.
bool legVerb(QStringView folded, const ActionCue& cue) {
    if (cue.action != RoadAction::Adjust || folded[cue.from] != u'延')
        return false;
    qsizetype from = cue.from;
    constexpr qsizetype kSentence = 200; // a bounded look back keeps run-on text linear
    while (from > 0 && cue.from - from < kSentence && folded[from - 1] != u'。' && folded[from - 1] != u';' &&
           folded[from - 1] != u'\n')
        --from;
    static const QRegularExpression change(QStringLiteral("原|现|将其|变更|调整|延伸后|延长后"));
    const QStringView sentence = folded.mid(from, cue.from - from);
    return opensCourse(sentence) && !change.match(sentence).hasMatch();
}

} // namespace

void listMissing(ItemParse& parsed) {
    RoadRecord& r = parsed.record;
    QStringList& missing = parsed.missing;
    if (r.name.isEmpty())
        missing.append(QStringLiteral("name"));
    if (r.action == RoadAction::Cancel)
        return; // a cancellation needs no more than the name
    if (r.action == RoadAction::Name) {
        if (!r.lengthM)
            missing.append(QStringLiteral("length"));
        if (!r.widthMinM)
            missing.append(QStringLiteral("width"));
        if (r.district.isEmpty() && r.subdistricts.isEmpty())
            missing.append(QStringLiteral("location"));
    }
    // An adjustment may change one end only; it must say at least one.
    if (r.action == RoadAction::Adjust) {
        if (r.start.isEmpty() && r.end.isEmpty())
            missing.append(QStringLiteral("start/end"));
        return;
    }
    if (r.action == RoadAction::Rename && r.oldName.value_or(QString()).isEmpty())
        missing.append(QStringLiteral("old name"));
    if (r.action == RoadAction::Name) {
        if (r.start.isEmpty())
            missing.append(QStringLiteral("start"));
        if (r.end.isEmpty())
            missing.append(QStringLiteral("end"));
    }
}

namespace {

// Everything but the name: clauses, place, action, ends. `masks` are the name's own spans.
ItemParse parseBody(const TextSlice& item, const ItemName& name, const ItemContext& context) {
    const auto& g = NoticeGrammar::instance();
    ItemParse out;
    RoadRecord& r = out.record;
    r.name = name.name;
    r.pinyin = name.pinyin;
    // A leading name that is the former one ("“X”、“Y”合并更名为Z") is the rename's subject, no mismatch.
    const bool leadingIsFormer = name.oldName && name.oldName->split(u'、').contains(name.leadingName);
    if (!name.leadingName.isEmpty() && !name.sentenceName.isEmpty() &&
        name.leadingName != name.sentenceName && !leadingIsFormer)
        out.remarks.append({FindingCode::NameMismatch,
                            QStringLiteral("the item is headed %1 but names the road %2; kept %2.")
                                .arg(name.leadingName, name.sentenceName)});
    out.nonRoad = isNonRoadStructure(foldForMatching(r.name));
    QList<Span> masks = name.spans;
    // "将东起A、西至B的规划一路命名为“X”": the working name after 的 is the object of the naming, no
    // part of the end before it (label convention: a designation goes to the note).
    static const QRegularExpression objectBefore(QStringLiteral("的[^,;。:的“”\"()]{1,20}$"));
    for (Span& s : masks) {
        if (s.from <= 0 || s.from > item.folded.size())
            continue;
        const qsizetype from = std::max<qsizetype>(0, s.from - 24);
        if (const auto m = objectBefore.match(item.folded.mid(from, s.from - from)); m.hasMatch())
            s.from = from + m.capturedStart();
    }

    r.evidence = name.evidence;
    readLength(item, masked(item, masks), r, g.lengthClause);
    readWidth(item, masked(item, masks), r, g.widthClause);
    Place place = readLocation(item, g.locationClause, masks);
    QString placeRule = QStringLiteral("item_location");
    if (place.isEmpty())
        place = readPlaceField(item, masks, placeRule);
    if (place.isEmpty() && name.placePrefix.isValid()) {
        place = readPlace(item.mid(name.placePrefix.from, name.placePrefix.to - name.placePrefix.from));
        placeRule = QStringLiteral("name_prefix");
    }
    // "峨桥路(弋江区):…", "银湖北路(镜湖区、鸠江区):": the places in brackets after the leading name.
    if (place.isEmpty()) {
        static const QRegularExpression bracket(
            QStringLiteral("^\\s*[“\"]?[^(,;。:“”\"]{2,30}?[”\"]?\\s*\\((?<place>[^()]{2,40})\\)"));
        if (const auto m = bracket.match(item.folded); m.hasMatch()) {
            const QStringList parts = m.captured(u"place").split(u'、');
            if (std::all_of(parts.cbegin(), parts.cend(),
                            [&g](const QString& part) { return g.barePlaceLine.match(part).hasMatch(); })) {
                // Each part is a place of its own (镜湖区、鸠江区: two districts).
                qsizetype at = m.capturedStart(u"place");
                for (const QString& part : parts) {
                    const Place one = readPlace(item.mid(at, part.size()));
                    at += part.size() + 1;
                    if (!one.district.isEmpty() && !place.district.split(u'、').contains(one.district))
                        place.district +=
                            (place.district.isEmpty() ? QString() : QStringLiteral("、")) + one.district;
                    place.subdistricts += one.subdistricts;
                    for (auto e = one.evidence.cbegin(); e != one.evidence.cend(); ++e)
                        if (!place.evidence.contains(e.key()))
                            place.evidence.insert(e.key(), e.value());
                }
                placeRule = QStringLiteral("name_bracket");
            }
        }
    }
    if (place.isEmpty())
        if (const auto m = g.subjectPlace.match(item.folded); m.hasMatch()) {
            place = readPlaceAfterLeadIn(item.mid(m.capturedStart(u"place"), m.capturedLength(u"place")));
            placeRule = QStringLiteral("subject");
        }
    const FieldEvidenceMap placeWhy = placeEvidence(place, placeRule);
    r.district = place.district.isEmpty() ? context.district : place.district;
    r.subdistricts = place.subdistricts.isEmpty() ? context.subdistricts : place.subdistricts;
    for (FieldId id : {FieldId::District, FieldId::Subdistricts})
        noteEvidence(r.evidence, {id},
                     placeWhy.contains(id) ? placeWhy.value(id) : context.evidence.value(id));

    // The item's own verbs win over its heading; then the heading or sentence; then naming. A course's
    // own 延伸至 is no act: the next cue is looked for with it blanked out (a few times: an item has few).
    auto cue = actionCueIn(item.folded, g.itemActionKeywords);
    int retries = 4;
    for (QString rest; cue && retries-- > 0 && legVerb(item.folded, *cue);) {
        if (rest.isEmpty())
            rest = item.folded.toString();
        for (qsizetype i = cue->from; i < cue->to; ++i)
            rest[i] = u',';
        cue = actionCueIn(rest, g.itemActionKeywords);
    }
    std::optional<RoadAction> action;
    FieldEvidence actionWhy;
    if (cue) {
        action = cue->action;
        actionWhy = evidenceIn(item, cue->from, cue->to, QStringLiteral("action.item_verb"),
                               actionCategory(cue->action));
    }
    const Extension extension = readExtension(item);
    if (extension.found) {
        masks.append(extension.span);
        action = RoadAction::Adjust;
        actionWhy = evidenceIn(item, extension.span.from, extension.span.to,
                               QStringLiteral("action.extension"), LexCategory::ActAdjust);
    }
    const FormerEnds former = readFormerEnds({item.shown, masked(item, masks), item.offset});
    if (!former.spans.isEmpty()) {
        masks += former.spans;
        action = RoadAction::Adjust;
        actionWhy = evidenceIn(item, former.spans.first().from, former.spans.first().to,
                               QStringLiteral("action.former_ends"), LexCategory::ActAdjust);
    }
    // "该路段是X延伸路段,故取名X": a new section of a road that keeps its name adjusts that road.
    if (!action || *action == RoadAction::Name)
        if (const auto same = sameRoadSection(item, r.name)) {
            action = RoadAction::Adjust;
            actionWhy = evidenceIn(item, same->from, same->to, QStringLiteral("action.same_road"),
                                   LexCategory::ActAdjust);
        }
    r.action = action.value_or(context.action.value_or(RoadAction::Name));
    // No act word here or around: defaultActionEvidence (the parser) takes the name's.
    noteEvidence(r.evidence, {FieldId::Action},
                 action ? actionWhy : context.evidence.value(FieldId::Action, actionWhy));
    if (r.action == RoadAction::Rename)
        r.oldName = name.oldName;
    if (r.action == RoadAction::Cancel)
        r.note = cancelReasonIn(item);
    if (r.action == RoadAction::Cancel && r.note.isEmpty())
        r.note = context.cancelReason;

    // The reasons for a name ("因该路经过A而得名") hold places that are no part of the course.
    QList<Span> courseMasks = masks;
    for (auto it = g.reasonSentence.globalMatch(item.folded); it.hasNext();) {
        const auto m = it.next();
        if (!opensCourse(m.capturedView(u"cause")))
            courseMasks.append({m.capturedStart(), m.capturedEnd()});
    }
    courseMasks += former.unchanged;
    // "将与A(西起B,东至C)等现有道路共同构成…": the course of a road mentioned beside the item's is not its.
    for (auto it = g.mentionedCourse.globalMatch(item.folded); it.hasNext();) {
        const auto m = it.next();
        courseMasks.append({m.capturedStart(), m.capturedEnd()});
    }
    QString ends = masked(item, courseMasks);
    // "(原北止于C)", "原起止点为北起C,南至D": the old course, brackets and all, is blanked (a remark left
    // empty would stay in the end before it); its ends are the old ones.
    Endpoints formerCourse;
    for (const auto& former : g.formerCourses)
        for (auto it = former.globalMatch(item.folded); it.hasNext();) {
            const auto m = it.next();
            formerCourse = parseEndpoints(item.mid(m.capturedStart(u"course"), m.capturedLength(u"course")));
            for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
                ends[i] = u',';
        }
    // "X向南延伸至A,延伸段北起B,南至A": the new section's own course is the record's (label convention:
    // the new state's extent where given, else the new segment); the sentence before it only leads there.
    static const QRegularExpression segmentCourse(expandPatternMacros(
        QStringLiteral("(?:延伸|延长|新建)(?:段|部分)(?:为|是|:)?\\s*(?={DIR}起|起于|起自|始于)")));
    // "延伸后,X南起A,北至B": the new state's extent, restated after the change, comes first of all.
    static const QRegularExpression afterCourse(expandPatternMacros(QStringLiteral(
        "(?:延伸|延长|调整|变更)后\\s*[,:]?\\s*(?:[^,;。:]{1,20}?)?(?={DIR}起|起于|起自|始于)")));
    if (const auto m = afterCourse.match(ends); m.hasMatch())
        blankOut(ends, {0, m.capturedEnd()});
    else if (const auto m = segmentCourse.match(ends); m.hasMatch())
        blankOut(ends, {0, m.capturedEnd()});
    Endpoints e = parseEndpoints({item.shown, ends, item.offset});
    // "注销该道路名称(原东起A,西至B)": a cancelled road's course is the one it had; a remark is where such
    // an item prints it.
    if (r.action == RoadAction::Cancel && e.start.isEmpty() && e.end.isEmpty()) {
        if (!formerCourse.start.isEmpty() || !formerCourse.end.isEmpty()) {
            e = formerCourse;
            formerCourse = {};
        } else if (const auto m = g.courseRemark.match(item.folded); m.hasMatch()) {
            e = parseEndpoints(item.mid(m.capturedStart(u"course"), m.capturedLength(u"course")));
        }
    }
    setCourse(r, e);
    // "向南800米止": a distance instead of an end feature gives the length when no clause does.
    if (e.distanceM && !r.lengthM) {
        r.lengthM = *e.distanceM;
        noteEvidence(r.evidence, {FieldId::LengthM}, e.distanceWhy);
        if (r.note.isEmpty())
            r.note = e.distanceText;
    }
    r.oldStart = former.start;
    r.oldEnd = former.end;
    // "起点由原A调整为B": B is the start now (the clause was masked from the course).
    for (const auto& [span, value, id] : {std::tuple{former.newStart, &r.start, FieldId::Start},
                                          std::tuple{former.newEnd, &r.end, FieldId::End}}) {
        if (!span.isValid() || !value->isEmpty())
            continue;
        *value = item.cut(span.from, span.to);
        noteEvidence(r.evidence, {id},
                     evidenceIn(item, span.from, span.to, QStringLiteral("adjust.end_change")));
    }
    if (r.oldStart.isEmpty() && formerCourse.start != r.start)
        r.oldStart = formerCourse.start;
    if (r.oldEnd.isEmpty() && formerCourse.end != r.end)
        r.oldEnd = formerCourse.end;
    if (extension.found) {
        // Only the moved end is described; the other one is unchanged and not repeated.
        if (extension.fromStart) {
            r.oldStart = extension.formerEnd;
            r.start = extension.newEnd;
            r.startDir = extension.headings.isEmpty() ? Direction::None : extension.headings.last();
        } else {
            r.oldEnd = extension.formerEnd;
            r.end = extension.newEnd;
            r.endDir = extension.headings.isEmpty() ? Direction::None : extension.headings.last();
        }
        // "自原止点A向东折北延长止B": the extension turns at A, which makes A a turn point (as "南至A折向西
        // 至B" does); with one heading it only continues.
        if (extension.headings.size() >= 2 && !extension.formerEnd.isEmpty())
            r.via.prepend(extension.formerEnd);
        r.shape = Shape::None;
        const FieldEvidence moved = evidenceIn(item, extension.span.from, extension.span.to,
                                               QStringLiteral("adjust.extension"), LexCategory::ActAdjust);
        noteEvidence(r.evidence,
                     {extension.fromStart ? FieldId::Start : FieldId::End,
                      extension.fromStart ? FieldId::StartDir : FieldId::EndDir},
                     moved);
        if (extension.headings.size() >= 2 && !extension.formerEnd.isEmpty())
            noteEvidence(r.evidence, {FieldId::Via}, moved);
    }
    dropEvidenceOfEmptyFields(r);
    listMissing(out);
    return out;
}

} // namespace

ItemParse parseItem(const TextSlice& item, const ItemContext& context) {
    return parseBody(item, readItemName(item), context);
}

ItemParse parseDescribedRoad(const TextSlice& body, const QString& name, const ItemContext& context) {
    return parseBody(body, describedName(body, name), context);
}

} // namespace luming
