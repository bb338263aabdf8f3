#pragma once

#include "core/inspect/jsondiff.h"
#include "core/inspect/layerentry.h"
#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace lading::inspect {

// One path whose entry differs between the merged filesystems of the two sides.
struct FileChange
{
    enum Aspect
    {
        Type = 0x1,
        Size = 0x2,
        Mode = 0x4,
        Content = 0x8, // regular files whose bytes differ (content digests, or sizes)
        LinkTarget = 0x10,
        Owner = 0x20, // uid or gid
    };

    ChangeKind kind = ChangeKind::Changed;
    QString path;    // normalised, no leading "/"
    int aspects = 0; // Changed only: which Aspect values differ
    // The entry on each side (type, size, mode, owner, content digest, link target, layer index); empty on
    // the side that does not have the path. Every path below a folder that exists on one side only is a
    // change of its own, so a tree view can show and count them.
    std::optional<LayerEntry> left;
    std::optional<LayerEntry> right;

    const LayerEntry& entry() const { return right ? *right : *left; }
};

// The files section of a comparison.
struct FilesDiff
{
    SectionState state;
    QList<FileChange> changes; // tree order: depth first, names sorted, a folder before its contents
    DiffCounts counts;
    int sharedPrefixLayers = 0; // lowest layers that are the same blobs at the same positions on both sides
    bool prefixListed = false;  // whether the shared prefix had to be listed (never hashed), see below
    int layersRead = 0;         // layer blobs read (a blob on both sides is read once)
};

// Compares the filesystems two images' layers make (what a container sees), path by path: added, removed
// and modified entries with type, size, mode, owner, link target and content digest (SHA-256 of a file's
// bytes). Modification times are not compared: a rebuild changes them all.
//
// Shared layers. The lowest k layers that are the same blobs at the same positions on both sides (the
// shared prefix, usually the base image) build the same filesystem on both sides, so only what the layers
// above them (the upper layers) do can differ:
//  - Upper layers are listed with content digests, each blob once even when both sides have it.
//  - When both sides' upper layers touch the same set of paths, with no whiteouts or opaque folders, and
//    never a folder on one side where the other has something else, every path's final state is decided
//    by the upper layers alone on both sides, or by the prefix alone on both sides (identical): the upper
//    layers are compared and the prefix is not read at all. A rebuilt application layer over an unchanged
//    base is this case.
//  - Otherwise a path may be decided by an upper layer on one side and by the prefix on the other (a file
//    added on one side only, a whiteout), so the prefix is listed once, without hashing, and each side's
//    upper layers are applied on a copy of it. Entries both sides take from the prefix are identical and
//    not compared. When an upper file meets a prefix file of the same size, that prefix file alone is
//    hashed afterwards, in one more pass over only the prefix layers that hold such files.
// A prefix is only ever shared when it is exactly equal: the same digests in the same order from the
// bottom. A layer both sides have at different positions is read (once), not skipped, because what lies
// below it differs.
//
// Memory: listings are compact (LayerFileTree), layers stream through libarchive and BlobSpool; nothing
// holds a layer's bytes.
class FileSystemDiff final
{
public:
    // `leftLayers` and `rightLayers` lowest first, read from `left` and `right` (a blob on both sides is
    // read from the left store). Blocks: call off the GUI thread.
    static Result<FilesDiff> compare(store::Store& left, const QList<oci::Descriptor>& leftLayers,
                                     store::Store& right, const QList<oci::Descriptor>& rightLayers,
                                     int concurrency = 4, store::TransferControl* control = nullptr);

    // The lowest layers equal in digest and position on both sides.
    static int sharedPrefix(const QList<oci::Descriptor>& left, const QList<oci::Descriptor>& right);
};

} // namespace lading::inspect
