#include "ui/models/pagesource.h"

#include "core/registry/pagedlister.h"

namespace lading::ui {

namespace {

class ListerSource final : public PageSource
{
public:
    explicit ListerSource(registry::PagedLister lister)
        : m_lister(std::move(lister))
    {}
    Result<QStringList> nextPage() override { return m_lister.nextPage(); }
    bool atEnd() const override { return m_lister.atEnd(); }

private:
    registry::PagedLister m_lister;
};

class WholeListSource final : public PageSource
{
public:
    explicit WholeListSource(std::function<Result<QStringList>()> read)
        : m_read(std::move(read))
    {}
    Result<QStringList> nextPage() override
    {
        if (m_done)
            return QStringList();
        auto list = m_read();
        if (list)
            m_done = true;
        return list;
    }
    bool atEnd() const override { return m_done; }

private:
    std::function<Result<QStringList>()> m_read;
    bool m_done = false;
};

} // namespace

PageSource::Factory PageSource::registryTags(std::shared_ptr<registry::RegistryClient> client,
                                             const QString& repository, int pageSize)
{
    return [client = std::move(client), repository, pageSize]() -> Result<std::unique_ptr<PageSource>> {
        return std::unique_ptr<PageSource>(std::make_unique<ListerSource>(
            registry::PagedLister(client, registry::PagedLister::Collection::Tags, repository, pageSize)));
    };
}

PageSource::Factory PageSource::registryCatalog(std::shared_ptr<registry::RegistryClient> client,
                                                int pageSize)
{
    return [client = std::move(client), pageSize]() -> Result<std::unique_ptr<PageSource>> {
        return std::unique_ptr<PageSource>(std::make_unique<ListerSource>(
            registry::PagedLister(client, registry::PagedLister::Collection::Catalog, {}, pageSize)));
    };
}

PageSource::Factory PageSource::wholeList(std::function<Result<QStringList>()> read)
{
    return [read = std::move(read)]() -> Result<std::unique_ptr<PageSource>> {
        return std::unique_ptr<PageSource>(std::make_unique<WholeListSource>(read));
    };
}

} // namespace lading::ui
