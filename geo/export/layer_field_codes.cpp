#include "export/layer_field_codes.h"

#include "chinese/pinyin.h"

#include <QSet>

namespace luming {

namespace {

constexpr int kDbfNameLength = 10;

bool isAsciiName(const QString& name) {
    for (const QChar c : name)
        if (c.unicode() >= 0x80 || c.unicode() < 0x20)
            return false;
    return !name.isEmpty();
}

// 道路名称 → DLMC; letters and digits keep themselves (省道S1 → SDS1); anything else is dropped.
QString initialsOf(const QString& name) {
    QString code;
    for (const QChar c : name) {
        const QList<QByteArray>& readings = Pinyin::readings(c);
        if (!readings.isEmpty() && !readings.first().isEmpty())
            code += QChar(QLatin1Char(readings.first().at(0))).toUpper();
        else if (c == QLatin1Char('_'))
            code += c;
    }
    return code;
}

} // namespace

QStringList dbfFieldCodes(const QStringList& names) {
    QStringList codes;
    QSet<QString> taken; // upper case: DBF readers compare field names without case
    for (const QString& name : names) {
        QString base = isAsciiName(name) ? name : initialsOf(name);
        if (base.isEmpty())
            base = QStringLiteral("FIELD");
        base.truncate(kDbfNameLength);
        QString code = base;
        for (int n = 1; taken.contains(code.toUpper()); ++n) {
            const QString suffix = QString::number(n);
            code = base.left(kDbfNameLength - suffix.size()) + suffix;
        }
        taken.insert(code.toUpper());
        codes.append(code);
    }
    return codes;
}

} // namespace luming
