// Reads an item's ends and turns ("东起A,西至B", "北起A,南至B折向西至C的"L"型道路").
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace luming {

struct Endpoints {
    QString startDir;
    QString start;
    QString endDir; // heading of the last leg
    QString end;
    QStringList via;
    QString shape; // "straight", "L", "Z", "loop", "turn"; empty when the text gives no ends
    QStringList plannedRefs;
    bool found = false; // any start or end was read
};

// `text` is normalised item text; the walk starts at the first 起/至 token.
[[nodiscard]] Endpoints parseEndpoints(QStringView text);

// A referenced name as printed, without a trailing "(规划)" (reported through `planned`).
[[nodiscard]] QString cleanReference(QString ref, bool* planned);

} // namespace luming
