// Qt model over a RoadTree: 区 (count) → 街道 (count) → road. Read-only; rebuilt with setTree().
#pragma once

#include "road_tree.h"

#include <QAbstractItemModel>

namespace luming::app {

class RoadTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class NodeKind { District, Subdistrict, Road };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        NameRole,                        // the name without the count
        CountRole,                       // roads below (districts: distinct roads)
        RoadNoticeRole,                  // roads only: NoticeId::key()
        RoadSeqRole,                     // roads only
    };

    explicit RoadTreeModel(QObject* parent = nullptr);

    void setTree(RoadTree tree);
    const RoadTree& tree() const { return tree_; }

    // Every index showing the road (one per 街道 it lies in).
    QModelIndexList indexesOf(const RoadKey& key) const;
    // The road an index shows; invalid key for district and 街道 rows.
    RoadKey roadAt(const QModelIndex& index) const;
    // Every road at or below an index: one for a road row, the place's roads for a 区 or 街道 row.
    QList<RoadKey> roadsAt(const QModelIndex& index) const;
    // The first 区 row, else the first 街道 row, with this name (invalid when none).
    QModelIndex indexOfPlace(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Position of an index in the tree: district row, subdistrict row (-1), road row (-1).
    struct Path {
        int district = -1;
        int subdistrict = -1;
        int road = -1;
    };
    Path pathOf(const QModelIndex& index) const;

    RoadTree tree_;
};

} // namespace luming::app
