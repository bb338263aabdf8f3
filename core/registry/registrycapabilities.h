#pragma once

#include "core/registry/registryclient.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lading::registry {

// What one registry host can do, as the sidebar shows it: whether it answers at all, TLS or plain HTTP, how
// it authenticates, whether it lists its repositories, and whether it serves the referrers API or needs the
// tag fallback. Unknown answers stay unset (a catalog behind a login, referrers with no repository to ask).
struct RegistryCapabilities
{
    using AuthKind = RegistryClient::AuthKind;

    bool reachable = false;
    bool tls = false;
    AuthKind auth = AuthKind::Unknown;
    bool needsLogin = false;          // /v2/ refused us: no credential, or a rejected one
    std::optional<bool> catalog;      // GET /v2/_catalog works
    std::optional<bool> referrersApi; // GET /v2/<repo>/referrers/<digest> works
    QString probedRepository;         // the repository the referrers probe asked, if any
    QString error;                    // one sentence; empty when everything that was tried worked

    // Blocking (several HTTP round trips): call from a worker thread. Asks /v2/ (reachability, scheme,
    // auth), the first catalog page with n=1, then the referrers API of one repository: the first the
    // catalog names, else the first of `knownRepositories` (names the user typed for a catalog-less host).
    // The client's referrers answer is remembered by the client, as browsing would.
    static RegistryCapabilities probe(RegistryClient& client, const QStringList& knownRepositories = {});
};

} // namespace lading::registry
