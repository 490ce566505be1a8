#include "notice/table_columns.h"

#include "notice/matching_text.h"
#include "notice/naming_sentence.h"
#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

ColumnRoles headerRoles(const QStringList& header) {
    const auto& g = NoticeGrammar::instance();
    ColumnRoles roles;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString folded = foldForMatching(header[i]);
        for (const auto& col : g.columns) {
            if (col.header.match(folded).hasMatch()) {
                if (!roles.contains(col.role))
                    roles.insert(col.role, i);
                break;
            }
        }
    }
    const bool where = roles.contains(QStringLiteral("start")) || roles.contains(QStringLiteral("end")) ||
                       roles.contains(QStringLiteral("ends")) || roles.contains(QStringLiteral("length"));
    // A rename table (序号 | 标准名称 | 原名称) says no more than the names; a name list that places
    // each road (序号 | 道路名称 | 所在区) no more than names and places.
    const bool renames = roles.contains(QStringLiteral("old_name"));
    const bool placed =
        roles.contains(QStringLiteral("district")) || roles.contains(QStringLiteral("location"));
    if (!roles.contains(QStringLiteral("name")) || !(where || renames || placed))
        return {};
    return roles;
}

QString headerRole(const QString& cell) {
    const QString folded = foldForMatching(cell);
    for (const auto& col : NoticeGrammar::instance().columns)
        if (col.header.match(folded).hasMatch())
            return col.role;
    return {};
}

QString roleOfContent(const QString& cell) {
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
        return {};
    if (seq.match(folded).hasMatch())
        return QStringLiteral("seq");
    if (length.match(folded).hasMatch())
        return QStringLiteral("length");
    if (range.match(folded).hasMatch())
        return QStringLiteral("width");
    if (pinyin.match(folded).hasMatch())
        return QStringLiteral("pinyin");
    if (ends.match(folded).hasMatch())
        return QStringLiteral("ends");
    if (subdistrict.match(folded).hasMatch())
        return QStringLiteral("location");
    if (district.match(folded).hasMatch())
        return QStringLiteral("district");
    if (looksLikeRoadName(folded))
        return QStringLiteral("name");
    return {};
}

void addRolesByContent(ColumnRoles& roles, qsizetype columns, const QList<QStringList>& rows) {
    QList<qsizetype> claimed;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        claimed.append(it.value());
    for (qsizetype c = 0; c < columns; ++c) {
        if (claimed.contains(c))
            continue;
        QHash<QString, int> votes;
        int filled = 0;
        for (const auto& row : rows) {
            if (c >= row.size() || row[c].isEmpty())
                continue;
            ++filled;
            if (const QString role = roleOfContent(row[c]); !role.isEmpty())
                ++votes[role];
        }
        // A course column beside 起点/终点 columns is a remark, not the ends.
        const bool endsTaken =
            roles.contains(QStringLiteral("start")) || roles.contains(QStringLiteral("end"));
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.key() == u"ends" && endsTaken)
                continue;
            if (2 * it.value() > filled && !roles.contains(it.key())) {
                roles.insert(it.key(), c);
                break;
            }
        }
    }
}

} // namespace luming
