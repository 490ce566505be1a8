#include "recent_files_menu.h"

#include "recent_files.h"

#include <QDir>
#include <QFileInfo>

namespace luming::app {

RecentFilesMenu::RecentFilesMenu(const QString& title, QWidget* parent) : QMenu(title, parent) {
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::refresh);
    refresh();
}

void RecentFilesMenu::refresh() {
    clear();
    const QStringList files = RecentFiles::list();
    for (const QString& file : files) {
        QAction* action = addAction(QFileInfo(file).fileName());
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit fileChosen(file); });
    }
    if (files.isEmpty()) {
        addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("Clear list"), this, [this] {
        RecentFiles::clear();
        refresh();
    });
}

} // namespace luming::app
