#include "notice/notice_finder.h"

#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

namespace {

// Any document title followed by a document number: where the next document of a gazette begins.
const QRegularExpression& nextDocumentTitle() {
    static const QRegularExpression re(
        QStringLiteral("关于[^。;\\n]{2,80}?的(?:通知|决定|批复|意见|公告|通告|函|报告)\\s*\\(?[\\x{3400}-"
                       "\\x{4DBF}\\x{4E00}-\\x{9FFF}]{1,8}"
                       "\\s*[〔\\[【(]\\d{4}"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// The issuer printed right before 关于 (spaces the normaliser kept are skipped): its start, or -1.
// Where the printed line holding `pos` begins, looking back no further than `limit`.
qsizetype printedLineStart(const NormalizedText& norm, qsizetype pos, qsizetype limit) {
    for (qsizetype i = pos; i > limit; --i) {
        if (norm.text()[i - 1] == u'\n')
            return i;
        const qsizetype a = norm.toOriginal(i - 1) + 1;
        const qsizetype b = norm.toOriginal(i);
        if (b > a && QStringView(norm.original()).mid(a, b - a).contains(u'\n'))
            return i;
    }
    return limit;
}

qsizetype issuerBefore(const QString& folded, qsizetype guanyuPos, const NormalizedText* norm) {
    qsizetype end = guanyuPos;
    while (end > 0 && folded[end - 1].isSpace())
        --end;
    qsizetype from = std::max<qsizetype>(0, end - 30);
    if (norm)
        from = printedLineStart(*norm, end, from);
    const auto m =
        NoticeGrammar::instance().issuerBeforeGuanyu.match(QStringView(folded).mid(from, end - from));
    return m.hasMatch() ? from + m.capturedStart(u"issuer") : -1;
}

bool isMention(const QString& folded, qsizetype at) {
    if (at == 0)
        return false;
    const QChar before = folded[at - 1];
    return before == u'《' || before == u'“' || before == u'"' || before == u'「';
}

} // namespace

QString canonicalDocNumber(const QString& prefix, const QString& year, const QString& number) {
    return prefix + u'〔' + year + u'〕' + number + u'号';
}

QList<NoticeLocation> findNotices(const MatchingText& matching, const NormalizedText* norm) {
    const auto& g = NoticeGrammar::instance();
    const QString& text = matching.folded();
    const QString& shown = matching.shown();
    QList<NoticeLocation> found;
    QList<qsizetype> documentStarts;
    auto docs = nextDocumentTitle().globalMatch(text);
    while (docs.hasNext())
        documentStarts.append(docs.next().capturedStart());
    for (const auto& pattern : g.titles) {
        auto it = pattern.regex.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (isMention(text, m.capturedStart()))
                continue;
            const QStringView after = QStringView(text).mid(m.capturedEnd());
            // A table-of-contents entry: "(doc number) · (page)" right after the title.
            if (g.tocTail.match(after.left(80)).hasMatch())
                continue;
            NoticeLocation loc;
            const qsizetype issuerAt = issuerBefore(text, m.capturedStart(), norm);
            if (issuerAt >= 0) {
                loc.issuer = shown.mid(issuerAt, m.capturedStart() - issuerAt).trimmed();
                loc.titleStart = issuerAt;
            } else {
                loc.titleStart = m.capturedStart();
            }
            loc.title = loc.issuer + shown.mid(m.capturedStart(), m.capturedLength());
            loc.bodyStart = m.capturedEnd();
            const auto doc = g.docNumber.match(after.left(60));
            if (doc.hasMatch()) {
                const qsizetype base = m.capturedEnd();
                loc.docNumber = canonicalDocNumber(
                    shown.mid(base + doc.capturedStart(u"prefix"), doc.capturedLength(u"prefix")),
                    doc.captured(u"year"), doc.captured(u"num"));
                loc.bodyStart += doc.capturedEnd();
            }
            // The body runs to the next document (one pass over the text for all of them: a match per
            // notice from its own offset would check the whole text each time).
            const auto next = std::lower_bound(documentStarts.cbegin(), documentStarts.cend(), loc.bodyStart);
            loc.bodyEnd = next != documentStarts.cend() ? *next : text.size();
            found.append(loc);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const NoticeLocation& a, const NoticeLocation& b) { return a.titleStart < b.titleStart; });
    // A notice ends where the next one begins, whatever its kind.
    for (qsizetype i = 0; i + 1 < found.size(); ++i)
        found[i].bodyEnd = std::min(found[i].bodyEnd, found[i + 1].titleStart);
    return found;
}

GazetteFacts readGazetteFacts(const MatchingText& matching) {
    const auto& g = NoticeGrammar::instance();
    const QString& text = matching.folded();
    GazetteFacts facts;
    // The masthead comes first; do not look for it deep inside the text.
    const auto issue = g.gazetteIssue.match(QStringView(text).left(4000));
    if (issue.hasMatch())
        facts.issue = issue.captured(u"year") + QStringLiteral("年第") + issue.captured(u"no") +
                      QStringLiteral("期(总第") + issue.captured(u"total") + QStringLiteral("期)");
    for (const auto& pattern : g.titles) {
        auto it = pattern.regex.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const auto toc = g.tocTail.match(QStringView(text).mid(m.capturedEnd(), 80));
            if (!toc.hasMatch())
                continue;
            const auto doc = g.docNumber.match(toc.captured(u"doc"));
            if (!doc.hasMatch())
                continue;
            const qsizetype prefixAt =
                m.capturedEnd() + toc.capturedStart(u"doc") + doc.capturedStart(u"prefix");
            facts.tocPages.insert(
                canonicalDocNumber(matching.shown().mid(prefixAt, doc.capturedLength(u"prefix")),
                                   doc.captured(u"year"), doc.captured(u"num")),
                toc.captured(u"page").toInt());
        }
    }
    return facts;
}

} // namespace luming
