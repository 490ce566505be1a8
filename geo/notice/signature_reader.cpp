#include "notice/signature_reader.h"

#include "core/finding_messages.h"
#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

namespace {

QDate dateOf(const QRegularExpressionMatch& m) {
    return QDate(m.captured(u"y").toInt(), m.captured(u"m").toInt(), m.captured(u"d").toInt());
}

} // namespace

Signature readSignature(const MatchingText& text, const QList<SourceLine>& lines) {
    const auto& g = NoticeGrammar::instance();
    Signature out;
    for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 8; --i) {
        const TextSlice line = text.slice(lines[i].from, lines[i].to);
        // The last date of the line (a closing run on one line holds the notice's dates before it).
        QRegularExpressionMatch date;
        for (auto it = g.date.globalMatch(line.folded); it.hasNext();)
            date = it.next();
        if (!date.hasMatch() || line.size() - date.capturedEnd() > 2)
            continue;
        // A date line is a date alone, or an issuer and a date; a closing run together on one line
        // ("…,公示日期:…,南京市A区地名办2023年8月15日") ends with the issuer's clause and the date.
        qsizetype clause = date.capturedStart();
        while (clause > 0 && !QStringView(u",,。;;:").contains(line.folded[clause - 1]))
            --clause;
        const TextSlice tail = line.mid(clause, date.capturedEnd() - clause);
        if (const auto m = g.signatureIssuer.match(tail.folded); clause > 0 && m.hasMatch()) {
            out.date = dateOf(date);
            out.issuer = tail.cut(m.capturedStart(u"issuer"), m.capturedEnd(u"issuer"));
            break;
        }
        if (date.capturedStart() != 0 && !g.signatureIssuer.match(line.folded).hasMatch())
            continue;
        out.date = dateOf(date);
        for (qsizetype k = i; k >= 0 && k >= i - 1; --k) {
            const TextSlice cand = text.slice(lines[k].from, lines[k].to);
            if (const auto m = g.signatureIssuer.match(cand.folded); m.hasMatch()) {
                out.issuer = cand.cut(m.capturedStart(u"issuer"), m.capturedEnd(u"issuer"));
                break;
            }
        }
        break;
    }
    return out;
}

std::optional<Finding> checkSigningYear(const QDate& signedOn, const TextSlice& body) {
    if (!signedOn.isValid())
        return std::nullopt;
    auto it = NoticeGrammar::instance().date.globalMatch(body.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate d = dateOf(m);
        if (d.isValid() && d.month() == signedOn.month() && d.day() == signedOn.day() &&
            d.year() != signedOn.year())
            return Finding{Severity::Warning,
                           FindingCode::DateYearMismatch,
                           findingMessage(FindingMessage::DateYearMismatch,
                                          {signedOn.toString(Qt::ISODate), d.toString(Qt::ISODate)}),
                           {},
                           {},
                           {}};
    }
    return std::nullopt;
}

} // namespace luming
