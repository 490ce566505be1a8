#include "notice/unread_candidates.h"

#include "core/finding_messages.h"
#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"

#include <QRegularExpression>

namespace luming {

namespace {

// A quoted line is cut here: the finding shows where, the source has the rest.
constexpr qsizetype kQuoteLength = 80;

const QRegularExpression& roadMention() {
    // An ideograph, then a strong road suffix (lexicon name_suffix of full weight) that is not part of a
    // generic word: 道路, 街道, 路段, 路名, 线路, 路口 say "a road", not which.
    static const QRegularExpression re(
        expandPatternMacros(QStringLiteral("(?<!道|线|公|一){HAN}") +
                            NoticeLexicon::instance().alternation(LexCategory::NameSuffix, 3) +
                            QStringLiteral("(?!道|段|名|口|线|网|面|况|边|旁|灯|牌|政|桥)")),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

bool mentionsRoad(QStringView folded) {
    auto it = roadMention().globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        // "道路" itself: its 路 follows 道.
        if (!m.capturedView().startsWith(u'道') || m.capturedLength() > 2)
            return true;
    }
    return false;
}

bool looksLikeRecord(QStringView folded) {
    return mentionsRoad(folded) && NoticeGrammar::instance().itemContent.match(folded).hasMatch();
}

QList<Finding> unreadCandidates(const MatchingText& text, const NormalizedText& norm,
                                const QList<SourceLine>& lines, const QList<ReadSpan>& read) {
    QList<Finding> out;
    for (const auto& line : lines) {
        const bool used = std::any_of(read.cbegin(), read.cend(), [&line](const ReadSpan& s) {
            return s.from < line.to && line.from < s.to;
        });
        const QStringView folded = text.slice(line.from, line.to).folded;
        // A photo's caption is left unread on purpose (it names no road of the notice).
        if (used || !looksLikeRecord(folded) ||
            NoticeGrammar::instance().captionLine.match(folded).hasMatch())
            continue;
        QString quote = norm.originalSlice(line.from, line.to).simplified();
        if (quote.size() > kQuoteLength)
            quote = quote.left(kQuoteLength) + u'…';
        out.append({Severity::Warning,
                    FindingCode::UnreadCandidate,
                    findingMessage(FindingMessage::UnreadCandidate,
                                   {QString::number(norm.lineAt(line.originalFrom)), quote}),
                    {},
                    {},
                    {}});
    }
    return out;
}

} // namespace luming
