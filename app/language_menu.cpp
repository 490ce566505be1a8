#include "language_menu.h"

#include "app_translator.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace luming::app {

namespace {
// The translation context of these texts.
struct LanguageMenu {
    Q_DECLARE_TR_FUNCTIONS(LanguageMenu)
};

void chosen(QWidget* parent, const QString& language) {
    if (language == AppTranslator::chosenLanguage())
        return;
    AppTranslator::setChosenLanguage(language);
    QMessageBox box(QMessageBox::Information, LanguageMenu::tr("Language"),
                    LanguageMenu::tr("The viewer speaks the new language from its next start."),
                    QMessageBox::NoButton, parent);
    QPushButton* restart = box.addButton(LanguageMenu::tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(LanguageMenu::tr("Later"), QMessageBox::RejectRole);
    box.exec();
    // The same program with the same arguments; the running one closes its windows as on Quit.
    if (box.clickedButton() == restart && QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                                                  QCoreApplication::arguments().mid(1)))
        QApplication::closeAllWindows();
}
} // namespace

QMenu* createLanguageMenu(QWidget* parent) {
    auto* menu = new QMenu(LanguageMenu::tr("&Language"), parent);
    auto* group = new QActionGroup(menu);
    const QString current = AppTranslator::chosenLanguage();
    const struct {
        QString language;
        QString label;
    } choices[] = {
        {QString(), LanguageMenu::tr("As the system")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto& c : choices) {
        QAction* action = menu->addAction(c.label);
        action->setCheckable(true);
        action->setChecked(c.language == current);
        action->setObjectName(c.language.isEmpty() ? QStringLiteral("languageSystem")
                                                   : QStringLiteral("language_") + c.language);
        group->addAction(action);
        const QString language = c.language;
        QObject::connect(action, &QAction::triggered, parent,
                         [parent, language] { chosen(parent, language); });
    }
    return menu;
}

} // namespace luming::app
