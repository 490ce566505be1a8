#include "region/place_key.h"

#include "chinese/chinese_variants.h"

#include <QRegularExpression>

namespace luming {

QString placeKey(const QString& name) {
    static const QRegularExpression insertedPinyin(
        QStringLiteral("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,8}\\)"));
    QString key = ChineseVariants::searchKey(name);
    key.remove(insertedPinyin);
    key.remove(QLatin1Char(' '));
    return key;
}

} // namespace luming
