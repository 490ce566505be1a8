#include "notice/notice_lexicon.h"

#include <QFile>
#include <QHash>
#include <array>

namespace luming {

namespace {

struct CategoryName {
    LexCategory category;
    const char16_t* name;
};

constexpr std::array kCategories{
    CategoryName{LexCategory::NameSuffix, u"name_suffix"},
    CategoryName{LexCategory::NonRoad, u"non_road"},
    CategoryName{LexCategory::GenericRoad, u"generic_road"},
    CategoryName{LexCategory::PlaceDistrict, u"place_district"},
    CategoryName{LexCategory::PlaceSub, u"place_sub"},
    CategoryName{LexCategory::PlaceStop, u"place_stop"},
    CategoryName{LexCategory::PlaceZone, u"place_zone"},
    CategoryName{LexCategory::Direction, u"direction"},
    CategoryName{LexCategory::Start, u"start"},
    CategoryName{LexCategory::End, u"end"},
    CategoryName{LexCategory::Turn, u"turn"},
    CategoryName{LexCategory::Via, u"via"},
    CategoryName{LexCategory::Measure, u"measure"},
    CategoryName{LexCategory::ActName, u"act_name"},
    CategoryName{LexCategory::ActRename, u"act_rename"},
    CategoryName{LexCategory::ActAdjust, u"act_adjust"},
    CategoryName{LexCategory::ActCancel, u"act_cancel"},
    CategoryName{LexCategory::ActKeep, u"act_keep"},
    CategoryName{LexCategory::Subject, u"subject"},
    CategoryName{LexCategory::Before, u"before"},
    CategoryName{LexCategory::After, u"after"},
    CategoryName{LexCategory::Negative, u"negative"},
    CategoryName{LexCategory::ActGroup, u"act_group"},
    CategoryName{LexCategory::Example, u"example"},
    CategoryName{LexCategory::Rejected, u"rejected"},
    CategoryName{LexCategory::Junction, u"junction"},
    CategoryName{LexCategory::Crossing, u"crossing"},
    CategoryName{LexCategory::Landmark, u"landmark"},
    CategoryName{LexCategory::Surface, u"surface"},
};

std::optional<LexCategory> categoryFromName(QStringView name) {
    for (const auto& c : kCategories)
        if (name == QStringView(c.name))
            return c.category;
    return std::nullopt;
}

// Weights say how strongly one row alone speaks for its category; the scale is small on purpose.
constexpr double kMaxWeight = 10;

} // namespace

QString expandPatternMacros(QString pattern) {
    // {HAN} stands for one ideograph, with a mirror site's inserted reading if any (folded to filler
    // marks, matching_text.h). Not \p{Han}: PCRE2 matches that against script extensions, which take in
    // CJK punctuation such as 、 and 。. {PY} is such a reading alone, after a suffix word ("興慶區(qū)").
    // {DIR} longest first so 东南 wins over 东.
    pattern.replace(QStringLiteral("{HAN}"),
                    QStringLiteral("[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}"
                                   "\\x{20000}-\\x{2FA1F}〇\\x{E000}]"));
    pattern.replace(QStringLiteral("{PY}"), QStringLiteral("\\x{E000}{0,8}"));
    pattern.replace(QStringLiteral("{DIR}"), QStringLiteral("(?:东南|东北|西南|西北|东|西|南|北)"));
    pattern.replace(QStringLiteral("{NUM}"), QStringLiteral("\\d{1,7}(?:\\.\\d{1,4})?"));
    pattern.replace(QStringLiteral("{CN}"), QStringLiteral("[一二三四五六七八九十百零〇两]{1,8}"));
    pattern.replace(QStringLiteral("{LAT}"),
                    QStringLiteral("[A-Za-z\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}]"));
    return pattern;
}

QString NoticeLexicon::categoryName(LexCategory category) {
    for (const auto& c : kCategories)
        if (c.category == category)
            return QString::fromUtf16(c.name);
    return {};
}

LexiconLoad NoticeLexicon::parse(QStringView tsv, const QString& source) {
    LexiconLoad out;
    int lineNo = 0;
    const auto fail = [&](const QString& message) {
        out.rows.clear();
        out.error = QStringLiteral("%1:%2: %3").arg(source).arg(lineNo).arg(message);
        return out;
    };
    for (QStringView line : tsv.split(u'\n')) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> cols = line.split(u'\t');
        if (cols.size() < 3 || cols.size() > 4)
            return fail(QStringLiteral("expected 4 tab-separated columns (category, pattern, weight, "
                                       "comment), found %1")
                            .arg(cols.size()));
        LexiconRow row;
        row.line = lineNo;
        const auto category = categoryFromName(cols[0].trimmed());
        if (!category)
            return fail(QStringLiteral("unknown category \"%1\"").arg(cols[0]));
        row.category = *category;
        row.pattern = cols[1].toString();
        if (row.pattern.isEmpty())
            return fail(QStringLiteral("empty pattern"));
        bool number = false;
        row.weight = cols[2].trimmed().toDouble(&number);
        if (!number || row.weight <= 0 || row.weight > kMaxWeight)
            return fail(
                QStringLiteral("weight \"%1\" is not a number in (0, %2]").arg(cols[2]).arg(kMaxWeight));
        if (cols.size() == 4)
            row.comment = cols[3].toString();
        row.regex = QRegularExpression(expandPatternMacros(row.pattern),
                                       QRegularExpression::UseUnicodePropertiesOption);
        if (!row.regex.isValid())
            return fail(QStringLiteral("pattern \"%1\" does not compile: %2 (at %3)")
                            .arg(row.pattern, row.regex.errorString())
                            .arg(row.regex.patternErrorOffset()));
        // A pattern that matches nothing at all would tag every position of every text.
        if (row.regex.match(QString()).hasMatch())
            return fail(QStringLiteral("pattern \"%1\" matches the empty string").arg(row.pattern));
        if (row.regex.captureCount() > 0)
            return fail(QStringLiteral("pattern \"%1\" has a capturing group: use (?:…)").arg(row.pattern));
        out.rows.append(std::move(row));
    }
    if (out.rows.isEmpty())
        return fail(QStringLiteral("no rows"));
    return out;
}

NoticeLexicon::NoticeLexicon(QList<LexiconRow> rows) : rows_(std::move(rows)) {}

const NoticeLexicon& NoticeLexicon::instance() {
    static const NoticeLexicon lexicon = [] {
        const QString path = QStringLiteral(":/notice/notice_lexicon.tsv");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("notice lexicon: cannot open %s", qPrintable(path));
        const LexiconLoad load =
            parse(QString::fromUtf8(file.readAll()), QStringLiteral("notice_lexicon.tsv"));
        if (!load.ok())
            qFatal("notice lexicon: %s", qPrintable(load.error));
        return NoticeLexicon(load.rows);
    }();
    return lexicon;
}

QList<const LexiconRow*> NoticeLexicon::rowsOf(LexCategory category) const {
    QList<const LexiconRow*> out;
    for (const auto& row : rows_)
        if (row.category == category)
            out.append(&row);
    return out;
}

QString NoticeLexicon::alternation(LexCategory category, double minWeight) const {
    QStringList parts;
    for (const auto& row : rows_)
        if (row.category == category && row.weight >= minWeight)
            parts.append(expandPatternMacros(row.pattern));
    return parts.isEmpty() ? QStringLiteral("(?!)") : QStringLiteral("(?:") + parts.join(u'|') + u')';
}

const LexiconRow* NoticeLexicon::rowMatching(LexCategory category, QStringView folded) const {
    for (const auto& row : rows_)
        if (row.category == category && row.regex.match(folded).hasMatch())
            return &row;
    return nullptr;
}

double NoticeLexicon::weightIn(LexCategory category, QStringView folded) const {
    double sum = 0;
    for (const auto& row : rows_) {
        if (row.category != category)
            continue;
        auto it = row.regex.globalMatch(folded);
        while (it.hasNext()) {
            it.next();
            sum += row.weight;
        }
    }
    return sum;
}

} // namespace luming
