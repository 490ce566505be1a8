// File → Recent files: filled from RecentFiles each time it opens; choosing an entry emits
// fileChosen(). Includes "Clear list".
#pragma once

#include <QMenu>

namespace luming::app {

class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentFilesMenu(const QString& title, QWidget* parent = nullptr);

public slots:
    void refresh();

signals:
    void fileChosen(const QString& path);
};

} // namespace luming::app
