#pragma once

#include "core/store/store.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QString>

namespace lading::test {

// A Store held in memory, for tests of code built on the Store interface. Thread-safe. Blobs and manifests
// are kept by digest, tags point at manifests, and referrers are found by scanning the stored manifests'
// subjects (what a registry with the referrers API answers).
class MemoryStore final : public store::Store
{
public:
    explicit MemoryStore(QString name = QStringLiteral("memory"));

    QString displayName() const override;
    Result<oci::Descriptor> resolve(const QString& reference) override;
    Result<oci::Manifest> fetchManifest(const QString& reference) override;
    Result<QByteArray> fetchBlob(const oci::Descriptor& blob, qint64 maxSize = 4 * 1024 * 1024) override;
    Status fetchBlobToFile(const oci::Descriptor& blob, const QString& path,
                           store::TransferControl* control) override;
    Result<bool> exists(const oci::Descriptor& descriptor) override;
    Status pushBlobFromFile(const oci::Descriptor& blob, const QString& path,
                            store::TransferControl* control) override;
    Status pushBlob(const oci::Descriptor& blob, const QByteArray& bytes) override;
    Result<oci::Descriptor> pushManifest(const QByteArray& bytes, const QString& mediaType,
                                         const QString& tag = {}) override;
    Status tag(const oci::Descriptor& manifest, const QString& tag) override;
    Status deleteManifest(const oci::Descriptor& manifest) override;
    Result<QStringList> tags() override;
    Result<QList<store::Referrer>> referrers(const oci::Digest& subject,
                                             const QString& artifactType = {}) override;

    // Test hooks.
    // Stores bytes under a digest without checking them: a corrupt blob the fetch side must catch.
    void putBlobUnchecked(const oci::Digest& digest, const QByteArray& bytes);
    int blobCount() const;
    int manifestCount() const;

private:
    Result<oci::Digest> digestOf(const QString& reference) const; // caller holds m_mutex

    QString m_name;
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_blobs;        // digest string → bytes
    QHash<QString, oci::Manifest> m_manifests; // digest string → manifest
    QMap<QString, QString> m_tags;             // tag → digest string
};

} // namespace lading::test
