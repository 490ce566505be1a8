#include "findings_model.h"

#include "core/finding_messages.h"
#include "core/project.h"

#include <QSet>

namespace luming::app {

namespace {

QString groupTitle(Severity severity, int count) {
    switch (severity) {
    case Severity::Error:
        return FindingsModel::tr("Errors (%1)").arg(count);
    case Severity::Warning:
        return FindingsModel::tr("Warnings (%1)").arg(count);
    case Severity::Info:
        return FindingsModel::tr("Notes (%1)").arg(count);
    }
    return {};
}

QString itemsText(const QList<RoadKey>& roads) {
    QStringList seqs;
    for (const RoadKey& key : roads)
        seqs << QStringLiteral("#%1").arg(key.seq);
    return seqs.join(QLatin1Char(' '));
}

} // namespace

FindingsModel::FindingsModel(QObject* parent) : QAbstractItemModel(parent) {}

int FindingsModel::addNode(Node node) {
    const int id = int(nodes_.size());
    if (node.parent < 0) {
        node.row = int(groups_.size());
        groups_.append(id);
    } else {
        node.row = int(nodes_[std::size_t(node.parent)].children.size());
        nodes_[std::size_t(node.parent)].children.append(id);
    }
    nodes_.push_back(std::move(node));
    return id;
}

void FindingsModel::setProject(const Project& project) {
    beginResetModel();
    nodes_.clear();
    groups_.clear();
    struct Entry {
        const Finding* finding;
        NoticeId notice;
    };
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        // Codes in order of first appearance, each with its findings.
        QList<QString> codes;
        QHash<QString, QList<Entry>> byCode;
        for (const Notice& notice : project.parse.notices)
            for (const Finding& f : notice.findings)
                if (f.severity == severity) {
                    const QString code = findingCodeText(f);
                    if (!byCode.contains(code))
                        codes.append(code);
                    byCode[code].append({&f, notice.id});
                }
        if (codes.isEmpty())
            continue;
        int total = 0;
        for (const QString& code : codes)
            total += int(byCode.value(code).size());
        const int group = addNode({NodeKind::Group, severity, {}, {}, {}, total, -1, 0, {}});
        for (const QString& code : codes) {
            const QList<Entry>& entries = byCode.value(code);
            int parent = group;
            if (entries.size() >= kFoldFrom)
                parent = addNode({NodeKind::Fold, severity, code, {}, {}, int(entries.size()), group, 0, {}});
            QSet<RoadKey> foldRoads;
            for (const Entry& e : entries) {
                QList<RoadKey> roads;
                for (int seq : e.finding->seqs)
                    roads.append(RoadKey{e.notice, seq});
                if (parent != group)
                    for (const RoadKey& key : roads)
                        if (!foldRoads.contains(key)) {
                            foldRoads.insert(key);
                            nodes_[std::size_t(parent)].roads.append(key);
                        }
                addNode({NodeKind::Finding,
                         severity,
                         code,
                         translateFindingMessage(e.finding->message),
                         roads,
                         1,
                         parent,
                         0,
                         {}});
            }
        }
    }
    endResetModel();
}

const FindingsModel::Node* FindingsModel::nodeOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == 0 ||
        index.internalId() > nodes_.size())
        return nullptr;
    return &nodes_[index.internalId() - 1];
}

QList<RoadKey> FindingsModel::roadsAt(const QModelIndex& index) const {
    const Node* node = nodeOf(index);
    return node ? node->roads : QList<RoadKey>{};
}

QModelIndex FindingsModel::groupIndex(Severity severity) const {
    for (int row = 0; row < groups_.size(); ++row)
        if (nodes_[std::size_t(groups_.at(row))].severity == severity)
            return index(row, 0);
    return {};
}

// internalId is the node's position in nodes_ plus one.
QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(groups_.at(row)) + 1);
    const Node* p = nodeOf(parent);
    return createIndex(row, column, quintptr(p->children.at(row)) + 1);
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const {
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(nodes_[std::size_t(node->parent)].row, 0, quintptr(node->parent) + 1);
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(groups_.size());
    if (parent.column() != 0)
        return 0;
    const Node* node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int FindingsModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (node->kind) {
        case NodeKind::Group:
            return groupTitle(node->severity, node->count);
        case NodeKind::Fold:
            return tr("%1 — %n finding(s)", nullptr, node->count).arg(findingCodeLabel(node->code));
        case NodeKind::Finding:
            return node->roads.isEmpty()
                       ? QStringLiteral("[%1] %2").arg(findingCodeLabel(node->code), node->message)
                       : QStringLiteral("[%1] %2 (%3)")
                             .arg(findingCodeLabel(node->code), node->message, itemsText(node->roads));
        }
        return {};
    case Qt::ToolTipRole:
        if (node->kind == NodeKind::Finding)
            return node->message;
        if (node->kind == NodeKind::Fold)
            return tr("%n finding(s) of the same kind; open the line to list them", nullptr, node->count);
        return {};
    case NodeKindRole:
        return int(node->kind);
    case SeverityRole:
        return int(node->severity);
    case CountRole:
        return node->count;
    default:
        return {};
    }
}

} // namespace luming::app
