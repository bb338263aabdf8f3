#pragma once

#include "core/inspect/layerentry.h"
#include "core/inspect/layerfiletree.h"
#include "core/inspect/layerreader.h"
#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QList>

namespace lading::inspect {

// The filesystem an image's layers make when applied in order (image-spec layer.md, "Applying changesets"):
// a later entry replaces an earlier one; a file, link or device replacing a folder takes the folder's lower
// contents with it; ".wh.NAME" deletes NAME of the layers below; ".wh..wh..opq" hides everything the layers
// below have in its folder. Whiteouts only act on lower layers, never on entries of their own layer, so the
// order of entries inside a layer does not matter. Every surviving node remembers the layer it came from
// (LayerFileTree::layerIndex, 0 = the lowest); folders keep the layer of their own latest entry.
//
// Headless and copyable: a diff can build the layers two images share once, copy the result and apply each
// image's remaining layers on its copy (apply(entry, index) streams, apply(tree, index) replays a layer it
// listed already), then compare tree()s path by path (content digests with LayerReadOptions::computeDigests).
class MergedFileSystem final
{
public:
    MergedFileSystem() = default;

    // Applies one entry of layer `layerIndex` (entry.layerIndex is ignored). Layers must come lowest first;
    // entries of one layer in any order.
    void apply(const LayerEntry& entry, int layerIndex);
    // Applies a whole listed layer (a LayerFileTree made by add()), whiteouts and opaque folders included.
    void apply(const LayerFileTree& layer, int layerIndex);
    // Call once every layer is applied: sorts, sums folder sizes, resolves hardlink digests.
    void finish() { m_tree.finish(); }

    // The merged tree: no whiteouts left in it; LayerFileTree::layerIndex tells each node's layer.
    const LayerFileTree& tree() const { return m_tree; }
    int layerCount() const { return m_layerCount; }

    // Reads `layers` (lowest first) of `store` through BlobSpool and applies them, finished.
    static Result<MergedFileSystem> build(store::Store& store, const QList<oci::Descriptor>& layers,
                                          const LayerReadOptions& options = {},
                                          store::TransferControl* control = nullptr);

private:
    LayerFileTree m_tree;
    int m_layerCount = 0;
};

} // namespace lading::inspect
