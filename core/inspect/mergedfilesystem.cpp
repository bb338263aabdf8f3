#include "core/inspect/mergedfilesystem.h"

#include <algorithm>

namespace lading::inspect {

using Type = LayerEntry::Type;
using NodeId = LayerFileTree::NodeId;

void MergedFileSystem::apply(const LayerEntry& entry, int layerIndex)
{
    m_layerCount = std::max(m_layerCount, layerIndex + 1);
    // A whiteout with a name that climbed out of the root (or named "." or "..") deletes nothing.
    if (entry.isWhiteout() && entry.unsafe)
        return;
    LayerFileTree& t = m_tree;
    const NodeId existing = t.locate(entry.path, false, layerIndex);

    switch (entry.type) {
    case Type::Whiteout:
        if (existing == LayerFileTree::NoNode || existing == LayerFileTree::RootId)
            return;
        // What this layer itself put there stays; only what came from below goes.
        t.hideLower(existing, layerIndex);
        return;
    case Type::OpaqueWhiteout:
        if (existing != LayerFileTree::NoNode)
            t.pruneBelow(existing, layerIndex);
        return;
    default:
        break;
    }

    LayerEntry applied = entry;
    applied.layerIndex = layerIndex;
    if (existing == LayerFileTree::NoNode) {
        t.setEntry(t.locate(entry.path, true, layerIndex), applied);
        return;
    }
    if (existing == LayerFileTree::RootId) {
        // "./" in a layer: new metadata for the root, which stays a folder.
        if (entry.type == Type::Directory)
            t.setEntry(existing, applied);
        return;
    }
    // A folder over a folder merges; anything else replaces, lower contents and all.
    if (!(t.isDirectory(existing) && entry.type == Type::Directory))
        t.removeChildren(existing);
    t.setEntry(existing, applied);
}

void MergedFileSystem::apply(const LayerFileTree& layer, int layerIndex)
{
    layer.walk(LayerFileTree::RootId, [&](NodeId node) {
        LayerEntry e = layer.entry(node);
        if (layer.isOpaque(node)) {
            LayerEntry opaque;
            opaque.path = e.path;
            opaque.type = Type::OpaqueWhiteout;
            apply(opaque, layerIndex);
        }
        if (layer.hidesLower(node) && e.type != Type::Whiteout) {
            LayerEntry whiteout;
            whiteout.path = e.path;
            whiteout.type = Type::Whiteout;
            apply(whiteout, layerIndex);
        }
        // Implicit folders were never in the layer: applying them would overwrite lower metadata.
        if (!layer.isImplicit(node))
            apply(e, layerIndex);
        else if (node != LayerFileTree::RootId && m_tree.find(e.path) == LayerFileTree::NoNode)
            m_tree.ensurePath(e.path, layerIndex);
        return true;
    });
}

Result<MergedFileSystem> MergedFileSystem::build(store::Store& store, const QList<oci::Descriptor>& layers,
                                                 const LayerReadOptions& options,
                                                 store::TransferControl* control)
{
    MergedFileSystem merged;
    for (int i = 0; i < layers.size(); ++i) {
        LADING_TRY(LayerReader::forEach(
            store, layers.at(i),
            [&merged, i](const LayerEntry& entry) -> Status {
                merged.apply(entry, i);
                return {};
            },
            options, control, i));
    }
    merged.m_layerCount = int(layers.size());
    merged.finish();
    return merged;
}

} // namespace lading::inspect
