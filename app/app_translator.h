// Picks the interface language: Chinese on a Chinese locale, English otherwise. The .qm files are
// compiled from app/translations/*.ts and embedded under :/i18n.
#pragma once

#include "core/field_value_labels.h"

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace luming::app {

class AppTranslator {
public:
    // "zh_CN" for any Chinese locale (简/繁 alike: the notices are simplified), "en" otherwise.
    [[nodiscard]] static QString languageFor(const QLocale& locale);
    // The language of geo's label tables (field and value labels) for the current QLocale().
    [[nodiscard]] static LabelLanguage labelLanguage();
    // Installs the viewer's and Qt's own translators (children of `app`). Returns the language used,
    // or an empty string when the embedded .qm could not be loaded.
    static QString install(QCoreApplication& app, const QLocale& locale);
    // The same in the language the user chose in the menu (chosenLanguage), else the system's.
    static QString install(QCoreApplication& app);

    // "zh_CN", "en", or empty for "as the system" (QSettings ui/language).
    [[nodiscard]] static QString chosenLanguage();
    static void setChosenLanguage(const QString& language);
};

} // namespace luming::app
