#pragma once

#include "core/registry/registryclient.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace lading::registry {

// One RegistryClient per registry host for the whole process, so every store, job and thread shares the
// token cache and capability probes. Thread-safe.
class RegistryPool final
{
public:
    explicit RegistryPool(CredentialLookup credentials = {}, RegistryOptions defaults = {});
    Q_DISABLE_COPY_MOVE(RegistryPool)

    // Options for one registry (insecure, CA file); takes effect for clients created afterwards.
    void setOptions(const QString& registry, const RegistryOptions& options);
    RegistryOptions options(const QString& registry) const;
    std::shared_ptr<RegistryClient> client(const QString& registry);

private:
    CredentialLookup m_credentials;
    RegistryOptions m_defaults;
    mutable QMutex m_mutex;
    QHash<QString, RegistryOptions> m_options;
    QHash<QString, std::shared_ptr<RegistryClient>> m_clients;
};

} // namespace lading::registry
