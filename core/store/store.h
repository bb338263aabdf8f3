#pragma once

#include "core/oci/descriptor.h"
#include "core/oci/manifest.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lading::store {

using oci::Descriptor;
using oci::Digest;
using oci::Manifest;

// Where a referrer edge was found: the referrers API, the referrers fallback tag, or a cosign-style tag.
enum class ReferrerSource
{
    Api,
    FallbackTag,
    CosignTag,
    Layout
};

struct Referrer
{
    Descriptor descriptor; // the referrer manifest, with artifactType and annotations
    ReferrerSource source = ReferrerSource::Api;
};

// One repository's content, wherever it lives: a registry repository or an OCI layout. Everything that
// moves artifacts goes through this interface (modelled on oras-go's content.Storage + registry.Repository).
//
// Calls block and may be made from worker threads (never from the GUI thread). An implementation must be
// usable from several threads at once. Every byte fetched is verified against its descriptor before it is
// handed out or kept.
class Store
{
public:
    virtual ~Store() = default;

    // "localhost:5000/team/app" or "oci:/path/to/layout": for messages and progress.
    virtual QString displayName() const = 0;

    // A tag or a digest string → the manifest's descriptor (media type, digest, size).
    virtual Result<Descriptor> resolve(const QString& reference) = 0;
    // The exact manifest bytes for a tag or digest, verified against the digest when one is known.
    virtual Result<Manifest> fetchManifest(const QString& reference) = 0;
    // A small blob (config, signature payload) into memory; refuses blobs over maxSize.
    virtual Result<QByteArray> fetchBlob(const Descriptor& blob, qint64 maxSize = 4 * 1024 * 1024) = 0;
    // A blob streamed into a file. The data lands in `path + ".part"` and is renamed to `path` only after
    // size and digest match; an existing ".part" is resumed. Nothing is left under `path` on failure.
    virtual Status fetchBlobToFile(const Descriptor& blob, const QString& path, TransferControl* control) = 0;
    // Whether a blob (or a manifest, by its media type) is present.
    virtual Result<bool> exists(const Descriptor& descriptor) = 0;

    // Uploads a blob from a file whose digest and size are those of `blob` (checked while streaming).
    virtual Status pushBlobFromFile(const Descriptor& blob, const QString& path,
                                    TransferControl* control) = 0;
    // Uploads a small blob held in memory.
    virtual Status pushBlob(const Descriptor& blob, const QByteArray& bytes) = 0;
    // Stores manifest bytes, under `tag` when given, otherwise by digest. Keeps the referrers index up to
    // date when the manifest has a subject. Returns the manifest's descriptor.
    virtual Result<Descriptor> pushManifest(const QByteArray& bytes, const QString& mediaType,
                                            const QString& tag = {}) = 0;
    // Points `tag` at an existing manifest.
    virtual Status tag(const Descriptor& manifest, const QString& tag) = 0;
    // Deletes a manifest by digest (and keeps the referrers index right if it had a subject).
    virtual Status deleteManifest(const Descriptor& manifest) = 0;

    // All tags, every page.
    virtual Result<QStringList> tags() = 0;
    // Manifests whose subject is `subject`, optionally only of one artifact type.
    virtual Result<QList<Referrer>> referrers(const Digest& subject, const QString& artifactType = {}) = 0;

    // Stores that keep verified blobs as plain files hand out the path, so copies read it directly.
    virtual std::optional<QString> blobFilePath(const Descriptor&) const { return std::nullopt; }
    // Stores that keep blobs as plain files may accept a verified file written straight to its final
    // place (VerifiedFileWriter renames only after the digest matched), saving a copy through a spool file.
    virtual std::optional<QString> blobTargetPath(const Descriptor&) const { return std::nullopt; }
    // Cross-repository mount from another store of the same registry. false = not possible here.
    virtual Result<bool> mountBlob(const Descriptor&, const Store& /*from*/) { return false; }
};

} // namespace lading::store
