#include "export/dbf_value.h"

#include <QStringEncoder>

namespace luming {

namespace {

qsizetype encodedSize(QStringView text, const QString& codec) {
    QStringEncoder enc(codec.toLatin1().constData());
    const QByteArray bytes = enc.encode(text);
    return bytes.size();
}

const ExportField* fieldByCode(const QString& code) {
    for (const ExportField& f : roadExportFields())
        if (f.code == code)
            return &f;
    return nullptr;
}

} // namespace

QString cutToBytes(const QString& text, const QString& codec, int maxBytes) {
    if (encodedSize(text, codec) <= maxBytes)
        return text;
    // One pass over the code points, adding each one's size: linear in the text.
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype len = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const qsizetype size = encodedSize(QStringView(text).mid(i, len), codec);
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        i += len;
    }
    return text.left(i);
}

QVariant dbfValue(const ExportField& field, const RoadRow& row, const QString& codec) {
    if (field.dbfOnly()) {
        const ExportField* cut = fieldByCode(field.flagsCutOf);
        const QVariant full = cut ? cut->value(row) : QVariant();
        if (full.isNull())
            return QVariant(0);
        return QVariant(encodedSize(full.toString(), codec) > kDbfMaxFieldBytes ? 1 : 0);
    }
    QVariant v = field.value(row);
    if (field.dbfOverflow != DbfOverflow::Cut || v.isNull())
        return v;
    return QVariant(cutToBytes(v.toString(), codec, kDbfMaxFieldBytes));
}

} // namespace luming
