#pragma once

#include "core/store/store.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace lading::store {

// A Store over an OCI image-layout folder (oci-reference §5): `oci-layout`, `index.json`,
// `blobs/<alg>/<enc>`.
//
// Tags are the `org.opencontainers.image.ref.name` annotations of index.json entries (falling back to the
// tag inside `io.containerd.image.name`). A manifest pushed with a subject and no tag is kept in index.json
// as an untagged entry, as oras-go's OCI store does, so its referrers edge survives; other untagged
// manifests (children of an index) are plain blobs.
//
// Thread-safe: several workers may push blobs at once (one writer per digest; the others wait for it), and
// index.json is read and rewritten under one mutex. Blobs land through VerifiedFileWriter; index.json is
// replaced atomically and only after the manifest it names is on disk.
class LayoutStore final : public Store
{
public:
    // Opens the layout at `dir`. With `create`, a missing or empty folder becomes a new layout; a folder
    // with other content but no `oci-layout` file is refused either way.
    static Result<std::unique_ptr<LayoutStore>> open(const QString& dir, bool create);
    ~LayoutStore() override;
    LayoutStore(const LayoutStore&) = delete;
    LayoutStore& operator=(const LayoutStore&) = delete;

    // Absolute path of the layout folder.
    const QString& path() const { return m_root; }
    // Where the blob of `digest` lives (whether or not it is there).
    QString blobPath(const Digest& digest) const;

    QString displayName() const override;
    Result<Descriptor> resolve(const QString& reference) override;
    Result<Manifest> fetchManifest(const QString& reference) override;
    Result<QByteArray> fetchBlob(const Descriptor& blob, qint64 maxSize = 4 * 1024 * 1024) override;
    Status fetchBlobToFile(const Descriptor& blob, const QString& path, TransferControl* control) override;
    Result<bool> exists(const Descriptor& descriptor) override;
    Status pushBlobFromFile(const Descriptor& blob, const QString& path, TransferControl* control) override;
    Status pushBlob(const Descriptor& blob, const QByteArray& bytes) override;
    Result<Descriptor> pushManifest(const QByteArray& bytes, const QString& mediaType,
                                    const QString& tag = {}) override;
    Status tag(const Descriptor& manifest, const QString& tag) override;
    // Removes every index.json entry with this digest. Blobs stay (see garbageCollect()).
    Status deleteManifest(const Descriptor& manifest) override;
    Result<QStringList> tags() override;
    Result<QList<Referrer>> referrers(const Digest& subject, const QString& artifactType = {}) override;
    std::optional<QString> blobFilePath(const Descriptor& blob) const override;
    // blobs/<alg>/<enc>: a fetch may land there directly through VerifiedFileWriter (".part", verify,
    // rename), which also lets an interrupted pull resume. Only for digests that can be verified.
    std::optional<QString> blobTargetPath(const Descriptor& blob) const override;

    // Removes blobs not reachable from index.json (following indexes, manifests, configs and layers) and
    // leftover ".part" files. Call it only when nothing is being copied into this layout: a blob pushed
    // ahead of its manifest is unreachable until the manifest lands.
    Status garbageCollect();

    // Whether `name` is a valid `org.opencontainers.image.ref.name` (image-layout grammar).
    static bool isValidRefName(const QString& name);
    // The tag of an index.json entry: ref.name, else the tag part of io.containerd.image.name, else empty.
    static QString tagOfEntry(const QJsonObject& entry);

private:
    explicit LayoutStore(const QString& root);

    Result<QJsonObject> readIndex() const; // callers hold m_indexMutex
    Status writeIndex(const QJsonObject& index);
    Result<std::shared_ptr<const Manifest>> loadManifest(const Descriptor& descriptor);
    // Writes a blob from any reader through VerifiedFileWriter, once per digest even across threads.
    template <typename Feed> Status storeBlob(const Descriptor& blob, Feed&& feed);
    bool blobPresent(const Descriptor& blob) const;
    Status checkBlobDescriptor(const Descriptor& blob) const;

    QString m_root;

    std::mutex m_indexMutex;

    std::mutex m_inflightMutex;
    std::condition_variable m_inflightDone;
    QSet<QString> m_inflight; // digests being written right now

    std::mutex m_cacheMutex;
    QHash<QString, std::shared_ptr<const Manifest>> m_manifestCache; // verified manifests by digest
};

} // namespace lading::store
