#include "notice/item_splitter.h"

#include "notice/chinese_numeral.h"
#include "notice/list_starts.h"
#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"
#include "notice/reader_evidence.h"
#include "notice/table_columns.h"
#include "notice/table_row_reader.h"

#include <QHash>
#include <QRegularExpression>

namespace luming {

namespace {

struct Mark {
    qsizetype start = -1;
    qsizetype textStart = -1;
    QString numeral;
    QString style;
    bool forced = false; // a repeated line-start shape: opens an item whatever its content
    bool byName = false; // a road name heading the line, no marker
    bool isValid() const { return start >= 0; }
};

// The list opener of a line. The normaliser drops a bullet glyph and the space after it (• · ・, text
// rule d); the printed line still shows it, and it is as much a list's start as ◆.
std::optional<LineOpener> openerOf(const MatchingText& text, const SourceLine& line,
                                   const QString& original) {
    auto opener = lineOpener(text.slice(line.from, line.to));
    if (opener && opener->kind != OpenerKind::Name)
        return opener;
    // The line begins after the dropped glyph: look back over the space to it, and to the line's start.
    const auto blank = [&](qsizetype i) {
        return original[i] == u' ' || original[i] == u'\t' || original[i] == u'\x3000';
    };
    qsizetype k = std::min(line.originalFrom, original.size()) - 1;
    const qsizetype spaceEnd = k;
    while (k >= 0 && blank(k))
        --k;
    if (k == spaceEnd || k < 0 || !QStringView(u"•·・").contains(original[k]))
        return opener;
    for (qsizetype b = k - 1; b >= 0 && original[b] != u'\n'; --b)
        if (!blank(b))
            return opener;
    LineOpener out; // a bullet: the item reads the name after it
    out.kind = OpenerKind::Bullet;
    out.shape = QStringLiteral("bullet");
    return out;
}

// Line-start shapes (grammar marker styles and list openers) counted over the body's lines; a shape
// that starts at least two lines is a list start.
// "▲X路两侧绿意盎然。记者 X 摄": a photo's caption opens no item and continues none, whatever its bullet
// (a ▲ that repeats on two captions is no list). Only a short line can be one.
bool captionLine(const TextSlice& line) {
    constexpr qsizetype kCaptionMax = 200;
    return line.folded.size() <= kCaptionMax &&
           NoticeGrammar::instance().captionLine.match(line.folded).hasMatch();
}

QHash<QString, int> lineStartShapes(const MatchingText& text, const QList<SourceLine>& lines,
                                    const NormalizedText& norm, const QSet<qsizetype>& tableLines);

// The marker a line begins with, in the grammar's order of styles.
Mark leadingMarker(const MatchingText& text, const SourceLine& line, const QString& original) {
    const auto& g = NoticeGrammar::instance();
    for (const auto& style : g.itemMarkers) {
        if (style.text == MarkerText::Original) {
            const auto m = style.regex.match(
                QStringView(original).mid(line.originalFrom, line.originalTo - line.originalFrom), 0,
                QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                continue;
            // The normalised line begins with the same number (the space after it is gone).
            const QString num = m.captured(u"num");
            if (QStringView(text.folded()).mid(line.from, num.size()) != num)
                continue;
            return {line.from, line.from + num.size(), num, style.name};
        }
        const auto m =
            style.regex.match(QStringView(text.folded()).mid(line.from, line.to - line.from), 0,
                              QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            return {line.from, line.from + m.capturedEnd(), m.captured(u"num"), style.name};
    }
    return {};
}

// Markers that may stand anywhere ("(三十一)" after item 30 on the same OCR line), after `from`.
QList<Mark> inlineMarkers(const MatchingText& text, qsizetype from, qsizetype to) {
    const auto& g = NoticeGrammar::instance();
    QList<Mark> marks;
    for (const auto& style : g.itemMarkers) {
        if (style.place != MarkerPlace::Anywhere)
            continue;
        auto it = style.regex.globalMatch(QStringView(text.folded()).mid(from, to - from));
        while (it.hasNext()) {
            const auto m = it.next();
            marks.append({from + m.capturedStart(), from + m.capturedEnd(), m.captured(u"num"), style.name});
        }
    }
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.start < b.start; });
    return marks;
}

// Line-start markers in the middle of a normalised line where the printed text had a space before them:
// OCR put two lines on one ("一、道路名称 1.创业路——…").
QList<Mark> mergedLineMarkers(const MatchingText& text, const NormalizedText& norm, qsizetype from,
                              qsizetype to) {
    const auto& g = NoticeGrammar::instance();
    QList<Mark> marks;
    const QString& original = norm.original();
    for (const auto& style : g.itemMarkers) {
        if (style.place != MarkerPlace::LineStart || style.text != MarkerText::Normalized)
            continue;
        auto it = style.regex.globalMatch(QStringView(text.folded()).mid(from, to - from));
        while (it.hasNext()) {
            const auto m = it.next();
            const qsizetype at = from + m.capturedStart();
            if (at == from || text.folded()[at - 1].isDigit())
                continue;
            const qsizetype orig = norm.toOriginal(at);
            if (orig > 0 && original[orig - 1].isSpace())
                marks.append({at, from + m.capturedEnd(), m.captured(u"num"), style.name});
        }
    }
    return marks;
}

bool hasContent(const MatchingText& text, qsizetype from, qsizetype to) {
    return NoticeGrammar::instance()
        .itemContent.match(QStringView(text.folded()).mid(from, to - from))
        .hasMatch();
}

// "东闸新村横一⏎巷。…": the text after a marker is no road name up to the printed line's end `to`, but
// is one up to its first delimiter once the normaliser joined the next line to it.
bool wrappedName(const MatchingText& text, qsizetype from, qsizetype to) {
    static const QRegularExpression head(
        QStringLiteral("^\\s{0,4}([^。,;:、()“”\"「」\\n]{2,30}?)(?=[。,;:(\\n]|$)"));
    const QString before = QStringView(text.folded()).mid(from, to - from).trimmed().toString();
    const auto m = head.match(
        QStringView(text.folded()).mid(from, std::min<qsizetype>(40, text.folded().size() - from)));
    return m.hasMatch() && m.capturedEnd(1) > to - from && !looksLikeRoadName(before) &&
           looksLikeRoadName(m.captured(1));
}

// A line the normaliser joined to the one before (OCR broke it) belongs to whatever came before.
bool joinedToPrevious(const MatchingText& text, const SourceLine& line) {
    return line.from > 0 && text.shown()[line.from - 1] != u'\n';
}

// A printed line the normaliser joined to the one before, unless that one is a heading: "下城区" over
// "沁苑路。南起…" is a heading and a line start, however the normaliser ran the two together.
bool continuesPrevious(const MatchingText& text, const QList<SourceLine>& lines, qsizetype li,
                       const QString& original) {
    // The body's first line is joined to the title above it, which is no part of the body.
    if (li == 0 || !joinedToPrevious(text, lines[li]))
        return false;
    // No heading is longer than the grammar's bound with a marker before it: most lines need no look.
    const SourceLine& before = lines[li - 1];
    if (QStringView(text.folded()).mid(before.from, before.to - before.from).trimmed().size() >
        NoticeGrammar::instance().headingMaxLength + 12)
        return true;
    // "一、牧野区" over "卫北路": the heading is read with its marker.
    const Mark lead = leadingMarker(text, before, original);
    if (!lead.isValid())
        return !readHeading(text.slice(before.from, before.to), 0);
    // "一、X路" over its description is an item, not a heading (as the splitter reads it).
    if (const auto named = bareLeadingName(text.slice(lead.textStart, before.to));
        named && named->delimiter.isEmpty())
        return true;
    return !readHeading(text.slice(before.from, before.to), lead.textStart - lead.start);
}

QHash<QString, int> lineStartShapes(const MatchingText& text, const QList<SourceLine>& lines,
                                    const NormalizedText& norm, const QSet<qsizetype>& tableLines) {
    QHash<QString, int> count;
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const SourceLine& line = lines[li];
        if (tableLines.contains(li) || continuesPrevious(text, lines, li, norm.original()) ||
            captionLine(text.slice(line.from, line.to)))
            continue;
        if (const Mark lead = leadingMarker(text, line, norm.original()); lead.isValid())
            ++count[lead.style];
        else if (const auto opener = openerOf(text, line, norm.original()))
            ++count[opener->shape];
    }
    return count;
}

// The list opener a line begins with when its shape repeats in the body, or when it stands once right
// after a line that announces a list ("现公告如下:" over "◆X路。南起A,北至B。", a notice of one road)
// with an item's content and no item open. A lone bullet amid prose is a paragraph.
Mark repeatedOpener(const MatchingText& text, const QList<SourceLine>& lines, qsizetype li,
                    const QHash<QString, int>& shapes, bool inItem, const QString& original) {
    const SourceLine& line = lines[li];
    const auto opener = openerOf(text, line, original);
    if (!opener)
        return {};
    const int seen = shapes.value(opener->shape);
    const auto announced = [&] {
        const QStringView before =
            li > 0 ? QStringView(text.folded()).mid(lines[li - 1].from, lines[li - 1].to - lines[li - 1].from)
                   : QStringView();
        return before.trimmed().endsWith(u':');
    };
    if (seen < 2 && !(seen == 1 && !inItem && announced() && hasContent(text, line.from, line.to)))
        return {};
    Mark m;
    m.start = line.from;
    m.textStart = line.from + opener->markerLength;
    m.numeral = opener->numeral;
    m.style = opener->shape;
    m.forced = true;
    m.byName = opener->kind == OpenerKind::Name;
    return m;
}

void applyHeading(ItemContext& ctx, const SectionHeading& h) {
    // The evidence of what a heading sets is the heading line.
    const auto why = [&h](const char* rule) {
        FieldEvidence e;
        e.rule = QString::fromLatin1(rule);
        e.offset = h.start;
        e.length = h.end - h.start;
        return e;
    };
    if (h.action) {
        ctx.action = h.action;
        noteEvidence(ctx.evidence, {FieldId::Action}, why("action.heading"));
    }
    switch (h.rank) {
    case 0:
        ctx.district.clear();
        ctx.subdistricts.clear();
        ctx.evidence.remove(FieldId::District);
        ctx.evidence.remove(FieldId::Subdistricts);
        break;
    case 1:
        ctx.district = h.district;
        ctx.subdistricts = h.subdistricts;
        ctx.evidence.remove(FieldId::District);
        ctx.evidence.remove(FieldId::Subdistricts);
        if (!h.district.isEmpty())
            noteEvidence(ctx.evidence, {FieldId::District}, why("district.heading"));
        if (!h.subdistricts.isEmpty())
            noteEvidence(ctx.evidence, {FieldId::Subdistricts}, why("subdistricts.heading"));
        break;
    case 2:
        if (!h.district.isEmpty()) {
            ctx.district = h.district;
            noteEvidence(ctx.evidence, {FieldId::District}, why("district.heading"));
        }
        ctx.subdistricts = h.subdistricts;
        ctx.evidence.remove(FieldId::Subdistricts);
        if (!h.subdistricts.isEmpty())
            noteEvidence(ctx.evidence, {FieldId::Subdistricts}, why("subdistricts.heading"));
        break;
    default:
        break;
    }
}

} // namespace

BodySplit splitBody(const MatchingText& text, const QList<SourceLine>& lines, const NormalizedText& norm,
                    const QList<TableGrid>& tables) {
    const auto& g = NoticeGrammar::instance();
    BodySplit split;
    const QSet<qsizetype> tableLines = tableLineIndices(tables);
    split.hasTables = !tableLines.isEmpty();
    QHash<qsizetype, qsizetype> freeIndexOf; // a table line's index among the free lines
    ItemContext ctx;
    bool inItem = false;
    bool inNamedItem = false; // the open item was opened by a name heading its line
    bool pinyinAbove = false; // the line before was the open item's pinyin
    const QHash<QString, int> shapes = lineStartShapes(text, lines, norm, tableLines);

    auto closeItem = [&](qsizetype at) {
        if (!inItem)
            return;
        ItemSpan& item = split.items.last();
        qsizetype end = std::max(at, item.textStart);
        while (end > item.textStart && text.shown()[end - 1].isSpace())
            --end;
        item.end = end;
        inItem = false;
    };
    auto openItem = [&](const Mark& m, qsizetype to, bool shapeOnly) {
        ItemSpan item;
        item.shapeOnly = shapeOnly;
        if (const auto name = bareLeadingName(text.slice(m.textStart, to))) {
            item.name = name->name;
            item.bodyStart = m.textStart + name->bodyFrom;
        }
        inNamedItem = m.byName;
        item.numeral = m.numeral;
        item.seq = parseCount(m.numeral);
        item.style = m.style;
        item.markerStart = m.start;
        item.textStart = m.textStart;
        item.end = m.textStart;
        item.section = int(split.sections.size()) - 1;
        item.context = ctx;
        split.items.append(item);
        inItem = true;
        if (split.firstStructure < 0)
            split.firstStructure = m.start;
    };

    auto addHeading = [&](const SectionHeading& heading) {
        closeItem(heading.start);
        split.sections.append(heading);
        applyHeading(ctx, heading);
        if (split.firstStructure < 0)
            split.firstStructure = heading.start;
    };
    auto addFree = [&](const SourceLine& line, qsizetype from, qsizetype to) {
        SourceLine part = line;
        part.from = from;
        part.to = to;
        if (from != line.from)
            part.originalFrom = norm.toOriginal(from);
        if (to != line.to)
            part.originalTo = norm.toOriginal(to);
        split.freeLines.append(part);
        split.freeContexts.append(ctx);
    };

    for (qsizetype li = 0; li < lines.size(); ++li) {
        const SourceLine& line = lines[li];
        const TextSlice ls = text.slice(line.from, line.to);
        // The closing words, signature and date end the last item. What follows them (an attachment's
        // table or list: "附件:道路命名表") is read on, as free text or items of its own.
        if (!split.items.isEmpty() && g.trailerLine.match(ls.folded).hasMatch()) {
            closeItem(line.from);
            if (split.trailerStart < 0)
                split.trailerStart = line.from;
            continue;
        }
        if (tableLines.contains(li)) {
            closeItem(line.from);
            freeIndexOf.insert(li, split.freeLines.size());
            addFree(line, line.from, line.to);
            if (split.firstStructure < 0)
                split.firstStructure = line.from;
            continue;
        }

        if (captionLine(ls)) {
            closeItem(line.from);
            addFree(line, line.from, line.to);
            continue;
        }
        const bool joined = continuesPrevious(text, lines, li, norm.original());
        Mark lead = leadingMarker(text, line, norm.original());
        if (lead.isValid())
            lead.forced = shapes.value(lead.style) >= 2;
        else if (!joined)
            lead = repeatedOpener(text, lines, li, shapes, inItem, norm.original());
        // A name heading its line does not break into an item opened by a marker (a course that goes
        // on with "X路,…").
        if (lead.byName && inItem && !inNamedItem)
            lead = {};
        QList<Mark> marks;
        if (lead.isValid())
            marks.append(lead);
        const qsizetype scanFrom = lead.isValid() ? lead.textStart : line.from;
        marks += inlineMarkers(text, scanFrom, line.to);
        marks += mergedLineMarkers(text, norm, scanFrom, line.to);
        std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.start < b.start; });
        for (qsizetype i = marks.size() - 1; i > 0; --i)
            if (marks[i].start < marks[i - 1].textStart)
                marks.removeAt(i);
        const bool nextJoined = li + 1 < lines.size() && joinedToPrevious(text, lines[li + 1]);

        // Text before the first marker (the whole line when there is none): a heading, the item
        // before going on, or free text.
        const qsizetype firstMark = marks.isEmpty() ? line.to : marks.first().start;
        // "A区:X路、Y街、Z巷": one item per name, placed in A区.
        if (marks.isEmpty() && !inItem) {
            if (const auto list = inlineNameList(ls)) {
                for (const auto& entry : list->names) {
                    Mark m;
                    m.start = m.textStart = line.from + entry.from;
                    m.style = QStringLiteral("name list");
                    openItem(m, line.from + entry.to, false);
                    ItemSpan& item = split.items.last();
                    item.name = entry.name;
                    item.bodyStart = line.from + entry.to;
                    item.context.district = list->place;
                    if (const qsizetype at = ls.shown.indexOf(list->place); at >= 0)
                        noteEvidence(item.context.evidence, {FieldId::District},
                                     evidenceIn(ls, at, at + list->place.size(),
                                                QStringLiteral("district.list_prefix"),
                                                LexCategory::PlaceDistrict));
                    closeItem(line.from + entry.to);
                }
                continue;
            }
        }
        // "雨花北路" / "Yǔhuā Běilù" / "西起…": the name's pinyin on a line of its own keeps the item open,
        // and the line after it is the item's description, whatever its words ("位于A区。").
        const bool underPinyin = pinyinAbove;
        pinyinAbove = false;
        if (marks.isEmpty() && inItem && pinyinAloneLine(ls)) {
            pinyinAbove = true;
            continue;
        }
        if (firstMark > line.from) {
            if (const auto heading = readHeading(text.slice(line.from, firstMark), 0)) {
                addHeading(*heading);
            } else {
                // "另,A区申报的“X”原名称保留…": a paragraph that opens with 另/此外 turns to another
                // matter (unless it goes on about the road: "另,该路…").
                // "樊城区3条均为…。A街道的X东起…": a paragraph that counts another place's roads opens
                // that place's part.
                static const QRegularExpression aside(
                    expandPatternMacros(QStringLiteral("^\\s*(?:(?:另|另外|此外|同时)[,:](?!\\s*(?:") +
                                        NoticeLexicon::instance().alternation(LexCategory::Subject) +
                                        QStringLiteral("))|{HAN}{2,12}?(?:区|县)(?:共|计|新命名|此次命名|"
                                                       "本次命名)?的?(?:\\d{1,3}|{CN})条)")));
                const bool continues =
                    inItem &&
                    (joined || underPinyin ||
                     (hasContent(text, line.from, firstMark) && !aside.match(ls.folded).hasMatch()) ||
                     formFieldOf(ls.folded).has_value());
                if (!continues) {
                    closeItem(line.from);
                    addFree(line, line.from, firstMark);
                }
            }
        }
        // Each marker to the next: a heading ("一、道路名称"), an item, or part of the text it stands in.
        for (qsizetype i = 0; i < marks.size(); ++i) {
            const Mark& m = marks[i];
            const qsizetype to = i + 1 < marks.size() ? marks[i + 1].start : line.to;
            // A marker over a road's name alone ("一、X路" above its description) is an item, not a heading.
            const auto named = bareLeadingName(text.slice(m.textStart, to));
            // "2、通济路:位于任城⏎区…": a road's name and its colon open an item, whatever place words
            // the line the page broke holds.
            static const QRegularExpression nameColon(
                QStringLiteral("^\\s*(?<name>[^。,;:\\n“”\"「」()、\\s]{2,24}?)\\s*:\\s*\\S"));
            const auto colon = nameColon.match(text.slice(m.textStart, to).folded);
            const bool nameAlone = (named && named->delimiter.isEmpty()) ||
                                   (colon.hasMatch() && looksLikeRoadName(colon.captured(u"name")));
            const bool last = i + 1 == marks.size();
            if (const auto heading =
                    nameAlone ? std::nullopt : readHeading(text.slice(m.start, to), m.textStart - m.start)) {
                // "十一、东闸新村横一⏎巷。位于…": a marked line that sets nothing (no place, act or count)
                // and runs on into the next printed line is an item the page wrapped, not a heading.
                const bool setsNothing = heading->rank == 3 && !heading->declaredCount;
                if (!(setsNothing && last && nextJoined && wrappedName(text, m.textStart, to))) {
                    addHeading(*heading);
                    continue;
                }
            }
            // A numbered line that runs on into the next is an item the page wrapped; a bullet's is not
            // by that alone (a repost's list of links: "▶@某某,这些地方明天停水" + "分享 收藏 点赞").
            const bool wrapped = last && nextJoined && !m.style.startsWith(QStringLiteral("bullet"));
            const bool content = hasContent(text, m.textStart, to) || wrapped || nameAlone;
            if (content || m.forced) {
                closeItem(m.start);
                openItem(m, to, !content);
            } else if (!inItem) {
                addFree(line, m.start, to);
            }
        }
        // "…不得随意变更。特此通告": the closing words on the last item's line.
        if (inItem) {
            const auto close = g.inlineTrailer.match(ls.folded);
            if (close.hasMatch() && line.from + close.capturedStart() > split.items.last().textStart) {
                closeItem(line.from + close.capturedStart());
                if (split.trailerStart < 0)
                    split.trailerStart = line.from + close.capturedStart();
            }
        }
    }
    if (inItem)
        closeItem(lines.isEmpty() ? 0 : lines.last().to);
    // The grids, read once, with their lines counted among the free lines.
    for (TableGrid grid : tables) {
        bool whole = true;
        const auto remap = [&](QList<qsizetype>& indices) {
            for (qsizetype& i : indices) {
                const auto it = freeIndexOf.constFind(i);
                whole = whole && it != freeIndexOf.cend();
                i = whole ? *it : -1;
            }
        };
        remap(grid.headerLines);
        for (auto& row : grid.rows)
            remap(row.lines);
        if (whole)
            split.tables.append(grid);
    }
    return split;
}

} // namespace luming
