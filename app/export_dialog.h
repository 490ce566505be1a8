// File → Export…: which roads (all, the selection, one 区), format, CRS, shapefile encoding and path;
// or, after setLayerSource(), one vector layer the viewer shows (its context menu's "Export layer…",
// through exportLayer()). Runs the library's export on a worker thread with a progress bar and Cancel, and
// ends with a message that names the file written or says why nothing was. An existing file is replaced only
// after the user says so; a file open as a layer is refused. Choices are remembered in QSettings.
#pragma once

#include "core/project.h"
#include "export/export_options.h"
#include "export/export_result.h"
#include "export/layer_exporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <functional>
#include <memory>
#include <optional>

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
    // The viewer's selected roads: offered as "the selected roads" (and chosen) when not empty.
    void setSelection(const QList<RoadId>& roads);
    // Exports this layer instead of the roads (the scope shows it; the CRS choice adds "as the layer").
    void setLayerSource(const LayerExportSource& source, const QString& shownName);
    // Files open as layers in the viewer: an export onto one of them is refused.
    void setOpenLayerFiles(const QStringList& files);
    // Chooses the roads of one 区 (by its name in the notice) instead of all or the selection.
    void setScopeDistrict(const QString& district);
    // Asked before an existing file is replaced (true = replace). The default shows a question box;
    // tests answer it themselves.
    void setReplaceQuestion(std::function<bool(const QStringList& existing)> ask);
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
    void fillScopes();
    bool askReplace(const QStringList& existing);

    Project project_;
    std::optional<LayerExportSource> layerSource_;
    QList<RoadId> selection_;
    QStringList openLayerFiles_;
    std::function<bool(const QStringList&)> replaceQuestion_;
    QComboBox* scope_ = nullptr;
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
