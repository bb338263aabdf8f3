#pragma once

#include "core/inspect/layerfiletree.h"
#include "core/inspect/layerreader.h"
#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lading::inspect {

struct ExtractResult
{
    QStringList written; // absolute paths of the files, folders and links made, in the order made
    QStringList skipped; // "path: why" for entries left out (device nodes, links that lead out of the target)
    qint64 bytes = 0;    // file content written
};

// Copies a file, a link or a folder subtree out of a layer onto the disk, the way a file manager's "Extract
// to…" does: the chosen entry lands in the target folder under its own name ("" = the whole layer into the
// target folder).
//
// Layer names are untrusted: every path goes through SafePath (nothing outside the target folder, never
// through a symbolic link that leads out of it); names the reader flags unsafe are skipped; symbolic links
// are only made when they stay inside the target folder (others are reported in `skipped`); device nodes
// and fifos are refused; hardlinks become copies of their target (read from the layer if the target was
// not part of the selection). Files are written atomically (QSaveFile) with their permission bits (not
// their owners, and without setuid/setgid/sticky); folder modes are applied last. The reader's limits stop
// a decompression bomb. On failure everything this call created is removed again.
//
// Blocking: run it on a worker thread.
class LayerExtractor final
{
public:
    LayerExtractor() = delete;

    static constexpr qint64 kMaxHeadBytes = 1024 * 1024;

    static Result<ExtractResult> extract(const QString& layerFile, const QString& path,
                                         const QString& targetDir, const LayerReadOptions& options = {},
                                         store::TransferControl* control = nullptr);
    static Result<ExtractResult> extract(store::Store& store, const oci::Descriptor& layer,
                                         const QString& path, const QString& targetDir,
                                         const LayerReadOptions& options = {},
                                         store::TransferControl* control = nullptr);
    // From an image's merged filesystem (`merged` built from `layers` by MergedFileSystem): every entry is
    // taken from the layer it survives from, whiteouts already applied.
    static Result<ExtractResult> extractMerged(store::Store& store, const QList<oci::Descriptor>& layers,
                                               const LayerFileTree& merged, const QString& path,
                                               const QString& targetDir, const LayerReadOptions& options = {},
                                               store::TransferControl* control = nullptr);

    // The first `maxBytes` (at most kMaxHeadBytes) of the regular file at `path`, for an inline viewer; a
    // hardlink gives its target's bytes. Stops reading the layer once they are there.
    static Result<QByteArray> readHead(const QString& layerFile, const QString& path,
                                       qint64 maxBytes = kMaxHeadBytes, const LayerReadOptions& options = {},
                                       store::TransferControl* control = nullptr);
    static Result<QByteArray> readHead(store::Store& store, const oci::Descriptor& layer, const QString& path,
                                       qint64 maxBytes = kMaxHeadBytes, const LayerReadOptions& options = {},
                                       store::TransferControl* control = nullptr);
};

} // namespace lading::inspect
