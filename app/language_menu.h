// View → Language: as the system, 中文, English. The choice is kept (QSettings) and takes effect at the
// next start; the menu offers to restart now. Each language is named in itself, so a user who cannot
// read the current one still finds theirs.
#pragma once

class QMenu;
class QWidget;

namespace luming::app {

// A menu owned by `parent`.
QMenu* createLanguageMenu(QWidget* parent);

} // namespace luming::app
