// How an item says which road it is about: a leading name ("祈福街。", "永安街:", "“西闸街二巷”"), a
// naming sentence ("…的道路命名为绿子山路", "擬命名為五峰山路", "更名为“承东街”"), the pinyin given with
// it and, for renames, the former name ("原创业一街").
#pragma once

#include "core/field_evidence.h"
#include "notice/matching_text.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace luming {

struct Span {
    qsizetype from = -1;
    qsizetype to = -1;
    bool isValid() const { return from >= 0 && to > from; }
};

struct ItemName {
    QString name;         // the name the item gives the road ("" when none was read)
    QString rule;         // which name pattern read it
    QString leadingName;  // the leading form, when the item also has a naming sentence
    QString sentenceName; // the naming sentence's form
    QString pinyin;
    std::optional<QString> oldName;
    QList<Span> spans;         // text that is about the name, not about ends or places
    Span placePrefix;          // "A区B街道的X": the place printed before the name (item offsets)
    FieldEvidenceMap evidence; // why name, pinyin, old_name (reader_evidence.h)
};

[[nodiscard]] ItemName readItemName(const TextSlice& item);
// A name read elsewhere (prose), with the pinyin and former name `body` gives.
[[nodiscard]] ItemName describedName(const TextSlice& body, const QString& name);

// True when `name` ends like a road (路, 街, 巷, 胡同, 大道 …) and is not a bridge or a tunnel.
[[nodiscard]] bool looksLikeRoadName(const QString& foldedName);
// "晋安区新店镇秀峰支路": the length of the place (a district and its town, or one of them) printed
// before a road's name with nothing between, or 0.
[[nodiscard]] qsizetype leadingPlaceEnd(QStringView foldedName);
// True for bridges and tunnels, which are not road records.
[[nodiscard]] bool isNonRoadStructure(const QString& foldedName);

} // namespace luming
