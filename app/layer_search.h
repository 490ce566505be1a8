// Name search over the loaded layers (issue 11 point 4): each layer's file gets its LayerNameIndex (name
// key, 繁简, variants, pinyin and initials; cached by content digest) built on a worker thread, one file
// at a time, with progress and cancel; search() asks every index that is ready and says which loaded
// layer each hit belongs to.
#pragma once

#include "core/feedback.h"
#include "layersearch/layer_name_index.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>

namespace luming::app {

struct LoadedLayerHit {
    std::uint64_t layerId = 0; // the scene layer
    LayerHit hit;
};

class LayerSearch : public QObject {
    Q_OBJECT
public:
    // `cacheDir` empty: the user's cache (LayerNameIndex::open).
    explicit LayerSearch(QObject* parent = nullptr, QString cacheDir = {});
    ~LayerSearch() override; // cancels and waits for a build

    // A loaded layer: OGR layer `layer` of `path`. Its file's index is built unless it is already.
    void add(std::uint64_t id, const QString& path, const QString& layer);
    void remove(std::uint64_t id);
    // Stops the running build (and drops the queued ones).
    void cancel();
    bool isBuilding() const { return feedback_ != nullptr; }
    bool isReady(std::uint64_t id) const;

    // Hits of every ready index, best first per file, at most `limit` in all.
    [[nodiscard]] QList<LoadedLayerHit> search(const QString& query, int limit) const;

signals:
    void progressChanged(const QString& file, int percent);
    void indexReady(const QString& path);
    // A build ended without an index: why (names the file), or empty when cancelled.
    void failed(const QString& path, const QString& message);

private:
    struct Member {
        QString path;
        QString layer;
    };
    void startNext();

    QString cacheDir_;
    QHash<std::uint64_t, Member> members_;
    QHash<QString, std::shared_ptr<const LayerNameIndex>> indexes_; // by path
    QStringList queue_;
    QString building_;
    std::shared_ptr<Feedback> feedback_;
    QFuture<void> work_;
};

} // namespace luming::app
