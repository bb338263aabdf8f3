#include "core/registry/registrycapabilities.h"

#include "core/registry/registryerror.h"
#include "core/registry/remoterepository.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

LADING_TR_CONTEXT(RegistryCapabilities);

namespace lading::registry {

namespace {

bool isUnreachable(const Error& error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Cancelled;
}

} // namespace

RegistryCapabilities RegistryCapabilities::probe(RegistryClient& client, const QStringList& knownRepositories)
{
    RegistryCapabilities caps;

    // /v2/ once, without retries: a probe should say "unreachable" in a second, not after the back-off a
    // transfer deserves.
    HttpRequest ping;
    ping.url = QUrl(QStringLiteral("/v2/"));
    ping.retry = false;
    ping.maxBodySize = 64 * 1024;
    auto reply = client.send(ping);
    caps.tls = client.usesTls();
    caps.auth = client.authKind();
    if (!reply) {
        const Error& error = reply.error();
        caps.reachable = !isUnreachable(error);
        caps.needsLogin = error.kind == Error::Kind::Unauthorized || error.kind == Error::Kind::Denied;
        caps.error = error.message;
        return caps;
    }
    caps.reachable = true;
    if (reply->status == 404) {
        caps.error =
            tr("%1 does not speak the OCI distribution API (/v2/ answered 404)").arg(client.registry());
        return caps;
    }
    if (reply->status == 401 || reply->status == 403) {
        // The challenge was answered and the registry still refuses: the credential is missing or wrong.
        caps.needsLogin = true;
        caps.error =
            errorFromReply(reply->status, reply->body, tr("Contacting %1").arg(client.registry())).message;
        return caps;
    }
    if (!reply->isSuccess()) {
        caps.error =
            errorFromReply(reply->status, reply->body, tr("Contacting %1").arg(client.registry())).message;
        return caps;
    }
    // No challenge on the way: the registry lets anyone in.
    if (caps.auth == AuthKind::Unknown)
        caps.auth = AuthKind::Anonymous;

    // The first catalog page with one entry: enough to know there is a catalog and to name a repository.
    QString repository;
    HttpRequest catalog;
    catalog.url = QUrl(QStringLiteral("/v2/_catalog?n=1"));
    catalog.scopes = {QStringLiteral("registry:catalog:*")};
    catalog.retry = false;
    auto page = client.send(catalog);
    if (!page) {
        if (isUnreachable(page.error()))
            caps.error = page.error().message;
        else
            caps.catalog = false; // the token service refused the catalog scope
    } else if (page->isSuccess()) {
        const QJsonDocument document = QJsonDocument::fromJson(page->body);
        caps.catalog = document.isObject();
        const QJsonArray repositories = document.object().value(QLatin1String("repositories")).toArray();
        if (!repositories.isEmpty())
            repository = repositories.first().toString();
    } else if (page->status == 401 || page->status == 403 || page->status == 404 || page->status == 405) {
        caps.catalog = false;
    } else {
        caps.error = errorFromReply(page->status, page->body,
                                    tr("Listing the repositories of %1").arg(client.registry()))
                         .message;
    }

    if (repository.isEmpty() && !knownRepositories.isEmpty())
        repository = knownRepositories.first();
    if (repository.isEmpty())
        return caps;
    caps.probedRepository = repository;
    // RemoteRepository holds the client only for this call: a non-owning pointer is enough.
    RemoteRepository remote(std::shared_ptr<RegistryClient>(&client, [](RegistryClient*) {}), repository);
    auto referrers = remote.supportsReferrersApi();
    if (referrers)
        caps.referrersApi = referrers.value();
    else if (isUnreachable(referrers.error()) && caps.error.isEmpty())
        caps.error = referrers.error().message;
    return caps;
}

} // namespace lading::registry
