#include "app_translator.h"

#include "core/finding_messages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace luming::app {

namespace {

// Loaded translators are handed to `app` as their QObject parent.
bool installLoaded(QCoreApplication& app, std::unique_ptr<QTranslator> translator, bool loaded) {
    if (!loaded)
        return false;
    translator->setParent(&app);
    QCoreApplication::installTranslator(translator.release());
    return true;
}

} // namespace

QString AppTranslator::languageFor(const QLocale& locale) {
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

LabelLanguage AppTranslator::labelLanguage() {
    return languageFor(QLocale()) == QLatin1String("zh_CN") ? LabelLanguage::Chinese : LabelLanguage::English;
}

QString AppTranslator::install(QCoreApplication& app, const QLocale& locale) {
    QString language = languageFor(locale);
    auto own = std::make_unique<QTranslator>();
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/luming_%1.qm").arg(language));
    if (!installLoaded(app, std::move(own), ownLoaded))
        return {};
    installFindingTranslator(app, language); // the findings' sentences (geo/core)
    // Qt's own strings (standard buttons, file dialogs), when the distribution ships them.
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installLoaded(app, std::move(qt), qtLoaded);
    return language;
}

QString AppTranslator::install(QCoreApplication& app) {
    const QString chosen = chosenLanguage();
    return install(app, chosen.isEmpty() ? QLocale::system() : QLocale(chosen));
}

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QString AppTranslator::chosenLanguage() {
    const QString value = QSettings().value(kLanguageKey).toString();
    return value == QLatin1String("zh_CN") || value == QLatin1String("en") ? value : QString();
}

void AppTranslator::setChosenLanguage(const QString& language) {
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

} // namespace luming::app
