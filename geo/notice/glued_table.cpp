#include "notice/glued_table.h"

#include "notice/chinese_numeral.h"
#include "notice/matching_text.h"
#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"
#include "notice/table_columns.h"

#include <QHash>
#include <QRegularExpression>

namespace luming {

namespace {

constexpr qsizetype kMaxHeader = 120; // a glued header, 序号 to the first row's number
constexpr qsizetype kMaxGlue = 16; // words between two column words ("村庄、节点(或标志性物体)")
constexpr int kMaxCandidates = 8;  // header candidates tried per text: a notice has a few tables
constexpr qsizetype kMaxRows = 400;
constexpr qsizetype kMaxWindow = 32768; // from the 序号 word: a table of kMaxRows rows fits

struct GluedColumn {
    Column role;
    qsizetype from = 0; // in the folded line
    qsizetype to = 0;
};

// Every column word of the grammar in one pattern, a group per column in the grammar's order: one scan
// finds the words of a header, the first column listed winning where several begin at one place.
const QRegularExpression& columnWords() {
    static const QRegularExpression words = [] {
        QStringList parts;
        const auto& columns = NoticeGrammar::instance().columns;
        for (qsizetype k = 0; k < columns.size(); ++k)
            parts.append(QStringLiteral("(?<w%1>%2)").arg(k).arg(columns[k].word.pattern()));
        QRegularExpression r(parts.join(u'|'), QRegularExpression::UseUnicodePropertiesOption);
        r.optimize();
        return r;
    }();
    return words;
}

// The columns of a glued header in `folded` [at, end): a column word of the grammar opens each column,
// the words up to the next one are its header's rest. Empty when the run is not such a header: words
// before the first column word, a long run no column word names, or separators (a table with them is
// read by its cells).
QList<GluedColumn> headerColumns(const QString& folded, qsizetype at, qsizetype end) {
    const auto& columns = NoticeGrammar::instance().columns;
    QList<GluedColumn> cols;
    qsizetype p = at;
    // The words between two column words: the first column's header goes on ("路经村庄、节点(…)");
    // an inserted reading ("節(jié)點(diǎn)") is no word of the header's.
    const auto glue = [&](qsizetype to) {
        qsizetype words = 0;
        for (qsizetype i = p; i < to; ++i) {
            if (folded[i].isSpace() || folded[i] == u'|' || folded[i] == u'｜')
                return false;
            if (folded[i] != QChar(kReadingFiller))
                ++words;
        }
        if (words == 0)
            return true;
        if (cols.isEmpty() || words > kMaxGlue)
            return false;
        cols.last().to = to;
        return true;
    };
    for (auto it = columnWords().globalMatch(QStringView(folded).first(end), at); it.hasNext();) {
        const auto m = it.next();
        if (!glue(m.capturedStart()))
            return {};
        for (qsizetype k = 0; k < columns.size(); ++k) {
            if (m.capturedStart(QStringLiteral("w%1").arg(k)) < 0)
                continue;
            // Two words of one role side by side are one header ("所属" "街道").
            if (!cols.isEmpty() && cols.last().role == columns[k].role && p == m.capturedStart())
                cols.last().to = m.capturedEnd();
            else
                cols.append({columns[k].role, m.capturedStart(), m.capturedEnd()});
            break;
        }
        p = m.capturedEnd();
    }
    return glue(end) ? cols : QList<GluedColumn>();
}

QString nameCell() {
    return QStringLiteral("[^\\d,,、;;。:\\n]{1,16}?") +
           NoticeLexicon::instance().alternation(LexCategory::NameSuffix) + QStringLiteral("\\x{E000}{0,8}");
}

// What a column's cell holds, as a pattern over folded text; free text is lazy, so the next column's
// content decides where it ends.
QString cellPattern(Column role) {
    const auto& g = NoticeGrammar::instance();
    const auto& lexicon = NoticeLexicon::instance();
    switch (role) {
    case Column::Seq:
        return QStringLiteral("\\d{1,3}");
    case Column::Name:
    case Column::OldName:
    case Column::Start:
    case Column::End:
        return nameCell();
    case Column::Via:
        return QStringLiteral("[^\\d\\n]{0,80}?");
    case Column::Ends:
        return QStringLiteral("[^\\n]{2,80}?");
    case Column::Length:
    case Column::Width:
        return QStringLiteral(
            "约?\\d{1,6}(?:\\.\\d{1,2})?(?:[~\\-—]\\d{1,3}(?:\\.\\d{1,2})?)?(?:米|m|公里)?");
    case Column::Direction:
        return expandPatternMacros(QStringLiteral("{DIR}{1,2}(?:走向|向)?"));
    case Column::Surface:
        return g.surfaceRun.pattern();
    case Column::Location:
        return QStringLiteral("[^\\d,,、;;。\\n]{1,12}?") + lexicon.alternation(LexCategory::PlaceSub) +
               QStringLiteral("{1,2}\\x{E000}{0,8}");
    case Column::District:
        return QStringLiteral("[^\\d,,、;;。\\n]{1,10}?") + lexicon.alternation(LexCategory::PlaceDistrict) +
               QStringLiteral("\\x{E000}{0,8}");
    case Column::Date:
        return QStringLiteral("\\d{4}(?:[.\\-/年]\\d{1,2}月?)?");
    case Column::Pinyin:
        // Greedy: a pinyin cell runs to the next ideograph ("Qingnian Jie人民路").
        return QStringLiteral("[A-Za-z\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}\\x{0300}-\\x{036F}' ]{2,60}");
    case Column::Action:
    case Column::Reason:
    case Column::Remark:
        break;
    }
    return QStringLiteral("[^\\n]{0,200}?"); // free text
}

// One row: the columns' patterns in order, each a group, up to the next row's number and name, a
// section mark ("二、"), or the end of the line. Compiled once per column sequence and thread: the
// reader meets the same table several times (lines for items, then rows).
// The table's last row ends where its last cell does, before whatever text closes the table ("特此
// 公示"): `last` drops the look at the next row, keeping only that a number is not cut.
QRegularExpression rowPattern(const QList<GluedColumn>& cols, bool last) {
    QString key = last ? QStringLiteral("last|") : QString();
    for (const GluedColumn& c : cols)
        key += columnKey(c.role) + u'|';
    thread_local QHash<QString, QRegularExpression> compiled;
    if (const auto it = compiled.constFind(key); it != compiled.cend())
        return *it;
    QString p;
    for (qsizetype k = 0; k < cols.size(); ++k)
        p += QStringLiteral("(?<c%1>%2)").arg(k).arg(cellPattern(cols[k].role));
    p += last ? QStringLiteral("(?!\\d)")
              : QStringLiteral("(?=\\d{1,3}") + nameCell() +
                    QStringLiteral("|[一二三四五六七八九十]{1,3}[、,.,]|\\n|$)");
    QRegularExpression row(p, QRegularExpression::UseUnicodePropertiesOption);
    row.optimize();
    if (compiled.size() < 64) // a few table shapes per run; a flood of odd headers is not kept
        compiled.insert(key, row);
    return row;
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
        for (const GluedColumn& c : cols_)
            grid_.header.append(shown.mid(c.from, c.to - c.from));
        if (cols_.size() < 4 || cols_.size() > 32 || cols_.first().role != Column::Seq ||
            headerRoles(grid_.header).isEmpty())
            return false;
        row_ = rowPattern(cols_, false);
        lastRow_ = rowPattern(cols_, true);
        for (qsizetype k = 1; k < cols_.size(); ++k)
            if (cols_[k].role == Column::End && cols_[k - 1].role == Column::Via)
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
        for (bool closing = false; !closing && p < folded.size() && grid_.rows.size() < kMaxRows;) {
            auto m = row_.match(folded, p, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                m = lastRow_.match(folded, p, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
                closing = true;
            }
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

    QList<GluedColumn> cols_;
    QRegularExpression row_;
    QRegularExpression lastRow_;
    qsizetype endColumn_ = -1;
    qsizetype from_ = 0;
    qsizetype headerEnd_ = 0;
    int last_ = 0;
    TableGrid grid_;
    QList<std::pair<qsizetype, qsizetype>> rowSpans_; // where each row was read, in its line
};

// Where the first 序号/编号 word of `text` begins (as printed or normalised, either script), or -1.
qsizetype seqWordAt(QStringView text) {
    qsizetype best = -1;
    for (const QStringView word : {u"序号", u"序號", u"编号", u"編號"})
        if (const qsizetype at = text.indexOf(word); at >= 0 && (best < 0 || at < best))
            best = at;
    return best;
}

// Whether the header as printed (from its 序号 word to the first digit) has no separators at all:
// the normaliser takes out spaces between ideographs, so a space-aligned table's header would look glued.
bool printedWithoutSeparators(QStringView printed) {
    const qsizetype at = seqWordAt(printed);
    if (at < 0)
        return false;
    for (qsizetype i = at; i < printed.size() && i - at < kMaxHeader && !printed[i].isDigit(); ++i)
        if (printed[i].isSpace() || printed[i] == u'|' || printed[i] == u'｜')
            return false;
    return true;
}

} // namespace

// Each candidate costs a header's worth of work until its header reads as one: only then is its window
// normalised and its rows read, for at most kMaxCandidates tables per call.
QList<std::pair<qsizetype, qsizetype>> gluedTableSpans(QStringView line, QStringView printed) {
    const qsizetype at = seqWordAt(line);
    if (at < 0 || !printedWithoutSeparators(printed))
        return {};
    GluedReader reader;
    if (!reader.readHeader(line.mid(at, kMaxHeader + 8).toString()))
        return {};
    const QString shown = line.mid(at, kMaxWindow).toString();
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
        const qsizetype at = seqWordAt(printed);
        if (at < 0 || !printedWithoutSeparators(printed))
            continue;
        GluedReader reader;
        if (!reader.readHeader(cellValue(printed.mid(at, kMaxHeader + 8))))
            continue;
        ++candidates;
        const QString shown = cellValue(printed.mid(at, kMaxWindow));
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
