#include "notice/notice_parser.h"

#include "notice/chinese_numeral.h"
#include "notice/item_parser.h"
#include "notice/item_splitter.h"
#include "notice/notice_finder.h"
#include "notice/notice_grammar.h"
#include "notice/notice_validator.h"
#include "text/normalized_text.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace luming {

namespace {

QDate readDate(QStringView text) {
    const auto m = NoticeGrammar::instance().date.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(u"y").toInt(), m.captured(u"m").toInt(), m.captured(u"d").toInt());
}

Notice readNotice(const NormalizedText& norm, const NoticeLocation& loc, const GazetteFacts& gazette,
                  const QString& fileName) {
    const QString& text = norm.text();
    const auto& g = NoticeGrammar::instance();
    Notice n;
    n.title = loc.title;
    n.issuer = loc.issuer;
    n.docNumber = loc.docNumber;
    n.sourceFile = fileName;
    n.sourceLine = norm.lineAt(norm.toOriginal(loc.titleStart));
    n.gazette.issue = gazette.issue;
    if (gazette.tocPages.contains(loc.docNumber))
        n.gazette.page = gazette.tocPages.value(loc.docNumber);

    const BodySplit split = splitBody(text, loc.bodyStart, loc.bodyEnd);
    const QStringView preamble = QStringView(text).mid(loc.bodyStart, split.preambleEnd - loc.bodyStart);
    if (const auto total = g.declaredTotal.match(preamble); total.hasMatch())
        n.declaredTotal = parseCount(total.captured(u"n"));
    for (const auto& s : split.sections)
        n.declaredByDistrict.append({s.title, s.declaredCount});

    // The signing date closes the notice; fall back to any date in the body.
    if (split.trailerStart >= 0)
        n.date = readDate(QStringView(text).mid(split.trailerStart, loc.bodyEnd - split.trailerStart));
    if (!n.date.isValid())
        n.date = readDate(QStringView(text).mid(loc.bodyStart, loc.bodyEnd - loc.bodyStart));

    QList<ItemProblem> problems;
    for (const auto& item : split.items) {
        const QString section = item.section >= 0 ? split.sections[item.section].title : QString();
        ItemParse parsed =
            parseItem(QStringView(text).mid(item.textStart, item.end - item.textStart), section);
        RoadRecord& r = parsed.record;
        r.seq = item.seq.value_or(0);
        const qsizetype from = norm.toOriginal(item.markerStart);
        r.source.offset = from;
        r.source.line = norm.lineAt(from);
        r.source.text = norm.originalSlice(item.markerStart, item.end).trimmed();
        if (!parsed.missing.isEmpty())
            problems.append({r.seq, r.source.text, parsed.missing});
        if (!parsed.missing.contains(QStringLiteral("name")))
            n.roads.append(r);
    }
    validateNotice(n, problems);
    return n;
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

} // namespace

ParseOutcome NoticeParser::parseFile(const QString& path) {
    ReadOutcome read = TextReader::readFile(path);
    if (read.status != ReadStatus::Ok || !read.decoded) {
        ParseOutcome out;
        out.status = toParseStatus(read.status);
        out.result.file = path;
        out.error = read.error;
        return out;
    }
    ParseOutcome out = parseText(read.decoded->text, path, read.decoded->encoding);
    if (read.decoded->nulBytesRemoved > 0)
        out.result.fileFindings.append(
            {Severity::Warning,
             QStringLiteral("nul_bytes"),
             QStringLiteral("%1: %2 NUL byte(s) removed (first on line %3); the file may be damaged.")
                 .arg(QFileInfo(path).fileName())
                 .arg(read.decoded->nulBytesRemoved)
                 .arg(read.decoded->firstNulLine),
             {},
             {}});
    return out;
}

ParseOutcome NoticeParser::parseText(const QString& original, const QString& fileName,
                                     const QString& encoding) {
    ParseOutcome out;
    out.result.file = fileName;
    out.result.encoding = encoding;
    const NormalizedText norm = NormalizedText::fromOriginal(original);
    const GazetteFacts gazette = readGazetteFacts(norm.text());
    for (const auto& loc : findNotices(norm.text())) {
        Notice n = readNotice(norm, loc, gazette, fileName);
        // A title with no items is a mention (a reference, a heading), not a notice.
        if (n.roads.isEmpty() && n.findings.isEmpty())
            continue;
        out.result.notices.append(std::move(n));
    }
    if (out.result.notices.isEmpty()) {
        out.status = ParseStatus::NoNotice;
        out.error = QStringLiteral("%1: no road-naming notice found.").arg(QFileInfo(fileName).fileName());
    }
    return out;
}

} // namespace luming
