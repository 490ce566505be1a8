// ctest-label: gui
// links: luming_app_core
// View → Language (issue 10 point 5): the three choices, the kept choice, and the next start's language.
#include "app_translator.h"
#include "language_menu.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace luming::app;

class TestLanguageMenu : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
        QApplication::setOrganizationName(QStringLiteral("LumingTest"));
        QApplication::setApplicationName(QStringLiteral("tst_gui_language_menu"));
        AppTranslator::setChosenLanguage({});
    }

    void choosingKeepsTheLanguage_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("later"); // how the next start says "Later"
        QTest::newRow("中文") << "language_zh_CN"
                              << "zh_CN"
                              << "稍后";
        QTest::newRow("English") << "language_en"
                                 << "en"
                                 << "Later";
        QTest::newRow("as the system (C locale here)") << "languageSystem"
                                                       << ""
                                                       << "Later";
    }
    void choosingKeepsTheLanguage() {
        QFETCH(QString, action);
        QFETCH(QString, language);
        QFETCH(QString, later);
        QWidget parent;
        QMenu* menu = createLanguageMenu(&parent);
        QCOMPARE(menu->actions().size(), 3);
        QAction* a = menu->findChild<QAction*>(action);
        QVERIFY(a);
        // The question that follows a change is answered "Later".
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->reject();
        });
        a->trigger();
        QCOMPARE(AppTranslator::chosenLanguage(), language);
        QVERIFY(a->isChecked());

        // The next start: the kept language's translators.
        QCoreApplication* app = QCoreApplication::instance();
        const QList<QTranslator*> before = app->findChildren<QTranslator*>();
        AppTranslator::install(*app);
        QCOMPARE(QCoreApplication::translate("LanguageMenu", "Later"), later);
        for (QTranslator* t : app->findChildren<QTranslator*>())
            if (!before.contains(t)) {
                QCoreApplication::removeTranslator(t); // for the next row
                t->deleteLater();
            }
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_gui_language_menu.moc"
