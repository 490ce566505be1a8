#include "chinese/lookalike_table.h"

#include "chinese/char_table_file.h"

#include <QHash>

namespace luming {
namespace {

struct Table {
    QHash<char16_t, QChar> keyCharacter;
    QHash<char16_t, int> group; // character → row number (of either use)
    QString error;

    Table() {
        error =
            readCharTable(QStringLiteral("lookalike_chars.tsv"), 3, [this](const QStringList& f, int line) {
                const QString& chars = f[0];
                const bool key = f[1] == QLatin1String("key");
                if (!key && f[1] != QLatin1String("twin"))
                    return QStringLiteral("use must be key or twin, not \"%1\"").arg(f[1]);
                if (chars.size() < 2)
                    return QStringLiteral("a group needs two characters or more");
                for (QChar c : chars) {
                    if (c.isSurrogate() || group.contains(c.unicode()))
                        return QStringLiteral("%1 is outside the BMP or already in another group").arg(c);
                    group.insert(c.unicode(), line);
                    if (key)
                        keyCharacter.insert(c.unicode(), chars[0]);
                }
                return QString();
            });
        if (!error.isEmpty()) {
            keyCharacter.clear();
            group.clear();
        }
    }
};

const Table& table() {
    static const Table instance;
    return instance;
}

} // namespace

QChar LookAlikeTable::keyCharacter(QChar c) {
    return table().keyCharacter.value(c.unicode(), c);
}

bool LookAlikeTable::alike(QChar a, QChar b) {
    if (a == b)
        return false;
    const auto& group = table().group;
    const auto ga = group.constFind(a.unicode());
    return ga != group.cend() && group.value(b.unicode(), -1) == *ga;
}

QString LookAlikeTable::error() {
    return table().error;
}

} // namespace luming
