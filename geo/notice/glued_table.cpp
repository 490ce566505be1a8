#include "notice/glued_table.h"

#include "notice/chinese_numeral.h"
#include "notice/matching_text.h"
#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"
#include "notice/table_columns.h"

#include <QRegularExpression>

namespace luming {

namespace {

constexpr qsizetype kMaxHeader = 120; // a glued header, 序号 to the first row's number
constexpr qsizetype kMaxGlue = 16; // words between two column words ("村庄、节点(或标志性物体)")
constexpr int kMaxCandidates = 8;  // header candidates tried per text: a notice has a few tables
constexpr qsizetype kMaxRows = 400;
constexpr qsizetype kMaxWindow = 32768; // from the 序号 word: a table of kMaxRows rows fits

struct Column {
    QString role;
    qsizetype from = 0; // in the folded line
    qsizetype to = 0;
};

QStringView printedLine(const SourceLine& line, const QString& original) {
    return QStringView(original).mid(line.originalFrom, line.originalTo - line.originalFrom);
}

// The columns of a glued header in `folded` [at, end): a column word of the grammar opens each column,
// the words up to the next one are its header's rest. Empty when the run is not such a header: words
// before the first column word, a long run no column word names, or separators (a table with them is
// read by its cells).
QList<Column> headerColumns(const QString& folded, qsizetype at, qsizetype end) {
    const auto& g = NoticeGrammar::instance();
    QList<Column> cols;
    qsizetype glue = 0;
    for (qsizetype p = at; p < end;) {
        const QChar c = folded[p];
        if (c.isSpace() || c == u'|' || c == u'｜')
            return {};
        bool opened = false;
        for (const ColumnRole& col : g.columns) {
            const auto m = col.word.match(folded, p, QRegularExpression::NormalMatch,
                                          QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch() && m.capturedEnd() > p && m.capturedEnd() <= end) {
                cols.append({col.role, p, m.capturedEnd()});
                p = m.capturedEnd();
                glue = 0;
                opened = true;
                break;
            }
        }
        if (opened)
            continue;
        // An inserted reading ("節(jié)點(diǎn)") is no word of the header's.
        if (cols.isEmpty() || (c != QChar(kReadingFiller) && ++glue > kMaxGlue))
            return {};
        cols.last().to = ++p;
    }
    return cols;
}

QString nameCell() {
    return QStringLiteral("[^\\d,,、;;。:\\n]{1,16}?") +
           NoticeLexicon::instance().alternation(LexCategory::NameSuffix) + QStringLiteral("\\x{E000}{0,8}");
}

// What a column's cell holds, as a pattern over folded text; free text is lazy, so the next column's
// content decides where it ends.
QString cellPattern(const QString& role) {
    const auto& g = NoticeGrammar::instance();
    if (role == u"seq")
        return QStringLiteral("\\d{1,3}");
    if (role == u"name" || role == u"old_name" || role == u"start" || role == u"end")
        return nameCell();
    if (role == u"via")
        return QStringLiteral("[^\\d\\n]{0,80}?");
    if (role == u"ends")
        return QStringLiteral("[^\\n]{2,80}?");
    if (role == u"length" || role == u"width")
        return QStringLiteral(
            "约?\\d{1,6}(?:\\.\\d{1,2})?(?:[~\\-—]\\d{1,3}(?:\\.\\d{1,2})?)?(?:米|m|公里)?");
    if (role == u"direction")
        return expandPatternMacros(QStringLiteral("{DIR}{1,2}(?:走向|向)?"));
    if (role == u"surface")
        return g.surfaceRun.pattern();
    if (role == u"location")
        return QStringLiteral("[^\\d,,、;;。\\n]{1,12}?(?:街道办事处|街道|镇|乡)\\x{E000}{0,8}");
    if (role == u"district")
        return QStringLiteral("[^\\d,,、;;。\\n]{1,10}?(?:区|县)\\x{E000}{0,8}");
    if (role == u"date")
        return QStringLiteral("\\d{4}(?:[.\\-/年]\\d{1,2}月?)?");
    if (role == u"pinyin")
        return QStringLiteral("[A-Za-z\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}' ]{2,60}?");
    return QStringLiteral("[^\\n]{0,200}?"); // reason, remark, action: free text
}

// One row: the columns' patterns in order, each a group, up to the next row's number and name, a
// section mark ("二、"), or the end of the line.
QRegularExpression rowPattern(const QList<Column>& cols) {
    QString p;
    for (qsizetype k = 0; k < cols.size(); ++k)
        p += QStringLiteral("(?<c%1>%2)").arg(k).arg(cellPattern(cols[k].role));
    p += QStringLiteral("(?=\\d{1,3}") + nameCell() +
         QStringLiteral("|[一二三四五六七八九十]{1,3}[、,.,]|\\n|$)");
    return QRegularExpression(p, QRegularExpression::UseUnicodePropertiesOption);
}

// "静水花园大西门街" under 终点 after a 路经 column: the last waypoint glued to the end. The end begins
// after the last landmark word (花园, 小学, 村 …) that leaves a road name of three characters or more.
qsizetype endAfterLandmark(const QString& folded) {
    const auto& g = NoticeGrammar::instance();
    qsizetype best = 0;
    for (auto it = g.landmarkEnd.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const QString rest = folded.mid(m.capturedEnd());
        if (QString(rest).remove(QChar(kReadingFiller)).size() >= 3 && looksLikeRoadName(rest))
            best = m.capturedEnd();
    }
    return best;
}

bool isSeparator(QChar c) {
    return c == u',' || c == u'、' || c == u';';
}

const QString& group(qsizetype k) {
    static const QStringList names = [] {
        QStringList n;
        for (int i = 0; i < 32; ++i)
            n.append(QStringLiteral("c%1").arg(i));
        return n;
    }();
    return names[k];
}

// One glued table: its header, then its rows, on the header's line and (a table that kept its line
// breaks but lost its cell separators) on the lines after it.
class GluedReader {
public:
    // The header in `shown` (one line of normalised text), if it has one: from its 序号 word to the first
    // digit (the first row) or the line's end.
    bool readHeader(const QString& shown) {
        static const QRegularExpression seqWord(QStringLiteral("序号|编号"));
        // The header's stretch only: most lines with a 序 in them hold no table, however long they are.
        const QString folded = foldForMatching(shown.left(kMaxHeader + 8));
        if (folded.size() != std::min(shown.size(), kMaxHeader + 8))
            return false;
        const auto at = seqWord.match(folded);
        if (!at.hasMatch())
            return false;
        qsizetype end = at.capturedStart();
        while (end < folded.size() && end - at.capturedStart() < kMaxHeader && !folded[end].isDigit())
            ++end;
        if ((end < folded.size() && !folded[end].isDigit()) || (end == folded.size() && end < shown.size()))
            return false;
        cols_ = headerColumns(folded, at.capturedStart(), end);
        for (const Column& c : cols_)
            grid_.header.append(shown.mid(c.from, c.to - c.from));
        if (cols_.size() < 4 || cols_.size() > 32 || cols_.first().role != u"seq" ||
            headerRoles(grid_.header).isEmpty())
            return false;
        row_ = rowPattern(cols_);
        for (qsizetype k = 1; k < cols_.size(); ++k)
            if (cols_[k].role == u"end" && cols_[k - 1].role == u"via")
                endColumn_ = k;
        from_ = at.capturedStart();
        headerEnd_ = end;
        return true;
    }

    // The rows in `shown` from `p` on, as far as they go; where they end.
    qsizetype readRows(const QString& shown, qsizetype p, qsizetype line) {
        const QString folded = foldForMatching(shown);
        if (folded.size() != shown.size())
            return p;
        while (p < folded.size() && grid_.rows.size() < kMaxRows) {
            const auto m = row_.match(folded, p, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch() || m.capturedEnd() <= p)
                break;
            // Numbers go up, a row or a few left out at most.
            const int seq = parseCount(m.captured(group(0))).value_or(0);
            if (seq <= last_ || seq > last_ + 5)
                break;
            last_ = seq;
            grid_.rows.append(rowOf(m, shown, line));
            rowSpans_.append({p, m.capturedEnd()});
            p = m.capturedEnd();
        }
        return p;
    }

    qsizetype from() const { return from_; }
    qsizetype headerEnd() const { return headerEnd_; }
    TableGrid& grid() { return grid_; }
    const QList<std::pair<qsizetype, qsizetype>>& rowSpans() const { return rowSpans_; }

private:
    TableGrid::Row rowOf(const QRegularExpressionMatch& m, const QString& shown, qsizetype line) const {
        TableGrid::Row r;
        for (qsizetype k = 0; k < cols_.size(); ++k)
            r.cells.append(shown.mid(m.capturedStart(group(k)), m.capturedLength(group(k))).trimmed());
        if (endColumn_ > 0) {
            const qsizetype from = m.capturedStart(group(endColumn_));
            const qsizetype length = m.capturedLength(group(endColumn_));
            if (const qsizetype split = endAfterLandmark(m.captured(group(endColumn_))); split > 0) {
                QString& via = r.cells[endColumn_ - 1];
                if (!via.isEmpty() && !isSeparator(via.back()))
                    via += u'、';
                via += shown.mid(from, split);
                r.cells[endColumn_] = shown.mid(from + split, length - split);
            }
        }
        r.lines = {line};
        return r;
    }

    QList<Column> cols_;
    QRegularExpression row_;
    qsizetype endColumn_ = -1;
    qsizetype from_ = 0;
    qsizetype headerEnd_ = 0;
    int last_ = 0;
    TableGrid grid_;
    QList<std::pair<qsizetype, qsizetype>> rowSpans_; // where each row was read, in its line
};

// Where a 序号/编号 word may begin in `text` (its first character), or -1: most lines hold none, and
// the glued reader looks no further than kMaxWindow characters from it, however long the line.
qsizetype seqCharAt(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u'序' || text[i] == u'编' || text[i] == u'編')
            return i;
    return -1;
}

// Whether the header as printed (from its 序号 word to the first digit) has no separators at all:
// the normaliser takes out spaces between ideographs, so a space-aligned table's header would look glued.
bool printedWithoutSeparators(QStringView printed) {
    const qsizetype at = seqCharAt(printed);
    if (at < 0)
        return false;
    for (qsizetype i = at; i < printed.size() && i - at < kMaxHeader && !printed[i].isDigit(); ++i)
        if (printed[i].isSpace() || printed[i] == u'|' || printed[i] == u'｜')
            return false;
    return true;
}

} // namespace

QList<std::pair<qsizetype, qsizetype>> gluedTableSpans(QStringView line, QStringView printed) {
    const qsizetype at = seqCharAt(line);
    if (at < 0 || !printedWithoutSeparators(printed))
        return {};
    const QString shown = line.mid(at, kMaxWindow).toString();
    GluedReader reader;
    if (!reader.readHeader(shown))
        return {};
    reader.readRows(shown, reader.headerEnd(), 0);
    // A header alone on its line: its rows follow on lines of their own.
    if (reader.rowSpans().isEmpty() && reader.headerEnd() < shown.size())
        return {};
    QList<std::pair<qsizetype, qsizetype>> out{{at + reader.from(), at + reader.headerEnd()}};
    for (const auto& [from, to] : reader.rowSpans())
        out.append({at + from, at + to});
    return out;
}

QList<TableGrid> gluedTables(const QList<SourceLine>& lines, const QString& original) {
    QList<TableGrid> out;
    int candidates = 0;
    for (qsizetype i = 0; i < lines.size() && candidates < kMaxCandidates; ++i) {
        const QStringView printed = printedLine(lines[i], original);
        // Most lines hold no 序号 at all: no need to normalise them.
        const qsizetype at = seqCharAt(printed);
        if (at < 0 || !printedWithoutSeparators(printed))
            continue;
        ++candidates;
        GluedReader reader;
        const QString shown = cellValue(printed.mid(at, kMaxWindow));
        if (!reader.readHeader(shown))
            continue;
        qsizetype end = reader.readRows(shown, reader.headerEnd(), i);
        // Rows on the lines after: each line rows and nothing else.
        qsizetype next = i + 1;
        while (end == shown.size() && next < lines.size()) {
            const QStringView printedRow = printedLine(lines[next], original);
            if (printedRow.size() > kMaxWindow)
                break;
            const QString row = cellValue(printedRow);
            const qsizetype before = reader.grid().rows.size();
            if (reader.readRows(row, 0, next) != row.size()) {
                reader.grid().rows.resize(before);
                break;
            }
            ++next;
        }
        if (reader.grid().rows.isEmpty())
            continue;
        reader.grid().headerLines = {i};
        out.append(reader.grid());
        i = next - 1;
    }
    return out;
}

} // namespace luming
