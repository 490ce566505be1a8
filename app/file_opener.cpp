#include "file_opener.h"

#include "main_window.h"

#include <QDir>
#include <QTimer>

namespace luming::app {

FileOpener::FileOpener(MainWindow* window) : QObject(window), window_(window) {
    connect(window, &MainWindow::noticeOpened, this, &FileOpener::noticeDone);
    connect(window, &MainWindow::vectorLayerLoaded, this, &FileOpener::layerDone);
    connect(window, &MainWindow::layersAdded, this, &FileOpener::layersAdded);
}

void FileOpener::openFiles(const QStringList& paths, const QFuture<ProjectLoad>& pendingNotice) {
    if (pendingNotice.isValid()) {
        pendingNotice_ = pendingNotice;
        pendingNoticePath_ = paths.value(0);
    }
    for (const QString& path : paths) {
        SessionLayer layer;
        layer.path = path;
        enqueue(FileClassifier::classify(path), layer);
    }
    next();
}

void FileOpener::restore(const Session& session) {
    if (!session.notice.isEmpty()) {
        const FileClass notice = FileClassifier::classify(session.notice);
        if (notice.kind == FileKind::Notice || notice.kind == FileKind::Project)
            enqueue(notice, {});
        else
            problems_ << tr("Not restored: %1").arg(notice.error.isEmpty() ? session.notice : notice.error);
    }
    for (const SessionLayer& layer : session.layers) {
        const FileClass file = FileClassifier::classify(layer.path);
        if (file.kind == FileKind::VectorLayer)
            enqueue(file, layer);
        else
            problems_ << tr("Not restored: %1").arg(file.error.isEmpty() ? layer.path : file.error);
    }
    restoring_ = session;
    next();
}

void FileOpener::enqueue(const FileClass& file, const SessionLayer& layer) {
    switch (file.kind) {
    case FileKind::Unreadable:
        problems_ << file.error;
        return;
    case FileKind::Notice:
    case FileKind::Project:
        if (noticeQueued_) { // the map shows one notice; the first one asked for wins
            problems_ << tr("%1 was not opened: one notice or project is shown at a time.")
                             .arg(QDir::toNativeSeparators(file.path));
            return;
        }
        noticeQueued_ = true;
        queue_.prepend(Item{file, layer}); // its map zone is the one the layers are drawn in
        return;
    case FileKind::VectorLayer:
        queue_.append(Item{file, layer});
        return;
    }
}

void FileOpener::next() {
    if (current_)
        return; // next() again when it is done
    if (queue_.isEmpty()) {
        if (!busy_ && problems_.isEmpty() && !restoring_)
            return;
        busy_ = false;
        noticeQueued_ = false;
        if (restoring_) {
            window_->applySessionView(*restoring_);
            restoring_.reset();
        }
        const QStringList problems = std::exchange(problems_, {});
        emit finished(problems);
        return;
    }
    busy_ = true;
    current_ = queue_.takeFirst();
    const FileClass& file = current_->file;
    if (file.kind == FileKind::VectorLayer) {
        LayerLoadOptions options(
            file.gdalPath, current_->layer.layerName.isEmpty() ? file.layerName : current_->layer.layerName);
        options.encoding = current_->layer.encoding;
        options.labelField = current_->layer.labelField;
        options.widthField = current_->layer.widthField;
        window_->openVectorLayer(options);
    } else if (pendingNotice_.isValid() && file.path == pendingNoticePath_) {
        window_->openNotice(file.path, std::exchange(pendingNotice_, {}));
    } else {
        window_->openNotice(file.path);
    }
}

void FileOpener::noticeDone(bool ok, const QString& path) {
    if (!current_ || current_->file.kind == FileKind::VectorLayer || current_->file.path != path)
        return; // opened by someone else (recent files, region picker)
    (void)ok;   // the window reported a failure itself
    current_.reset();
    // After the window's own handlers of this signal: the next file starts from the event loop.
    QTimer::singleShot(0, this, &FileOpener::next);
}

void FileOpener::layersAdded(const QList<std::uint64_t>& ids) {
    if (!current_ || current_->file.kind != FileKind::VectorLayer)
        return;
    for (std::uint64_t id : ids)
        window_->setLayerLook(id, current_->layer.style, current_->layer.visible);
}

void FileOpener::layerDone(const QString& path, bool ok) {
    if (!current_ || current_->file.kind != FileKind::VectorLayer)
        return;
    (void)path;
    (void)ok; // a failure was shown by the window
    current_.reset();
    QTimer::singleShot(0, this, &FileOpener::next);
}

} // namespace luming::app
