#include "eval/labelled_set.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace luming::eval {

Result<QList<LabelRecord>> readLabelFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the label (%1)").arg(file.errorString()), path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(QStringLiteral("not a JSON object (%1 at offset %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
                    path);
    const QJsonObject root = doc.object();
    const QString key = root.contains(u"records") ? QStringLiteral("records") : QStringLiteral("roads");
    if (!root.value(key).isArray())
        return fail(QStringLiteral("no \"records\" array"), path);
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
        Result<QList<LabelRecord>> records =
            readLabelFile(folder.filePath(sample.id + QStringLiteral(".json")));
        if (!records) {
            set.errors.append(records.errorString());
            continue;
        }
        sample.records = std::move(*records);
        set.samples.append(sample);
    }
    return set;
}

} // namespace luming::eval
