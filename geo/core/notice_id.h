// Identity of one notice in a project: its document number where it prints one, else a digest of its
// normalised text plus its title line. Stable across re-imports of the same text; different texts differ,
// so untitled notices live side by side. The key is what the project GeoPackage stores (notice_id).
#pragma once

#include <QHash>
#include <QString>

namespace luming {

class NoticeId {
public:
    NoticeId() = default; // null: no notice

    // "济政字〔2021〕62号" → that number (the same number is the same notice, whatever its text).
    [[nodiscard]] static NoticeId fromDocNumber(const QString& docNumber);
    // A notice without a number: SHA-256 of its normalised text (first 16 hex digits) and its title
    // line, e.g. "text:3f2a9c0d11e4b7a2 关于…的公告". An empty title line keeps the digest alone.
    [[nodiscard]] static NoticeId fromText(QStringView normalisedText, const QString& titleLine);
    // The document number when there is one, else the text digest.
    [[nodiscard]] static NoticeId of(const QString& docNumber, QStringView normalisedText,
                                     const QString& titleLine);
    // A key as stored (notice_id column, JSON "notice_id").
    [[nodiscard]] static NoticeId fromKey(const QString& key);
    // What a stored row names: its notice_id; a file written before notice ids keyed by document number,
    // and could hold one notice without a number (doc_number ''): that one is "legacy:".
    [[nodiscard]] static NoticeId fromStored(const QString& noticeId, const QString& docNumber);
    // The stored key of that one un-numbered notice of an old file.
    [[nodiscard]] static NoticeId legacyUntitled();

    const QString& key() const { return key_; }
    bool isNull() const { return key_.isEmpty(); }
    bool isDocNumber() const;
    // What a person reads: the number, else the title line, else the digest (empty for legacyUntitled).
    QString displayText() const;

    friend bool operator==(const NoticeId& a, const NoticeId& b) { return a.key_ == b.key_; }
    friend bool operator!=(const NoticeId& a, const NoticeId& b) { return a.key_ != b.key_; }
    friend bool operator<(const NoticeId& a, const NoticeId& b) { return a.key_ < b.key_; }

private:
    explicit NoticeId(QString key) : key_(std::move(key)) {}
    QString key_;
};

inline size_t qHash(const NoticeId& id, size_t seed = 0) {
    return qHash(id.key(), seed);
}

} // namespace luming
