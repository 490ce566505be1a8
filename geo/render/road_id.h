// Identity of one drawn road: the notice it comes from and its item number (a name is not unique).
#pragma once

#include <QHash>
#include <QString>

namespace luming {

struct RoadId {
    QString docNumber;
    int seq = 0;

    friend bool operator==(const RoadId& a, const RoadId& b) {
        return a.seq == b.seq && a.docNumber == b.docNumber;
    }
    friend bool operator!=(const RoadId& a, const RoadId& b) { return !(a == b); }
};

inline size_t qHash(const RoadId& id, size_t seed = 0) {
    return qHashMulti(seed, id.docNumber, id.seq);
}

} // namespace luming
