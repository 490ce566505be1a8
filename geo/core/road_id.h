// Identity of one road of a project: the notice it comes from and its item number (a name is not unique).
#pragma once

#include "core/notice_id.h"

#include <QHash>

namespace luming {

struct RoadId {
    NoticeId notice;
    int seq = 0;

    bool isNull() const { return notice.isNull() && seq == 0; }

    friend bool operator==(const RoadId& a, const RoadId& b) {
        return a.seq == b.seq && a.notice == b.notice;
    }
    friend bool operator!=(const RoadId& a, const RoadId& b) { return !(a == b); }
};

inline size_t qHash(const RoadId& id, size_t seed = 0) {
    return qHashMulti(seed, id.notice, id.seq);
}

} // namespace luming
