#include "eval/labelled_set.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace luming::eval {

QList<LabelRecord> readLabelFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the label (%2)").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: offset %2: not a JSON object (%3)")
                     .arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return {};
    }
    const QJsonObject root = doc.object();
    const QString key = root.contains(u"records") ? QStringLiteral("records") : QStringLiteral("roads");
    if (!root.value(key).isArray()) {
        *error = QStringLiteral("%1: no \"records\" array").arg(path);
        return {};
    }
    QList<LabelRecord> out;
    for (const QJsonValue& v : root.value(key).toArray())
        out.append(LabelRecord::fromJson(v.toObject()));
    return out;
}

LabelledSet loadLabelledSet(const QString& dir) {
    LabelledSet set;
    const QDir folder(dir);
    if (!folder.exists()) {
        set.errors.append(QStringLiteral("%1: no such folder").arg(dir));
        return set;
    }
    for (const QString& txt : folder.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        LabelledSample sample;
        sample.id = QFileInfo(txt).completeBaseName();
        sample.textPath = folder.filePath(txt);
        QString error;
        sample.records = readLabelFile(folder.filePath(sample.id + QStringLiteral(".json")), &error);
        if (!error.isEmpty())
            set.errors.append(error);
        else
            set.samples.append(sample);
    }
    return set;
}

} // namespace luming::eval
