#include "core/notice_id.h"

#include <QCryptographicHash>

namespace luming {
namespace {

// Prefixes no document number starts with (numbers start with an issuer's characters: 济政字…).
// The legacy key must equal the SQL fallback in gpkg_project_writer.cpp and store_road_search.cpp.
constexpr QLatin1StringView kTextPrefix("text:");
constexpr QLatin1StringView kLegacyPrefix("legacy:");
// 16 hex digits = 64 bits: a collision among a city's notices is not a practical concern.
constexpr int kDigestHexDigits = 16;

} // namespace

NoticeId NoticeId::fromDocNumber(const QString& docNumber) {
    return NoticeId(docNumber.trimmed());
}

NoticeId NoticeId::fromText(QStringView normalisedText, const QString& titleLine) {
    const QByteArray digest =
        QCryptographicHash::hash(normalisedText.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString key = kTextPrefix + QString::fromLatin1(digest.left(kDigestHexDigits));
    const QString title = titleLine.simplified();
    if (!title.isEmpty())
        key += QLatin1Char(' ') + title;
    return NoticeId(key);
}

NoticeId NoticeId::of(const QString& docNumber, QStringView normalisedText, const QString& titleLine) {
    if (!docNumber.trimmed().isEmpty())
        return fromDocNumber(docNumber);
    return fromText(normalisedText, titleLine);
}

NoticeId NoticeId::fromKey(const QString& key) {
    return NoticeId(key);
}

NoticeId NoticeId::fromStored(const QString& noticeId, const QString& docNumber) {
    if (!noticeId.isEmpty())
        return fromKey(noticeId);
    return docNumber.trimmed().isEmpty() ? legacyUntitled() : fromDocNumber(docNumber);
}

NoticeId NoticeId::legacyUntitled() {
    return NoticeId(QString(kLegacyPrefix));
}

bool NoticeId::isDocNumber() const {
    return !key_.isEmpty() && !key_.startsWith(kTextPrefix) && !key_.startsWith(kLegacyPrefix);
}

QString NoticeId::displayText() const {
    if (key_.startsWith(kLegacyPrefix))
        return {};
    if (key_.startsWith(kTextPrefix)) {
        const qsizetype space = key_.indexOf(QLatin1Char(' '));
        return space > 0 ? key_.mid(space + 1) : key_;
    }
    return key_;
}

} // namespace luming
