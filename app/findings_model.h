// The notice's findings as a tree that guides: one group per severity, errors and warnings first; in a
// group, a code with many findings (31 external_endpoint notes) is folded into one line that opens into
// the list. Built once from a Project's notices (plain values; the model only presents them).
#pragma once

#include "core/finding_code.h"
#include "road_key.h"

#include <QAbstractItemModel>
#include <vector>

namespace luming {
struct Project;
}

namespace luming::app {

class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class NodeKind { Group, Fold, Finding };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        SeverityRole,                    // int(Severity)
        CountRole,                       // findings below a group or fold; 1 for a finding
    };
    // A code with at least this many findings in one group is folded into one line.
    static constexpr int kFoldFrom = 4;

    explicit FindingsModel(QObject* parent = nullptr);

    void setProject(const Project& project);

    // The roads a row is about: a finding's items, every item of a fold; none for a group.
    QList<RoadKey> roadsAt(const QModelIndex& index) const;
    // The group row of a severity (invalid when there are no findings of it).
    QModelIndex groupIndex(Severity severity) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        NodeKind kind = NodeKind::Group;
        Severity severity = Severity::Info;
        QString code;    // fold and finding
        QString message; // finding
        QList<RoadKey> roads;
        int count = 0;
        int parent = -1; // index into nodes_, -1 for groups
        int row = 0;     // under its parent
        QList<int> children;
    };
    const Node* nodeOf(const QModelIndex& index) const;
    int addNode(Node node);

    std::vector<Node> nodes_;
    QList<int> groups_;
};

} // namespace luming::app
