// The viewer's main window as the GUI tests open it: settings in a throw-away folder, errors to the
// status bar only, a fixed size, a project shown and the window exposed. Plus finding a road by name.
#pragma once

#include "gui_test_project.h"
#include "main_window.h"

#include <QSettings>
#include <QtTest>
#include <memory>

namespace luming::test {

// Choices the windows and dialogs remember go to a throw-away folder, not the user's settings.
inline void useThrowAwaySettings() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
}

// A shown window with `project`; null (and a test failure recorded) when it is never exposed.
inline std::unique_ptr<app::MainWindow> openWindow(Project project, QSize size = QSize(1200, 800)) {
    useThrowAwaySettings();
    auto window = std::make_unique<app::MainWindow>();
    window->setErrorDisplay(app::MainWindow::ErrorDisplay::StatusBarOnly);
    window->resize(size);
    window->setProject(std::move(project), seedNoticePath());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// The first road printed with this name; invalid when none.
inline RoadId roadKeyOf(const Project& project, const QString& name) {
    for (const Notice& n : project.parse.notices)
        for (const RoadRecord& r : n.roads)
            if (r.name == name)
                return {n.id, r.seq};
    return {};
}

} // namespace luming::test
