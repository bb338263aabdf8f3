#include "core/auth/credentialstore.h"

#include <QMutexLocker>

#include <algorithm>

namespace lading::auth {

namespace {

QString keyOf(const QString& registry)
{
    return DockerConfig::normaliseHost(registry);
}

} // namespace

CredentialStore::CredentialStore()
    : CredentialStore(Options())
{}

CredentialStore::CredentialStore(Options options)
    : m_options(std::move(options))
    , m_keychain(m_options.keychainService, m_options.keychainTimeout)
{}

DockerConfig CredentialStore::dockerConfig() const
{
    // Read afresh each time: a "docker login" in a terminal should count without restarting Lading.
    return m_options.dockerConfig ? m_options.dockerConfig()
                                  : DockerConfig::fromEnvironment(m_options.helperTimeout);
}

Result<Credential> CredentialStore::get(const QString& registry) const
{
    const QString key = keyOf(registry);
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_session.constFind(key);
        if (it != m_session.cend())
            return *it;
    }

    // A keychain that exists but fails (locked, refused) must not hide credentials Docker has; report it
    // only when nothing else answers, since going anonymous would then turn into a puzzling 401.
    Error keychainError;
    if (m_options.useKeychain) {
        auto found = m_keychain.read(key);
        if (found && !found->isEmpty())
            return found;
        if (!found && found.error().kind != Error::Kind::Unsupported)
            keychainError = found.error();
    }
    if (m_options.useDockerConfig) {
        auto found = dockerConfig().credential(key);
        if (!found || !found->isEmpty())
            return found;
    }
    if (keychainError.kind != Error::Kind::None)
        return keychainError;
    return Credential();
}

Status CredentialStore::store(const QString& registry, const Credential& credential)
{
    const QString key = keyOf(registry);
    LADING_TRY(m_keychain.write(key, credential));
    QMutexLocker lock(&m_mutex);
    m_session.remove(key);
    return {};
}

Status CredentialStore::erase(const QString& registry)
{
    const QString key = keyOf(registry);
    bool hadSession = false;
    {
        QMutexLocker lock(&m_mutex);
        hadSession = m_session.remove(key) > 0;
    }
    const Status erased = m_keychain.erase(key);
    // Without a keychain nothing of ours was stored there: forgetting the session credential was all.
    if (!erased && erased.error().kind == Error::Kind::Unsupported && hadSession)
        return {};
    return erased;
}

void CredentialStore::setSessionCredential(const QString& registry, const Credential& credential)
{
    QMutexLocker lock(&m_mutex);
    m_session.insert(keyOf(registry), credential);
}

void CredentialStore::clearSessionCredential(const QString& registry)
{
    QMutexLocker lock(&m_mutex);
    m_session.remove(keyOf(registry));
}

bool CredentialStore::hasSessionCredential(const QString& registry) const
{
    QMutexLocker lock(&m_mutex);
    return m_session.contains(keyOf(registry));
}

QStringList CredentialStore::registries() const
{
    QStringList hosts = m_options.useDockerConfig ? dockerConfig().registries() : QStringList();
    {
        QMutexLocker lock(&m_mutex);
        hosts += m_session.keys();
    }
    hosts.removeDuplicates();
    std::sort(hosts.begin(), hosts.end());
    return hosts;
}

} // namespace lading::auth
