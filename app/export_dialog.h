// File → Export…: format, CRS, shapefile encoding and path; runs the library's exportRoads() on a
// worker thread with a progress bar and Cancel, and ends with a message that names the file written
// or says why nothing was. Choices are remembered in QSettings.
#pragma once

#include "core/project.h"
#include "export/export_options.h"
#include "export/export_result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace luming::app {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // The project is copied (cheap: Qt containers share their data), so the export never reads
    // something the window replaces meanwhile.
    explicit ExportDialog(const Project& project, QWidget* parent = nullptr);
    ~ExportDialog() override; // cancels a running export and waits for it

    // The fields, settable by code (tests) as by hand.
    void setFormat(ExportFormat format);
    void setCrs(ExportCrs crs);
    void setEncoding(ShapefileEncoding encoding);
    void setPath(const QString& path);
    ExportOptions options() const; // what start() would run, without the hooks

    bool isRunning() const { return watcher_.isRunning(); }
    // The last export's outcome and the message shown for it (empty before the first one ends).
    const ExportResult& result() const { return result_; }
    QString message() const;

public slots:
    void start();
    void cancel();

signals:
    void exportFinished(const luming::ExportResult& result);

protected:
    void reject() override; // Esc / close while running cancels first

private:
    void formatChanged();
    void browse();
    void finished();
    void setRunning(bool running);
    void showMessage(const QString& text, bool ok);
    void saveChoices() const;

    Project project_;
    QComboBox* format_ = nullptr;
    QComboBox* crs_ = nullptr;
    QComboBox* encoding_ = nullptr;
    QLineEdit* path_ = nullptr;
    QPushButton* browse_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QPushButton* export_ = nullptr;

    QFutureWatcher<ExportResult> watcher_;
    std::shared_ptr<luming::Feedback> feedback_; // the running export's; shared with its worker
    ExportResult result_;
};

} // namespace luming::app
