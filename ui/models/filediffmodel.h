#pragma once

#include "core/inspect/filesystemdiff.h"
#include "ui/models/diffcategory.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <vector>

namespace lading::ui {

// The files section of a comparison as a tree: every added, removed and modified path under its folders,
// folders that only hold changes aggregated ("+2 −1 ~3" below them). The tree is built once, off the GUI
// thread for big comparisons (buildTree() is thread-safe), and shared; the model keeps only which nodes
// the filter shows. A text filter (case-insensitive part of the path) and the change kinds shown narrow
// it; each filter change is one reset, so 100,000 changes filter without a row-by-row storm.
class FileDiffModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDiffModel)

public:
    enum Column
    {
        NameColumn,
        ChangeColumn,
        LeftSizeColumn,
        RightSizeColumn,
        LeftModeColumn,
        RightModeColumn,
        DigestColumn,
        ColumnCount
    };

    // The changes of a FilesDiff arranged as folders. Node 0 is the root (not shown).
    struct Tree
    {
        struct Node
        {
            QString name;
            int parent = -1;
            int change = -1; // index into `changes`; -1 for a folder that only holds changes
            std::vector<int> children;
            inspect::DiffCounts below; // changes at or below this node
        };
        std::vector<Node> nodes;
        QList<inspect::FileChange> changes;
        inspect::DiffCounts counts;
    };

    explicit FileDiffModel(QObject* parent = nullptr);
    ~FileDiffModel() override;

    // Thread-safe: folders from the changes' paths, in the order the diff lists them (names sorted).
    static std::shared_ptr<const Tree> buildTree(const QList<inspect::FileChange>& changes);

    void setTree(std::shared_ptr<const Tree> tree);
    void setChanges(const QList<inspect::FileChange>& changes) { setTree(buildTree(changes)); }
    void clear() { setTree(nullptr); }
    std::shared_ptr<const Tree> tree() const { return m_tree; }

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setKindVisible(inspect::ChangeKind kind, bool visible);
    bool isKindVisible(inspect::ChangeKind kind) const;
    // Changes in the whole tree, and those the filter shows.
    int changeCount() const;
    int visibleChangeCount() const { return m_visibleChanges; }

    // The change a row stands for; nullptr for a folder that only holds changes.
    const inspect::FileChange* change(const QModelIndex& index) const;
    QString path(const QModelIndex& index) const;
    QModelIndex indexOfPath(const QString& path, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // "Changed: content, mode", "Added"; translated.
    static QString changeText(const inspect::FileChange& change);
    // "content, mode": the aspects of a Changed entry, translated.
    static QString aspectsText(int aspects);

signals:
    // After setTree or a filter change.
    void filterApplied();

private:
    void refilter();
    int nodeOf(const QModelIndex& index) const;
    QString nodePath(int node) const;
    QVariant cellText(int node, int column) const;

    std::shared_ptr<const Tree> m_tree;
    QString m_filterText;
    unsigned m_hiddenKinds = 0;
    int m_visibleChanges = 0;
    // Per node: its visible children, and its row among its parent's visible children.
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_rows;
    QIcon m_folderIcon;
    QIcon m_fileIcon;
    QIcon m_linkIcon;
};

} // namespace lading::ui
