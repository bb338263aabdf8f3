#pragma once

#include "core/inspect/layerentry.h"
#include "core/inspect/layerreader.h"
#include "core/inspect/stringpool.h"
#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <vector>

namespace lading::inspect {

class MergedFileSystem;

// The entries of one layer (or, built by MergedFileSystem, of an image's merged filesystem) as a tree that
// a view can walk lazily and a diff can look up by path. Kept compact because a layer may hold a million
// entries: each path segment and owner name is stored once (StringPool), a node is a fixed record of ids
// (64 bytes), children are vectors of node ids, link targets and digests live in side tables only for the
// nodes that have them. Measured (tests/bench/layerlist_bench): 1,000,000 entries listed into a tree in
// about 3 s, 160 MiB of resident memory over the baseline (the tables themselves 136 MiB).
//
// Single-layer semantics of add(): a later entry for a path replaces an earlier one (a folder keeps its
// children when replaced by a folder); a whiteout and a real entry of the same name in one layer keep the
// real entry, which then also hides the lower layers' one (hidesLower()); ".wh..wh..opq" marks its folder
// opaque. Folders that only appear as parents of entries are created implicitly (isImplicit()).
//
// Build with add() on one thread, call finish(), then read from any number of threads (const access only).
class LayerFileTree final
{
public:
    using NodeId = quint32;
    static constexpr NodeId RootId = 0;
    static constexpr NodeId NoNode = 0xffffffffu;

    LayerFileTree();

    // Building.
    void add(const LayerEntry& entry);
    // Sorts children by name, adds up folder sizes, gives hardlinks their target's digest, and drops the
    // lookup index only building needs. Adding again afterwards is allowed (the index is rebuilt).
    void finish();

    // Reading (valid after finish()). The root is RootId, named "", path "".
    NodeId find(QStringView path) const;
    NodeId parent(NodeId node) const { return m_nodes[node].parent; }
    int childCount(NodeId node) const;
    NodeId child(NodeId node, int row) const;
    int row(NodeId node) const { return int(m_nodes[node].row); }
    // Children of a folder, sorted by name.
    const std::vector<NodeId>& children(NodeId node) const;

    QString name(NodeId node) const { return m_strings.string(m_nodes[node].name); }
    QStringView nameView(NodeId node) const { return m_strings.view(m_nodes[node].name); }
    QString path(NodeId node) const;
    LayerEntry::Type type(NodeId node) const { return LayerEntry::Type(m_nodes[node].type); }
    bool isDirectory(NodeId node) const { return type(node) == LayerEntry::Type::Directory; }
    qint64 size(NodeId node) const { return m_nodes[node].size; }
    // A folder: the bytes of every regular file below it; anything else: size().
    qint64 totalSize(NodeId node) const;
    quint32 mode(NodeId node) const { return m_nodes[node].mode; }
    qint64 uid(NodeId node) const { return m_nodes[node].uid; }
    qint64 gid(NodeId node) const { return m_nodes[node].gid; }
    QString uname(NodeId node) const { return m_strings.string(m_nodes[node].uname); }
    QString gname(NodeId node) const { return m_strings.string(m_nodes[node].gname); }
    qint64 mtime(NodeId node) const { return m_nodes[node].mtime; }
    QString linkTarget(NodeId node) const;
    std::optional<oci::Digest> contentDigest(NodeId node) const;
    int layerIndex(NodeId node) const { return m_nodes[node].layer; }
    bool isOpaque(NodeId node) const { return m_nodes[node].flags & Opaque; }
    bool hidesLower(NodeId node) const { return m_nodes[node].flags & HidesLower; }
    bool isImplicit(NodeId node) const { return m_nodes[node].flags & Implicit; }
    bool isUnsafe(NodeId node) const { return m_nodes[node].flags & Unsafe; }
    // Everything about a node as one value (path reconstructed from the segments).
    LayerEntry entry(NodeId node) const;

    // Every node id is below this (removed nodes keep their ids): size per-node side tables by it.
    NodeId nodeIdLimit() const { return NodeId(m_nodes.size()); }
    // Nodes reachable from the root, the root included.
    qsizetype nodeCount() const { return m_liveNodes; }
    qsizetype fileCount() const;
    // What the tree's own tables hold, roughly (not the allocator's overhead).
    qint64 approximateBytes() const;

    // Depth-first, parents before children, children in name order; `visit` returns false to skip a
    // folder's children.
    template <typename Visit> void walk(NodeId from, Visit visit) const
    {
        std::vector<NodeId> stack{from};
        while (!stack.empty()) {
            const NodeId node = stack.back();
            stack.pop_back();
            if (!visit(node))
                continue;
            const std::vector<NodeId>& kids = children(node);
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                stack.push_back(*it);
        }
    }

    // Lists a layer file into a tree (finished).
    static Result<LayerFileTree> read(const QString& path, const LayerReadOptions& options = {},
                                      store::TransferControl* control = nullptr);
    // Lists a layer of `store` (through BlobSpool) into a tree whose nodes carry `layerIndex`.
    static Result<LayerFileTree> read(store::Store& store, const oci::Descriptor& layer,
                                      const LayerReadOptions& options = {},
                                      store::TransferControl* control = nullptr, int layerIndex = -1);

private:
    friend class MergedFileSystem;

    static constexpr NodeId Tombstone = 0xfffffffeu;

    enum Flag : quint8
    {
        Opaque = 1,
        HidesLower = 2,
        Implicit = 4,
        Unsafe = 8,
        Removed = 16,
    };

    struct Node
    {
        quint32 name = 0; // string id
        NodeId parent = NoNode;
        quint32 row = 0;
        quint32 children = NoNode; // index into m_childLists, folders only
        quint32 link = NoNode;     // index into m_links
        quint32 digest = NoNode;   // index into m_digests
        quint32 uname = 0;
        quint32 gname = 0;
        quint32 mode = 0;
        quint32 uid = 0;
        quint32 gid = 0;
        qint16 layer = -1;
        quint8 type = 0;
        quint8 flags = 0;
        qint64 size = 0;
        qint64 mtime = 0;
    };

    quint32 intern(QStringView text) { return m_strings.intern(text); }
    NodeId childNamed(NodeId parent, quint32 name) const;
    NodeId createChild(NodeId parent, quint32 name, int layer);
    // The node at `path`, creating missing folders (implicit, of `layer`) on the way; a non-folder in the
    // way becomes an implicit folder.
    NodeId ensurePath(QStringView path, int layer);
    void makeFolder(NodeId node);
    void turnIntoFolder(NodeId node, int layer);
    void setEntry(NodeId node, const LayerEntry& entry);
    void removeSubtree(NodeId node);
    void removeChildren(NodeId node);
    // Removes every descendant that came from a layer below `layer`; descendants of `layer` itself stay
    // (their own lower descendants are removed too).
    void pruneBelow(NodeId node, int layer);
    // Removes `node` if it came from below `layer`, keeping what `layer` itself put inside it.
    void hideLower(NodeId node, int layer);
    // The node at `path` while building: the parent folder of the previous call is remembered, since tar
    // entries come folder by folder. With `create`, missing nodes are made (see ensurePath).
    NodeId locate(QStringView path, bool create, int layer, bool* created = nullptr);
    // The (parent, name) → child index while building: open addressing over node ids.
    void ensureIndex();
    void indexInsert(NodeId node);
    void indexRemove(NodeId node);
    NodeId indexFind(NodeId parent, quint32 name) const;
    static size_t indexHash(NodeId parent, quint32 name);

    std::vector<Node> m_nodes;
    std::vector<std::vector<NodeId>> m_childLists;
    std::vector<QString> m_links;
    std::vector<std::array<quint8, 32>> m_digests;
    StringPool m_strings;
    std::vector<NodeId> m_index; // slots: node ids, NoNode empty, Tombstone removed
    size_t m_indexUsed = 0;      // slots that are not empty (tombstones included)
    NodeId m_cachedParent = NoNode;
    QString m_cachedParentPath;
    std::vector<qint64> m_totals; // folder sizes, filled by finish()
    qsizetype m_liveNodes = 1;
    bool m_indexed = true;
    bool m_sorted = false;
};

} // namespace lading::inspect
