#pragma once

#include "core/auth/credentialstore.h"
#include "core/registry/registrypool.h"
#include "core/store/location.h"
#include "core/store/store.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <memory>

namespace lading::inspect {
struct TrustPolicy;
}

namespace lading::ui {

class TransferManager;
class TrustBadgeCache;

// What every part of the window shares: credentials, one registry client per host, open stores. Stores
// are opened and used on worker threads; everything here is thread-safe unless it says otherwise.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

    auth::CredentialStore& credentials() { return *m_credentials; }
    registry::RegistryPool& registries() { return *m_pool; }
    // Every transfer job of the window (push, pull, export, copy, save blob). GUI thread.
    TransferManager& transfers() { return *m_transfers; }

    // The store a location lives in (a registry repository, a layout, an archive), opened once and shared.
    // Blocking for layouts and archives (reads the disk): call from a worker thread.
    Result<std::shared_ptr<store::Store>> store(const store::Location& location);
    // Forgets open stores of a source (after a reload, or when its files changed on disk).
    void forgetStores(const QString& sourceKey);

    // Registries the user marked insecure (plain HTTP allowed for a non-loopback host). GUI thread.
    bool isInsecure(const QString& registry) const;
    void setInsecure(const QString& registry, bool insecure);

    // Asks the user to log in to `registry` (GUI thread). Views call this when a request answers 401; a
    // successful login emits credentialsChanged so they can retry.
    void requestLogin(const QString& registry, const QString& reason = {});

    // "registry/repository" or the layout path: the key a location's store is cached under.
    static QString storeKey(const store::Location& location);

    // The public keys and root certificates the user trusts (inspect::TrustSettings), read once at start.
    // A copy: thread-safe, so verifications on worker threads take it when they start.
    inspect::TrustPolicy trustPolicy() const;
    // Saves `policy` to the settings and emits trustChanged (GUI thread).
    void setTrustPolicy(const inspect::TrustPolicy& policy);
    // Reads the settings again (another process, or a test, changed them) and emits trustChanged.
    void reloadTrustPolicy();
    // The trust badges of manifests, shared by the tag list, the referrers graph and the summary; dropped
    // on trustChanged. GUI thread.
    TrustBadgeCache& trustBadges() { return *m_trustBadges; }

    // Something wrote into the store of `location` (a push, an attached referrer, a copy into it, a new tag,
    // a delete): what was read from it may be stale, above all the trust badges (a new signature turns an
    // unsigned tag into a signed one). Emits repositoryChanged. Transfer jobs that write (push, copy) are
    // announced by the context itself when they finish; tag and delete by ArtifactActions. GUI thread.
    void notifyRepositoryChanged(const store::Location& location);

signals:
    // The store of `location` (AppContext::storeKey) was written to: see notifyRepositoryChanged().
    void repositoryChanged(const lading::store::Location& location);
    // The trusted keys or roots changed: every verification result shown is stale.
    void trustChanged();
    void loginRequested(const QString& registry, const QString& reason);
    void credentialsChanged(const QString& registry);

private:
    std::unique_ptr<auth::CredentialStore> m_credentials;
    std::unique_ptr<registry::RegistryPool> m_pool;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<store::Store>> m_stores;
    QSet<QString> m_insecure;
    mutable QMutex m_trustMutex;
    std::unique_ptr<inspect::TrustPolicy> m_trust;
    std::unique_ptr<TrustBadgeCache> m_trustBadges;
    // Last: destroyed first, waiting for running jobs while the pool and stores they use still exist.
    std::unique_ptr<TransferManager> m_transfers;
};

} // namespace lading::ui
