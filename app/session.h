// What the viewer shows, kept from one run to the next: the notice or project, the extra layers (bottom
// first, each with how it was read and drawn) and the view. Saved as a small JSON in the app's config
// folder (written to a temporary file and renamed: a crash never leaves half a session); a newer file
// or a damaged one is reported, never half-applied.
#pragma once

#include "render/layer_encoding.h"
#include "render/layer_style.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

namespace luming::app {

struct SessionLayer {
    QString path;                         // as the user gave it (a .zip, not its /vsizip/ path)
    QString layerName;                    // the OGR layer; empty: every layer of the file
    std::optional<TextEncoding> encoding; // chosen by the user; nullopt: detected again
    QString labelField;                   // LayerLoadOptions::labelField ("" detected, "-" none)
    QString widthField;                   // LayerLoadOptions::widthField ("" detected, "-" none)
    LayerStyle style;
    bool visible = true;

    friend bool operator==(const SessionLayer&, const SessionLayer&) = default;
};

struct Session {
    QString notice;             // notice, gazette or project; empty: none was open
    QList<SessionLayer> layers; // drawing order: bottom first
    bool districtsVisible = true;
    // The view: metres of metricEpsg (restored only when the map is in the same CRS again).
    std::optional<QRectF> extentM;
    int metricEpsg = 0;

    friend bool operator==(const Session&, const Session&) = default;
};

class SessionFile {
    Q_DECLARE_TR_FUNCTIONS(SessionFile)
public:
    // <app config>/session.json
    [[nodiscard]] static QString defaultPath();
    // Empty on success, else why (naming the file).
    [[nodiscard]] static QString save(const Session& session, const QString& path = defaultPath());
    // nullopt when there is no file; `error` says why a file that exists was not used.
    [[nodiscard]] static std::optional<Session> load(QString* error = nullptr,
                                                     const QString& path = defaultPath());
};

} // namespace luming::app
