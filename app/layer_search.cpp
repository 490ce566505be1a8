#include "layer_search.h"

#include "core/background.h"

#include <QFileInfo>

namespace luming::app {

LayerSearch::LayerSearch(QObject* parent, QString cacheDir)
    : QObject(parent), cacheDir_(std::move(cacheDir)) {}

LayerSearch::~LayerSearch() {
    cancel();
    work_.waitForFinished();
}

void LayerSearch::add(std::uint64_t id, const QString& path, const QString& layer) {
    members_.insert(id, Member{path, layer});
    if (!indexes_.contains(path) && !queue_.contains(path) && building_ != path) {
        queue_ << path;
        startNext();
    }
}

void LayerSearch::remove(std::uint64_t id) {
    const QString path = members_.take(id).path;
    for (const Member& m : std::as_const(members_))
        if (m.path == path)
            return; // another layer of the file still uses its index
    indexes_.remove(path);
    queue_.removeAll(path);
    if (building_ == path && feedback_)
        feedback_->cancel();
}

void LayerSearch::cancel() {
    queue_.clear();
    if (feedback_)
        feedback_->cancel();
}

bool LayerSearch::isReady(std::uint64_t id) const {
    const auto it = members_.constFind(id);
    return it != members_.constEnd() && indexes_.contains(it->path);
}

void LayerSearch::startNext() {
    if (feedback_ || queue_.isEmpty())
        return;
    building_ = queue_.takeFirst();
    const QString file = QFileInfo(building_).fileName();
    // Progress and the result arrive on the worker: posted to this object's thread. `this` outlives the
    // work (the destructor waits for it).
    feedback_ = std::make_shared<Feedback>([this, file](double percent) {
        QMetaObject::invokeMethod(
            this, [this, file, percent] { emit progressChanged(file, int(percent)); }, Qt::QueuedConnection);
    });
    work_ = runInBackground([this, path = building_, feedback = feedback_, cacheDir = cacheDir_] {
        auto index =
            std::make_shared<Result<LayerNameIndex>>(LayerNameIndex::open(path, feedback.get(), cacheDir));
        const bool cancelled = feedback->isCanceled();
        QMetaObject::invokeMethod(
            this,
            [this, path, index, cancelled] {
                feedback_.reset();
                building_.clear();
                bool used = false;
                for (const Member& m : std::as_const(members_))
                    used = used || m.path == path;
                if (index->ok() && used) {
                    indexes_.insert(path, std::make_shared<const LayerNameIndex>(std::move(**index)));
                    emit indexReady(path);
                } else if (!index->ok()) {
                    emit failed(path, cancelled ? QString() : index->errorString());
                }
                startNext();
            },
            Qt::QueuedConnection);
    });
}

QList<LoadedLayerHit> LayerSearch::search(const QString& query, int limit) const {
    QList<LoadedLayerHit> out;
    for (auto it = indexes_.constBegin(); it != indexes_.constEnd() && out.size() < limit; ++it) {
        const auto hits = (*it)->search(query, limit - int(out.size()));
        if (!hits)
            continue;
        for (const LayerHit& hit : *hits)
            for (auto m = members_.constBegin(); m != members_.constEnd(); ++m)
                if (m->path == it.key() && m->layer == hit.layer)
                    out << LoadedLayerHit{m.key(), hit};
    }
    return out;
}

} // namespace luming::app
