#pragma once

#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lading::transfer {

using oci::Descriptor;

// What to pack, like the arguments of `oras push`.
struct PackRequest
{
    QStringList paths;    // files or folders; each becomes one layer titled with its name
    QString artifactType; // empty: application/vnd.unknown.artifact.v1 when there is no config file
    oci::Annotations manifestAnnotations;
    QString configPath;      // a config file; empty: the 2-byte "{}" empty config
    QString configMediaType; // of configPath; empty: application/vnd.unknown.config.v1+json
    std::optional<Descriptor> subject;
    // Per path (as given in `paths`) media type. Defaults: a file application/vnd.oci.image.layer.v1.tar, a
    // folder application/vnd.oci.image.layer.v1.tar+gzip (folders are always packed as tar+gzip).
    QMap<QString, QString> layerMediaTypes;
    QString workDir; // where folder archives are written; empty: the system temporary folder
    // Files hashed and folders archived at once by pack(), and blobs uploaded at once by push().
    int concurrency = 4;
};

// One blob to upload: either a file on disk (never read whole) or small bytes held in memory.
struct BlobSource
{
    Descriptor descriptor;
    QString filePath;
    QByteArray bytes;

    bool isFile() const { return !filePath.isEmpty(); }
};

struct PackedArtifact
{
    QList<BlobSource> blobs; // config first, then the layers; each digest once
    QByteArray manifest;     // compact JSON, the exact bytes to push
    Descriptor manifestDescriptor;
    QStringList temporaryFiles; // folder archives made in workDir: the caller removes them after the push
    int concurrency = 4;        // blobs push() uploads at once; pack() copies PackRequest::concurrency
};

// Builds an OCI image manifest with artifactType from local files and folders (oci-reference §4.6, §7
// "ORAS generic files"), so that `oras pull` and ArtifactUnpacker can restore them.
class ArtifactPacker final
{
public:
    ArtifactPacker() = delete;

    // Hashes files by streaming and archives folders into workDir, `request.concurrency` at once. Blocks:
    // run it on a worker thread. `control` (optional) is polled for cancellation and told of progress
    // messages (from worker threads). When several inputs fail, the error is that of the first one given.
    static Result<PackedArtifact> pack(const PackRequest& request, store::TransferControl* control = nullptr);

    // Uploads the blobs that `store` lacks, `artifact.concurrency` at once, then the manifest (under `tag`
    // when given) once every blob is there. `store` must be usable from several threads (Store says so).
    static Result<Descriptor> push(const PackedArtifact& artifact, store::Store& store,
                                   const QString& tag = {}, store::TransferControl* control = nullptr);

    // Removes the temporary files a pack() made.
    static void cleanUp(const PackedArtifact& artifact);
};

} // namespace lading::transfer
