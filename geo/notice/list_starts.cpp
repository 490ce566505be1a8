#include "notice/list_starts.h"

#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"

#include <QRegularExpression>

namespace luming {

namespace {

// Every quantifier is bounded (linear time on any line).
const QRegularExpression& bullet() {
    static const QRegularExpression re(
        // Emoji and pictographs too (🔹, ✅, ▶️ with its variation selector): a repost's bullets.
        QStringLiteral(
            "^\\s{0,4}(?<mark>(?:(?<symbol>[◆◇●○■□▪▫・•·►▶★☆※▲△])|[\\x{2190}-\\x{2BFF}]|"
            "[\\x{1F000}-\\x{1FAFF}])(?<selector>[\\x{FE0E}\\x{FE0F}\\x{20E3}])?|[-*](?=\\s))\\s{0,4}"));
    return re;
}

const QRegularExpression& code() {
    static const QRegularExpression re(QStringLiteral(
        "^\\s{0,4}(?<code>(?<num>\\d{1,3}|[A-Z]{1,2}\\d{0,3})\\s?#?\\s?(?<kind>号路|号道路|号街|"
        "号规划路|#路|#道路|#规划路)|(?<axis>[经纬横纵])\\s?(?<num2>\\d{1,3}|[一二三四五六七八九十]{1,3})"
        "\\s?(?<kind2>路|街))\\s{0,2}[:]\\s{0,4}"));
    return re;
}

const QRegularExpression& article() {
    static const QRegularExpression re(
        QStringLiteral("^\\s{0,4}第(?<num>\\d{1,3}|[一二三四五六七八九十百零〇两]{1,8})条[\\s、:.]{0,4}"));
    return re;
}

// A name heading its line: up to the first delimiter, or the whole line. Its pinyin may follow it
// ("1.金银路 Jīnyín Lù", "X路(X Lu):"); the body then starts at the pinyin, which the item reads.
const QRegularExpression& nameLead() {
    static const QRegularExpression re(expandPatternMacros(QStringLiteral(
        "^\\s{0,4}(?<name>[^。,;:、()“”\"「」『』—\\-→⟶⇒>]{2,30}?)(?<py>\\s{0,4}\\(\\s{0,4}{LAT}[^()\\n]{0,"
        "60}\\)"
        "|"
        "\\s{1,4}{LAT}[A-Za-z0-9\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}\\x{0300}-\\x{036F}' -]{0,60}?)?"
        // A remark in brackets after the name ("X路(原规划名:Y)", "X路(暂定名)"): the item reads it.
        "(?<remark>\\s{0,2}\\([^()\\n]{1,30}\\))?"
        "\\s{0,4}(?<delim>。|,|:|——|—|$)")));
    return re;
}

// Words that make a line's head a clause rather than a name.
bool clauseWords(QStringView s) {
    static const QRegularExpression re(QStringLiteral("起|至|止|位于|命名|更名|的|将|关于|公告|通知"));
    return re.match(s).hasMatch();
}

// "道路名称:甲一路" opening a line: a form's name field, one road's block of labelled lines.
std::optional<LineOpener> labelledNameOpener(const TextSlice& line) {
    const auto m = NoticeGrammar::instance().labelledName.match(line.folded);
    if (!m.hasMatch() || !looksLikeRoadName(m.captured(u"name")))
        return std::nullopt;
    LineOpener out;
    out.kind = OpenerKind::Name;
    out.shape = QStringLiteral("name-label"); // a shape key, never shown
    out.name = line.cut(m.capturedStart(u"name"), m.capturedEnd(u"name"));
    out.bodyFrom = m.capturedEnd(u"name");
    return out;
}

std::optional<LineOpener> nameOpener(const TextSlice& line) {
    const auto m = nameLead().match(line.folded);
    if (!m.hasMatch())
        return std::nullopt;
    QString folded = m.captured(u"name");
    folded.remove(u' ');
    // "【X】": a name set off in lenticular brackets, as in quotes.
    const bool bracketed = folded.size() > 2 && (folded.front() == u'【' || folded.front() == u'〖') &&
                           (folded.back() == u'】' || folded.back() == u'〗');
    if (bracketed)
        folded = folded.mid(1, folded.size() - 2);
    // 街道 ends in 道 but is a place (a section heading "一、A街道"), not a road.
    // 其他道路, 新建道路: a kind of road over items, not a road's name.
    if (clauseWords(folded) || folded.endsWith(QStringLiteral("街道")) ||
        folded.endsWith(QStringLiteral("道路")) || !looksLikeRoadName(folded))
        return std::nullopt;
    LineOpener out;
    out.kind = OpenerKind::Name;
    out.delimiter = m.captured(u"delim");
    out.shape = QStringLiteral("name ") + out.delimiter;
    out.name = line.cut(m.capturedStart(u"name"), m.capturedEnd(u"name")).remove(u' ');
    if (bracketed)
        out.name = out.name.mid(1, out.name.size() - 2);
    out.bodyFrom = m.capturedLength(u"py") > 0 || m.capturedLength(u"remark") > 0 ? m.capturedEnd(u"name")
                                                                                  : m.capturedEnd();
    return out;
}

} // namespace

std::optional<LineOpener> lineOpener(const TextSlice& line) {
    LineOpener out;
    if (const auto m = code().match(line.folded); m.hasMatch()) {
        out.kind = OpenerKind::Code;
        const bool axis = m.capturedLength(u"axis") > 0;
        out.shape = QStringLiteral("code ") + (axis ? QStringLiteral("axis") : m.captured(u"kind"));
        out.numeral = axis ? m.captured(u"num2") : m.captured(u"num");
        out.markerLength = m.capturedEnd();
        return out;
    }
    if (const auto m = article().match(line.folded); m.hasMatch()) {
        out.kind = OpenerKind::Article;
        out.shape = QStringLiteral("article");
        out.numeral = m.captured(u"num");
        out.markerLength = m.capturedEnd();
        return out;
    }
    if (const auto m = bullet().match(line.folded); m.hasMatch()) {
        out.kind = OpenerKind::Bullet;
        // Symbol bullets are one shape: a repost dresses each section's list in its own (◆ then ● then
        // ・), and one symbol alone is still a list's start. ASCII - and * stay apart ("- 2 -" pages).
        // Emoji count by glyph: a repost strews them over headlines and calls to action (🔥, 👆), and
        // only one that repeats marks a list.
        const bool symbol = m.capturedLength(u"symbol") > 0 && m.capturedLength(u"selector") == 0;
        out.shape = symbol ? QStringLiteral("bullet") : QStringLiteral("bullet ") + m.captured(u"mark");
        out.markerLength = m.capturedEnd();
        return out;
    }
    if (auto labelled = labelledNameOpener(line))
        return labelled;
    return nameOpener(line);
}

bool pinyinAloneLine(const TextSlice& line) {
    static const QRegularExpression re(expandPatternMacros(
        // A mirror's inserted reading may stand inside it ("Zhong Fa ( F Ā ) Jie").
        QStringLiteral("^\\s{0,4}\\(?\\s{0,2}{LAT}[A-Za-z0-9\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}\\x{0300}-"
                       "\\x{036F}()' -]{1,60}\\s{0,4}$")));
    return re.match(line.folded).hasMatch();
}

std::optional<NameList> inlineNameList(const TextSlice& line) {
    // "興慶區(qū):": a mirror's inserted reading after the suffix stays with the place ({PY}).
    static const QRegularExpression head(
        expandPatternMacros(QStringLiteral("^\\s{0,8}(?<place>[^\\s,:;。、]{1,12}?(?:区|县){PY})\\s{0,2}:")));
    const auto m = head.match(line.folded);
    if (!m.hasMatch())
        return std::nullopt;
    NameList out;
    out.place = line.cut(m.capturedStart(u"place"), m.capturedEnd(u"place"));
    qsizetype from = m.capturedEnd();
    bool cutOff = false;
    while (from < line.size() && !cutOff) {
        qsizetype to = line.folded.indexOf(u'、', from);
        const bool last = to < 0;
        if (last)
            to = line.size();
        const QString name = line.cut(from, to);
        if (looksLikeRoadName(foldForMatching(name)) && !clauseWords(foldForMatching(name)))
            out.names.append({name, from, to});
        else if (last)
            cutOff = true; // the page cut the last name
        else
            return std::nullopt;
        from = to + 1;
    }
    if (out.names.size() < 2)
        return std::nullopt;
    return out;
}

std::optional<LineOpener> bareLeadingName(const TextSlice& text) {
    auto opener = nameOpener(text);
    if (!opener || !(opener->delimiter == u"," || opener->delimiter.isEmpty()))
        return std::nullopt;
    return opener;
}

} // namespace luming
