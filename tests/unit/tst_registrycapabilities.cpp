// RegistryCapabilities::probe against the in-process TestRegistry: anonymous, Basic and Bearer registries,
// with and without catalog and referrers API, a registry that is down, and one that wants a login.
#include "core/registry/registrycapabilities.h"
#include "tests/support/testregistry.h"

#include <QTcpServer>
#include <QTest>

using lading::auth::Credential;
using lading::registry::RegistryCapabilities;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::test::TestRegistry;

namespace {

const QByteArray kManifest =
    R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",)"
    R"("config":{"mediaType":"application/vnd.oci.empty.v1+json","digest":)"
    R"("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},)"
    R"("layers":[]})";

void seedRepository(TestRegistry& registry, const QString& repository)
{
    registry.putBlob(repository, QByteArrayLiteral("{}"));
    registry.putManifest(repository, QStringLiteral("v1"), kManifest,
                         QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
}

Credential credential(const QString& user, const QString& password)
{
    Credential c;
    c.username = user;
    c.secret = password;
    return c;
}

} // namespace

class TestRegistryCapabilities final : public QObject
{
    Q_OBJECT

private slots:
    void anonymousRegistryWithCatalogAndReferrersApi()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        seedRepository(registry, QStringLiteral("team/app"));
        RegistryClient client(registry.host(), RegistryOptions());
        const auto caps = RegistryCapabilities::probe(client);
        QVERIFY2(caps.reachable, qPrintable(caps.error));
        QVERIFY2(caps.error.isEmpty(), qPrintable(caps.error));
        QVERIFY(!caps.tls);
        QCOMPARE(caps.auth, RegistryClient::AuthKind::Anonymous);
        QVERIFY(!caps.needsLogin);
        QCOMPARE(caps.catalog, std::optional<bool>(true));
        QCOMPARE(caps.probedRepository, QStringLiteral("team/app"));
        QCOMPARE(caps.referrersApi, std::optional<bool>(true));
        // The client remembers the answer, as browsing would have.
        QCOMPARE(client.referrersApi(QStringLiteral("team/app")), std::optional<bool>(true));
        // One catalog page of one entry, not the whole catalog.
        QCOMPARE(registry.requestCount("GET", QStringLiteral("^/v2/_catalog$")), 1);
        bool askedForOne = false;
        for (const auto& request : registry.requests())
            askedForOne = askedForOne || (request.path == QLatin1String("/v2/_catalog") &&
                                          request.query == QLatin1String("n=1"));
        QVERIFY(askedForOne);
    }

    void registryWithoutReferrersApiUsesTheTagFallback()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(false);
        seedRepository(registry, QStringLiteral("app"));
        RegistryClient client(registry.host(), RegistryOptions());
        const auto caps = RegistryCapabilities::probe(client);
        QVERIFY2(caps.error.isEmpty(), qPrintable(caps.error));
        QCOMPARE(caps.catalog, std::optional<bool>(true));
        QCOMPARE(caps.referrersApi, std::optional<bool>(false));
    }

    void catalogLessRegistryAsksATypedRepository()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setCatalogEnabled(false);
        seedRepository(registry, QStringLiteral("typed/name"));
        RegistryClient client(registry.host(), RegistryOptions());
        auto caps = RegistryCapabilities::probe(client);
        QVERIFY2(caps.error.isEmpty(), qPrintable(caps.error));
        QCOMPARE(caps.catalog, std::optional<bool>(false));
        // Nothing to ask the referrers API about: unknown, not "no".
        QVERIFY(!caps.referrersApi.has_value());
        QVERIFY(caps.probedRepository.isEmpty());

        RegistryClient again(registry.host(), RegistryOptions());
        caps = RegistryCapabilities::probe(again, {QStringLiteral("typed/name")});
        QCOMPARE(caps.catalog, std::optional<bool>(false));
        QCOMPARE(caps.probedRepository, QStringLiteral("typed/name"));
        QCOMPARE(caps.referrersApi, std::optional<bool>(true));
    }

    void basicRegistryWithoutCredentialNeedsALogin()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setAuth(TestRegistry::Auth::Basic);
        RegistryClient client(registry.host(), RegistryOptions());
        const auto caps = RegistryCapabilities::probe(client);
        QVERIFY(caps.reachable);
        QVERIFY(caps.needsLogin);
        QCOMPARE(caps.auth, RegistryClient::AuthKind::Basic);
        QVERIFY(!caps.catalog.has_value());
        QVERIFY2(caps.error.contains(registry.host()), qPrintable(caps.error));
    }

    void basicRegistryWithCredential()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setAuth(TestRegistry::Auth::Basic);
        seedRepository(registry, QStringLiteral("app"));
        RegistryClient client(registry.host(), RegistryOptions());
        client.setSessionCredential(credential(registry.username(), registry.password()));
        const auto caps = RegistryCapabilities::probe(client);
        QVERIFY2(caps.error.isEmpty(), qPrintable(caps.error));
        QVERIFY(!caps.needsLogin);
        QCOMPARE(caps.auth, RegistryClient::AuthKind::Basic);
        QCOMPARE(caps.catalog, std::optional<bool>(true));
        QCOMPARE(caps.referrersApi, std::optional<bool>(true));
    }

    void basicRegistryRejectsAWrongPassword()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setAuth(TestRegistry::Auth::Basic);
        RegistryClient client(registry.host(), RegistryOptions());
        client.setSessionCredential(credential(registry.username(), QStringLiteral("wrong")));
        const auto caps = RegistryCapabilities::probe(client);
        QVERIFY(caps.reachable);
        QVERIFY(caps.needsLogin);
        QVERIFY(!caps.error.isEmpty());
    }

    void bearerRegistry()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setAuth(TestRegistry::Auth::Bearer);
        seedRepository(registry, QStringLiteral("app"));
        RegistryClient client(registry.host(), RegistryOptions());
        client.setSessionCredential(credential(registry.username(), registry.password()));
        const auto caps = RegistryCapabilities::probe(client);
        QVERIFY2(caps.error.isEmpty(), qPrintable(caps.error));
        QCOMPARE(caps.auth, RegistryClient::AuthKind::Bearer);
        QCOMPARE(caps.catalog, std::optional<bool>(true));
        QCOMPARE(caps.referrersApi, std::optional<bool>(true));
    }

    void registryThatIsDownIsUnreachable()
    {
        // A port nobody listens on: bind one, then close it.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString host = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        server.close();
        RegistryClient client(host, RegistryOptions());
        const auto caps = RegistryCapabilities::probe(client);
        QVERIFY(!caps.reachable);
        QVERIFY2(caps.error.contains(QLatin1String("refused")), qPrintable(caps.error));
        QVERIFY(!caps.catalog.has_value());
    }

    void nonRegistryAnswerIsReported()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.addFault(lading::test::Fault::httpStatus(404, QStringLiteral("^/v2/$"), -1));
        RegistryClient client(registry.host(), RegistryOptions());
        const auto caps = RegistryCapabilities::probe(client);
        QVERIFY(caps.reachable);
        QVERIFY2(caps.error.contains(QLatin1String("404")), qPrintable(caps.error));
    }
};

QTEST_GUILESS_MAIN(TestRegistryCapabilities)
#include "tst_registrycapabilities.moc"
