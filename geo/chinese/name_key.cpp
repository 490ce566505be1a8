#include "chinese/name_key.h"

#include "chinese/chinese_variants.h"
#include "chinese/lookalike_table.h"

#include <QRegularExpression>

namespace luming {
namespace {

// A parenthetical that only marks planning status (also in traditional characters; parentheses are
// ASCII here because NFKC has already run).
const QRegularExpression& planningMarker() {
    static const QRegularExpression re(QStringLiteral("\\((?:规划|規劃)(?:中|名|路名|暂定名|暫定名)?\\)"));
    return re;
}

// What may follow 规划 when 规划 is part of a designation rather than a status prefix: a generic noun
// (规划路, 规划道路, 规划街) or a number (规划一路, 规划十号支路, 规划3号路).
bool startsDesignation(QChar c) {
    static const QString generic =
        QStringLiteral("路道街巷号號支段线線0123456789一二三四五六七八九十〇零百#(-");
    return generic.contains(c);
}

QString dropPlanningPrefix(const QString& text) {
    for (const QString& prefix : {QStringLiteral("规划"), QStringLiteral("規劃")}) {
        if (!text.startsWith(prefix))
            continue;
        qsizetype rest = prefix.size();
        if (rest < text.size() && (text[rest] == u'的'))
            ++rest;
        // A proper name of two characters or more must follow (规划A路 → A路; 规划的A → A).
        if (text.size() - rest >= 2 && !startsDesignation(text[rest]))
            return text.mid(rest);
        return text;
    }
    return text;
}

QString plain(const QString& text) {
    QString out = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.removeIf([](QChar c) { return c.isSpace(); });
    out.remove(planningMarker());
    return dropPlanningPrefix(out);
}

} // namespace

QString NameKey::of(const QString& text, Step upTo) {
    QString out = plain(text);
    if (upTo == Step::Plain)
        return out;
    out = ChineseVariants::toSimplified(out);
    if (upTo == Step::Simplified)
        return out;
    for (QChar& c : out)
        c = LookAlikeTable::keyCharacter(c);
    return out;
}

} // namespace luming
