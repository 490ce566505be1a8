// NormalizedText::fromOriginal: every normalisation rule, applied in one left-to-right pass.
//  a. CRLF and lone CR → LF; NBSP, U+3000, U+2000–U+200A, U+202F, U+205F, tab → space;
//     zero-width U+200B–U+200D, U+2060, U+FEFF dropped; so are the bidirectional controls (U+061C,
//     U+200E/F, U+202A–U+202E, U+2066–U+2069), which make a name show other than it reads, and counted.
//  b. Full-width ASCII U+FF01–U+FF5E → ASCII; other CJK punctuation (。、〔〕《》“”…) kept.
//     Radical and compatibility code points that PDF text layers put in place of ideographs (⼈⺠ for
//     人民: fonts map glyphs to Kangxi U+2F00–U+2FD5 and CJK radicals U+2E80–U+2EF3; U+F900–U+FAD9)
//     → the unified ideograph (radical_folding.cpp). One character for one, so offsets keep.
//  c. A dash (一 — – ― ‐ ‑ − ﹣ － -) between two digits, spaces around it allowed → '-'.
//  d. Bullets at the start of a line ("- ", "• ", "· ", "* ", "> ", "# " … "###### ") dropped.
//  e. A whitespace run is dropped between CJK text (or CJK text and a digit): OCR put it there.
//     Where the run holds a line break after 。;:!? or before an item marker ("(一)", "一、", "1.",
//     "1、", "(1)", "第X条"), one '\n' stays; so it does for a space run between the two (OCR merged
//     the lines). A line break inside a number in CJK text that ends in a unit ("长166⏎7米") is
//     dropped. Other runs become one ' ' (or one '\n' if they hold
//     a line break, so lines of Latin text and table-of-contents rows stay apart).
//  e'. Two or more spaces (or a tab) between two words of ideographs inside a line stay one ' ': a column.
//  f. A page number on a line of its own ("— 3 —", "第3页") is part of the whitespace run around it, and
//     so is the next page's running header after it (the document's first line again).
// Lookahead is bounded (a few characters), so the pass is linear in the text length.
#include "text/cjk_chars.h"
#include "text/normalized_text.h"
#include "text/radical_folding.h"

#include <algorithm>
#include <string_view>

namespace luming {

namespace {

enum class Kind { Char, Space, Newline, ZeroWidth };

bool isBidiControl(char16_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

Kind kindOf(char16_t c) {
    switch (c) {
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
    case 0x0085: // NEL
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return Kind::Newline;
    case u' ':
    case u'\t':
    case 0x00A0: // NBSP
    case 0x3000: // ideographic space
    case 0x202F: // narrow NBSP
    case 0x205F: // medium mathematical space
        return Kind::Space;
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return Kind::ZeroWidth;
    default:
        if (isBidiControl(c))
            return Kind::ZeroWidth;
        return (c >= 0x2000 && c <= 0x200A) ? Kind::Space : Kind::Char;
    }
}

// Rule b.
char16_t folded(char16_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFEE0);
    return foldRadical(c);
}

bool isDigit(char32_t c) {
    return c >= u'0' && c <= u'9';
}

// Rule c: what OCR and typists put between the two numbers of a range (after folding).
bool isDash(char32_t c) {
    switch (c) {
    case u'-':
    case u'一':
    case 0x2010: // ‐
    case 0x2011: // ‑
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2212: // −
    case 0xFE63: // ﹣
        return true;
    default:
        return false;
    }
}

// Punctuation that belongs to the CJK text it is attached to ("米, 位" → "米,位").
bool isAttachingPunct(char32_t c) {
    switch (c) {
    case u'(':
    case u')':
    case u',':
    case u':':
    case u';':
    case u'.':
    case u'!':
    case u'?':
    case u'"':
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201C: // “
    case 0x201D: // ”
    case 0x2026: // …
    case 0x2014: // —
        return true;
    default:
        return false;
    }
}

bool endsSentence(char32_t c) {
    return c == u'。' || c == u';' || c == u':' || c == u'!' || c == u'?';
}

constexpr qsizetype kAttachReach = 8; // how far attaching punctuation looks for its CJK neighbour

class Normalizer {
public:
    explicit Normalizer(const QString& in) : in_(in.constData()), n_(in.size()) {
        out_.reserve(n_);
        // The first line with text: a running header repeats it at the top of every page.
        qsizetype k = 0;
        while (k < n_ && kindAt(k) != Kind::Char)
            ++k;
        headerFrom_ = k;
        while (k < n_ && kindAt(k) != Kind::Newline && k - headerFrom_ <= kMaxHeader)
            ++k;
        headerTo_ = kindAt(k) == Kind::Newline || k >= n_ ? k : headerFrom_;
    }

    void run() {
        qsizetype i = 0;
        whitespace(i, true); // a bullet or blank lines at the very start
        while (i < n_) {
            const Kind kind = kindOf(in_[i].unicode());
            const char16_t c = folded(in_[i].unicode());
            if ((kind != Kind::Char || isDash(c)) && isDigit(lastOut()) && dash(i))
                continue;
            if (kind != Kind::Char) {
                whitespace(i, false);
                continue;
            }
            put(c, i);
            ++i;
        }
        anchor(out_.size(), n_);
    }

    QString out_;
    std::vector<std::pair<qsizetype, qsizetype>> anchors_;

private:
    // The folded code point at `i` (0 past the end).
    char32_t at(qsizetype i) const {
        if (i < 0 || i >= n_)
            return 0;
        const QChar c = in_[i];
        if (c.isHighSurrogate() && i + 1 < n_ && in_[i + 1].isLowSurrogate())
            return QChar::surrogateToUcs4(c, in_[i + 1]);
        return folded(c.unicode());
    }
    Kind kindAt(qsizetype i) const { return i < n_ ? kindOf(in_[i].unicode()) : Kind::Char; }
    char32_t lastOut() const { return codePointBefore(out_, out_.size()); }

    void anchor(qsizetype normalized, qsizetype original) {
        const qsizetype shift = original - normalized;
        const qsizetype last = anchors_.empty() ? 0 : anchors_.back().second - anchors_.back().first;
        if (shift != last)
            anchors_.emplace_back(normalized, original);
    }
    void put(char16_t c, qsizetype original) {
        anchor(out_.size(), original);
        out_.append(QChar(c));
    }

    // Rule c, at `i` right after a digit: [spaces] dash [spaces] digit → '-'.
    bool dash(qsizetype& i) {
        qsizetype k = i;
        while (kindAt(k) == Kind::Space || kindAt(k) == Kind::ZeroWidth)
            ++k;
        if (k >= n_ || !isDash(at(k)))
            return false;
        const qsizetype dashAt = k++;
        while (kindAt(k) == Kind::Space || kindAt(k) == Kind::ZeroWidth)
            ++k;
        if (!isDigit(at(k)))
            return false;
        put(u'-', dashAt);
        i = k;
        return true;
    }

    // Rule d: end of a bullet starting at `k` (followed by a space), or `k` if there is none.
    qsizetype bulletEnd(qsizetype k) const {
        const char32_t c = at(k);
        qsizetype p = k;
        if (c == u'#') {
            while (at(p) == u'#' && p - k < 6)
                ++p;
        } else if (c == u'-' || c == u'*' || c == u'>' || c == 0x2022 /*•*/ || c == 0x00B7 /*·*/ ||
                   c == 0x30FB /*・*/) {
            ++p;
        } else {
            return k;
        }
        return kindAt(p) == Kind::Space ? p : k;
    }

    // Rule f: end of a page number on a line of its own starting at `k` ("— 3 —", "- 3 -", "·3·", "第3页",
    // "第 3 页 共 9 页"), at the line break after it, or `k` if there is none. A text copied from a PDF keeps
    // the page's furniture amid whatever item runs across the page. A bare number is no page number here:
    // a table flattened one cell per line is made of them.
    qsizetype pageNumberEnd(qsizetype k) const {
        auto skipSpaces = [this](qsizetype p) {
            while (p < n_ && kindAt(p) == Kind::Space)
                ++p;
            return p;
        };
        auto digits = [this](qsizetype p) {
            const qsizetype from = p;
            while (p < n_ && p - from < 4 && isDigit(at(p)))
                ++p;
            return p > from && !isDigit(at(p)) ? p : from;
        };
        auto isRule = [](char32_t c) {
            return isDash(c) || c == 0x00B7 /*·*/ || c == 0x2022 /*•*/ || c == 0x30FB /*・*/;
        };
        qsizetype p = k;
        bool decorated = false;
        if (at(p) == u'第') {
            qsizetype q = skipSpaces(p + 1);
            const qsizetype d = digits(q);
            if (d == q)
                return k;
            q = skipSpaces(d);
            if (at(q) != u'页')
                return k;
            p = skipSpaces(q + 1);
            if (at(p) == u'共') { // "第3页 共9页"
                q = skipSpaces(p + 1);
                const qsizetype e = digits(q);
                if (e > q && at(skipSpaces(e)) == u'页')
                    p = skipSpaces(skipSpaces(e) + 1);
            }
            decorated = true;
        } else {
            const bool opens = isRule(at(p));
            if (opens)
                p = skipSpaces(p + 1);
            const qsizetype d = digits(p);
            if (d == p)
                return k;
            p = skipSpaces(d);
            const bool closes = isRule(at(p));
            if (closes)
                p = skipSpaces(p + 1);
            decorated = opens && closes;
        }
        if (!decorated || (p < n_ && kindAt(p) != Kind::Newline))
            return k;
        return std::max(p, runningHeaderEnd(p));
    }

    // After a page number ending at `p`: the end of the next page's running header (the document's first
    // line again, "兰州市人民政府文件", spaces aside) when that is the next line with text, else `p`.
    qsizetype runningHeaderEnd(qsizetype p) const {
        if (headerTo_ <= headerFrom_)
            return p;
        qsizetype k = p;
        while (k < n_ && kindAt(k) != Kind::Char)
            ++k;
        qsizetype h = headerFrom_;
        for (; k < n_ && kindAt(k) != Kind::Newline; ++k) {
            if (kindAt(k) != Kind::Char)
                continue;
            while (h < headerTo_ && kindAt(h) != Kind::Char)
                ++h;
            if (h >= headerTo_ || in_[k] != in_[h])
                return p;
            ++h;
        }
        while (h < headerTo_ && kindAt(h) != Kind::Char)
            ++h;
        return h == headerTo_ ? k : p;
    }

    // An item or section marker at `k`: (一) (1) 一、 1、 1. 第X条/章/节. A marker that a line break or
    // OCR space splits ("(三\n十一)", as PDF text layers wrap it) still counts: a few whitespace
    // characters between its numerals are skipped.
    bool startsMarker(qsizetype k) const {
        auto run = [this](qsizetype p, qsizetype max, auto pred) {
            qsizetype q = p;
            qsizetype matched = 0;
            qsizetype skipped = 0;
            while (matched < max) {
                if (pred(at(q))) {
                    ++q;
                    ++matched;
                } else if (matched > 0 && skipped < 3 && kindAt(q) != Kind::Char &&
                           kindAt(q) != Kind::ZeroWidth && pred(at(q + 1))) {
                    ++q;
                    ++skipped;
                } else {
                    break;
                }
            }
            return q;
        };
        const auto cn = [](char32_t c) {
            return isChineseNumeral(c);
        };
        const auto digit = [](char32_t c) {
            return isDigit(c);
        };
        if (at(k) == u'(') {
            qsizetype q = run(k + 1, 6, cn);
            if (q == k + 1)
                q = run(k + 1, 3, digit);
            return q > k + 1 && at(q) == u')';
        }
        if (at(k) == u'第') {
            const qsizetype q = run(k + 1, 6, [](char32_t c) { return isChineseNumeral(c) || isDigit(c); });
            return q > k + 1 && (at(q) == u'条' || at(q) == u'章' || at(q) == u'节');
        }
        qsizetype q = run(k, 6, cn);
        if (q > k)
            return at(q) == u'、';
        q = run(k, 3, digit);
        return q > k && (at(q) == u'、' || (at(q) == u'.' && !isDigit(at(q + 1))));
    }

    // A field label opening a line of a form ("起点:乙路", "道路名称:甲一路"): up to 6 ideographs and a
    // colon. The line break before it separates two fields, so it stays.
    bool startsLabel(qsizetype k) const {
        qsizetype p = k;
        while (p < n_ && p - k < 6 && isCjkText(at(p)) && at(p) != u'、' && at(p) != u'。')
            ++p;
        return p - k >= 2 && (at(p) == u':' || at(p) == 0xFF1A);
    }
    // Rule e: is the text on each side of a run starting before `k` CJK (or a digit next to CJK)?
    bool joinable(qsizetype k) const {
        const char32_t prev = lastOut();
        const char32_t next = at(k);
        const bool prevCjk = isCjkText(prev) || (isAttachingPunct(prev) && attachedBack(next));
        const bool nextCjk = isCjkText(next) || (isAttachingPunct(next) && attachedForward(k, prev));
        return (prevCjk && (nextCjk || isDigit(next))) || (nextCjk && isDigit(prev));
    }
    // Rule e': a gap of two or more spaces (or a tab) inside a line between two words of ideographs
    // ("① 瑞祥东路  自七一西路至…"): a layout's column, the name apart from its description; one space
    // stays. OCR's stray spaces are single, and a spaced-out heading ("邯 郸 市") has one ideograph a word.
    bool columnGap(qsizetype from, qsizetype to) const {
        const bool wide = to - from >= 2 || in_[from] == u'\t';
        if (!wide || out_.size() < 2)
            return false;
        return isCjkIdeograph(codePointBefore(out_, out_.size())) &&
               isCjkIdeograph(codePointBefore(out_, out_.size() - 1)) && isCjkIdeograph(at(to)) &&
               isCjkIdeograph(at(to + 1));
    }
    // "长166⏎7米": a line wrapped inside a number (OCR, PDF text layers). Joined only where the number
    // sits in CJK text and the part after the break ends in a unit, so a table row's last number and
    // the next row's first ("100⏎2 甲路", "100⏎2号路") stay apart.
    bool numberWrapped(qsizetype k) const {
        qsizetype p = out_.size();
        while (p > 0 && out_.size() - p < 12 && (isDigit(out_.at(p - 1).unicode()) || out_.at(p - 1) == u'.'))
            --p;
        // "222.⏎3米" and "224⏎.5米": the break may fall on either side of the decimal point.
        const bool endsInPoint = out_.endsWith(u'.');
        if (p == out_.size() || p == 0 || !isDigit(out_.at(p).unicode()) ||
            !isCjkText(codePointBefore(out_, p)) ||
            !(isDigit(at(k)) || (!endsInPoint && at(k) == u'.' && isDigit(at(k + 1)))))
            return false;
        qsizetype q = k;
        while (q < n_ && q - k < 12 && (isDigit(at(q)) || at(q) == u'.'))
            ++q;
        static const std::u32string units[] = {U"米", U"公里", U"千米", U"平方", U"年", U"月", U"日", U"%"};
        for (const auto& unit : units) {
            bool match = true;
            for (size_t j = 0; j < unit.size() && match; ++j)
                match = at(q + qsizetype(j)) == unit[j];
            if (match)
                return true;
        }
        return false;
    }
    // Punctuation at the end of the output: CJK if the text before it is, or, when a space or the
    // start is before it, if the text after the run is.
    bool attachedBack(char32_t next) const {
        qsizetype p = out_.size();
        while (p > 0 && out_.size() - p < kAttachReach && isAttachingPunct(out_.at(p - 1).unicode()))
            --p;
        if (p == 0 || out_.at(p - 1) == u' ' || out_.at(p - 1) == u'\n')
            return isCjkText(next);
        return isCjkText(codePointBefore(out_, p)) || (out_.endsWith(u')') && readingBefore(p));
    }
    // "中發(fā) 街": a reading a mirror site inserted after a character ("(fā)", tone letters only)
    // belongs to that character, so the text around it is CJK text.
    bool readingBefore(qsizetype p) const {
        qsizetype q = p;
        while (q > 0 && p - q < 8 && isReadingLetter(out_.at(q - 1).unicode()))
            --q;
        return q < p && q > 1 && out_.at(q - 1) == u'(' && isCjkText(codePointBefore(out_, q - 1));
    }
    static bool isReadingLetter(char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= 0x00C0 && c <= 0x024F) || (c >= 0x0300 && c <= 0x036F);
    }
    bool attachedForward(qsizetype k, char32_t prev) const {
        qsizetype p = k;
        while (p < n_ && p - k < kAttachReach && isAttachingPunct(at(p)))
            ++p;
        if (p >= n_ || kindAt(p) != Kind::Char)
            return isCjkText(prev);
        return isCjkText(at(p));
    }

    // Rule e (and d): consume the whitespace run at `i`, with any bullets at line starts, and emit
    // what it becomes.
    void whitespace(qsizetype& i, bool lineStart) {
        const qsizetype runFrom = i;
        qsizetype firstSpace = -1;
        qsizetype firstNewline = -1;
        int newlines = 0;
        bool pageBreak = false;
        qsizetype k = i;
        for (;;) {
            for (; k < n_; ++k) {
                const Kind kind = kindOf(in_[k].unicode());
                if (kind == Kind::Char)
                    break;
                if (kind == Kind::Newline) {
                    lineStart = true;
                    if (firstNewline < 0)
                        firstNewline = k;
                    // CRLF is one break.
                    if (!(in_[k] == u'\n' && k > 0 && in_[k - 1] == u'\r'))
                        ++newlines;
                }
                if (kind != Kind::ZeroWidth && firstSpace < 0)
                    firstSpace = k;
            }
            if (!lineStart || k >= n_)
                break;
            if (const qsizetype page = pageNumberEnd(k); page > k) {
                if (firstSpace < 0)
                    firstSpace = k;
                k = page;
                pageBreak = true;
                continue;
            }
            const qsizetype bullet = bulletEnd(k);
            if (bullet == k)
                break;
            if (firstSpace < 0)
                firstSpace = k;
            k = bullet;
        }
        i = k;
        if (firstSpace < 0 || out_.isEmpty() || k >= n_)
            return; // only zero-width characters, or leading/trailing whitespace
        const bool sentenceEnds = endsSentence(lastOut());
        const bool markerFollows = startsMarker(k) || (firstNewline >= 0 && startsLabel(k));
        // The same break is kept in two places on purpose: the order of the tests is the rule (a line
        // break before a marker or after a sentence stays even where the run would otherwise join).
        // NOLINTBEGIN(bugprone-branch-clone)
        // A blank line before a paragraph's link word ("另,", "此外,") parts two paragraphs; elsewhere a
        // blank line may stand inside a sentence or a name (PDF text, page breaks), so it joins as any break.
        const bool blankLine = newlines >= 2 && !pageBreak && opensAside(k);
        if (firstNewline >= 0 && (sentenceEnds || markerFollows || blankLine))
            put(u'\n', firstNewline);
        else if (sentenceEnds && markerFollows) // "…北延线。 (三十一)": OCR merged two lines
            put(u'\n', firstSpace);
        else if (firstNewline < 0 && columnGap(runFrom, k))
            put(u' ', firstSpace);
        else if (joinable(k) || (firstNewline >= 0 && numberWrapped(k)))
            return;
        else if (firstNewline >= 0)
            put(u'\n', firstNewline);
        else
            put(u' ', firstSpace);
        // NOLINTEND(bugprone-branch-clone)
    }

    // "另,", "另外,", "此外,", "同时," at `k`: words that open a paragraph on another matter.
    bool opensAside(qsizetype k) const {
        const auto wordAt = [this, k](std::u16string_view word) {
            for (qsizetype i = 0; i < qsizetype(word.size()); ++i)
                if (at(k + i) != char32_t(word[std::size_t(i)]))
                    return false;
            const char32_t after = at(k + qsizetype(word.size()));
            return after == u',' || after == u':';
        };
        return wordAt(u"另外") || wordAt(u"此外") || wordAt(u"同时") || wordAt(u"另");
    }

    static constexpr qsizetype kMaxHeader = 40; // a running header is one short line
    const QChar* in_;
    qsizetype n_;
    qsizetype headerFrom_ = 0;
    qsizetype headerTo_ = 0;
};

} // namespace

NormalizedText NormalizedText::fromOriginal(QString original) {
    NormalizedText result;
    result.original_ = std::move(original);
    const QString& in = result.original_;

    Normalizer normalizer(in);
    normalizer.run();
    result.text_ = std::move(normalizer.out_);
    result.anchors_ = std::move(normalizer.anchors_);

    result.lineStarts_.push_back(0);
    const QChar* p = in.constData();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (p[i] == u'\n' || (p[i] == u'\r' && (i + 1 == in.size() || p[i + 1] != u'\n')))
            result.lineStarts_.push_back(i + 1);
        if (isBidiControl(p[i].unicode()) && result.bidiControlsRemoved_++ == 0)
            result.firstBidiControlLine_ = int(result.lineStarts_.size());
    }
    return result;
}

qsizetype NormalizedText::toOriginal(qsizetype normalizedIndex) const {
    if (normalizedIndex < 0)
        return 0;
    if (normalizedIndex >= text_.size())
        return original_.size();
    // Last anchor at or before the index; before the first anchor the shift is zero.
    const auto it = std::upper_bound(anchors_.begin(), anchors_.end(), normalizedIndex,
                                     [](qsizetype value, const auto& a) { return value < a.first; });
    if (it == anchors_.begin())
        return normalizedIndex;
    const auto& [normalized, original] = *std::prev(it);
    return original + (normalizedIndex - normalized);
}

int NormalizedText::lineAt(qsizetype originalOffset) const {
    if (lineStarts_.empty())
        return 1;
    const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), originalOffset);
    return int(std::max<std::ptrdiff_t>(1, it - lineStarts_.begin()));
}

QString NormalizedText::originalSlice(qsizetype from, qsizetype to) const {
    const qsizetype a = toOriginal(from);
    const qsizetype b = toOriginal(std::max(from, to));
    return original_.mid(a, b - a);
}

} // namespace luming
