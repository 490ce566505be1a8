#include "chinese/chinese_variants.h"

#include <QCoreApplication>
#include <exception>
#include <memory>
#include <opencc/opencc.h>
#include <string>

namespace luming {
namespace {

// Loaded once (function-local static: thread-safe initialisation). SimpleConverter::Convert is const
// and keeps no per-call state, so one instance serves every thread.
struct Converter {
    std::unique_ptr<opencc::SimpleConverter> converter;
    QString error;

    Converter() {
        try {
            // A bare config name: OpenCC looks it up in its data folder (/usr/share/opencc on Debian).
            converter = std::make_unique<opencc::SimpleConverter>("t2s.json");
        } catch (const std::exception& e) {
            error = QCoreApplication::translate("luming::Geo", "OpenCC could not load t2s.json: %1")
                        .arg(QString::fromUtf8(e.what()));
        }
    }
};

const Converter& converter() {
    static const Converter instance;
    return instance;
}

bool isAscii(const QString& text) {
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

} // namespace

QString ChineseVariants::toSimplified(const QString& text) {
    // Fast path: search folds every keystroke and every field; ASCII has nothing to fold.
    if (text.isEmpty() || isAscii(text))
        return text;
    const Converter& c = converter();
    if (!c.converter)
        return text;
    const QByteArray utf8 = text.toUtf8();
    try {
        return QString::fromStdString(c.converter->Convert(utf8.constData(), size_t(utf8.size())));
    } catch (const std::exception&) {
        return text; // OpenCC only throws on malformed UTF-8, which QString::toUtf8 never produces
    }
}

bool ChineseVariants::isTraditionalVariant(const QString& a, const QString& b) {
    return a != b && toSimplified(a) == toSimplified(b);
}

QString ChineseVariants::converterError() {
    return converter().error;
}

} // namespace luming
