#pragma once

#include "core/auth/credential.h"
#include "core/auth/credentialhelper.h"
#include "core/auth/dockerconfig.h"
#include "core/auth/keychainstore.h"
#include "core/util/result.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace lading::auth {

// Where the HTTP client gets credentials for a registry host, and where "lading login/logout" put them.
// Lookup order: a session credential set in this process, Lading's entry in the OS keychain, then what
// Docker and the containers tools stored (DOCKER_AUTH_CONFIG, config.json helpers/credsStore/auths,
// auth.json). Thread-safe: any thread may call any method.
class CredentialStore final
{
public:
    struct Options
    {
        QString keychainService = QStringLiteral("lading");
        std::chrono::milliseconds keychainTimeout = KeychainStore::kDefaultTimeout;
        std::chrono::milliseconds helperTimeout = CredentialHelper::kDefaultTimeout;
        bool useKeychain = true;
        bool useDockerConfig = true;
        // Where Docker's and the containers tools' settings come from; the environment when not set.
        std::function<DockerConfig()> dockerConfig;
    };

    CredentialStore();
    explicit CredentialStore(Options options);

    // The credential to use for a registry host ("docker.io", "localhost:5000"); an empty Credential means
    // go anonymous. A missing OS keychain is skipped silently. Errors: a malformed Docker file or a broken
    // credential helper that had to be asked, or a keychain failure when nothing else had a credential.
    Result<Credential> get(const QString& registry) const;
    // Saves to the OS keychain ("lading login"). Replaces any session credential for the host, so the
    // fresh login is the one used. Fails with kind Unsupported when there is no keychain: keep the
    // credential for the session with setSessionCredential() instead.
    Status store(const QString& registry, const Credential& credential);
    // Forgets the host ("lading logout"): the session credential and the keychain entry. Docker's files
    // are left alone; they belong to "docker logout".
    Status erase(const QString& registry);

    // A credential for this process only, winning over every store: the window's login without a
    // keychain, and the CLI's --username/--password-stdin.
    void setSessionCredential(const QString& registry, const Credential& credential);
    void clearSessionCredential(const QString& registry);
    bool hasSessionCredential(const QString& registry) const;

    // Success when the OS keychain can be used, else the reason and what to do (see KeychainStore).
    static Status keychainAvailability() { return KeychainStore::availability(); }
    // Registry hosts known from Docker's and the containers tools' files and from this session, sorted.
    QStringList registries() const;

private:
    DockerConfig dockerConfig() const;

    const Options m_options;
    const KeychainStore m_keychain;
    mutable QMutex m_mutex;
    QHash<QString, Credential> m_session; // by normalised host
};

} // namespace lading::auth
