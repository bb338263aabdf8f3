#include "core/registry/pagedlister.h"

#include "core/registry/linkheader.h"
#include "core/registry/registryerror.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

LADING_TR_CONTEXT(PagedLister);

namespace lading::registry {

PagedLister::PagedLister(std::shared_ptr<RegistryClient> client, Collection collection,
                         const QString& repository, int pageSize)
    : m_client(std::move(client))
    , m_collection(collection)
    , m_repository(repository)
{
    const QString path = collection == Collection::Tags
                             ? QStringLiteral("/v2/") + repository + QStringLiteral("/tags/list")
                             : QStringLiteral("/v2/_catalog");
    m_next = QUrl(path + QStringLiteral("?n=%1").arg(pageSize));
}

PagedLister::PagedLister(RegistryClient& client, Collection collection, const QString& repository,
                         int pageSize)
    // The aliasing constructor: a pointer that shares no ownership.
    : PagedLister(std::shared_ptr<RegistryClient>(std::shared_ptr<RegistryClient>(), &client), collection,
                  repository, pageSize)
{}

Result<QStringList> PagedLister::all()
{
    QStringList everything;
    while (!m_atEnd) {
        auto page = nextPage();
        if (!page)
            return page.error();
        everything += page.value();
    }
    return everything;
}

Result<QStringList> PagedLister::nextPage()
{
    if (m_atEnd)
        return QStringList();
    const QString key = m_next.toString();
    if (m_seen.contains(key))
        return Error::make(Error::Kind::Protocol,
                           tr("%1 sent the same page twice while listing").arg(m_client->registry()));
    const bool tags = m_collection == Collection::Tags;
    HttpRequest request;
    request.url = m_next;
    request.scopes = {tags ? QStringLiteral("repository:%1:pull").arg(m_repository)
                           : QStringLiteral("registry:catalog:*")};
    request.maxBodySize = 64 * 1024 * 1024;
    auto reply = m_client->send(request);
    if (!reply)
        return reply.error();
    if (!reply->isSuccess()) {
        if (!tags &&
            (reply->status == 404 || reply->status == 401 || reply->status == 403 || reply->status == 405)) {
            Error error =
                Error::make(Error::Kind::Unsupported,
                            tr("%1 does not list its repositories (no catalog); name a repository directly")
                                .arg(m_client->registry()));
            error.httpStatus = reply->status;
            return error;
        }
        const QString what = tags ? tr("Listing the tags of %1/%2").arg(m_client->registry(), m_repository)
                                  : tr("Listing the repositories of %1").arg(m_client->registry());
        return errorFromReply(reply->status, reply->body, what);
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply->body);
    if (!document.isObject())
        return Error::make(Error::Kind::Protocol,
                           tr("%1 answered the listing with invalid JSON").arg(m_client->registry()));
    // Only a page that arrived counts as seen: a failed one can be asked for again.
    m_seen.insert(key);
    QStringList page;
    const QJsonArray entries =
        document.object().value(tags ? QLatin1String("tags") : QLatin1String("repositories")).toArray();
    page.reserve(entries.size());
    for (const auto& entry : entries)
        page.append(entry.toString());
    m_next = LinkHeader::nextPage(reply->headerValues("link"), reply->url);
    m_atEnd = m_next.isEmpty();
    return page;
}

} // namespace lading::registry
