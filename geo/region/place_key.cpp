#include "region/place_key.h"

#include "chinese/name_key.h"

#include <QRegularExpression>

namespace luming {

QString placeKey(const QString& name) {
    static const QRegularExpression insertedPinyin(
        QStringLiteral("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,8}\\)"));
    // The project's name key up to 繁→简, not look-alikes: 港勾 must stay apart from 港沟 so that a slip is
    // reported (place_check.h) rather than silently matched.
    QString key = NameKey::of(name, NameKey::Step::Simplified);
    key.remove(insertedPinyin);
    return key;
}

} // namespace luming
