#pragma once

#include "core/registry/registryclient.h"

#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace lading::registry {

// Lists a paged registry collection (tags/list, _catalog) one page at a time, for views that load as the
// user scrolls. Follows Link headers (same origin only); a registry that ignores `n` simply answers
// everything in the first page. Not thread-safe: one lister per view, driven from one worker at a time.
class PagedLister final
{
public:
    enum class Collection
    {
        Tags,
        Catalog
    };

    PagedLister(std::shared_ptr<RegistryClient> client, Collection collection, const QString& repository = {},
                int pageSize = 1000);
    // Borrows the client: it must outlive the lister (for a client listing itself).
    PagedLister(RegistryClient& client, Collection collection, const QString& repository = {},
                int pageSize = 1000);

    bool atEnd() const { return m_atEnd; }
    // The next page; an empty list at the end. Catalog-less registries answer Unsupported.
    Result<QStringList> nextPage();
    // Every remaining page, concatenated.
    Result<QStringList> all();

private:
    std::shared_ptr<RegistryClient> m_client;
    Collection m_collection;
    QString m_repository;
    QUrl m_next;
    QSet<QString> m_seen;
    bool m_atEnd = false;
};

} // namespace lading::registry
