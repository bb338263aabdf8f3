#pragma once

#include "core/store/layoutstore.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace lading::store {

// An `oci-archive:FILE.tar`: the tar is unpacked into a private temporary folder on open and served by a
// LayoutStore there; save() packs it back. Writes change only the temporary copy until save() succeeds, so
// a failed copy leaves the tar as it was.
class ArchiveStore final : public Store
{
public:
    // Opens `tarPath`. A missing file is refused unless `create`, which starts from an empty layout.
    static Result<std::unique_ptr<ArchiveStore>> open(const QString& tarPath, bool create);
    ~ArchiveStore() override;
    ArchiveStore(const ArchiveStore&) = delete;
    ArchiveStore& operator=(const ArchiveStore&) = delete;

    // Writes the layout back to the tar atomically (temporary file next to it, then rename). Call it after
    // a successful copy or push, when no other call on this store is running.
    Status save();

    const QString& tarPath() const { return m_tarPath; }
    LayoutStore& layout() { return *m_layout; }

    QString displayName() const override;
    Result<Descriptor> resolve(const QString& reference) override { return m_layout->resolve(reference); }
    Result<Manifest> fetchManifest(const QString& reference) override
    {
        return m_layout->fetchManifest(reference);
    }
    Result<QByteArray> fetchBlob(const Descriptor& blob, qint64 maxSize = 4 * 1024 * 1024) override
    {
        return m_layout->fetchBlob(blob, maxSize);
    }
    Status fetchBlobToFile(const Descriptor& blob, const QString& path, TransferControl* control) override
    {
        return m_layout->fetchBlobToFile(blob, path, control);
    }
    Result<bool> exists(const Descriptor& descriptor) override { return m_layout->exists(descriptor); }
    Status pushBlobFromFile(const Descriptor& blob, const QString& path, TransferControl* control) override
    {
        return m_layout->pushBlobFromFile(blob, path, control);
    }
    Status pushBlob(const Descriptor& blob, const QByteArray& bytes) override
    {
        return m_layout->pushBlob(blob, bytes);
    }
    Result<Descriptor> pushManifest(const QByteArray& bytes, const QString& mediaType,
                                    const QString& tag = {}) override
    {
        return m_layout->pushManifest(bytes, mediaType, tag);
    }
    Status tag(const Descriptor& manifest, const QString& tag) override
    {
        return m_layout->tag(manifest, tag);
    }
    Status deleteManifest(const Descriptor& manifest) override { return m_layout->deleteManifest(manifest); }
    Result<QStringList> tags() override { return m_layout->tags(); }
    Result<QList<Referrer>> referrers(const Digest& subject, const QString& artifactType = {}) override
    {
        return m_layout->referrers(subject, artifactType);
    }
    // A file in the temporary folder: valid while this store lives.
    std::optional<QString> blobFilePath(const Descriptor& blob) const override
    {
        return m_layout->blobFilePath(blob);
    }
    std::optional<QString> blobTargetPath(const Descriptor& blob) const override
    {
        return m_layout->blobTargetPath(blob);
    }

private:
    ArchiveStore(const QString& tarPath, std::unique_ptr<QTemporaryDir> dir,
                 std::unique_ptr<LayoutStore> layout);

    QString m_tarPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LayoutStore> m_layout;
};

} // namespace lading::store
