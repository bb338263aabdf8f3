#include "core/inspect/layerfiletree.h"

#include <QByteArray>

#include <algorithm>
#include <limits>

namespace lading::inspect {

namespace {

const std::vector<LayerFileTree::NodeId>& noChildren()
{
    static const std::vector<LayerFileTree::NodeId> empty;
    return empty;
}

quint32 clampId(qint64 id)
{
    return quint32(std::clamp<qint64>(id, 0, std::numeric_limits<quint32>::max()));
}

} // namespace

LayerFileTree::LayerFileTree()
{
    Node root;
    root.type = quint8(LayerEntry::Type::Directory);
    root.flags = Implicit;
    root.mode = 0755;
    m_nodes.push_back(root);
    makeFolder(RootId);
    m_index.assign(64, NoNode);
}

size_t LayerFileTree::indexHash(NodeId parent, quint32 name)
{
    return qHash((quint64(parent) << 32) | name, 0);
}

LayerFileTree::NodeId LayerFileTree::indexFind(NodeId parent, quint32 name) const
{
    const size_t mask = m_index.size() - 1;
    for (size_t slot = indexHash(parent, name) & mask;; slot = (slot + 1) & mask) {
        const NodeId id = m_index[slot];
        if (id == NoNode)
            return NoNode;
        if (id != Tombstone && m_nodes[id].parent == parent && m_nodes[id].name == name)
            return id;
    }
}

void LayerFileTree::indexInsert(NodeId node)
{
    // At most half full (tombstones count), so probes stay short; rebuilt from the tree when it grows.
    if ((m_indexUsed + 1) * 2 > m_index.size()) {
        m_indexed = false;
        ensureIndex();
        return; // the rebuild included `node`
    }
    const size_t mask = m_index.size() - 1;
    size_t slot = indexHash(m_nodes[node].parent, m_nodes[node].name) & mask;
    while (m_index[slot] != NoNode && m_index[slot] != Tombstone)
        slot = (slot + 1) & mask;
    if (m_index[slot] == NoNode)
        ++m_indexUsed;
    m_index[slot] = node;
}

void LayerFileTree::indexRemove(NodeId node)
{
    const size_t mask = m_index.size() - 1;
    for (size_t slot = indexHash(m_nodes[node].parent, m_nodes[node].name) & mask;;
         slot = (slot + 1) & mask) {
        if (m_index[slot] == NoNode)
            return;
        if (m_index[slot] == node) {
            m_index[slot] = Tombstone;
            return;
        }
    }
}

void LayerFileTree::makeFolder(NodeId node)
{
    if (m_nodes[node].children != NoNode)
        return;
    m_nodes[node].children = quint32(m_childLists.size());
    m_childLists.emplace_back();
}

const std::vector<LayerFileTree::NodeId>& LayerFileTree::children(NodeId node) const
{
    const quint32 list = m_nodes[node].children;
    return list == NoNode ? noChildren() : m_childLists[list];
}

int LayerFileTree::childCount(NodeId node) const
{
    return int(children(node).size());
}

LayerFileTree::NodeId LayerFileTree::child(NodeId node, int row) const
{
    const std::vector<NodeId>& kids = children(node);
    return row >= 0 && size_t(row) < kids.size() ? kids[size_t(row)] : NoNode;
}

void LayerFileTree::ensureIndex()
{
    if (m_indexed)
        return;
    size_t size = 64;
    while (size < size_t(m_liveNodes) * 4)
        size *= 2;
    m_index.assign(size, NoNode);
    m_indexUsed = 0;
    m_indexed = true;
    for (NodeId node = 1; node < NodeId(m_nodes.size()); ++node) {
        if (m_nodes[node].flags & Removed)
            continue;
        const size_t mask = m_index.size() - 1;
        size_t slot = indexHash(m_nodes[node].parent, m_nodes[node].name) & mask;
        while (m_index[slot] != NoNode)
            slot = (slot + 1) & mask;
        m_index[slot] = node;
        ++m_indexUsed;
    }
}

LayerFileTree::NodeId LayerFileTree::childNamed(NodeId parent, quint32 name) const
{
    if (m_indexed)
        return indexFind(parent, name);
    // Finished: children are sorted by name.
    const std::vector<NodeId>& kids = children(parent);
    const QStringView wanted = m_strings.view(name);
    const auto it = std::lower_bound(kids.begin(), kids.end(), wanted, [this](NodeId node, QStringView text) {
        return m_strings.view(m_nodes[node].name) < text;
    });
    return it != kids.end() && m_nodes[*it].name == name ? *it : NoNode;
}

LayerFileTree::NodeId LayerFileTree::createChild(NodeId parent, quint32 name, int layer)
{
    makeFolder(parent);
    const auto id = NodeId(m_nodes.size());
    Node node;
    node.name = name;
    node.parent = parent;
    node.type = quint8(LayerEntry::Type::Directory);
    node.flags = Implicit;
    node.mode = 0755; // what Docker and containerd give a folder a layer only implies
    node.layer = qint16(layer);
    m_nodes.push_back(node);
    std::vector<NodeId>& kids = m_childLists[m_nodes[parent].children];
    m_nodes[id].row = quint32(kids.size());
    kids.push_back(id);
    ++m_liveNodes;
    indexInsert(id);
    m_sorted = false;
    return id;
}

LayerFileTree::NodeId LayerFileTree::ensurePath(QStringView path, int layer)
{
    ensureIndex();
    NodeId node = RootId;
    for (const QStringView segment : path.tokenize(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        turnIntoFolder(node, layer);
        const quint32 name = intern(segment);
        const NodeId existing = childNamed(node, name);
        node = existing != NoNode ? existing : createChild(node, name, layer);
    }
    return node;
}

void LayerFileTree::turnIntoFolder(NodeId node, int layer)
{
    if (isDirectory(node))
        return;
    // A file, link or whiteout in the way of a deeper entry: tar would have made it a folder.
    Node& n = m_nodes[node];
    n.type = quint8(LayerEntry::Type::Directory);
    n.flags = quint8((n.flags & Unsafe) | Implicit);
    n.mode = 0755;
    n.size = 0;
    n.link = NoNode;
    n.digest = NoNode;
    n.layer = qint16(layer);
    makeFolder(node);
}

LayerFileTree::NodeId LayerFileTree::locate(QStringView path, bool create, int layer, bool* created)
{
    ensureIndex();
    if (created)
        *created = false;
    if (path.isEmpty())
        return RootId;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QStringView parentPath = slash < 0 ? QStringView() : path.left(slash);
    const QStringView name = path.mid(slash + 1);
    NodeId parent = NoNode;
    if (m_cachedParent != NoNode && !(m_nodes[m_cachedParent].flags & Removed) &&
        isDirectory(m_cachedParent) && parentPath == m_cachedParentPath) {
        parent = m_cachedParent;
    } else if (create) {
        parent = ensurePath(parentPath, layer);
    } else {
        parent = RootId;
        for (const QStringView segment : parentPath.tokenize(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const quint32 id = m_strings.find(segment);
            parent = id == StringPool::NoId ? NoNode : childNamed(parent, id);
            if (parent == NoNode || !isDirectory(parent))
                return NoNode;
        }
    }
    if (create)
        turnIntoFolder(parent, layer);
    m_cachedParent = parent;
    m_cachedParentPath = parentPath.toString();
    const quint32 id = create ? intern(name) : m_strings.find(name);
    NodeId node = id == StringPool::NoId ? NoNode : childNamed(parent, id);
    if (node == NoNode && create) {
        node = createChild(parent, id, layer);
        if (created)
            *created = true;
    }
    return node;
}

void LayerFileTree::setEntry(NodeId node, const LayerEntry& entry)
{
    Node& n = m_nodes[node];
    n.type = quint8(entry.type);
    n.size = entry.type == LayerEntry::Type::File ? entry.size : 0;
    n.mode = entry.mode;
    n.uid = clampId(entry.uid);
    n.gid = clampId(entry.gid);
    n.uname = intern(entry.uname);
    n.gname = intern(entry.gname);
    n.mtime = entry.mtime;
    n.layer = qint16(entry.layerIndex);
    n.flags = quint8(n.flags & ~(Implicit | Unsafe));
    if (entry.unsafe)
        n.flags |= Unsafe;
    if (entry.linkTarget.isEmpty()) {
        n.link = NoNode;
    } else {
        // Many links point at the same few targets (busybox applets): reuse the last slot when equal.
        if (!m_links.empty() && m_links.back() == entry.linkTarget) {
            n.link = quint32(m_links.size() - 1);
        } else {
            n.link = quint32(m_links.size());
            m_links.push_back(entry.linkTarget);
        }
    }
    n.digest = NoNode;
    if (entry.contentDigest && entry.contentDigest->algorithm() == QLatin1String("sha256")) {
        const QByteArray raw = QByteArray::fromHex(entry.contentDigest->encoded().toLatin1());
        if (raw.size() == 32) {
            std::array<quint8, 32> bytes{};
            std::copy(raw.begin(), raw.end(), bytes.begin());
            n.digest = quint32(m_digests.size());
            m_digests.push_back(bytes);
        }
    }
    if (entry.type == LayerEntry::Type::Directory)
        makeFolder(node);
}

void LayerFileTree::removeSubtree(NodeId node)
{
    const NodeId parentId = m_nodes[node].parent;
    if (parentId != NoNode) {
        std::vector<NodeId>& siblings = m_childLists[m_nodes[parentId].children];
        siblings.erase(std::remove(siblings.begin(), siblings.end(), node), siblings.end());
        if (m_indexed)
            indexRemove(node);
        m_sorted = false;
    }
    removeChildren(node);
    m_nodes[node].flags |= Removed;
    --m_liveNodes;
}

void LayerFileTree::removeChildren(NodeId node)
{
    if (m_nodes[node].children == NoNode)
        return;
    std::vector<NodeId> stack;
    std::swap(stack, m_childLists[m_nodes[node].children]);
    while (!stack.empty()) {
        const NodeId kid = stack.back();
        stack.pop_back();
        if (m_indexed)
            indexRemove(kid);
        m_nodes[kid].flags |= Removed;
        --m_liveNodes;
        if (m_nodes[kid].children != NoNode) {
            std::vector<NodeId>& grand = m_childLists[m_nodes[kid].children];
            stack.insert(stack.end(), grand.begin(), grand.end());
            std::vector<NodeId>().swap(grand);
        }
    }
    m_sorted = false;
}

void LayerFileTree::pruneBelow(NodeId node, int layer)
{
    if (m_nodes[node].children == NoNode)
        return;
    const std::vector<NodeId> kids = m_childLists[m_nodes[node].children];
    for (const NodeId kid : kids)
        hideLower(kid, layer);
}

void LayerFileTree::hideLower(NodeId node, int layer)
{
    if (m_nodes[node].layer >= layer) {
        pruneBelow(node, layer);
        return;
    }
    if (!isDirectory(node)) {
        removeSubtree(node);
        return;
    }
    // A lower folder that entries of `layer` itself were put into (entries come in any order): those stay,
    // in a folder that now belongs to `layer`.
    pruneBelow(node, layer);
    if (children(node).empty()) {
        removeSubtree(node);
        return;
    }
    Node& n = m_nodes[node];
    n.layer = qint16(layer);
    n.flags = quint8((n.flags & Unsafe) | Implicit);
    n.mode = 0755;
}

void LayerFileTree::add(const LayerEntry& entry)
{
    using Type = LayerEntry::Type;
    bool created = false;
    const NodeId node = locate(entry.path, true, entry.layerIndex, &created);
    const bool existed = !created;
    const quint8 flags = m_nodes[node].flags;
    const quint8 oldType = m_nodes[node].type;
    const bool nodeIsReal = existed && !(flags & Implicit) && oldType != quint8(Type::Whiteout);

    switch (entry.type) {
    case Type::OpaqueWhiteout:
        // Marks the folder; its own entry (if any, before or after) keeps its metadata.
        turnIntoFolder(node, entry.layerIndex);
        m_nodes[node].flags |= Opaque;
        if (entry.unsafe)
            m_nodes[node].flags |= Unsafe;
        return;
    case Type::Whiteout:
        if (nodeIsReal) {
            m_nodes[node].flags |= HidesLower;
            return;
        }
        if (existed && isDirectory(node) && !children(node).empty()) {
            // A whiteout of a folder this layer also fills (implicitly): the folder stays, hiding the lower.
            m_nodes[node].flags |= HidesLower;
            return;
        }
        setEntry(node, entry);
        return;
    default:
        break;
    }

    const bool hid = existed && (oldType == quint8(Type::Whiteout) || (flags & HidesLower));
    const bool keepChildren = existed && isDirectory(node) && entry.type == Type::Directory;
    if (existed && !keepChildren)
        removeChildren(node);
    const quint8 keep = quint8(m_nodes[node].flags & Opaque);
    setEntry(node, entry);
    m_nodes[node].flags |= keep;
    if (hid)
        m_nodes[node].flags |= HidesLower;
    if (node == RootId) // the root stays a folder whatever a damaged layer says
        m_nodes[node].type = quint8(Type::Directory);
}

void LayerFileTree::finish()
{
    // Sort children by name, then number rows.
    for (NodeId node = 0; node < NodeId(m_nodes.size()); ++node) {
        if (m_nodes[node].children == NoNode || (m_nodes[node].flags & Removed))
            continue;
        std::vector<NodeId>& kids = m_childLists[m_nodes[node].children];
        if (!m_sorted)
            std::sort(kids.begin(), kids.end(), [this](NodeId a, NodeId b) {
                return m_strings.view(m_nodes[a].name) < m_strings.view(m_nodes[b].name);
            });
        for (size_t i = 0; i < kids.size(); ++i)
            m_nodes[kids[i]].row = quint32(i);
    }
    m_sorted = true;

    // Hardlinks get their target's digest: a diff compares content, whichever name carries it.
    for (NodeId node = 0; node < NodeId(m_nodes.size()); ++node) {
        Node& n = m_nodes[node];
        if (n.type != quint8(LayerEntry::Type::Hardlink) || (n.flags & Removed) || n.link == NoNode)
            continue;
        const NodeId target = find(m_links[n.link]);
        if (target != NoNode && target != node)
            n.digest = m_nodes[target].digest;
    }

    // Folder sizes, children before parents: a post-order walk without recursion.
    m_totals.assign(m_nodes.size(), 0);
    std::vector<std::pair<NodeId, bool>> stack{{RootId, false}};
    while (!stack.empty()) {
        auto [node, expanded] = stack.back();
        stack.pop_back();
        if (!expanded) {
            stack.emplace_back(node, true);
            for (const NodeId kid : children(node))
                stack.emplace_back(kid, false);
            continue;
        }
        qint64 total = m_nodes[node].type == quint8(LayerEntry::Type::File) ? m_nodes[node].size : 0;
        for (const NodeId kid : children(node))
            total += m_totals[kid];
        m_totals[node] = total;
    }

    // Lookups now go by binary search over sorted children; the hash only building needs goes.
    m_index = {};
    m_indexUsed = 0;
    m_indexed = false;
    m_cachedParent = NoNode;
}

LayerFileTree::NodeId LayerFileTree::find(QStringView path) const
{
    NodeId node = RootId;
    for (const QStringView segment : path.tokenize(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const quint32 id = m_strings.find(segment);
        if (id == StringPool::NoId)
            return NoNode;
        node = childNamed(node, id);
        if (node == NoNode)
            return NoNode;
    }
    return node;
}

QString LayerFileTree::path(NodeId node) const
{
    std::vector<NodeId> chain;
    for (NodeId n = node; n != RootId && n != NoNode; n = m_nodes[n].parent)
        chain.push_back(n);
    QString out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!out.isEmpty())
            out += QLatin1Char('/');
        out += m_strings.view(m_nodes[*it].name);
    }
    return out;
}

qint64 LayerFileTree::totalSize(NodeId node) const
{
    if (node < m_totals.size())
        return m_totals[node];
    return m_nodes[node].size;
}

QString LayerFileTree::linkTarget(NodeId node) const
{
    const quint32 link = m_nodes[node].link;
    return link == NoNode ? QString() : m_links[link];
}

std::optional<oci::Digest> LayerFileTree::contentDigest(NodeId node) const
{
    const quint32 digest = m_nodes[node].digest;
    if (digest == NoNode)
        return std::nullopt;
    const auto& bytes = m_digests[digest];
    const QByteArray hex =
        QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())).toHex();
    return oci::Digest::sha256FromHex(QString::fromLatin1(hex));
}

LayerEntry LayerFileTree::entry(NodeId node) const
{
    LayerEntry e;
    e.path = path(node);
    e.type = type(node);
    e.size = size(node);
    e.mode = mode(node);
    e.uid = uid(node);
    e.gid = gid(node);
    e.uname = uname(node);
    e.gname = gname(node);
    e.mtime = mtime(node);
    e.linkTarget = linkTarget(node);
    e.contentDigest = contentDigest(node);
    e.layerIndex = layerIndex(node);
    e.unsafe = isUnsafe(node);
    return e;
}

qsizetype LayerFileTree::fileCount() const
{
    qsizetype count = 0;
    walk(RootId, [&](NodeId node) {
        if (type(node) == LayerEntry::Type::File || type(node) == LayerEntry::Type::Hardlink)
            ++count;
        return true;
    });
    return count;
}

qint64 LayerFileTree::approximateBytes() const
{
    qint64 bytes = qint64(m_nodes.capacity() * sizeof(Node)) + qint64(m_totals.capacity() * sizeof(qint64)) +
                   qint64(m_digests.capacity() * sizeof(m_digests[0]));
    for (const auto& list : m_childLists)
        bytes += qint64(sizeof(list) + list.capacity() * sizeof(NodeId));
    bytes += m_strings.approximateBytes() + qint64(m_index.capacity() * sizeof(NodeId));
    return bytes;
}

Result<LayerFileTree> LayerFileTree::read(const QString& path, const LayerReadOptions& options,
                                          store::TransferControl* control)
{
    LayerFileTree tree;
    LADING_TRY(LayerReader::forEach(
        path,
        [&tree](const LayerEntry& entry) -> Status {
            tree.add(entry);
            return {};
        },
        options, control));
    tree.finish();
    return tree;
}

Result<LayerFileTree> LayerFileTree::read(store::Store& store, const oci::Descriptor& layer,
                                          const LayerReadOptions& options, store::TransferControl* control,
                                          int layerIndex)
{
    LayerFileTree tree;
    LADING_TRY(LayerReader::forEach(
        store, layer,
        [&tree](const LayerEntry& entry) -> Status {
            tree.add(entry);
            return {};
        },
        options, control, layerIndex));
    tree.finish();
    return tree;
}

} // namespace lading::inspect
