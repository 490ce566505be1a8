#include "road_tree_model.h"

namespace luming::app {

// internalId names the parent of an item: 0 for districts (parent is the root), d+1 for a 街道 of
// district d, ((d+1) << 32) | (s+1) for a road of 街道 s of district d.
namespace {
constexpr quintptr kShift = 32;
constexpr quintptr kLowMask = (quintptr(1) << kShift) - 1;
} // namespace

RoadTreeModel::RoadTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void RoadTreeModel::setTree(RoadTree tree) {
    beginResetModel();
    tree_ = std::move(tree);
    endResetModel();
}

RoadTreeModel::Path RoadTreeModel::pathOf(const QModelIndex& index) const {
    Path path;
    if (!index.isValid())
        return path;
    const quintptr id = index.internalId();
    if (id == 0) {
        path.district = index.row();
    } else if ((id >> kShift) == 0) {
        path.district = int(id - 1);
        path.subdistrict = index.row();
    } else {
        path.district = int((id >> kShift) - 1);
        path.subdistrict = int((id & kLowMask) - 1);
        path.road = index.row();
    }
    return path;
}

QModelIndex RoadTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Path p = pathOf(parent);
    if (p.subdistrict < 0)
        return createIndex(row, column, (quintptr(p.district) + 1));
    return createIndex(row, column, ((quintptr(p.district) + 1) << kShift) | (quintptr(p.subdistrict) + 1));
}

QModelIndex RoadTreeModel::parent(const QModelIndex& child) const {
    const Path p = pathOf(child);
    if (p.subdistrict < 0)
        return {};
    if (p.road < 0)
        return createIndex(p.district, 0, quintptr(0));
    return createIndex(p.subdistrict, 0, (quintptr(p.district) + 1));
}

int RoadTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    if (!parent.isValid())
        return int(tree_.districts.size());
    const Path p = pathOf(parent);
    if (p.subdistrict < 0)
        return int(tree_.districts.at(p.district).subdistricts.size());
    if (p.road < 0)
        return int(tree_.districts.at(p.district).subdistricts.at(p.subdistrict).roads.size());
    return 0;
}

int RoadTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant RoadTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Path p = pathOf(index);
    const RoadTreeDistrict& district = tree_.districts.at(p.district);
    NodeKind kind = NodeKind::District;
    QString name = district.name.isEmpty() ? tr("(no district)") : district.name;
    int count = district.roadCount;
    RoadKey key;
    if (p.subdistrict >= 0) {
        const RoadTreeSubdistrict& sub = district.subdistricts.at(p.subdistrict);
        kind = NodeKind::Subdistrict;
        name = sub.name.isEmpty() ? tr("(no subdistrict)") : sub.name;
        count = int(sub.roads.size());
        if (p.road >= 0) {
            const RoadTreeRoad& road = sub.roads.at(p.road);
            kind = NodeKind::Road;
            name = road.name;
            count = 1;
            key = road.key;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return kind == NodeKind::Road ? name : QStringLiteral("%1 (%2)").arg(name).arg(count);
    case Qt::ToolTipRole:
        if (kind == NodeKind::District)
            return tr("%n distinct road(s); a road in two subdistricts is listed under each", nullptr, count);
        if (kind == NodeKind::Road)
            return tr("Item %1 of %2").arg(key.seq).arg(key.notice.displayText());
        return tr("%n road(s)", nullptr, count);
    case NodeKindRole:
        return int(kind);
    case NameRole:
        return name;
    case CountRole:
        return count;
    case RoadNoticeRole:
        return kind == NodeKind::Road ? QVariant(key.notice.key()) : QVariant();
    case RoadSeqRole:
        return kind == NodeKind::Road ? QVariant(key.seq) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags RoadTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant RoadTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Roads by district");
    return {};
}

QModelIndexList RoadTreeModel::indexesOf(const RoadKey& key) const {
    QModelIndexList result;
    for (int d = 0; d < tree_.districts.size(); ++d) {
        const auto& subs = tree_.districts.at(d).subdistricts;
        for (int s = 0; s < subs.size(); ++s)
            for (int r = 0; r < subs.at(s).roads.size(); ++r)
                if (subs.at(s).roads.at(r).key == key)
                    result.append(createIndex(r, 0, (quintptr(d + 1) << kShift) | quintptr(s + 1)));
    }
    return result;
}

RoadKey RoadTreeModel::roadAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Path p = pathOf(index);
    if (p.road < 0)
        return {};
    return tree_.districts.at(p.district).subdistricts.at(p.subdistrict).roads.at(p.road).key;
}

QList<RoadKey> RoadTreeModel::roadsAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Path p = pathOf(index);
    const RoadTreeDistrict& district = tree_.districts.at(p.district);
    if (p.subdistrict < 0)
        return district.roadKeys();
    if (p.road < 0)
        return district.subdistricts.at(p.subdistrict).roadKeys();
    return {district.subdistricts.at(p.subdistrict).roads.at(p.road).key};
}

QModelIndex RoadTreeModel::indexOfPlace(const QString& name) const {
    for (int d = 0; d < tree_.districts.size(); ++d)
        if (tree_.districts.at(d).name == name)
            return index(d, 0);
    for (int d = 0; d < tree_.districts.size(); ++d) {
        const auto& subs = tree_.districts.at(d).subdistricts;
        for (int s = 0; s < subs.size(); ++s)
            if (subs.at(s).name == name)
                return createIndex(s, 0, quintptr(d) + 1);
    }
    return {};
}

} // namespace luming::app
