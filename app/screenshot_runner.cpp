#include "screenshot_runner.h"

#include "main_window.h"
#include "map_canvas.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

namespace luming::app {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, QString path, QObject* parent)
    : QObject(parent), window_(window), path_(std::move(path)) {
    timeout_.setSingleShot(true);
    connect(&timeout_, &QTimer::timeout, this, [this] {
        if (done_)
            return;
        done_ = true;
        emit finished(
            1, QStringLiteral("luming-viewer: no map frame was ready in time; %1 not written.").arg(path_));
    });
}

void ScreenshotRunner::start(int timeoutMs) {
    connect(window_->canvas(), &MapCanvas::frameReady, this, &ScreenshotRunner::tryCapture);
    timeout_.start(timeoutMs);
    // Let pending layout and resize events settle (they may move the view), then check.
    QMetaObject::invokeMethod(this, &ScreenshotRunner::tryCapture, Qt::QueuedConnection);
}

void ScreenshotRunner::tryCapture() {
    if (done_ || !window_->canvas()->isFrameCurrent())
        return;
    capture();
}

void ScreenshotRunner::capture() {
    done_ = true;
    timeout_.stop();
    const QImage image = window_->grab().toImage();
    // Atomic: a failed write leaves an earlier screenshot in place.
    QSaveFile file(path_);
    QImageWriter writer(&file, "png");
    const bool ok = file.open(QIODevice::WriteOnly) && writer.write(image) && file.commit();
    const QString shown = QDir::toNativeSeparators(QFileInfo(path_).absoluteFilePath());
    if (ok)
        emit finished(0, QStringLiteral("luming-viewer: wrote %1 (%2x%3)")
                             .arg(shown)
                             .arg(image.width())
                             .arg(image.height()));
    else
        emit finished(1, QStringLiteral("luming-viewer: could not write %1: %2")
                             .arg(shown, writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                                      : file.errorString()));
}

} // namespace luming::app
