// RegistryPool: one RegistryClient per registry host for the whole process (shared token cache and probes),
// options per host, safe to use from several threads. Nothing here touches the network.
#include "core/registry/registrypool.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using lading::Result;
using lading::auth::Credential;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RegistryPool;

class TestRegistryPool final : public QObject
{
    Q_OBJECT

private slots:
    void sharesOneClientPerHost()
    {
        RegistryPool pool;
        const auto a = pool.client(QStringLiteral("registry.example"));
        QCOMPARE(pool.client(QStringLiteral("registry.example")).get(), a.get());
        QVERIFY(pool.client(QStringLiteral("other.example")).get() != a.get());
        QCOMPARE(a->registry(), QStringLiteral("registry.example"));
    }

    void dockerHubTalksToItsApiHost()
    {
        RegistryPool pool;
        const auto hub = pool.client(QStringLiteral("docker.io"));
        QCOMPARE(hub->registry(), QStringLiteral("docker.io"));
        QCOMPARE(hub->apiHost(), QStringLiteral("registry-1.docker.io"));
    }

    void optionsApplyPerHost()
    {
        RegistryOptions defaults;
        defaults.maxRetries = 7;
        RegistryPool pool({}, defaults);
        const auto before = pool.client(QStringLiteral("insecure.example:5000"));
        QCOMPARE(before->options().plainHttp, false);
        QCOMPARE(before->options().maxRetries, 7);

        RegistryOptions insecure = defaults;
        insecure.plainHttp = true;
        pool.setOptions(QStringLiteral("insecure.example:5000"), insecure);
        QCOMPARE(pool.options(QStringLiteral("insecure.example:5000")).plainHttp, true);
        // New options mean a new client (its scheme and TLS settings are decided once).
        const auto after = pool.client(QStringLiteral("insecure.example:5000"));
        QVERIFY(after.get() != before.get());
        QCOMPARE(after->options().plainHttp, true);
        QCOMPARE(pool.client(QStringLiteral("other.example")).get()->options().plainHttp, false);
        // The old client stays valid for whoever still holds it.
        QCOMPARE(before->options().plainHttp, false);
    }

    void handsTheCredentialLookupToEveryClient()
    {
        std::atomic<int> lookups{0};
        RegistryPool pool([&lookups](const QString& host) -> Result<Credential> {
            ++lookups;
            Credential c;
            c.username = host;
            return c;
        });
        (void)pool.client(QStringLiteral("a.example"));
        QCOMPARE(lookups.load(), 0); // looked up only when a registry asks for credentials
    }

    void isSafeFromManyThreads()
    {
        RegistryPool pool;
        std::vector<std::thread> threads;
        std::vector<RegistryClient*> seen(16, nullptr);
        for (int i = 0; i < 16; ++i)
            threads.emplace_back([&pool, &seen, i] {
                for (int round = 0; round < 200; ++round)
                    seen[size_t(i)] = pool.client(QStringLiteral("shared.example")).get();
            });
        for (auto& t : threads)
            t.join();
        for (RegistryClient* client : seen)
            QCOMPARE(client, seen.front());
    }
};

QTEST_GUILESS_MAIN(TestRegistryPool)
#include "tst_registrypool.moc"
