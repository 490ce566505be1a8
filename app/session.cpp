#include "session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace luming::app {

namespace {

constexpr int kFormat = 1; // bumped when a member changes meaning; a newer file is not guessed at

QJsonObject styleToJson(const LayerStyle& s) {
    QJsonObject o;
    if (s.colour.isValid())
        o.insert(QStringLiteral("colour"), s.colour.name(QColor::HexArgb));
    o.insert(QStringLiteral("width_px"), s.widthPx);
    o.insert(QStringLiteral("opacity"), s.opacity);
    o.insert(QStringLiteral("labels"), s.showLabels);
    return o;
}

LayerStyle styleFromJson(const QJsonObject& o) {
    LayerStyle s;
    if (o.contains(QStringLiteral("colour")))
        s.colour = QColor::fromString(o.value(QStringLiteral("colour")).toString());
    s.widthPx = std::clamp(o.value(QStringLiteral("width_px")).toDouble(s.widthPx), 0.1, 50.0);
    s.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(s.opacity), 0.0, 1.0);
    s.showLabels = o.value(QStringLiteral("labels")).toBool(s.showLabels);
    return s;
}

QJsonObject layerToJson(const SessionLayer& l) {
    QJsonObject o{{QStringLiteral("path"), l.path},
                  {QStringLiteral("layer"), l.layerName},
                  {QStringLiteral("label_field"), l.labelField},
                  {QStringLiteral("width_field"), l.widthField},
                  {QStringLiteral("visible"), l.visible},
                  {QStringLiteral("style"), styleToJson(l.style)}};
    if (l.encoding)
        o.insert(QStringLiteral("encoding"), encodingName(*l.encoding));
    return o;
}

SessionLayer layerFromJson(const QJsonObject& o) {
    SessionLayer l;
    l.path = o.value(QStringLiteral("path")).toString();
    l.layerName = o.value(QStringLiteral("layer")).toString();
    l.labelField = o.value(QStringLiteral("label_field")).toString();
    l.widthField = o.value(QStringLiteral("width_field")).toString();
    l.visible = o.value(QStringLiteral("visible")).toBool(true);
    l.style = styleFromJson(o.value(QStringLiteral("style")).toObject());
    if (o.contains(QStringLiteral("encoding")))
        l.encoding = textEncodingFromName(o.value(QStringLiteral("encoding")).toString());
    return l;
}

} // namespace

QString SessionFile::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("session.json"));
}

QString SessionFile::save(const Session& session, const QString& path) {
    QJsonArray layers;
    for (const SessionLayer& l : session.layers)
        layers.append(layerToJson(l));
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("notice"), session.notice},
                     {QStringLiteral("districts_visible"), session.districtsVisible},
                     {QStringLiteral("layers"), layers}};
    if (session.extentM) {
        const QRectF& r = *session.extentM;
        root.insert(QStringLiteral("extent"), QJsonObject{{QStringLiteral("epsg"), session.metricEpsg},
                                                          {QStringLiteral("x"), r.x()},
                                                          {QStringLiteral("y"), r.y()},
                                                          {QStringLiteral("width"), r.width()},
                                                          {QStringLiteral("height"), r.height()}});
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return tr("Cannot write the session to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

std::optional<Session> SessionFile::load(QString* error, const QString& path) {
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    auto fail = [&](const QString& why) -> std::optional<Session> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The last session (%1) cannot be read: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The last session (%1) is damaged (%2); it was not restored.")
                        .arg(QDir::toNativeSeparators(path), parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat)
        return fail(tr("The last session (%1) was saved by another version of Luming; it was not restored.")
                        .arg(QDir::toNativeSeparators(path)));
    Session s;
    s.notice = root.value(QStringLiteral("notice")).toString();
    s.districtsVisible = root.value(QStringLiteral("districts_visible")).toBool(true);
    for (const auto& v : root.value(QStringLiteral("layers")).toArray())
        if (const SessionLayer l = layerFromJson(v.toObject()); !l.path.isEmpty())
            s.layers.append(l);
    const QJsonObject extent = root.value(QStringLiteral("extent")).toObject();
    const QRectF r(extent.value(QStringLiteral("x")).toDouble(), extent.value(QStringLiteral("y")).toDouble(),
                   extent.value(QStringLiteral("width")).toDouble(),
                   extent.value(QStringLiteral("height")).toDouble());
    if (!extent.isEmpty() && r.isValid()) {
        s.extentM = r;
        s.metricEpsg = extent.value(QStringLiteral("epsg")).toInt();
    }
    return s;
}

} // namespace luming::app
