#pragma once

#include "core/util/result.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace lading::registry {
class RegistryClient;
}

namespace lading::ui {

// Where a list that loads page by page gets its pages: a registry's catalog or tag list (one Link page at a
// time), or a whole list read at once (an OCI layout's tags). A source is created and asked for pages on a
// worker thread, one call at a time: PagedListModel never has two requests in flight for one source.
class PageSource
{
public:
    virtual ~PageSource() = default;
    // The next page (blocking); empty at the end.
    virtual Result<QStringList> nextPage() = 0;
    virtual bool atEnd() const = 0;

    // Makes a source; called on a worker thread (opening a store may read the disk).
    using Factory = std::function<Result<std::unique_ptr<PageSource>>()>;

    // A registry's tags of `repository` through PagedLister(Collection::Tags).
    static Factory registryTags(std::shared_ptr<registry::RegistryClient> client, const QString& repository,
                                int pageSize);
    // A registry's repositories through PagedLister(Collection::Catalog); Unsupported without a catalog.
    static Factory registryCatalog(std::shared_ptr<registry::RegistryClient> client, int pageSize);
    // A list read in one call (Store::tags() of a layout), served as one page.
    static Factory wholeList(std::function<Result<QStringList>()> read);
};

} // namespace lading::ui
