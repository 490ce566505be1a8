#include "notice/endpoint_parser.h"

#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

namespace {

bool isDelimiter(QChar c) {
    return c == u',' || c == u';' || c == u'。' || c == u'\n' || c == u'、' || c == u':';
}

// The reference that follows a token: up to the next delimiter outside parentheses.
QString takeReference(QStringView text, qsizetype from, qsizetype limit) {
    int depth = 0;
    qsizetype i = from;
    for (; i < limit; ++i) {
        const QChar c = text[i];
        if (c == u'(' || c == u'「' || c == u'《')
            ++depth;
        else if ((c == u')' || c == u'」' || c == u'》') && depth > 0)
            --depth;
        else if (depth == 0 && isDelimiter(c))
            break;
    }
    return text.mid(from, i - from).toString().trimmed();
}

QString oppositeOf(const QString& dir) {
    static const QHash<QString, QString> opposite = {
        {QStringLiteral("东"), QStringLiteral("西")},     {QStringLiteral("西"), QStringLiteral("东")},
        {QStringLiteral("南"), QStringLiteral("北")},     {QStringLiteral("北"), QStringLiteral("南")},
        {QStringLiteral("东南"), QStringLiteral("西北")}, {QStringLiteral("西北"), QStringLiteral("东南")},
        {QStringLiteral("东北"), QStringLiteral("西南")}, {QStringLiteral("西南"), QStringLiteral("东北")}};
    return opposite.value(dir);
}

} // namespace

QString cleanReference(QString ref, bool* planned) {
    const auto& g = NoticeGrammar::instance();
    *planned = false;
    // Shape words after the last end ("华盛路的"L"型道路") are not part of the name.
    const auto shape = g.shapeMarker.match(ref);
    if (shape.hasMatch())
        ref.truncate(shape.capturedStart());
    if (ref.endsWith(QStringLiteral("的道路")))
        ref.chop(3);
    const auto plannedMatch = g.plannedSuffix.match(ref);
    if (plannedMatch.hasMatch()) {
        *planned = true;
        ref.remove(plannedMatch.capturedStart(), plannedMatch.capturedLength());
    }
    if (ref.startsWith(QStringLiteral("规划")))
        *planned = true;
    return ref.trimmed();
}

Endpoints parseEndpoints(QStringView text) {
    const auto& g = NoticeGrammar::instance();
    Endpoints out;

    // Pass 1: the tokens that really are 起/至/折向 (not characters inside a name).
    struct Token {
        enum Kind { Start, End, Turn } kind;
        QString dir;
        qsizetype begin, end;
    };
    QList<Token> tokens;
    auto it = g.endpointToken.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype begin = m.capturedStart();
        const bool atClauseStart = begin == 0 || isDelimiter(text[begin - 1]);
        const bool afterToken = !tokens.isEmpty() && tokens.last().end == begin;
        const bool afterTurn = afterToken && tokens.last().kind == Token::Turn;
        if (!m.captured(u"startdir").isEmpty()) {
            if (atClauseStart)
                tokens.append({Token::Start, m.captured(u"startdir"), begin, m.capturedEnd()});
        } else if (!m.captured(u"turndir").isEmpty()) {
            tokens.append({Token::Turn, m.captured(u"turndir"), begin, m.capturedEnd()});
        } else {
            const QString dir = m.captured(u"enddir");
            // A bare 至 counts only at a clause start or right after a turn ("折向西至").
            if (!dir.isEmpty() || atClauseStart || afterTurn)
                tokens.append({Token::End, dir, begin, m.capturedEnd()});
        }
    }

    // Pass 2: a reference runs from its token to the next token or delimiter.
    QStringList legEnds;
    QStringList headings; // heading of each leg, in order
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const qsizetype limit = i + 1 < tokens.size() ? tokens[i + 1].begin : text.size();
        switch (t.kind) {
        case Token::Start:
            out.startDir = t.dir;
            out.start = takeReference(text, t.end, limit);
            break;
        case Token::Turn:
            if (headings.isEmpty() || headings.last() != t.dir)
                headings.append(t.dir);
            break;
        case Token::End:
            if (!t.dir.isEmpty() && (headings.isEmpty() || headings.last() != t.dir))
                headings.append(t.dir);
            if (const QString ref = takeReference(text, t.end, limit); !ref.isEmpty())
                legEnds.append(ref);
            break;
        }
    }
    if (headings.isEmpty() && !out.startDir.isEmpty())
        headings.append(oppositeOf(out.startDir));

    // A turn with no named end of its own ("南至A折向西至B") makes A a turn point.
    if (!legEnds.isEmpty()) {
        out.end = legEnds.takeLast();
        out.via = legEnds;
    }
    out.endDir = headings.isEmpty() ? QString() : headings.last();
    out.found = !out.start.isEmpty() || !out.end.isEmpty();

    const int turns = int(std::max<qsizetype>(0, headings.size() - 1));
    const auto shape = g.shapeMarker.match(text);
    if (shape.hasMatch())
        out.shape = shape.captured(u"loop").isEmpty() ? shape.captured(u"shape") : QStringLiteral("loop");
    else if (!out.found)
        out.shape.clear();
    else if (turns == 0)
        out.shape = QStringLiteral("straight");
    else if (turns == 1)
        out.shape = QStringLiteral("L");
    else
        out.shape = QStringLiteral("turn");

    auto clean = [&out](QString& ref) {
        bool planned = false;
        ref = cleanReference(ref, &planned);
        if (planned && !ref.isEmpty() && !out.plannedRefs.contains(ref))
            out.plannedRefs.append(ref);
    };
    clean(out.start);
    for (auto& v : out.via)
        clean(v);
    clean(out.end);
    return out;
}

} // namespace luming
