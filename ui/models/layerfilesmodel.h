#pragma once

#include "core/inspect/layerfiletree.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <vector>

namespace lading::ui {

// The files of one layer, or of an image's merged filesystem, as a tree over a finished LayerFileTree. The
// tree is shared and never copied; rows are the tree's own children (sorted by name), so the model holds
// nothing per row and a million entries cost the view only what it shows. Folders show the total size of
// the files below them. In a single layer, whiteouts are greyed with a tooltip and opaque folders are
// italic; in the merged view the Layer column says where each entry comes from.
//
// A filter keeps the entries whose path matches (and the folders above them, and everything below a
// matching folder): a substring of the path, case-insensitive; or, with * ? or [, a glob over the name
// ("*.conf"), or over the whole path when it has a "/" ("etc/*.conf"). computeFilter() is thread-safe so a
// view can run it off the GUI thread on a big tree and hand the result to applyFilter().
class LayerFilesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerFilesModel)

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ModeColumn,
        OwnerColumn,
        LinkTargetColumn,
        LayerColumn,
        ColumnCount
    };

    using NodeId = inspect::LayerFileTree::NodeId;

    // Which entries a filter keeps, for one tree.
    struct FilterResult
    {
        std::shared_ptr<const inspect::LayerFileTree> tree;
        QString pattern;
        qsizetype matches = 0;       // entries that matched themselves
        std::vector<quint8> visible; // per node
        std::vector<quint32> rows;   // per visible node: its row among its parent's visible children
        std::vector<std::vector<NodeId>> children; // per visible folder, indexed by slot[]
        std::vector<quint32> slot;                 // per node: index into children, or NoSlot
        static constexpr quint32 NoSlot = 0xffffffffu;
    };

    explicit LayerFilesModel(QObject* parent = nullptr);
    ~LayerFilesModel() override;

    // `merged`: the tree is an image's merged filesystem (Layer column meaningful, no whiteouts).
    void setTree(std::shared_ptr<const inspect::LayerFileTree> tree, bool merged);
    void clear();
    std::shared_ptr<const inspect::LayerFileTree> tree() const { return m_tree; }
    bool isMerged() const { return m_merged; }

    // Synchronous filter (small trees, tests); an empty pattern shows everything.
    void setFilter(const QString& pattern);
    static std::shared_ptr<const FilterResult>
    computeFilter(std::shared_ptr<const inspect::LayerFileTree> tree, const QString& pattern);
    // Ignored when made for another tree than the current one.
    void applyFilter(std::shared_ptr<const FilterResult> filter);
    QString filterPattern() const;
    // Entries matching the filter themselves; -1 without a filter.
    qsizetype filterMatches() const;

    NodeId nodeId(const QModelIndex& index) const;
    QModelIndex indexOf(NodeId node, int column = 0) const;
    QModelIndex indexOfPath(const QString& path) const;
    QString path(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QString layerName(int layerIndex);

private:
    NodeId nodeOf(const QModelIndex& index) const;
    const std::vector<NodeId>* childList(NodeId node) const;
    int rowOf(NodeId node) const;
    QString toolTip(NodeId node) const;
    QString ownerText(NodeId node) const;

    std::shared_ptr<const inspect::LayerFileTree> m_tree;
    std::shared_ptr<const FilterResult> m_filter;
    bool m_merged = false;
    QIcon m_folderIcon;
    QIcon m_fileIcon;
    QIcon m_linkIcon;
};

} // namespace lading::ui
