#include "notice/notice_parser.h"

#include "core/background.h"
#include "notice/action_classifier.h"
#include "notice/chinese_numeral.h"
#include "notice/declared_counts.h"
#include "notice/file_findings.h"
#include "notice/item_parser.h"
#include "notice/item_splitter.h"
#include "notice/matching_text.h"
#include "notice/notice_finder.h"
#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"
#include "notice/notice_validator.h"
#include "notice/place_reader.h"
#include "notice/reader_evidence.h"
#include "notice/road_collector.h"
#include "notice/signature_reader.h"
#include "notice/source_lines.h"
#include "notice/table_row_reader.h"
#include "notice/unread_candidates.h"
#include "text/normalized_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <vector>

namespace luming {

namespace {

QDate readDate(QStringView text) {
    const auto m = NoticeGrammar::instance().date.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(u"y").toInt(), m.captured(u"m").toInt(), m.captured(u"d").toInt());
}

struct NoticeRead {
    Notice notice;
    bool anyItem = false; // something item-shaped was read (a road, an unreadable item, a bridge)
    int unread = 0;       // lines that read like records but gave none (unread_candidate findings)
    int withEnds = 0;     // roads read with both a start and an end
    bool cancelled = false;
};

// Where a notice's own words begin: its title, else its body (a text read whole has no title).
qsizetype noticeStart(const NoticeLocation& loc) {
    return loc.title.isEmpty() ? loc.bodyStart : std::min(loc.titleStart, loc.bodyStart);
}

NoticeRead readNotice(const NormalizedText& norm, const MatchingText& text, const NoticeLocation& loc,
                      const GazetteFacts& gazette, const QString& fileName, Feedback* feedback) {
    const auto& g = NoticeGrammar::instance();
    const bool titled = !loc.title.isEmpty();
    NoticeRead out;
    Notice& n = out.notice;
    n.title = loc.title;
    n.issuer = loc.issuer;
    n.docNumber = loc.docNumber;
    n.sourceFile = fileName;
    n.sourceLine = titled ? norm.lineAt(norm.toOriginal(loc.titleStart)) : 0;
    n.gazette.issue = gazette.issue;
    if (!loc.docNumber.isEmpty() && gazette.tocPages.contains(loc.docNumber))
        n.gazette.page = gazette.tocPages.value(loc.docNumber);

    const QList<SourceLine> lines = sourceLines(norm, loc.bodyStart, loc.bodyEnd);
    const BodySplit split = splitBody(text, lines, norm, tableGrids(lines, norm.original()));
    const qsizetype preambleEnd = split.firstStructure >= 0 ? split.firstStructure : loc.bodyEnd;
    const TextSlice preamble = text.slice(loc.bodyStart, preambleEnd);
    {
        // The lines before the first item (a headline counts: the split takes it for a heading), bounded:
        // a lead is a few lines, and a text without items may have no end to it.
        constexpr qsizetype kLeadChars = 2000;
        const qsizetype leadEnd = split.items.isEmpty() ? loc.bodyEnd : split.items.front().markerStart;
        const qsizetype from = norm.toOriginal(loc.bodyStart);
        n.lead = norm.original().mid(from, std::min(norm.toOriginal(leadEnd) - from, kLeadChars));
    }

    // The context every item falls back to: the introduction's place, else the title's.
    Place preamblePlace;
    // Matched without inserted readings: "關(guān)于永陽街道" is 关于 too.
    const ReadingFree plain = withoutReadings(preamble.folded);
    // The first place that names a district wins over an earlier one that names only a 街道: a 批复 quotes
    // the request it answers ("你区《关于A街道…的请示》收悉…同意对位于B区A街道辖区内的5条道路…").
    for (auto it = g.preambleLocation.globalMatch(plain.text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype from = plain.from(m.capturedStart(u"place"));
        Place p = readPlace(preamble.mid(from, plain.to(m.capturedEnd(u"place")) - from));
        if (p.isEmpty())
            continue;
        const bool better =
            preamblePlace.isEmpty() || (preamblePlace.district.isEmpty() && !p.district.isEmpty());
        if (better) {
            preamblePlace = p;
            preamblePlace.evidence = placeEvidence(preamblePlace, QStringLiteral("intro"));
        }
        if (!preamblePlace.district.isEmpty())
            break;
    }
    const QString foldedTitle = titled ? foldForMatching(loc.title) : QString();
    if (preamblePlace.isEmpty() && titled) {
        // The title as the normaliser printed it at titleStart, else (an issuer joined from another line)
        // the evidence is the title line.
        const bool inPlace = QStringView(text.shown()).mid(loc.titleStart, loc.title.size()) == loc.title;
        preamblePlace = readTitlePlace({loc.title, foldedTitle, inPlace ? loc.titleStart : 0});
        preamblePlace.evidence = placeEvidence(preamblePlace, QStringLiteral("title"));
        if (!inPlace)
            for (FieldEvidence& e : preamblePlace.evidence) {
                e.offset = loc.titleStart;
                const qsizetype lineEnd = text.shown().indexOf(u'\n', loc.titleStart);
                e.length = (lineEnd < 0 ? text.shown().size() : lineEnd) - loc.titleStart;
            }
    }

    // An untitled text's headline line ("南通市崇川区部分道路拟命名方案公示") places its roads like a title.
    // It is one of the first lines (the heading reader may take it for a section heading: it names a kind
    // of change to roads).
    if (preamblePlace.isEmpty() && !titled) {
        constexpr qsizetype kHeadlineLines = 8;
        for (const SourceLine& line : lines.first(std::min(kHeadlineLines, lines.size()))) {
            preamblePlace = readHeadlinePlace(text.slice(line.from, line.to));
            if (!preamblePlace.isEmpty()) {
                preamblePlace.evidence = placeEvidence(preamblePlace, QStringLiteral("headline"));
                break;
            }
        }
    }

    // A lead sentence that counts the roads of one place ("翔安区6条新建道路正式命名"): news and reposts
    // say where their roads lie there rather than in a title.
    if (preamblePlace.isEmpty()) {
        preamblePlace = readLeadPlace(preamble);
        preamblePlace.evidence = placeEvidence(preamblePlace, QStringLiteral("lead"));
    }

    // Every reader's roads, in one list.
    CollectedRoads collected = collectRoads(text, norm, split, preamblePlace, feedback);
    if (collected.cancelled) {
        out.cancelled = true;
        return out;
    }
    QList<CollectedRoad>& found = collected.roads;
    {
        // A headline's "滁州南谯区": the city's name is no part of the district when the notice calls it a
        // city.
        const QStringView noticeFolded = text.slice(noticeStart(loc), loc.bodyEnd).folded;
        for (CollectedRoad& c : found)
            if (c.parsed.record.district.size() >= 5)
                dropCityName(c.parsed.record.district, c.parsed.record.evidence, noticeFolded);
    }
    QList<Finding> readerFindings;
    for (const auto& rec : collected.structures)
        readerFindings.append(
            {Severity::Info,
             FindingCode::NotARoad,
             QStringLiteral("%1 is a bridge or a tunnel, not a road: no record was made (\"%2\").")
                 .arg(rec.parsed.record.name, norm.originalSlice(rec.from, rec.to).simplified()),
             {},
             rec.parsed.record.name,
             {}});
    out.anyItem = !found.isEmpty();
    QList<ReadSpan> readSpans;
    for (const auto& c : found)
        readSpans.append({c.from, c.to});
    for (const auto& rec : collected.structures)
        readSpans.append({rec.from, rec.to});
    for (const SourceLine& header : collected.tableHeaders)
        readSpans.append({header.from, header.to});
    const QList<Finding> unread = unreadCandidates(text, norm, lines, readSpans);
    out.unread = int(unread.size());
    readerFindings += unread;

    // Numbering: the printed numbers when they number the notice's roads once each, in order; else the
    // reading order (numbering that restarts per section, or roads listed in prose).
    QList<int> printed;
    bool printedUsable = !found.isEmpty();
    for (const auto& c : found) {
        if (!c.printedSeq || (!printed.isEmpty() && *c.printedSeq <= printed.last()))
            printedUsable = false;
        if (c.printedSeq)
            printed.append(*c.printedSeq);
    }
    ValidationInput input;
    if (printedUsable) {
        input.numberRuns.append(printed);
    } else {
        QMap<int, QList<int>> bySection;
        for (const auto& c : found)
            if (c.printedSeq)
                bySection[c.section].append(*c.printedSeq);
        for (const auto& run : bySection)
            input.numberRuns.append(run);
        if (!found.isEmpty() && !printed.isEmpty())
            readerFindings.append(
                {Severity::Info,
                 FindingCode::NumberingRestarts,
                 QStringLiteral("The items are not numbered once through the notice (numbering "
                                "restarts per section, or some roads are listed without a "
                                "number): seq gives the reading order."),
                 {},
                 {},
                 {}});
    }

    bool anyLength = false, anyWidth = false;
    for (const auto& c : found) {
        anyLength |= c.parsed.record.lengthM.has_value();
        anyWidth |= c.parsed.record.widthMinM.has_value();
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        CollectedRoad& c = found[i];
        RoadRecord& r = c.parsed.record;
        r.seq = printedUsable ? *c.printedSeq : int(i + 1);
        const qsizetype from = norm.toOriginal(c.from);
        r.source.offset = from;
        r.source.line = norm.lineAt(from);
        r.source.text = norm.originalSlice(c.from, c.to).trimmed();
        defaultActionEvidence(r);
        locateEvidence(r.evidence, norm);
        // A layout that never gives lengths (批复, news lists) is said once, not per item.
        if (!anyLength)
            c.parsed.missing.removeAll(QStringLiteral("length"));
        if (!anyWidth)
            c.parsed.missing.removeAll(QStringLiteral("width"));
        if (!c.parsed.missing.isEmpty())
            input.problems.append({r.seq, r.source.text, c.parsed.missing});
        for (const auto& remark : c.parsed.remarks)
            readerFindings.append({Severity::Warning,
                                   remark.code,
                                   QStringLiteral("Item %1: %2").arg(r.seq).arg(remark.message),
                                   {r.seq},
                                   r.name,
                                   {}});
        if (c.parsed.nonRoad) {
            readerFindings.append(
                {Severity::Info,
                 FindingCode::NotARoad,
                 QStringLiteral("Item %1 (%2) is a bridge or a tunnel, not a road: no record was made.")
                     .arg(r.seq)
                     .arg(r.name),
                 {r.seq},
                 r.name,
                 {}});
            continue;
        }
        if (!c.parsed.missing.contains(QStringLiteral("name"))) {
            n.roads.append(r);
            if (!r.start.isEmpty() && !r.end.isEmpty())
                ++out.withEnds;
        }
    }
    if (!n.roads.isEmpty() && !anyLength)
        readerFindings.append(
            {Severity::Info,
             FindingCode::NoLengths,
             QStringLiteral("No item of this notice gives a length: length_m is null for all %1 roads.")
                 .arg(n.roads.size()),
             {},
             {},
             {}});
    if (!n.roads.isEmpty() && !anyWidth)
        readerFindings.append(
            {Severity::Info,
             FindingCode::NoWidths,
             QStringLiteral("No item of this notice gives a width: width_min_m and width_max_m are "
                            "null for all %1 roads.")
                 .arg(n.roads.size()),
             {},
             {},
             {}});

    CountSources sources;
    sources.split = &split;
    sources.preamble = preamble;
    if (titled)
        sources.title = {loc.title, foldedTitle, 0};
    for (const auto& line : collected.proseLines)
        sources.freeText.append(text.slice(line.from, line.to));
    for (const auto& c : found)
        if (!c.parsed.nonRoad && !c.parsed.missing.contains(QStringLiteral("name"))) {
            sources.roadOffsets.append(c.from);
            sources.roadDistricts.append(c.parsed.record.district);
        }
    sources.bodyEnd = loc.bodyEnd;
    input.counts = readDeclaredCounts(n, sources);
    input.counts += collected.groupCounts;

    // The date: the signing date that closes the notice, else (titled notices) any date in the body.
    // A closing's other dates (a deadline for comments) come before the signing date.
    const Signature signature = readSignature(text, lines);
    n.date = signature.date;
    if (!n.date.isValid() && split.trailerStart >= 0)
        n.date = readDate(text.slice(split.trailerStart, loc.bodyEnd).folded);
    if (!n.date.isValid() && titled)
        n.date = readDate(text.slice(loc.bodyStart, loc.bodyEnd).folded);
    if (n.issuer.isEmpty())
        n.issuer = signature.issuer;
    if (const auto f = checkSigningYear(n.date, text.slice(loc.bodyStart, loc.bodyEnd)))
        readerFindings.append(*f);

    input.readerFindings = readerFindings;
    validateNotice(n, input);
    return out;
}

// The gate by evidence (issue 8 point 3), after reading: a titled notice is kept when anything in it reads
// like a record (records, or lines reported unread); an untitled text when it holds an act word and its act
// words and roads listed with both ends outweigh its negative cues (交通管制, 施工, 公交线路,
// 征集, placeholders; lexicon weights).
bool isNotice(const NoticeRead& read, bool titled, QStringView folded) {
    if (titled && !read.anyItem && read.unread == 0)
        return false;
    if (!titled && read.notice.roads.isEmpty())
        return false;
    const auto& lexicon = NoticeLexicon::instance();
    // Act words of full weight only: 取消, 撤销, 延长 alone are everyday words of any gazette. An act the
    // text says is not done ("尚未命名", "待道路命名后") is none.
    static const QRegularExpression negated(
        QStringLiteral("(?:尚未|暂未|未|暂不|待(?:道路)?)(?:命名|更名|定名)"));
    QString actText = folded.toString();
    for (auto it = negated.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            actText[i] = u' ';
    }
    double acts = 0;
    for (const auto category :
         {LexCategory::ActName, LexCategory::ActRename, LexCategory::ActAdjust, LexCategory::ActCancel})
        for (const LexiconRow* row : lexicon.rowsOf(category))
            if (row->weight >= 3 && row->regex.match(actText).hasMatch())
                acts += row->weight;
    // A titled notice whose items read like records is kept, unless no act word speaks in it and its
    // negative cues outweigh its roads or say outright that it names nothing (a 门牌 renumbering notice
    // lists its roads with their ends, "不涉及道路名称变更"). The boilerplate of naming notices ("在…编制
    // 门牌…时使用标准地名") weighs less than the roads they list.
    if (titled) {
        constexpr double kSaysSo = 10; // lexicon weight of a negated act ("不涉及…命名")
        const double negative = lexicon.weightIn(LexCategory::Negative, folded);
        const double roads = double(read.withEnds) + double(read.notice.roads.size());
        return acts > 0 || (negative < kSaysSo && negative <= roads);
    }
    // A list of roads with their ends is evidence only beside an act word: gazettes list roads with ends
    // for works and traffic too (seeds 001, 002).
    const double listed = read.withEnds >= 2 ? read.withEnds : 0;
    return acts > 0 && acts + listed > lexicon.weightIn(LexCategory::Negative, folded);
}

// The notice's identity: its number, else a digest of its normalised text (title to end of body) and
// its title line (the printed title, else the first line of the text).
NoticeId identityOf(const NormalizedText& norm, const NoticeLocation& loc) {
    const qsizetype from = loc.title.isEmpty() ? loc.bodyStart : loc.titleStart;
    const QStringView span = QStringView(norm.text()).mid(from, loc.bodyEnd - from);
    QString titleLine = loc.title;
    if (titleLine.isEmpty()) {
        for (QStringView line : span.tokenize(u'\n', Qt::SkipEmptyParts)) {
            titleLine = line.trimmed().left(60).toString();
            if (!titleLine.isEmpty())
                break;
        }
    }
    return NoticeId::of(loc.docNumber, span, titleLine);
}

ParseStatus toParseStatus(ReadStatus s) {
    switch (s) {
    case ReadStatus::Ok:
        return ParseStatus::Ok;
    case ReadStatus::Unreadable:
        return ParseStatus::Unreadable;
    case ReadStatus::Empty:
        return ParseStatus::Empty;
    case ReadStatus::Binary:
        return ParseStatus::Binary;
    }
    return ParseStatus::Unreadable;
}

ParseOutcome cancelledParse(const QString& fileName) {
    ParseOutcome out;
    out.status = ParseStatus::Cancelled;
    out.result.file = fileName;
    out.error =
        QCoreApplication::translate("luming::Geo", "%1: cancelled").arg(QFileInfo(fileName).fileName());
    return out;
}

} // namespace

ParseOutcome NoticeParser::parseFile(const QString& path, Feedback* feedback) {
    if (isCanceled(feedback))
        return cancelledParse(path);
    ReadOutcome read = TextReader::readFile(path);
    if (read.status != ReadStatus::Ok || !read.decoded) {
        ParseOutcome out;
        out.status = toParseStatus(read.status);
        out.result.file = path;
        out.error = read.error;
        return out;
    }
    ParseOutcome out = parseText(read.decoded->text, path, read.decoded->encoding, feedback);
    if (out.status == ParseStatus::Cancelled)
        return out;
    // Before the normaliser's own findings: the file's bytes come first.
    out.result.fileFindings = decodingFindings(*read.decoded, path) + out.result.fileFindings;
    return out;
}

ParseOutcome NoticeParser::parseText(const QString& original, const QString& fileName,
                                     const QString& encoding, Feedback* feedback) {
    if (isCanceled(feedback))
        return cancelledParse(fileName);
    ParseOutcome out;
    out.result.file = fileName;
    out.result.encoding = encoding;
    const NormalizedText norm = NormalizedText::fromOriginal(original);
    out.result.fileFindings = normalisingFindings(norm, fileName);
    const MatchingText text(norm.text());
    // Two independent scans of the whole text, side by side: the gazette's own facts (issue, contents)
    // and where its notices are.
    GazetteFacts gazette;
    QList<NoticeLocation> locations;
    const bool scanned = parallelFor(
        2, [](qsizetype) { return 1.0; },
        [&](qsizetype i, Feedback*) {
            if (i == 0)
                gazette = readGazetteFacts(text);
            else
                locations = findNotices(text, &norm);
        },
        feedback, 0, 0);
    if (!scanned)
        return cancelledParse(fileName);
    const bool titled = !locations.isEmpty();
    // A text with no title (a news repost, an excerpt) is read whole; what it holds decides (below). So
    // is the text before the first title when it holds words (a news report pasted above a notice): the
    // gate keeps it only for what it reads (a gazette's masthead and contents give no record).
    constexpr qsizetype kLeadWords = 20;
    if (const qsizetype lead = titled ? noticeStart(locations.front()) : text.shown().size();
        !titled || QStringView(text.shown()).first(lead).trimmed().size() >= kLeadWords) {
        NoticeLocation whole;
        whole.bodyEnd = lead;
        locations.prepend(whole);
    }
    // Each notice is read from the shared text alone, so a gazette's notices are read side by side.
    std::vector<NoticeRead> reads(std::size_t(locations.size()));
    const bool complete = parallelFor(
        locations.size(), [&](qsizetype i) { return double(locations[i].bodyEnd - locations[i].bodyStart); },
        [&](qsizetype i, Feedback* part) {
            reads[std::size_t(i)] = readNotice(norm, text, locations[i], gazette, fileName, part);
        },
        feedback, 0, 99);
    if (!complete)
        return cancelledParse(fileName);
    bool anyCandidate = false;
    QString firstTitle;
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const NoticeLocation& loc = locations[i];
        NoticeRead& read = reads[std::size_t(i)];
        if (firstTitle.isEmpty())
            firstTitle = loc.title;
        if (read.cancelled)
            return cancelledParse(fileName);
        anyCandidate |= read.anyItem || read.unread > 0;
        // The title speaks too ("关于A区部分道路命名的公告").
        if (!isNotice(read, !loc.title.isEmpty(), text.slice(noticeStart(loc), loc.bodyEnd).folded))
            continue;
        // Before a title, another document's words (a regulation's quoted terms) may look like items:
        // only roads told with their ends make that text a notice.
        if (titled && loc.title.isEmpty() && read.withEnds == 0)
            continue;
        read.notice.id = identityOf(norm, loc);
        out.result.notices.append(std::move(read.notice));
    }
    if (out.result.notices.isEmpty()) {
        out.status = ParseStatus::NoNotice;
        const QString file = QFileInfo(fileName).fileName();
        if (titled)
            out.error = QCoreApplication::translate(
                            "luming::Geo",
                            "%1: no road-naming notice found: the title \"%2\" is followed by no line that "
                            "reads like a road record.")
                            .arg(file, firstTitle);
        else if (anyCandidate)
            out.error =
                QCoreApplication::translate(
                    "luming::Geo", "%1: no road-naming notice found: the roads the text mentions are not "
                                   "named, renamed, adjusted or cancelled by it (no naming act, no list "
                                   "of roads with their ends).")
                    .arg(file);
        else
            out.error =
                QCoreApplication::translate(
                    "luming::Geo", "%1: no road-naming notice found: no line reads like a road record.")
                    .arg(file);
    }
    if (out.status == ParseStatus::Ok)
        setProgress(feedback, 100);
    return out;
}

} // namespace luming
