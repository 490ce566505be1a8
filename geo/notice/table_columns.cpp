#include "notice/table_columns.h"

#include "notice/matching_text.h"
#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"

#include <QRegularExpression>
#include <array>

namespace luming {

ColumnRoles headerRoles(const QStringList& header) {
    const auto& g = NoticeGrammar::instance();
    ColumnRoles roles;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString folded = foldForMatching(header[i]);
        for (const auto& col : g.columns) {
            if (col.header.match(folded).hasMatch()) {
                if (!roles.has(col.role))
                    roles.set(col.role, i);
                break;
            }
        }
    }
    const bool where = roles.has(Column::Start) || roles.has(Column::End) || roles.has(Column::Ends) ||
                       roles.has(Column::Length);
    // A rename table (序号 | 标准名称 | 原名称) says no more than the names; a name list that places
    // each road (序号 | 道路名称 | 所在区) no more than names and places.
    const bool renames = roles.has(Column::OldName);
    const bool placed = roles.has(Column::District) || roles.has(Column::Location);
    if (!roles.has(Column::Name) || !(where || renames || placed))
        return {};
    return roles;
}

std::optional<Column> headerRole(const QString& cell) {
    const QString folded = foldForMatching(cell);
    for (const auto& col : NoticeGrammar::instance().columns)
        if (col.header.match(folded).hasMatch())
            return col.role;
    return std::nullopt;
}

std::optional<Column> formFieldOf(QStringView folded) {
    // Most lines hold no colon near their start: no regex for them.
    if (!folded.left(12).contains(u':'))
        return std::nullopt;
    static const QRegularExpression field(QStringLiteral("^\\s*(?<label>[^:,。;\\s]{2,8})\\s*:\\s*\\S"));
    const auto m = field.match(folded);
    return m.hasMatch() ? headerRole(m.captured(u"label")) : std::nullopt;
}

std::optional<Column> roleOfContent(const QString& cell) {
    static const QRegularExpression seq(QStringLiteral("^\\d{1,4}$"));
    static const QRegularExpression length(
        QStringLiteral("^约?\\d{1,7}(?:\\.\\d{1,4})?\\s*(?:米|m|公里|千米|km)$"));
    static const QRegularExpression range(
        QStringLiteral("^\\d{1,3}(?:\\.\\d{1,2})?\\s*[~\\-—至到]\\s*\\d{1,3}(?:\\.\\d{1,2})?\\s*(?:米|m)?$"));
    static const QRegularExpression pinyin(
        QStringLiteral("^[A-Za-z\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}][A-Za-z\\x{00C0}-\\x{024F}"
                       "\\x{1E00}-\\x{1EFF}\\x{0300}-\\x{036F}' -]{1,60}$"));
    static const QRegularExpression ends(
        QStringLiteral("(?:东|西|南|北)(?:起|至|止)|起于|止于|起点|终点|\\S至\\S"));
    static const QRegularExpression subdistrict(QStringLiteral("(?:街道|镇|乡|办事处)$"));
    static const QRegularExpression district(QStringLiteral("^[^\\s,,、]{1,12}(?:区|县|旗)$"));
    const QString folded = foldForMatching(cell);
    if (folded.isEmpty())
        return std::nullopt;
    if (seq.match(folded).hasMatch())
        return Column::Seq;
    if (length.match(folded).hasMatch())
        return Column::Length;
    if (range.match(folded).hasMatch())
        return Column::Width;
    if (pinyin.match(folded).hasMatch())
        return Column::Pinyin;
    if (ends.match(folded).hasMatch())
        return Column::Ends;
    if (subdistrict.match(folded).hasMatch())
        return Column::Location;
    if (district.match(folded).hasMatch())
        return Column::District;
    if (looksLikeRoadName(folded))
        return Column::Name;
    return std::nullopt;
}

void addRolesByContent(ColumnRoles& roles, qsizetype columns, const QList<QStringList>& rows) {
    // A course column beside 起点/终点 columns is a remark, not the ends.
    const bool endsTaken = roles.has(Column::Start) || roles.has(Column::End);
    for (qsizetype c = 0; c < columns; ++c) {
        if (roles.columnAt(c))
            continue;
        std::array<int, kColumnCount> votes{};
        int filled = 0;
        for (const auto& row : rows) {
            if (c >= row.size() || row[c].isEmpty())
                continue;
            ++filled;
            if (const auto role = roleOfContent(row[c]))
                ++votes[std::size_t(*role)];
        }
        for (int k = 0; k < kColumnCount; ++k) {
            const auto role = Column(k);
            if (role == Column::Ends && endsTaken)
                continue;
            if (2 * votes[std::size_t(k)] > filled && !roles.has(role)) {
                roles.set(role, c);
                break;
            }
        }
    }
}

} // namespace luming
