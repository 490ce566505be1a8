#include "chinese/char_table_file.h"

#include <QFile>

namespace luming {

QString readCharTable(const QString& name, int minFields,
                      const std::function<QString(const QStringList& fields, int line)>& row) {
    QFile file(QStringLiteral(":/chinese/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot read the compiled-in table (%2)").arg(name, file.errorString());
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& text = lines[i];
        if (text.trimmed().isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList fields = text.split(u'\t');
        const int line = int(i + 1);
        if (fields.size() < minFields)
            return QStringLiteral("%1:%2: %3 tab-separated fields expected, %4 found")
                .arg(name)
                .arg(line)
                .arg(minFields)
                .arg(fields.size());
        if (QString why = row(fields, line); !why.isEmpty())
            return QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(why);
    }
    return {};
}

} // namespace luming
