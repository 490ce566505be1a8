// --screenshot: waits until the map shows a frame drawn for the final state of the window, then
// grabs the whole window into a PNG and quits the event loop with the exit status.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace luming::app {

class MainWindow;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow* window, QString path, QObject* parent = nullptr);

    // Takes the picture as soon as a current frame is on screen (now, if one already is).
    void start(int timeoutMs = 30000);

signals:
    void finished(int exitCode, const QString& message);

private:
    void tryCapture();
    void capture();

    MainWindow* window_;
    QString path_;
    QTimer timeout_;
    bool done_ = false;
};

} // namespace luming::app
