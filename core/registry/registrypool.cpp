#include "core/registry/registrypool.h"

namespace lading::registry {

RegistryPool::RegistryPool(CredentialLookup credentials, RegistryOptions defaults)
    : m_credentials(std::move(credentials))
    , m_defaults(std::move(defaults))
{}

void RegistryPool::setOptions(const QString& registry, const RegistryOptions& options)
{
    QMutexLocker lock(&m_mutex);
    m_options.insert(registry, options);
    m_clients.remove(registry);
}

RegistryOptions RegistryPool::options(const QString& registry) const
{
    QMutexLocker lock(&m_mutex);
    return m_options.value(registry, m_defaults);
}

std::shared_ptr<RegistryClient> RegistryPool::client(const QString& registry)
{
    QMutexLocker lock(&m_mutex);
    auto& client = m_clients[registry];
    if (!client)
        client =
            std::make_shared<RegistryClient>(registry, m_options.value(registry, m_defaults), m_credentials);
    return client;
}

} // namespace lading::registry
