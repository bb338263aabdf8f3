// RegistryClient against the in-process TestRegistry: scheme choice, anonymous access, Basic, Bearer tokens
// (GET and OAuth2 POST, cached per scope, refreshed when rejected, widened on insufficient_scope),
// credentials never following a redirect to another host, Link paging, the catalog, and retries.
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "core/transfer/parallel.h"
#include "tests/support/testregistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <memory>

using lading::Error;
using lading::Result;
using lading::auth::Credential;
using lading::registry::HttpRequest;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RemoteRepository;
using lading::test::Fault;
using lading::test::RecordedRequest;
using lading::test::TestRegistry;
namespace oci = lading::oci;

Q_DECLARE_METATYPE(lading::Error::Kind)
Q_DECLARE_METATYPE(lading::test::TestRegistry::Auth)
Q_DECLARE_METATYPE(lading::test::Fault)
Q_DECLARE_METATYPE(lading::auth::Credential)

namespace {

// Small retry pauses keep the fault tests quick; the logic is the same as with the defaults.
RegistryOptions fastOptions()
{
    RegistryOptions options;
    options.maxRetries = 3;
    options.maxRetryDelayMs = 2000;
    return options;
}

Credential userCredential(const QString& user, const QString& password)
{
    Credential c;
    c.username = user;
    c.secret = password;
    return c;
}

QString tagsPath(const QString& repository)
{
    return QStringLiteral("/v2/") + repository + QStringLiteral("/tags/list");
}

QStringList pullScope(const QString& repository)
{
    return {QStringLiteral("repository:%1:pull").arg(repository)};
}

// The tags of a repository through client.send (one page), as a list; a failure as the error.
Result<QStringList> tagsOnce(RegistryClient& client, const QString& repository)
{
    HttpRequest request;
    request.url = QUrl(tagsPath(repository));
    request.scopes = pullScope(repository);
    auto reply = client.send(request);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return Error::make(Error::Kind::Protocol, QStringLiteral("HTTP %1").arg(reply->status));
    QStringList tags;
    for (const auto& tag :
         QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("tags")).toArray())
        tags.append(tag.toString());
    return tags;
}

int countWithHeader(const QList<RecordedRequest>& requests, QByteArrayView header)
{
    return int(std::count_if(requests.begin(), requests.end(),
                             [&](const RecordedRequest& r) { return r.hasHeader(header); }));
}

QByteArray imageManifest(const oci::Digest& config, qint64 configSize)
{
    return QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                          "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
                          "\"digest\":\"%1\",\"size\":%2},\"layers\":[]}")
        .arg(config.toString())
        .arg(configSize)
        .toUtf8();
}

} // namespace

class TestRegistryClient final : public QObject
{
    Q_OBJECT

private:
    TestRegistry m_registry;

    std::shared_ptr<RegistryClient> client(const Credential& credential = {},
                                           const RegistryOptions& options = fastOptions())
    {
        return std::make_shared<RegistryClient>(
            m_registry.host(), options,
            [credential](const QString&) -> Result<Credential> { return credential; });
    }

    // A refresh token the registry knows, got the way `docker login` gets one (OAuth2 password grant).
    QString refreshToken()
    {
        auto raw = client();
        HttpRequest request;
        request.method = "POST";
        request.url = m_registry.tokenUrl();
        request.body = "grant_type=password&username=tester&password=secret&service=lading-test-registry"
                       "&client_id=test&access_type=offline";
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        auto reply = raw->send(request);
        if (!reply || reply->status != 200)
            return {};
        return QJsonDocument::fromJson(reply->body)
            .object()
            .value(QStringLiteral("refresh_token"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_registry.isListening(),
                 qPrintable(QStringLiteral("The test registry could not listen on 127.0.0.1/127.0.0.2: %1")
                                .arg(m_registry.errorString())));
    }

    void init() { m_registry.reset(); }

    void anonymousAccessUsesPlainHttpOnLoopback()
    {
        m_registry.seedTags(QStringLiteral("app"), 3);
        auto c = client();
        QVERIFY2(c->ping().ok(), "ping failed");
        QCOMPARE(c->baseUrl().scheme(), QStringLiteral("http"));
        QVERIFY(!c->usesTls());
        auto tags = tagsOnce(*c, QStringLiteral("app"));
        QVERIFY2(tags.ok(), qPrintable(tags.error().message));
        QCOMPARE(tags->size(), 3);
        QCOMPARE(countWithHeader(m_registry.requests(), "Authorization"), 0);
    }

    void basicAuthentication_data()
    {
        QTest::addColumn<Credential>("credential");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("right password")
            << userCredential(QStringLiteral("tester"), QStringLiteral("secret")) << true << QString();
        QTest::newRow("wrong password") << userCredential(QStringLiteral("tester"), QStringLiteral("nope"))
                                        << false << QStringLiteral("credentials");
        QTest::newRow("no credentials") << Credential() << false << QStringLiteral("lading login");
    }
    void basicAuthentication()
    {
        QFETCH(Credential, credential);
        QFETCH(bool, succeeds);
        QFETCH(QString, messagePart);
        m_registry.setAuth(TestRegistry::Auth::Basic);
        m_registry.seedTags(QStringLiteral("app"), 2);
        auto c = client(credential);
        const auto status = c->ping();
        QCOMPARE(status.ok(), succeeds);
        if (succeeds) {
            QCOMPARE(c->authKind(), RegistryClient::AuthKind::Basic);
            auto tags = tagsOnce(*c, QStringLiteral("app"));
            QVERIFY2(tags.ok(), qPrintable(tags.error().message));
            // Once the scheme is known, Basic goes along up front: no more 401 round trips.
            QCOMPARE(m_registry.requests().constLast().status, 200);
            QCOMPARE(m_registry.requests().constLast().header("Authorization"),
                     "Basic " + QByteArray("tester:secret").toBase64());
            return;
        }
        QCOMPARE(status.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(m_registry.host()), qPrintable(status.error().message));
    }

    void bearerTokenIsCachedPerScope()
    {
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.seedTags(QStringLiteral("app"), 2);
        m_registry.seedTags(QStringLiteral("other"), 2);
        auto c = client();
        for (int i = 0; i < 5; ++i) {
            auto tags = tagsOnce(*c, QStringLiteral("app"));
            QVERIFY2(tags.ok(), qPrintable(tags.error().message));
        }
        QCOMPARE(m_registry.tokensIssued(), 1);
        QCOMPARE(m_registry.requestCount("GET", QStringLiteral("^/token$")), 1);
        // A request that needs another scope gets its own token, once.
        for (int i = 0; i < 3; ++i)
            QVERIFY(tagsOnce(*c, QStringLiteral("other")).ok());
        QCOMPARE(m_registry.tokensIssued(), 2);
        // ... and the first one is still cached.
        QVERIFY(tagsOnce(*c, QStringLiteral("app")).ok());
        QCOMPARE(m_registry.tokensIssued(), 2);
        QCOMPARE(c->authKind(), RegistryClient::AuthKind::Bearer);
    }

    void parallelRequestsShareOneToken()
    {
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.seedTags(QStringLiteral("app"), 2);
        // Many threads starting at once (parallel blob transfers) must not each ask for the same token.
        m_registry.addFault(Fault::delay(100, QStringLiteral("^/token$"), -1));
        auto c = client();
        const auto status = lading::transfer::runParallel(8, 8, [&c](int) -> lading::Status {
            auto tags = tagsOnce(*c, QStringLiteral("app"));
            if (!tags)
                return tags.error();
            return {};
        });
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(m_registry.tokensIssued(), 1);
    }

    void bearerTokenIsRefreshedAfterExpiry()
    {
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.setTokenLifetime(1); // the client rounds this up to 60 s; the registry does not
        m_registry.seedTags(QStringLiteral("app"), 2);
        auto c = client();
        QVERIFY(tagsOnce(*c, QStringLiteral("app")).ok());
        QCOMPARE(m_registry.tokensIssued(), 1);
        QThread::msleep(1100);
        auto tags = tagsOnce(*c, QStringLiteral("app"));
        QVERIFY2(tags.ok(), qPrintable(tags.error().message));
        QCOMPARE(m_registry.tokensIssued(), 2);
    }

    void bearerTokenIsRefreshedAfterRevocation()
    {
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.setAnonymousPull(false);
        m_registry.seedTags(QStringLiteral("app"), 2);
        auto c = client(userCredential(QStringLiteral("tester"), QStringLiteral("secret")));
        QVERIFY(tagsOnce(*c, QStringLiteral("app")).ok());
        m_registry.revokeTokens();
        auto tags = tagsOnce(*c, QStringLiteral("app"));
        QVERIFY2(tags.ok(), qPrintable(tags.error().message));
        QCOMPARE(m_registry.tokensIssued(), 2);
        // And the new token is cached again.
        QVERIFY(tagsOnce(*c, QStringLiteral("app")).ok());
        QCOMPARE(m_registry.tokensIssued(), 2);
    }

    void bearerWithCredentials_data()
    {
        QTest::addColumn<Credential>("credential");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("right password")
            << userCredential(QStringLiteral("tester"), QStringLiteral("secret")) << true << QString();
        QTest::newRow("wrong password") << userCredential(QStringLiteral("tester"), QStringLiteral("nope"))
                                        << false << QStringLiteral("rejected the credentials");
        QTest::newRow("no credentials, no anonymous pull") << Credential() << false << QStringLiteral("log");
    }
    void bearerWithCredentials()
    {
        QFETCH(Credential, credential);
        QFETCH(bool, succeeds);
        QFETCH(QString, messagePart);
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.setAnonymousPull(false);
        m_registry.seedTags(QStringLiteral("app"), 2);
        auto c = client(credential);
        RemoteRepository repository(c, QStringLiteral("app"));
        auto tags = repository.tags();
        QCOMPARE(tags.ok(), succeeds);
        if (succeeds) {
            QCOMPARE(tags->size(), 2);
            const auto tokenRequests = m_registry.requests();
            const auto tokenGet =
                std::find_if(tokenRequests.begin(), tokenRequests.end(), [](const RecordedRequest& r) {
                    return r.path == QLatin1String("/token") && r.method == "GET";
                });
            QVERIFY(tokenGet != tokenRequests.end());
            QCOMPARE(tokenGet->header("Authorization"), "Basic " + QByteArray("tester:secret").toBase64());
            QVERIFY2(tokenGet->query.contains(QLatin1String("account=tester")), qPrintable(tokenGet->query));
            return;
        }
        QCOMPARE(tags.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(tags.error().message.contains(messagePart), qPrintable(tags.error().message));
    }

    void oauthPostWithIdentityToken()
    {
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.setAnonymousPull(false);
        m_registry.seedTags(QStringLiteral("app"), 2);
        const QString refresh = refreshToken();
        QVERIFY2(!refresh.isEmpty(), "the test registry gave no refresh token");
        m_registry.clearRequests();
        const int before = m_registry.tokensIssued();

        Credential identity;
        identity.identityToken = refresh;
        auto c = client(identity);
        for (int i = 0; i < 3; ++i) {
            auto tags = tagsOnce(*c, QStringLiteral("app"));
            QVERIFY2(tags.ok(), qPrintable(tags.error().message));
        }
        QCOMPARE(m_registry.requestCount("POST", QStringLiteral("^/token$")), 1);
        QCOMPARE(m_registry.requestCount("GET", QStringLiteral("^/token$")), 0);
        QCOMPARE(m_registry.tokensIssued() - before, 1);
    }

    void oauthFallsBackToGetWhenPostIsNotFound()
    {
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.setAnonymousPull(false);
        m_registry.seedTags(QStringLiteral("app"), 2);
        const QString refresh = refreshToken();
        QVERIFY(!refresh.isEmpty());
        m_registry.setOAuthPostSupported(false);
        m_registry.clearRequests();

        Credential credential = userCredential(QStringLiteral("tester"), QStringLiteral("secret"));
        credential.identityToken = refresh;
        auto c = client(credential);
        auto tags = tagsOnce(*c, QStringLiteral("app"));
        QVERIFY2(tags.ok(), qPrintable(tags.error().message));
        QCOMPARE(m_registry.requestCount("POST", QStringLiteral("^/token$")), 1);
        QCOMPARE(m_registry.requestCount("GET", QStringLiteral("^/token$")), 1);
        for (const RecordedRequest& r : m_registry.requests()) {
            if (r.path == QLatin1String("/token") && r.method == "POST")
                QCOMPARE(r.status, 404);
            if (r.path == QLatin1String("/token") && r.method == "GET")
                QCOMPARE(r.status, 200);
        }
    }

    void insufficientScopeIsAnsweredByAWiderToken()
    {
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.setAnonymousPull(false);
        m_registry.setRequireManifestBlobs(false);
        m_registry.seedTags(QStringLiteral("app"), 1);
        auto c = client(userCredential(QStringLiteral("tester"), QStringLiteral("secret")));
        QVERIFY(tagsOnce(*c, QStringLiteral("app")).ok());
        QCOMPARE(m_registry.tokensIssued(), 1);

        // A caller that asks for too little: the registry's insufficient_scope names what is missing.
        const oci::Digest config = oci::Digest::sha256Of("{}");
        HttpRequest put;
        put.method = "PUT";
        put.url = QUrl(QStringLiteral("/v2/app/manifests/v2"));
        put.scopes = pullScope(QStringLiteral("app"));
        put.body = imageManifest(config, 2);
        put.setHeader("Content-Type", "application/vnd.oci.image.manifest.v1+json");
        auto reply = c->send(put);
        QVERIFY2(reply.ok(), qPrintable(reply.error().message));
        QCOMPARE(reply->status, 201);
        QCOMPARE(m_registry.tokensIssued(), 2);
        const auto log = m_registry.requests();
        const auto lastToken = std::find_if(log.rbegin(), log.rend(), [](const RecordedRequest& r) {
            return r.path == QLatin1String("/token");
        });
        QVERIFY(lastToken != log.rend());
        const QString scope =
            QUrlQuery(lastToken->query).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        QCOMPARE(scope, QStringLiteral("repository:app:pull,push"));
        QCOMPARE(m_registry.tags(QStringLiteral("app")).contains(QStringLiteral("v2")), true);
    }

    void credentialsNeverFollowARedirectToAnotherHost_data()
    {
        QTest::addColumn<TestRegistry::Auth>("auth");
        QTest::newRow("anonymous") << TestRegistry::Auth::None;
        QTest::newRow("basic") << TestRegistry::Auth::Basic;
        QTest::newRow("bearer") << TestRegistry::Auth::Bearer;
    }
    void credentialsNeverFollowARedirectToAnotherHost()
    {
        QFETCH(TestRegistry::Auth, auth);
        m_registry.setAuth(auth);
        m_registry.setAnonymousPull(false);
        m_registry.setBlobRedirect(true);
        QByteArray bytes(200 * 1024, Qt::Uninitialized);
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7);
        const oci::Digest digest = m_registry.putBlob(QStringLiteral("app"), bytes);
        oci::Descriptor blob;
        blob.mediaType = QStringLiteral("application/octet-stream");
        blob.digest = digest;
        blob.size = bytes.size();

        auto c = client(userCredential(QStringLiteral("tester"), QStringLiteral("secret")));
        RemoteRepository repository(c, QStringLiteral("app"));
        auto small = repository.fetchBlob(blob, 1024 * 1024);
        QVERIFY2(small.ok(), qPrintable(small.error().message));
        QCOMPARE(small.value(), bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blob"));
        auto status = repository.fetchBlobToFile(blob, path, nullptr);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);

        const auto redirected = m_registry.redirectRequests();
        QCOMPARE(redirected.size(), 2);
        for (const RecordedRequest& r : redirected) {
            QVERIFY2(!r.hasHeader("Authorization"), "Authorization was sent to the redirect target");
            QCOMPARE(r.status, 200);
        }
        // The registry itself did get the credentials (so the test proves they were dropped on the way).
        int authorizedBlobGets = 0;
        for (const RecordedRequest& r : m_registry.requests()) {
            if (r.path.contains(QLatin1String("/blobs/")) && r.status == 307 && r.hasHeader("Authorization"))
                ++authorizedBlobGets;
        }
        QCOMPARE(authorizedBlobGets, auth == TestRegistry::Auth::None ? 0 : 2);
    }

    void tagsFollowRelativeLinksToTheEnd_data()
    {
        QTest::addColumn<int>("tagCount");
        QTest::addColumn<int>("serverCap");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pages");
        QTest::newRow("server cap 3, 10 tags") << 10 << 3 << 1000 << 4;
        QTest::newRow("client n=4, 10 tags") << 10 << 0 << 4 << 3;
        QTest::newRow("exactly one full page") << 5 << 5 << 1000 << 1;
        QTest::newRow("page size 1") << 4 << 0 << 1 << 4;
        QTest::newRow("no tags") << 0 << 2 << 1000 << 1;
        QTest::newRow("many tags, small cap") << 2500 << 100 << 1000 << 25;
    }
    void tagsFollowRelativeLinksToTheEnd()
    {
        QFETCH(int, tagCount);
        QFETCH(int, serverCap);
        QFETCH(int, pageSize);
        QFETCH(int, pages);
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.setPageCap(serverCap);
        m_registry.seedTags(QStringLiteral("app"), tagCount);
        RegistryOptions options = fastOptions();
        options.tagPageSize = pageSize;
        auto c = client({}, options);
        RemoteRepository repository(c, QStringLiteral("app"));
        auto tags = repository.tags();
        QVERIFY2(tags.ok(), qPrintable(tags.error().message));
        QCOMPARE(tags.value(), m_registry.tags(QStringLiteral("app")));
        QCOMPARE(m_registry.requestCount("GET", QStringLiteral("/tags/list$")) - 1 /* the 401 */, pages);
        int withLast = 0;
        for (const RecordedRequest& r : m_registry.requests()) {
            if (r.path.endsWith(QLatin1String("/tags/list")) && r.status == 200 &&
                r.query.contains(QLatin1String("last=")))
                ++withLast;
        }
        QCOMPARE(withLast, pages - 1);
        QCOMPARE(m_registry.tokensIssued(), 1);
    }

    void catalogFollowsLinks()
    {
        const QStringList names{QStringLiteral("a"),        QStringLiteral("b/c"),     QStringLiteral("d"),
                                QStringLiteral("team/app"), QStringLiteral("team/db"), QStringLiteral("z")};
        for (const QString& name : names)
            m_registry.seedTags(name, 1);
        m_registry.setPageCap(2);
        auto c = client();
        auto catalog = c->catalog();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().message));
        QCOMPARE(catalog.value(), names);
        QCOMPARE(m_registry.requestCount("GET", QStringLiteral("^/v2/_catalog$")), 3);
    }

    void catalogMissingIsUnsupported_data()
    {
        QTest::addColumn<TestRegistry::Auth>("auth");
        QTest::addColumn<bool>("catalogEnabled");
        QTest::newRow("no _catalog route") << TestRegistry::Auth::None << false;
        QTest::newRow("catalog scope refused to anonymous") << TestRegistry::Auth::Bearer << true;
    }
    void catalogMissingIsUnsupported()
    {
        QFETCH(TestRegistry::Auth, auth);
        QFETCH(bool, catalogEnabled);
        m_registry.setAuth(auth);
        m_registry.setCatalogEnabled(catalogEnabled);
        m_registry.seedTags(QStringLiteral("app"), 1);
        auto c = client();
        auto catalog = c->catalog();
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().kind, Error::Kind::Unsupported);
        QVERIFY2(catalog.error().message.contains(QLatin1String("catalog")),
                 qPrintable(catalog.error().message));
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("minimumMs");
        QTest::newRow("503 twice") << Fault::httpStatus(503, QStringLiteral("/tags/list$"), 2) << 0;
        QTest::newRow("502 once") << Fault::httpStatus(502, QStringLiteral("/tags/list$"), 1) << 0;
        QTest::newRow("500 once on a GET") << Fault::httpStatus(500, QStringLiteral("/tags/list$"), 1) << 0;
        QTest::newRow("429 with Retry-After: 1")
            << Fault::tooManyRequests(QStringLiteral("/tags/list$"), 1) << 950;
        QTest::newRow("503 from the token endpoint")
            << Fault::httpStatus(503, QStringLiteral("^/token$"), 1) << 0;
    }
    void transientFailuresAreRetried()
    {
        QFETCH(Fault, fault);
        QFETCH(int, minimumMs);
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.seedTags(QStringLiteral("app"), 3);
        m_registry.addFault(fault);
        auto c = client();
        QElapsedTimer timer;
        timer.start();
        auto tags = tagsOnce(*c, QStringLiteral("app"));
        QVERIFY2(tags.ok(), qPrintable(tags.error().message));
        QCOMPARE(tags->size(), 3);
        QVERIFY2(timer.elapsed() >= minimumMs,
                 qPrintable(QStringLiteral("retried after %1 ms").arg(timer.elapsed())));
        QVERIFY(timer.elapsed() < 5000);
        const QString pattern = fault.pathPattern;
        int failed = 0;
        for (const RecordedRequest& r : m_registry.requests()) {
            if (QRegularExpression(pattern).match(r.path).hasMatch() && r.status == fault.status)
                ++failed;
        }
        QCOMPARE(failed, fault.times);
    }

    void persistentServerErrorIsClear_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }
    void persistentServerErrorIsClear()
    {
        QFETCH(int, status);
        m_registry.seedTags(QStringLiteral("app"), 3);
        m_registry.addFault(Fault::httpStatus(status, QStringLiteral("/tags/list$"), -1));
        RegistryOptions options = fastOptions();
        options.maxRetries = 2;
        auto c = client({}, options);
        RemoteRepository repository(c, QStringLiteral("app"));
        auto tags = repository.tags();
        QVERIFY(!tags.ok());
        QCOMPARE(tags.error().kind, Error::Kind::Server);
        QCOMPARE(tags.error().httpStatus, status);
        QVERIFY2(tags.error().message.contains(QString::number(status)), qPrintable(tags.error().message));
        QVERIFY2(tags.error().message.contains(QLatin1String("try again later")),
                 qPrintable(tags.error().message));
        QVERIFY2(tags.error().message.contains(QLatin1String("tags")), qPrintable(tags.error().message));
        // Retried, but not forever.
        QCOMPARE(m_registry.requestCount("GET", QStringLiteral("/tags/list$")), options.maxRetries + 1);
    }

    void uploadsAreNotRetriedBlindly()
    {
        // A PUT of a session cannot be replayed: one failure is the answer, and a clear one.
        m_registry.addFault(Fault::httpStatus(503, QStringLiteral("/blobs/uploads/"), -1, "PUT"));
        auto c = client();
        RemoteRepository repository(c, QStringLiteral("app"));
        const QByteArray bytes("hello");
        auto status = repository.pushBlob(
            oci::Descriptor::forBytes(QStringLiteral("application/octet-stream"), bytes), bytes);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().httpStatus, 503);
        QCOMPARE(m_registry.requestCount("PUT", QStringLiteral("/blobs/uploads/")), 1);
    }

    void connectionRefusedIsAClearNetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        RegistryOptions options = fastOptions();
        options.maxRetries = 1;
        RegistryClient c(QStringLiteral("127.0.0.1:%1").arg(port), options);
        const auto status = c.ping();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Network);
        QVERIFY2(status.error().message.contains(QLatin1String("refused")),
                 qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QString::number(port)), qPrintable(status.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
