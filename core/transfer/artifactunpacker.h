#pragma once

#include "core/oci/manifest.h"
#include "core/oci/platform.h"
#include "core/store/store.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lading::transfer {

struct UnpackResult
{
    QStringList written; // absolute paths of the files and folders restored, one per titled layer
    QStringList skipped; // digests of layers without a title (nothing to name a file after)
};

// The pull side of ArtifactPacker, like `oras pull -o DIR`: every layer with an
// org.opencontainers.image.title becomes a file of that name in the output folder; folder layers
// (io.deis.oras.content.unpack "true") are extracted there.
//
// Names come from the artifact and are not trusted: every title and every archive entry goes through
// SafePath, archive entries must stay below their layer's title, and symbolic links may not lead out of
// the output folder. A refused name fails the pull with Error::Kind::Unsafe before anything is written
// outside the folder. Files land under a temporary name and are renamed once verified, so a failed pull
// never leaves a partial file under a final name; a folder layer that fails is removed again.
class ArtifactUnpacker final
{
public:
    ArtifactUnpacker() = delete;

    // Blocks: run it on a worker thread. `control` may be null. Up to `concurrency` layers are fetched at
    // once (`store` must be usable from several threads, as Store says); layers whose names could touch
    // each other's files are fetched one by one in manifest order. `written` keeps the manifest order.
    // The manifest a pull of `reference` works on: the manifest itself, or for an index the entry for
    // `platform` (default: linux on this machine's architecture).
    static Result<oci::Manifest> manifestToPull(store::Store& store, const QString& reference,
                                                const std::optional<oci::Platform>& platform = std::nullopt);
    static Result<UnpackResult> unpack(const oci::Manifest& manifest, store::Store& store,
                                       const QString& outputDir, store::TransferControl* control = nullptr,
                                       int concurrency = 4);
};

} // namespace lading::transfer
