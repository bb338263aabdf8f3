#pragma once

#include "core/oci/descriptor.h"
#include "core/oci/manifest.h"
#include "core/util/error.h"
#include "core/util/result.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <memory>

namespace lading::ui {

// The descriptor tree of one manifest: index → platform manifests → config and layers (and a manifest's
// subject). The top-level row is the manifest itself. Child manifests are fetched lazily when a view
// expands them (canFetchMore/fetchMore), through a loader that runs on the worker pool; while one loads
// its row shows a "Loading…" child, and a failure shows an error row (activate it, or call retry()).
// A new root drops replies still in flight for the old one (generation counter).
class ManifestTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestTreeModel)

public:
    enum Column
    {
        NameColumn,
        MediaTypeColumn,
        SizeColumn,
        DigestColumn,
        ColumnCount
    };
    enum class NodeKind
    {
        Index,    // an index or manifest list
        Manifest, // an image manifest
        Config,
        Layer,
        Subject, // the manifest this one refers to (a referrer's subject)
        Blob,    // an index entry of a media type that is not a manifest
        Loading, // placeholder while a manifest's children load
        Error,   // placeholder when they failed to load
    };
    Q_ENUM(NodeKind)

    // Fetches a child manifest by its descriptor. Called on a worker thread: it must be thread-safe and may
    // block (a Store::fetchManifest by digest).
    using ManifestLoader = std::function<Result<oci::Manifest>(const oci::Descriptor&)>;

    explicit ManifestTreeModel(QObject* parent = nullptr);
    ~ManifestTreeModel() override;

    void setLoader(ManifestLoader loader);
    // Shows `manifest` as the only top-level row, named `name` ("demo/app:1.0"; the kind when empty).
    void setRoot(const oci::Manifest& manifest, const QString& name = {});
    void clear();

    oci::Descriptor descriptor(const QModelIndex& index) const;
    NodeKind nodeKind(const QModelIndex& index) const;
    // Whether the row stands for a manifest or index one can navigate to.
    bool isManifest(const QModelIndex& index) const;
    // Loads the children of `index` again after a failure (`index` may be the error row or its parent).
    void retry(const QModelIndex& index);
    // Child loads in flight.
    int pendingLoads() const { return m_pending; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void childrenLoaded(const QModelIndex& parent);
    void loadFailed(const QModelIndex& parent, const lading::Error& error);

private:
    struct Node;
    enum class LoadState
    {
        None,      // children known from the start (or none)
        NotLoaded, // a child manifest not fetched yet
        Loading,
        Loaded,
        Failed
    };

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    std::unique_ptr<Node> makeDescriptorNode(NodeKind kind, const oci::Descriptor& descriptor, Node* parent);
    void addManifestChildren(Node* node, const oci::Manifest& manifest);
    void finishLoad(quint64 nodeId, const Result<oci::Manifest>& result);
    void scheduleLoad(Node* node);
    void startLoad(Node* node);
    void registerTree(Node* node);

    ManifestLoader m_loader;
    std::unique_ptr<Node> m_root;  // invisible; its one child is the manifest row
    QHash<quint64, Node*> m_nodes; // live nodes that can load, by id, to find them when a reply arrives
    quint64 m_nextId = 1;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace lading::ui
