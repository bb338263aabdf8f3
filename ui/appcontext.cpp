#include "ui/appcontext.h"

#include "core/inspect/signatureverifier.h"
#include "core/transfer/storeopener.h"
#include "ui/models/trustbadgecache.h"
#include "ui/transfers/copyjob.h"
#include "ui/transfers/pushjob.h"
#include "ui/transfers/transfermanager.h"

#include <QSettings>

namespace lading::ui {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_credentials(std::make_unique<auth::CredentialStore>())
    , m_trust(std::make_unique<inspect::TrustPolicy>(inspect::TrustSettings::load()))
    , m_transfers(std::make_unique<TransferManager>())
{
    auto* credentials = m_credentials.get();
    m_pool = std::make_unique<registry::RegistryPool>(
        [credentials](const QString& host) { return credentials->get(host); });
    QSettings settings;
    const QStringList insecure = settings.value(QStringLiteral("registries/insecure")).toStringList();
    for (const QString& host : insecure)
        setInsecure(host, true);
    m_trustBadges = std::make_unique<TrustBadgeCache>(*this);
    // Results checked against the old keys and roots say nothing about the new ones.
    connect(this, &AppContext::trustChanged, m_trustBadges.get(), &TrustBadgeCache::clear);
    // Every way the window writes into a repository through a job ends here, whoever started the job (the
    // push dialog, a drop, Copy to…, a retry in the transfers panel). A failed or cancelled job counts too:
    // a copy may have written part of its graph (referrers, children of an index) before it stopped.
    connect(m_transfers.get(), &TransferManager::jobFinished, this, [this](TransferJob* job, bool) {
        if (const auto* push = qobject_cast<PushJob*>(job))
            notifyRepositoryChanged(push->target());
        else if (const auto* copy = qobject_cast<CopyJob*>(job))
            notifyRepositoryChanged(copy->destination());
    });
}

void AppContext::notifyRepositoryChanged(const store::Location& location)
{
    emit repositoryChanged(location);
}

AppContext::~AppContext() = default;

QString AppContext::storeKey(const store::Location& location)
{
    return location.isRegistry() ? location.reference.repositoryName() : location.path;
}

Result<std::shared_ptr<store::Store>> AppContext::store(const store::Location& location)
{
    const QString key = storeKey(location);
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_stores.constFind(key); it != m_stores.constEnd())
            return *it;
    }
    transfer::StoreOpener opener(*m_pool);
    auto opened = opener.open(location, false);
    if (!opened)
        return opened.error();
    std::shared_ptr<store::Store> shared(std::move(opened.value()));
    QMutexLocker lock(&m_mutex);
    auto& slot = m_stores[key];
    if (!slot)
        slot = shared;
    return slot;
}

void AppContext::forgetStores(const QString& sourceKey)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_stores.begin(); it != m_stores.end();) {
        if (it.key() == sourceKey || it.key().startsWith(sourceKey + QLatin1Char('/')))
            it = m_stores.erase(it);
        else
            ++it;
    }
}

bool AppContext::isInsecure(const QString& registry) const
{
    return m_insecure.contains(registry);
}

void AppContext::setInsecure(const QString& registry, bool insecure)
{
    registry::RegistryOptions options = m_pool->options(registry);
    options.plainHttp = insecure;
    m_pool->setOptions(registry, options);
    if (insecure)
        m_insecure.insert(registry);
    else
        m_insecure.remove(registry);
    QSettings settings;
    QStringList list(m_insecure.begin(), m_insecure.end());
    list.sort();
    settings.setValue(QStringLiteral("registries/insecure"), list);
    forgetStores(registry);
}

inspect::TrustPolicy AppContext::trustPolicy() const
{
    QMutexLocker lock(&m_trustMutex);
    return *m_trust;
}

void AppContext::setTrustPolicy(const inspect::TrustPolicy& policy)
{
    inspect::TrustSettings::save(policy);
    {
        QMutexLocker lock(&m_trustMutex);
        *m_trust = policy;
    }
    emit trustChanged();
}

void AppContext::reloadTrustPolicy()
{
    inspect::TrustPolicy policy = inspect::TrustSettings::load();
    {
        QMutexLocker lock(&m_trustMutex);
        *m_trust = std::move(policy);
    }
    emit trustChanged();
}

void AppContext::requestLogin(const QString& registry, const QString& reason)
{
    emit loginRequested(registry, reason);
}

} // namespace lading::ui
