#include "notice/endpoint_parser.h"

#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"
#include "notice/reader_evidence.h"
#include "text/cjk_chars.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace luming {

namespace {

bool isDelimiter(QChar c) {
    return c == u',' || c == u';' || c == u'。' || c == u'\n' || c == u'、' || c == u':';
}

bool opens(QChar c) {
    return c == u'(' || c == u'「' || c == u'《' || c == u'“' || c == u'『';
}
bool closes(QChar c) {
    return c == u')' || c == u'」' || c == u'》' || c == u'”' || c == u'』';
}

// "A、B交汇处": the 、 at `at` joins the roads of one meeting point when the run after it ends in a
// junction word before the next clause delimiter.
bool joinsJunction(QStringView folded, qsizetype at, qsizetype limit) {
    qsizetype j = at + 1;
    while (j < limit && (folded[j] == u'、' || !isDelimiter(folded[j])))
        ++j;
    QStringView run = folded.mid(at + 1, j - at - 1);
    if (run.endsWith(u'段')) // "A至B、C交汇处段": the section's 段 is not part of the meeting point
        run.chop(1);
    return NoticeGrammar::instance().junctionTail.match(run).hasMatch();
}

// "起于峪夼。水库北岸。": a full stop typed or OCR'd inside a reference. The stop at `at` belongs to the
// reference when the part before it names no road and the run after it, up to the next delimiter, is a
// short noun fragment: no road name, no number, no place, no cue. A clause of a notice always holds a
// cue, a measure or a name, so such a run cannot be one; "西至B路。C路。东起…" stays cut (B路 is a road).
} // namespace

bool isStrayStop(QStringView folded, qsizetype from, qsizetype at, qsizetype limit) {
    const QStringView before = folded.mid(from, at - from).trimmed();
    if (before.isEmpty() || before.size() > 12 || looksLikeRoadName(before.toString()))
        return false;
    // A measure ("宽40至60米。另外,…") is no reference: its stop ends the sentence.
    for (const QChar c : before)
        if (c.isDigit())
            return false;
    qsizetype j = at + 1;
    while (j < limit && j - at <= 11 && !isDelimiter(folded[j]) && !opens(folded[j]) && !closes(folded[j]))
        ++j;
    if (j < limit && (folded[j] == u':' || folded[j] == u'、' || opens(folded[j]) || closes(folded[j])))
        return false;
    const QStringView after = folded.mid(at + 1, j - at - 1);
    if (after.size() < 2 || after.size() > 10 || after.trimmed().size() != after.size())
        return false;
    for (const QChar c : after)
        if (!isCjkIdeograph(c.unicode()))
            return false;
    const NoticeGrammar& g = NoticeGrammar::instance();
    const QString run = after.toString();
    return !looksLikeRoadName(run) && !g.endpointToken.match(run).hasMatch() &&
           !g.itemContent.match(run).hasMatch() && !g.district.match(run).hasMatch() &&
           !g.subdistrict.match(run).hasMatch() && !g.clauseOpener.match(run).hasMatch();
}

namespace {

// The end of the reference that starts at `from`: the next delimiter outside brackets, an unbalanced
// closing bracket, or `limit`. A colon is not a delimiter here: it never ends a name in an endpoint
// clause, while garbled copies do put one inside a name. Waypoint lists keep their 、.
qsizetype referenceEnd(QStringView folded, qsizetype from, qsizetype limit, bool keepEnumeration) {
    int depth = 0;
    for (qsizetype i = from; i < limit; ++i) {
        const QChar c = folded[i];
        if (opens(c)) {
            ++depth;
        } else if (closes(c)) {
            if (depth == 0)
                return i;
            --depth;
        } else if (depth == 0 && c != u':' && isDelimiter(c) &&
                   !(c == u'、' && (keepEnumeration || joinsJunction(folded, i, limit))) &&
                   !(c == u'。' && isStrayStop(folded, from, i, limit))) {
            return i;
        }
    }
    return limit;
}

// Whether the text at `at` begins with a road's name (up to the next delimiter or 至).
bool namesRoadAt(QStringView folded, qsizetype at) {
    qsizetype j = at;
    while (j < folded.size() && j - at < 24 && !isDelimiter(folded[j]) && folded[j] != u'至' &&
           folded[j] != u'(')
        ++j;
    return looksLikeRoadName(folded.mid(at, j - at).toString());
}

struct Token {
    enum Kind { Start, End, Turn, Via, ShapeMarker } kind;
    Direction dir = Direction::None;
    qsizetype begin, end;
    QString rule = {};     // the evidence's rule name ("start.dir_qi")
    qsizetype refEnd = -1; // where its reference ends when the cue closes it ("与A相交"), else -1
};

// "西起A经B至C": 经 (途经, 经过) right after a start's reference that names a road, in a clause that goes on
// to a bare 至 or 到, opens a waypoint instead of continuing the start's name. Only the 经 words: 沿, 顺, 过,
// 穿 begin too many names (沿江路, 顺河街, 过境路). A road's name is short and the look-ahead is bounded, so
// the walk stays linear.
bool viaInsideStart(QStringView folded, const QList<Token>& tokens, const QRegularExpressionMatch& via) {
    const qsizetype begin = via.capturedStart();
    if (tokens.isEmpty() || tokens.last().kind != Token::Start || !via.capturedView(u"via").contains(u'经'))
        return false;
    const qsizetype from = tokens.last().end;
    if (begin - from < 2 || begin - from > 24 || referenceEnd(folded, from, begin, false) != begin ||
        !looksLikeRoadName(folded.mid(from, begin - from).trimmed().toString()))
        return false;
    constexpr qsizetype kLookAhead = 40;
    for (qsizetype j = via.capturedEnd() + 1; j < folded.size() && j - begin < kLookAhead; ++j) {
        const QChar c = folded[j];
        if (c == u'至' || c == u'到')
            return true;
        if (c != u'、' && (isDelimiter(c) || opens(c) || closes(c)))
            return false;
    }
    return false;
}

Shape shapeOfMarker(const QRegularExpressionMatch& m) {
    if (!m.captured(u"loop").isEmpty())
        return Shape::Loop;
    return shapeFromCode(m.captured(u"shape")).value_or(Shape::None);
}

// "奥体路至禧园路" as a clause of its own: two names that end like roads (a planning parenthetical
// aside), no verb or locator words around them. Prose that runs "通往A路至B路" is not a pair.
bool roadPair(QStringView from, QStringView to) {
    static const QRegularExpression remark(QStringLiteral("\\([^()]{1,12}\\)$"));
    static const QRegularExpression notAName(QStringLiteral("[的于往经沿在与和及向从自由\\s]"));
    const auto name = [](QStringView side) {
        QString s = side.trimmed().toString();
        s.remove(remark);
        return s;
    };
    const QString a = name(from), b = name(to);
    return a.size() <= 15 && b.size() <= 15 && !notAName.match(a).hasMatch() &&
           !notAName.match(b).hasMatch() && looksLikeRoadName(a) && looksLikeRoadName(b);
}

// Finds a clause "A至B段" (or "A至B" between two road names) outside brackets and appends its start and end
// tokens; returns the offset of its 段 (the end reference stops there), or -1. Only a 至 outside brackets
// joins the pair, and tokens inside the clause's remarks ("A交会处(向东延伸至C)至B段") are dropped: they
// describe A. A leading "起止点调整为" is the clause's verb, not part of A.
qsizetype readBarePair(QStringView folded, const QList<int>& depth, QList<Token>& tokens) {
    static const QRegularExpression verb(QStringLiteral("^(?:起止点|起讫点|范围)?(?:调整|变更|改)(?:后)?为"));
    // "起止点:A—B", "起讫点为A~B": the ends marker before a pair joined by a dash or tilde.
    static const QRegularExpression endsMarker(QStringLiteral("^(?:起止点|起讫点|起止|起讫)(?:为|是)?:?"));
    qsizetype clauseStart = 0;
    bool markerBefore = false;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        // "A至B、C交汇处段": the 、 of a junction joins its roads into one end.
        if (i < folded.size() && (depth[i] > 0 || !isDelimiter(folded[i]) ||
                                  (folded[i] == u'、' && joinsJunction(folded, i, folded.size()))))
            continue;
        if (const auto v = verb.match(folded.mid(clauseStart, i - clauseStart)); v.hasMatch())
            clauseStart += v.capturedEnd();
        bool marked = markerBefore;
        markerBefore = false;
        if (const auto e = endsMarker.match(folded.mid(clauseStart, i - clauseStart)); e.hasMatch()) {
            clauseStart += e.capturedEnd();
            marked = true;
            // "起止点:A—B": the marker is a clause of its own before the colon.
            if (clauseStart == i && i < folded.size() && folded[i] == u':') {
                markerBefore = true;
                clauseStart = i + 1;
                continue;
            }
        }
        QStringView clause = folded.mid(clauseStart, i - clauseStart);
        qsizetype to = -1;
        int pairs = 0;
        for (qsizetype k = 0; k < clause.size(); ++k)
            if (clause[k] == u'至' && depth[clauseStart + k] == 0 && pairs++ == 0)
                to = k;
        qsizetype joinerLength = 1;
        // "A—B", "A——B", "A~B" after an ends marker: the dash or tilde joins the pair.
        if (pairs == 0 && marked) {
            static const QRegularExpression dash(QStringLiteral("——|—|~|～|–"));
            const auto d = dash.match(clause);
            if (d.hasMatch() && depth[clauseStart + d.capturedStart()] == 0 &&
                !dash.match(clause.sliced(d.capturedEnd())).hasMatch()) {
                to = d.capturedStart();
                joinerLength = d.capturedLength();
                pairs = 1;
            }
        }
        const bool onePair = pairs == 1 && to > 0 && to + joinerLength + 1 < clause.size();
        if (onePair && (marked || clause.endsWith(u'段') ||
                        roadPair(clause.first(to), clause.sliced(to + joinerLength)))) {
            tokens.removeIf([&](const Token& t) { return t.begin >= clauseStart && t.begin < i; });
            tokens.append(
                {Token::Start, Direction::None, clauseStart, clauseStart, QStringLiteral("start.bare_pair")});
            tokens.append({Token::End, Direction::None, clauseStart + to, clauseStart + to + joinerLength,
                           QStringLiteral("end.bare_pair")});
            std::stable_sort(tokens.begin(), tokens.end(),
                             [](const Token& a, const Token& b) { return a.begin < b.begin; });
            // "至逢桥路规划延伸段": 延伸段 (延长段, 规划段) is a noun, the end's own name, not "the section".
            static const QRegularExpression sectionNoun(QStringLiteral("(?:延伸|延长|规划|预留|续建)段$"));
            const bool section = clause.endsWith(u'段') && !sectionNoun.match(clause).hasMatch();
            return section ? i - 1 : i;
        }
        clauseStart = i + 1;
    }
    return -1;
}

} // namespace

Direction directionWord(QStringView word) {
    // The grammar's {DIR} matches exactly the words of the direction code table.
    return directionFromCode(word).value_or(Direction::None);
}

Shape shapeFromHeadings(Direction startDir, const QList<Direction>& headings) {
    if (headings.isEmpty())
        return Shape::None;
    if (headings.size() == 1) {
        // "东南起A,北至B" with no turn: the text does not say how the road gets there.
        if (startDir != Direction::None && headings.first() != opposite(startDir))
            return Shape::None;
        return Shape::Straight;
    }
    return headings.size() == 2 ? Shape::L : Shape::Turn;
}

CleanReference cleanReference(const TextSlice& raw) {
    const auto& g = NoticeGrammar::instance();
    TextSlice ref = raw;
    if (const auto lead = g.referenceLead.match(ref.folded); lead.hasMatch())
        ref = ref.mid(lead.capturedEnd());
    // Shape words after the last end ("华盛路的"L"型道路") are not part of the name.
    if (const auto shape = g.shapeMarker.match(ref.folded); shape.hasMatch())
        ref = ref.mid(0, shape.capturedStart());
    if (const auto end = g.referenceEnd.match(ref.folded); end.hasMatch())
        ref = ref.mid(0, end.capturedStart());

    CleanReference out;
    const auto planned = g.plannedSuffix.match(ref.folded);
    if (planned.hasMatch()) {
        out.text = (ref.shown.left(planned.capturedStart()).toString() +
                    ref.shown.mid(planned.capturedEnd()).toString())
                       .trimmed();
        out.planned = ref.cut(0, planned.capturedStart());
        if (out.planned.isEmpty())
            out.planned = out.text;
    } else {
        out.text = ref.cut(0, ref.size());
    }
    if (out.planned.isEmpty() && ref.folded.trimmed().startsWith(QStringLiteral("规划"))) {
        // "规划道路(未命名、…)": the planned road is what stands before the remark.
        QString plain = out.text;
        if (plain.endsWith(u')')) {
            const qsizetype open = plain.indexOf(u'(');
            if (open > 0)
                plain.truncate(open);
        }
        out.planned = plain.trimmed();
    }
    return out;
}

void setCourse(RoadRecord& r, const Endpoints& e) {
    r.startDir = e.startDir;
    r.start = e.start;
    r.endDir = e.endDir;
    r.end = e.end;
    r.via = e.via;
    r.shape = e.shape;
    r.plannedRefs = e.plannedRefs;
    for (auto it = e.evidence.cbegin(); it != e.evidence.cend(); ++it)
        r.evidence.insert(it.key(), it.value());
}

Endpoints parseEndpoints(const TextSlice& text) {
    const auto& g = NoticeGrammar::instance();
    const QStringView folded = text.folded;
    Endpoints out;

    // Bracket depth before each character: a token inside a remark ("螳螂川(位于金方路终点以北)") is
    // part of a name unless it opens a clause there ("“X”(Pinyin,东南起A,北至B)").
    QList<int> depth(folded.size() + 1, 0);
    for (qsizetype i = 0, d = 0; i < folded.size(); ++i) {
        depth[i] = int(d);
        if (opens(folded[i]))
            ++d;
        else if (closes(folded[i]) && d > 0)
            --d;
    }

    // Pass 1: the tokens that really are 起/至/折向 (not characters inside a name).
    QList<Token> tokens;
    int unstatedTurns = 0;
    auto it = g.endpointToken.globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype begin = m.capturedStart();
        // "X路(暂定名)北起A": a compass start after a bracketed remark begins the course (the line break
        // after the remark was joined away).
        // "“江畔路”南起A": the same after the quoted name.
        const bool afterRemark = begin > 0 && QStringView(u")”」』").contains(folded[begin - 1]) &&
                                 m.capturedLength(u"startdir") > 0;
        const bool atClauseStart =
            begin == 0 || isDelimiter(folded[begin - 1]) || folded[begin - 1] == u'(' || afterRemark ||
            g.clauseOpener.match(folded.mid(std::max<qsizetype>(0, begin - 4), std::min<qsizetype>(4, begin)))
                .hasMatch();
        const bool afterTurn =
            !tokens.isEmpty() && tokens.last().end == begin && tokens.last().kind == Token::Turn;
        // "东起A至B", "过B至C": a bare 至 right after a start's or a waypoint's reference, in the same
        // clause. After a waypoint only on a course already begun ("南至A,过B至C"): "跨A桥北堍至B段" alone is
        // a pair.
        const bool courseBegun = std::any_of(tokens.cbegin(), tokens.cend(), [](const Token& t) {
            return t.kind == Token::Start || t.kind == Token::End;
        });
        // A waypoint list keeps its 、 ("向北经A、B至C").
        const bool afterStartRef =
            !tokens.isEmpty() &&
            (tokens.last().kind == Token::Start || (tokens.last().kind == Token::Via && courseBegun)) &&
            begin - tokens.last().end >= 2 &&
            referenceEnd(folded, tokens.last().end, begin, tokens.last().kind == Token::Via) == begin;
        // "(自A至B)": a bracket that opens a course holds its end too.
        const bool sameBracketCourse = afterStartRef && depth[tokens.last().begin] == depth[begin];
        if (depth[begin] > 0 && !atClauseStart && !sameBracketCourse && m.capturedLength(u"shape") == 0)
            continue;
        // "东起A交会处(向东延伸至B公司)": a remark that opens inside a reference belongs to it, whatever
        // words it holds; only a remark after the name opens a clause ("“X”(Pinyin,东南起A,北至B)").
        if (depth[begin] > 0 && !tokens.isEmpty() && depth[tokens.last().begin] == 0) {
            const qsizetype open = folded.first(begin).lastIndexOf(u'(');
            if (open > tokens.last().end && referenceEnd(folded, tokens.last().end, open, false) == open)
                continue;
        }
        if (m.capturedLength(u"pair") > 0) {
            // "自A至B", "由A至B", "从A到B": the opener of a pair is a start only where a clause begins.
            if (atClauseStart)
                tokens.append(
                    {Token::Start, Direction::None, begin, m.capturedEnd(), QStringLiteral("start.pair")});
        } else if (m.capturedLength(u"startdir") > 0 || m.capturedLength(u"start0") > 0) {
            if (atClauseStart)
                tokens.append({Token::Start, directionWord(m.capturedView(u"startdir")), begin,
                               m.capturedEnd(),
                               m.capturedLength(u"startdir") > 0 ? QStringLiteral("start.dir_qi")
                                                                 : QStringLiteral("start.qi")});
        } else if (m.capturedLength(u"end0") > 0) {
            if (atClauseStart || afterStartRef)
                tokens.append(
                    {Token::End, Direction::None, begin, m.capturedEnd(), QStringLiteral("end.point")});
        } else if (m.capturedLength(u"distance") > 0) {
            if (atClauseStart || afterStartRef) {
                tokens.append({Token::End, directionWord(m.capturedView(u"distdir")), begin, m.capturedEnd(),
                               QStringLiteral("end.distance")});
                out.distanceM = m.capturedView(u"metres").toDouble();
                out.distanceText = text.cut(begin, m.capturedEnd());
                out.distanceWhy = evidenceIn(text, begin, m.capturedEnd(),
                                             QStringLiteral("length.distance_end"), LexCategory::End);
            }
        } else if (m.capturedLength(u"join") > 0) {
            // "北接B", ",接B": 接 ends the course only with a heading or where a clause begins (交接处,
            // 衔接 are words).
            const Direction dir = directionWord(m.capturedView(u"joindir"));
            if (dir != Direction::None || atClauseStart)
                tokens.append({Token::End, dir, begin, m.capturedEnd(), QStringLiteral("end.join")});
        } else if (m.capturedLength(u"turndir") > 0) {
            tokens.append({Token::Turn, directionWord(m.capturedView(u"turndir")), begin, m.capturedEnd(),
                           QStringLiteral("turn.dir")});
            // "向北折至A": the road heads north, then turns somewhere before A; that turn's heading is
            // not stated.
            if (m.capturedLength(u"turnafter") > 0)
                ++unstatedTurns;
        } else if (m.capturedLength(u"via") > 0) {
            // 过 reads a waypoint only when a road's name follows ("过B至C"; "过去…" is no course).
            // 经 before a numeral begins an axis road's name (经十路, 经二纬三路), no waypoint.
            const bool axisRoad = m.capturedView(u"via") == u"经" && m.capturedEnd() < folded.size() &&
                                  (folded[m.capturedEnd()].isDigit() ||
                                   QStringView(u"一二三四五六七八九十").contains(folded[m.capturedEnd()]));
            // "由跨A桥北堍至B": right after a start or end cue the words are that cue's reference.
            const bool opensReference =
                !tokens.isEmpty() && tokens.last().end == begin &&
                (tokens.last().kind == Token::Start || tokens.last().kind == Token::End);
            // "经区政府同意", "经研究": an administrative step, no waypoint.
            static const QRegularExpression adminStep(QStringLiteral(
                "^[^,;。:\\n]{0,12}?(?:同意|批准|研究|审核|审定|审批|论证|讨论|决定|核准|批复|报请|征求)"));
            const bool admin =
                m.capturedView(u"via") == u"经" && adminStep.match(folded.mid(m.capturedEnd())).hasMatch();
            // "向北经A至B": a heading opens the leg its waypoints lie on.
            const bool afterHeading =
                !tokens.isEmpty() && tokens.last().kind == Token::Turn && tokens.last().end == begin;
            if ((atClauseStart || afterHeading || viaInsideStart(folded, tokens, m)) && !axisRoad &&
                !opensReference && !admin &&
                (m.capturedView(u"via") != u"过" || namesRoadAt(folded, m.capturedEnd())))
                tokens.append(
                    {Token::Via, Direction::None, begin, m.capturedEnd(), QStringLiteral("via.cue")});
        } else if (m.capturedLength(u"shape") > 0) {
            tokens.append({Token::ShapeMarker, Direction::None, begin, m.capturedEnd(),
                           QStringLiteral("shape.marker")});
        } else {
            const Direction dir = directionWord(m.capturedView(u"enddir"));
            // A bare 至 counts only at a clause start, right after a turn, or after a start's reference.
            if (dir != Direction::None || atClauseStart || afterTurn || afterStartRef)
                tokens.append({Token::End, dir, begin, m.capturedEnd(),
                               dir != Direction::None ? QStringLiteral("end.dir_zhi")
                               : afterTurn            ? QStringLiteral("end.after_turn")
                                                      : QStringLiteral("end.zhi")});
        }
    }

    // "起于A,与B相交,止于C": a clause naming a road the course crosses gives a waypoint.
    for (auto it = g.crossingClause.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const qsizetype begin = m.capturedStart(u"ref");
        if (depth[begin] > 0)
            continue;
        const Token t{
            Token::Via,           Direction::None, m.capturedStart(), begin, QStringLiteral("via.crossing"),
            m.capturedEnd(u"ref")};
        tokens.insert(std::upper_bound(tokens.begin(), tokens.end(), t,
                                       [](const Token& a, const Token& b) { return a.begin < b.begin; }),
                      t);
    }

    // A start whose 起 was dropped ("西北莘县路立交桥,东南止…"): a direction opening the clause before
    // the first end, when no start token was read.
    const bool hasStart =
        std::any_of(tokens.cbegin(), tokens.cend(), [](const Token& t) { return t.kind == Token::Start; });
    const auto firstEnd =
        std::find_if(tokens.cbegin(), tokens.cend(), [](const Token& t) { return t.kind == Token::End; });
    if (!hasStart && firstEnd != tokens.cend() && firstEnd->dir != Direction::None) {
        qsizetype clauseStart = firstEnd->begin;
        while (clauseStart > 0 && !isDelimiter(folded[clauseStart - 1]))
            --clauseStart;
        if (clauseStart > 0) {
            const qsizetype prevEnd = clauseStart - 1;
            qsizetype prevStart = prevEnd;
            while (prevStart > 0 && !isDelimiter(folded[prevStart - 1]))
                --prevStart;
            const auto m = g.omittedStart.match(folded.mid(prevStart, prevEnd - prevStart));
            if (m.hasMatch())
                tokens.insert(firstEnd - tokens.cbegin(),
                              {Token::Start, directionWord(m.capturedView(u"dir")), prevStart,
                               prevStart + m.capturedEnd(u"dir"), QStringLiteral("start.dir_omitted_qi")});
        }
    }

    // "A至B段" (a clause that is only a bare pair ending in 段, no start cue anywhere): A is the start,
    // B the end, with no directions.
    // Waypoints and remarks' tokens may stand around it; a start or end outside brackets rules it out.
    qsizetype pairSectionEnd = -1;
    if (std::none_of(tokens.cbegin(), tokens.cend(), [&depth](const Token& t) {
            return (t.kind == Token::Start || t.kind == Token::End) && depth[t.begin] == 0;
        }))
        pairSectionEnd = readBarePair(folded, depth, tokens);

    // "南至A,北至B" with no start: two ends in opposite directions are the road's two ends.
    if (!hasStart) {
        QList<qsizetype> ends;
        for (qsizetype i = 0; i < tokens.size(); ++i)
            if (tokens[i].kind == Token::End)
                ends.append(i);
        if (ends.size() == 2 && tokens[ends[0]].dir != Direction::None &&
            tokens[ends[1]].dir == opposite(tokens[ends[0]].dir) &&
            std::none_of(tokens.cbegin(), tokens.cend(),
                         [](const Token& t) { return t.kind == Token::Turn; })) {
            tokens[ends[0]].kind = Token::Start;
            tokens[ends[0]].rule = QStringLiteral("start.first_of_opposite_ends");
        }
    }

    // Pass 2: a reference runs from its token to the next token or delimiter. Each keeps its token
    // for the evidence (the cue and the reference, "东起A").
    struct Ref {
        qsizetype pos;
        TextSlice text;
        const Token* token = nullptr;
    };
    QList<Ref> legEnds, waypoints;
    QList<Direction> headings; // heading of each leg, in order
    const Token* lastHeading = nullptr;
    TextSlice start;
    const Token* startToken = nullptr;
    qsizetype lastEndToken = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        if (tokens[i].kind == Token::End)
            lastEndToken = i;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        qsizetype limit = i + 1 < tokens.size() ? tokens[i + 1].begin : text.size();
        if (pairSectionEnd >= 0 && t.rule == u"end.bare_pair")
            limit = std::min(limit, pairSectionEnd);
        switch (t.kind) {
        case Token::Start:
            // A start after an end, with ends of its own after it, begins another description of the road
            // ("原A路南起B,北止C,现…变更为南起B,北至D"): the last one is the record's, and the first one's
            // ends are no waypoints. An end printed before the start ("西至B,东起A") is the other end of one
            // course.
            if (!legEnds.isEmpty() && lastEndToken > i) {
                legEnds.clear();
                waypoints.clear();
                headings.clear();
                lastHeading = nullptr;
            }
            out.startDir = t.dir;
            start = text.mid(t.end, referenceEnd(folded, t.end, limit, false) - t.end);
            startToken = &t;
            break;
        case Token::Turn:
            if (headings.isEmpty() || headings.last() != t.dir) {
                headings.append(t.dir);
                lastHeading = &t;
            }
            break;
        case Token::End: {
            if (t.dir != Direction::None && (headings.isEmpty() || headings.last() != t.dir)) {
                headings.append(t.dir);
                lastHeading = &t;
            }
            TextSlice ref = text.mid(t.end, referenceEnd(folded, t.end, limit, false) - t.end);
            // "自A至B路段": in a course opened by a pair the closing 段 marks the section, not B.
            if (startToken && startToken->rule == u"start.pair" && ref.folded.endsWith(u'段') &&
                ref.size() >= 3 && looksLikeRoadName(ref.folded.first(ref.size() - 1).toString()))
                ref = ref.mid(0, ref.size() - 1);
            // "至西南折西": the leg runs to the south-west and turns there; a compass word is a heading,
            // never a place the road reaches.
            if (const Direction heading = directionWord(ref.folded.trimmed()); heading != Direction::None) {
                if (headings.isEmpty() || headings.last() != heading) {
                    headings.append(heading);
                    lastHeading = &t;
                }
                break;
            }
            if (!ref.shown.trimmed().isEmpty())
                legEnds.append({t.begin, ref, &t});
            break;
        }
        case Token::Via: {
            const qsizetype listEnd =
                t.refEnd >= 0 ? std::min(t.refEnd, limit) : referenceEnd(folded, t.end, limit, true);
            const TextSlice list = text.mid(t.end, listEnd - t.end);
            qsizetype from = 0;
            for (qsizetype k = 0; k <= list.size(); ++k) {
                if (k == list.size() || list.folded[k] == u'、') {
                    TextSlice one = list.mid(from, k - from);
                    if (const auto loc = g.viaLocator.match(one.folded); loc.hasMatch())
                        one = one.mid(0, loc.capturedStart());
                    if (!one.shown.trimmed().isEmpty())
                        waypoints.append({t.begin + from, one, &t});
                    from = k + 1;
                }
            }
            break;
        }
        case Token::ShapeMarker:
            break;
        }
    }
    if (headings.isEmpty() && out.startDir != Direction::None)
        headings.append(opposite(out.startDir));

    auto clean = [&out](const TextSlice& ref) {
        const CleanReference c = cleanReference(ref);
        if (!c.planned.isEmpty() && !out.plannedRefs.contains(c.planned))
            out.plannedRefs.append(c.planned);
        return c.text;
    };
    // The cue and its reference: from the token to the end of what it read.
    auto why = [&text](const Token* t, const TextSlice& ref, LexCategory category) {
        return evidenceIn(text, t->begin, ref.offset - text.offset + ref.size(), t->rule, category);
    };
    out.start = clean(start);
    if (!out.start.isEmpty() && startToken)
        noteEvidence(out.evidence, {FieldId::Start, FieldId::StartDir},
                     why(startToken, start, LexCategory::Start));
    // A turn with no named end of its own ("南至A折向西至B") makes A a turn point.
    Ref last{-1, {}};
    if (!legEnds.isEmpty())
        last = legEnds.takeLast();
    QList<Ref> via = waypoints + legEnds;
    std::stable_sort(via.begin(), via.end(), [](const Ref& a, const Ref& b) { return a.pos < b.pos; });
    FieldEvidence viaWhy;
    for (const auto& v : via) {
        // "向南至A后折向东": a turn point's 后 says when the course turns (as a waypoint's does).
        QString name = clean(v.text);
        if (v.token->kind == Token::End)
            name.remove(g.viaLocator);
        if (!name.isEmpty()) {
            out.via.append(name);
            FieldEvidence one = why(v.token, v.text, LexCategory::Via);
            if (v.token->kind == Token::End)
                one.rule = QStringLiteral("via.middle_leg");
            // Several waypoints: one span from the first cue to the last reference.
            if (viaWhy.offset >= 0) {
                one.length = std::max(one.offset + one.length, viaWhy.offset + viaWhy.length) - viaWhy.offset;
                one.offset = viaWhy.offset;
                one.rule = viaWhy.rule;
                one.lexicon = viaWhy.lexicon;
            }
            viaWhy = one;
        }
    }
    noteEvidence(out.evidence, {FieldId::Via}, viaWhy);
    if (last.pos >= 0) {
        out.end = clean(last.text);
        if (!out.end.isEmpty())
            noteEvidence(out.evidence, {FieldId::End}, why(last.token, last.text, LexCategory::End));
    }
    out.endDir = headings.isEmpty() ? Direction::None : headings.last();
    if (lastHeading)
        noteEvidence(out.evidence, {FieldId::EndDir},
                     evidenceIn(text, lastHeading->begin, lastHeading->end, lastHeading->rule,
                                lastHeading->kind == Token::Turn ? LexCategory::Turn : LexCategory::End));
    else if (out.endDir != Direction::None && out.evidence.contains(FieldId::StartDir))
        noteEvidence(out.evidence, {FieldId::EndDir}, [&] {
            FieldEvidence e = out.evidence.value(FieldId::StartDir);
            e.rule = QStringLiteral("end_dir.opposite_of_start");
            e.lexicon.clear();
            return e;
        }());
    out.found = !out.start.isEmpty() || !out.end.isEmpty();
    // A planned reference: the first reference whose span carries the planning mark.
    for (FieldId id : {FieldId::Start, FieldId::Via, FieldId::End}) {
        const FieldEvidence e = out.evidence.value(id);
        if (out.plannedRefs.isEmpty() || e.offset < 0 ||
            !text.folded.mid(e.offset - text.offset, e.length).contains(QStringLiteral("规划")))
            continue;
        FieldEvidence planned = e;
        planned.rule = QStringLiteral("planned.marker");
        planned.lexicon.clear();
        noteEvidence(out.evidence, {FieldId::PlannedRefs}, planned);
        break;
    }

    const auto shape = g.shapeMarker.match(folded);
    if (shape.hasMatch()) {
        out.shape = shapeOfMarker(shape);
        noteEvidence(
            out.evidence, {FieldId::Shape},
            evidenceIn(text, shape.capturedStart(), shape.capturedEnd(), QStringLiteral("shape.marker")));
    } else if (out.found && (!out.end.isEmpty() || out.distanceM)) {
        out.shape = shapeFromHeadings(out.startDir, headings);
        if (unstatedTurns > 0 && !headings.isEmpty())
            out.shape = headings.size() + unstatedTurns == 2 ? Shape::L : Shape::Turn;
        // The headings make the shape: the course from the start (or first end) to the end.
        const FieldEvidence from = out.evidence.value(FieldId::Start, out.evidence.value(FieldId::End));
        const FieldEvidence to = out.evidence.value(FieldId::End);
        FieldEvidence e = from;
        e.rule = QStringLiteral("shape.headings");
        e.lexicon.clear();
        e.length = to.offset + to.length - from.offset;
        noteEvidence(out.evidence, {FieldId::Shape}, e);
    }
    return out;
}

} // namespace luming
