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

QString issuerBefore(const QString& text, qsizetype guanyuPos) {
    const qsizetype from = std::max<qsizetype>(0, guanyuPos - 30);
    const QString window = text.mid(from, guanyuPos - from).trimmed();
    const auto m = NoticeGrammar::instance().issuerBeforeGuanyu.match(window);
    return m.hasMatch() ? m.captured(u"issuer") : QString();
}

} // namespace

QString canonicalDocNumber(const QString& prefix, const QString& year, const QString& number) {
    return prefix + u'〔' + year + u'〕' + number + u'号';
}

QList<NoticeLocation> findNotices(const QString& text) {
    const auto& g = NoticeGrammar::instance();
    QList<NoticeLocation> found;
    for (const auto& pattern : g.titles) {
        auto it = pattern.regex.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QStringView after = QStringView(text).mid(m.capturedEnd());
            // A table-of-contents entry: "(doc number) · (page)" right after the title.
            if (g.tocTail.match(after.left(80)).hasMatch())
                continue;
            NoticeLocation loc;
            loc.issuer = issuerBefore(text, m.capturedStart());
            loc.titleStart = m.capturedStart() - loc.issuer.size();
            loc.title = loc.issuer + m.captured();
            loc.bodyStart = m.capturedEnd();
            const auto doc = g.docNumber.match(after.left(60));
            if (doc.hasMatch()) {
                loc.docNumber =
                    canonicalDocNumber(doc.captured(u"prefix"), doc.captured(u"year"), doc.captured(u"num"));
                loc.bodyStart += doc.capturedEnd();
            }
            const auto next = nextDocumentTitle().match(text, loc.bodyStart);
            loc.bodyEnd = next.hasMatch() ? next.capturedStart() : text.size();
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

GazetteFacts readGazetteFacts(const QString& text) {
    const auto& g = NoticeGrammar::instance();
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
            if (doc.hasMatch())
                facts.tocPages.insert(
                    canonicalDocNumber(doc.captured(u"prefix"), doc.captured(u"year"), doc.captured(u"num")),
                    toc.captured(u"page").toInt());
        }
    }
    return facts;
}

} // namespace luming
