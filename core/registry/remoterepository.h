#pragma once

#include "core/registry/registryclient.h"
#include "core/store/store.h"

#include <memory>

namespace lading::registry {

// A repository on a registry, through the OCI distribution API. Blobs stream to disk and are verified;
// uploads skip what exists, mount across repositories, use POST+PUT or chunked PATCH for large blobs and
// resume; referrers come from the API when the registry has it, else from the fallback tag (kept up to
// date on push and delete) and cosign's tags.
class RemoteRepository final : public store::Store
{
public:
    RemoteRepository(std::shared_ptr<RegistryClient> client, const QString& repository);

    const QString& repository() const { return m_repository; }
    RegistryClient& client() const { return *m_client; }

    QString displayName() const override;
    Result<store::Descriptor> resolve(const QString& reference) override;
    Result<store::Manifest> fetchManifest(const QString& reference) override;
    // Default arguments repeat the Store interface's, so calls through a RemoteRepository read the same.
    Result<QByteArray> fetchBlob(const store::Descriptor& blob, qint64 maxSize = 4 * 1024 * 1024) override;
    Status fetchBlobToFile(const store::Descriptor& blob, const QString& path,
                           store::TransferControl* control) override;
    Result<bool> exists(const store::Descriptor& descriptor) override;
    Status pushBlobFromFile(const store::Descriptor& blob, const QString& path,
                            store::TransferControl* control) override;
    Status pushBlob(const store::Descriptor& blob, const QByteArray& bytes) override;
    Result<store::Descriptor> pushManifest(const QByteArray& bytes, const QString& mediaType,
                                           const QString& tag = {}) override;
    Status tag(const store::Descriptor& manifest, const QString& tag) override;
    Status deleteManifest(const store::Descriptor& manifest) override;
    Result<QStringList> tags() override;
    Result<QList<store::Referrer>> referrers(const store::Digest& subject,
                                             const QString& artifactType = {}) override;
    Result<bool> mountBlob(const store::Descriptor& blob, const store::Store& from) override;

    // Whether the registry serves the referrers API for this repository (probed once, then remembered).
    Result<bool> supportsReferrersApi();

private:
    QStringList pullScope() const;
    QStringList pushScope() const;
    QString path(const QString& suffix) const;
    Result<HttpResponse> sendChecked(HttpRequest request, const QString& what);
    Result<QUrl> startUpload(QByteArray* chunkMinimum);
    Status uploadMonolithic(const QUrl& location, const store::Descriptor& blob, const QString& path,
                            store::TransferControl* control);
    Status uploadChunked(QUrl location, qint64 chunkSize, const store::Descriptor& blob, const QString& path,
                         store::TransferControl* control);
    Status finishUpload(const QUrl& location, const store::Descriptor& blob);
    Result<QList<store::Referrer>> referrersFromApi(const store::Digest& subject, const QString& artifactType,
                                                    bool* supported);
    Result<QList<store::Referrer>> referrersFromTags(const store::Digest& subject);
    // Adds (or removes) `entry` in the fallback referrers index of `subject`.
    Status updateFallbackIndex(const store::Digest& subject, const store::Descriptor& entry, bool add);
    QString what(const QString& action) const;

    std::shared_ptr<RegistryClient> m_client;
    QString m_repository;
};

// Appends `key=value` to a URL's query, keeping what the registry put there (distribution's _state).
QUrl withQueryItem(const QUrl& url, const QString& key, const QString& value);

} // namespace lading::registry
