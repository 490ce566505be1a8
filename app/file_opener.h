// Opens what the user hands the viewer — files from the command line, a drop, File → Open, or the saved
// session — one after another: each classified (file_kind.h); the notice or project first (one at a
// time: a second is reported, not opened), then every vector layer in turn with its saved encoding,
// fields, style and visibility. A file that cannot be opened is reported by name and skipped; the others
// still open. finished() lists what was not opened.
#pragma once

#include "file_kind.h"
#include "project_loader.h"
#include "session.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <optional>

namespace luming::app {

class MainWindow;

class FileOpener : public QObject {
    Q_OBJECT
public:
    explicit FileOpener(MainWindow* window);

    // `pendingNotice`: a load of the first notice already started (main() starts it before the window).
    void openFiles(const QStringList& paths, const QFuture<ProjectLoad>& pendingNotice = {});
    // The notice, the layers (bottom first) and then the view of a saved session.
    void restore(const Session& session);
    bool isBusy() const { return busy_; }

signals:
    // Everything asked for was tried; `problems` names each file not opened and why.
    void finished(const QStringList& problems);

private:
    struct Item {
        FileClass file;
        SessionLayer layer; // for vector layers: how to read and draw it
    };

    void enqueue(const FileClass& file, const SessionLayer& layer);
    void next();
    void noticeDone(bool ok, const QString& path);
    void layerDone(const QString& path, bool ok);
    void layersAdded(const QList<std::uint64_t>& ids);

    MainWindow* window_;
    QList<Item> queue_;
    std::optional<Item> current_;
    QFuture<ProjectLoad> pendingNotice_;
    QString pendingNoticePath_;
    std::optional<Session> restoring_; // its view is applied when the queue is done
    QStringList problems_;
    bool noticeQueued_ = false;
    bool busy_ = false;
};

} // namespace luming::app
