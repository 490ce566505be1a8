#include "core/project.h"

namespace luming {

class ProjectLookup {
public:
    explicit ProjectLookup(const Project& p)
        : roadsData_(p.roads.constData()), roadsSize_(p.roads.size()),
          noticesData_(p.parse.notices.constData()), noticesSize_(p.parse.notices.size()) {
        geometry_.reserve(p.roads.size());
        // QHash::insert replaces: walking backwards lets the first of duplicate ids win.
        for (qsizetype i = p.roads.size() - 1; i >= 0; --i)
            geometry_.insert(p.roads[i].id, i);
        for (qsizetype n = p.parse.notices.size() - 1; n >= 0; --n) {
            const Notice& notice = p.parse.notices[n];
            notices_.insert(notice.id, n);
            recordCount_ += notice.roads.size();
            for (qsizetype r = notice.roads.size() - 1; r >= 0; --r)
                records_.insert(RoadId{notice.id, notice.roads[r].seq}, {n, r});
        }
    }

    // True while `p`'s lists are the ones indexed (same buffers, same sizes).
    bool matches(const Project& p) const {
        if (p.roads.constData() != roadsData_ || p.roads.size() != roadsSize_ ||
            p.parse.notices.constData() != noticesData_ || p.parse.notices.size() != noticesSize_)
            return false;
        qsizetype records = 0;
        for (const Notice& n : p.parse.notices)
            records += n.roads.size();
        return records == recordCount_;
    }

    QHash<RoadId, qsizetype> geometry_;
    QHash<RoadId, std::pair<qsizetype, qsizetype>> records_; // (notice, record) positions
    QHash<NoticeId, qsizetype> notices_;

private:
    const RoadGeometry* roadsData_;
    qsizetype roadsSize_;
    const Notice* noticesData_;
    qsizetype noticesSize_;
    qsizetype recordCount_ = 0;
};

std::shared_ptr<const ProjectLookup> Project::lookup() const {
    std::lock_guard lock(cache_.mutex);
    if (!cache_.tables || !cache_.tables->matches(*this))
        cache_.tables = std::make_shared<const ProjectLookup>(*this);
    return cache_.tables;
}

const RoadGeometry* Project::geometryOf(const RoadId& id) const {
    const auto tables = lookup();
    const auto it = tables->geometry_.constFind(id);
    if (it == tables->geometry_.constEnd() || *it >= roads.size() || roads[*it].id != id)
        return nullptr;
    return &roads[*it];
}

const RoadRecord* Project::recordOf(const RoadId& id) const {
    const auto tables = lookup();
    const auto it = tables->records_.constFind(id);
    if (it == tables->records_.constEnd() || it->first >= parse.notices.size())
        return nullptr;
    const Notice& notice = parse.notices[it->first];
    if (notice.id != id.notice || it->second >= notice.roads.size() || notice.roads[it->second].seq != id.seq)
        return nullptr;
    return &notice.roads[it->second];
}

const Notice* Project::noticeOf(const NoticeId& id) const {
    const auto tables = lookup();
    const auto it = tables->notices_.constFind(id);
    if (it == tables->notices_.constEnd() || *it >= parse.notices.size() || parse.notices[*it].id != id)
        return nullptr;
    return &parse.notices[*it];
}

} // namespace luming
