#include "centerline_action.h"

#include "centerlines/centerline_layout.h"
#include "core/background.h"
#include "main_window.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <memory>

namespace luming::app {

namespace {

class CenterlineAction {
    Q_DECLARE_TR_FUNCTIONS(CenterlineAction)
public:
    static void run(MainWindow* window);
};

struct Changed {
    Project project;
    CenterlineOutcome outcome;
};

void CenterlineAction::run(MainWindow* window) {
    if (window->project().parse.notices.isEmpty()) {
        QMessageBox::information(window, tr("Use road layer"), tr("Open a notice first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        window, tr("Road layer for the notice's roads"), QString(),
        tr("Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    CenterlineOptions options;
    options.path = path;
    QProgressDialog progress(tr("Matching the roads to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             100, window);
    // Reading the layer reports progress on the worker thread; the dialog is set on its own.
    auto feedback = std::make_shared<Feedback>([dialog = &progress](double percent) {
        QMetaObject::invokeMethod(dialog, [dialog, percent] { dialog->setValue(int(percent)); });
    });
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Changed> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Changed>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [feedback] { feedback->cancel(); });
    watcher.setFuture(runInBackground([project = window->project(), options, feedback]() mutable {
        CenterlineOutcome outcome = useCenterlines(project, options, feedback.get());
        return Changed{std::move(project), std::move(outcome)};
    }));
    loop.exec();
    progress.reset();
    Changed changed = watcher.result();
    if (!changed.outcome.error.isEmpty()) {
        if (!feedback->isCanceled())
            QMessageBox::warning(window, tr("Use road layer"), changed.outcome.error);
        return;
    }
    const QString file = changed.project.parse.file;
    window->setProject(std::move(changed.project), file);
    window->statusBar()->showMessage(tr("%1 road(s) drawn from %2; %3 stay schematic (see the findings)")
                                         .arg(changed.outcome.matched)
                                         .arg(QFileInfo(path).fileName())
                                         .arg(changed.outcome.failed));
}

} // namespace

void useRoadLayer(MainWindow* window) {
    CenterlineAction::run(window);
}

} // namespace luming::app
