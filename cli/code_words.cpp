#include "code_words.h"

#include <QLocale>

namespace luming::cli {

namespace {

// The codes, marked for lupdate only: at run time each word is its code (matchReasonCode …) looked up
// in the translation, so the English output prints the codes the files hold.
[[maybe_unused]] constexpr const char* kCodes[] = {
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "name"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "old_name"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "district"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "subdistrict"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "endpoint"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "via"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "traditional"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "look_alike"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "variant"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "pinyin"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "initials"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "named"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "renamed"),
    QT_TRANSLATE_NOOP("luming::cli::CodeWords", "cancelled"),
};

QString word(const QString& code) {
    return QCoreApplication::translate("luming::cli::CodeWords", code.toUtf8().constData());
}

} // namespace

LabelLanguage outputLanguage() {
    return QLocale::system().language() == QLocale::Chinese ? LabelLanguage::Chinese : LabelLanguage::English;
}

QString matchReasonWord(MatchReason reason) {
    return word(matchReasonCode(reason));
}

QString matchFormWord(MatchForm form) {
    return word(matchFormCode(form));
}

QString actionWord(RoadAction action) {
    // The value-label table the viewer shows; English keeps the code.
    const QString code = actionCode(action);
    return outputLanguage() == LabelLanguage::Chinese
               ? fieldValueLabel(u"action", code, LabelLanguage::Chinese)
               : code;
}

QString roadStatusWord(RoadStatus status) {
    return word(roadStatusText(status));
}

QString exactWord() {
    return CodeWords::tr("exact");
}

} // namespace luming::cli
