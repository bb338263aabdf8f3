// Tests of RegistryFixture itself: each mode starts Debian's docker-registry for real, answers as it
// should, and works with an independent client (QNetworkAccessManager, skopeo), so tests built on it
// exercise a real registry.
#include "tests/support/process.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <cerrno>
#include <csignal>

using lading::test::RegistryFixture;
using lading::test::sha256;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
           const Headers& headers = {},
           const QSslConfiguration& ssl = QSslConfiguration::defaultConfiguration())
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(ssl);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // No upload device for a body-less request: Qt 6.4.2 can crash destroying a QNAM after a TLS request
    // with one that met a 401 Basic challenge (as the "wrong password" request below does).
    QNetworkReply* reply = body.isEmpty() ? nam.sendCustomRequest(request, method)
                                          : nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    delete reply;
    return r;
}

QHash<QString, QString> challengeParams(const QByteArray& header)
{
    QHash<QString, QString> params;
    static const QRegularExpression pair(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    auto it = pair.globalMatch(QString::fromUtf8(header));
    while (it.hasNext()) {
        const auto m = it.next();
        params.insert(m.captured(1), m.captured(2));
    }
    return params;
}

// A tiny valid image: an empty tar layer (two zero blocks) and a config that names it.
struct Image
{
    QByteArray layer = QByteArray(1024, '\0');
    QByteArray config;
    QByteArray manifest;
    Image()
    {
        config =
            QJsonDocument(QJsonObject{{QStringLiteral("architecture"), QStringLiteral("amd64")},
                                      {QStringLiteral("os"), QStringLiteral("linux")},
                                      {QStringLiteral("rootfs"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                                   {QStringLiteral("diff_ids"), QJsonArray{sha256(layer)}}}}})
                .toJson(QJsonDocument::Compact);
        manifest = QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("schemaVersion"), 2},
                           {QStringLiteral("mediaType"),
                            QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                           {QStringLiteral("config"),
                            QJsonObject{{QStringLiteral("mediaType"),
                                         QStringLiteral("application/vnd.oci.image.config.v1+json")},
                                        {QStringLiteral("digest"), sha256(config)},
                                        {QStringLiteral("size"), config.size()}}},
                           {QStringLiteral("layers"),
                            QJsonArray{QJsonObject{{QStringLiteral("mediaType"),
                                                    QStringLiteral("application/vnd.oci.image.layer.v1.tar")},
                                                   {QStringLiteral("digest"), sha256(layer)},
                                                   {QStringLiteral("size"), layer.size()}}}}})
                       .toJson(QJsonDocument::Compact);
    }
    static QString mediaType() { return QStringLiteral("application/vnd.oci.image.manifest.v1+json"); }
};

bool seed(RegistryFixture& registry, const QString& repository, const QString& tag, const Image& image,
          QString* why)
{
    for (const QByteArray& blob : {image.layer, image.config}) {
        const auto pushed = registry.seedBlob(repository, blob);
        if (!pushed) {
            *why = pushed.error().message;
            return false;
        }
    }
    const auto pushed = registry.seedManifest(repository, tag, image.manifest, Image::mediaType());
    if (!pushed)
        *why = pushed.error().message;
    return pushed.ok();
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

class TestRegistryFixture final : public QObject
{
    Q_OBJECT

private slots:
    void missingBinarySaysWhatToInstall()
    {
        RegistryFixture registry(RegistryFixture::Mode::Plain);
        registry.setProgram(QStringLiteral("/nonexistent/docker-registry"));
        QString why;
        QVERIFY(!registry.start(&why));
        QVERIFY2(why.contains(QLatin1String("install the Debian package docker-registry")), qPrintable(why));
    }

    void plainAnswersAndStopsCleanly()
    {
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(registry, qPrintable(why));
        QVERIFY(registry->host().startsWith(QLatin1String("127.0.0.1:")));
        QCOMPARE(registry->baseUrl().scheme(), QStringLiteral("http"));
        const Reply probe = send("GET", registry->baseUrl().resolved(QUrl(QStringLiteral("/v2/"))));
        QCOMPARE(probe.status, 200);
        QCOMPARE(probe.header("Docker-Distribution-API-Version"), QByteArray("registry/2.0"));

        const Image image;
        QVERIFY2(seed(*registry, QStringLiteral("fixture/image"), QStringLiteral("v1"), image, &why),
                 qPrintable(why));
        QString mediaType;
        const auto manifest =
            registry->fetchManifest(QStringLiteral("fixture/image"), QStringLiteral("v1"), &mediaType);
        QVERIFY2(manifest, qPrintable(manifest.error().message));
        QCOMPARE(*manifest, image.manifest);
        QCOMPARE(mediaType, Image::mediaType());
        const auto layer =
            registry->fetchBlob(QStringLiteral("fixture/image"), lading::oci::Digest::sha256Of(image.layer));
        QVERIFY2(layer, qPrintable(layer.error().message));
        QVERIFY(QDir(registry->storageDir())
                    .exists(QStringLiteral("docker/registry/v2/repositories/fixture/image")));

        // storage.delete.enabled: a manifest goes by digest.
        const Reply deleted =
            send("DELETE", registry->baseUrl().resolved(QUrl(QStringLiteral("/v2/fixture/image/manifests/") +
                                                             sha256(image.manifest))));
        QCOMPARE(deleted.status, 202);
        const auto gone = registry->fetchManifest(QStringLiteral("fixture/image"), QStringLiteral("v1"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().httpStatus, 404);

        const qint64 pid = registry->processId();
        QVERIFY(pid > 0);
        registry.reset();
        QVERIFY2(processGone(pid), "docker-registry outlived its fixture");
    }

    void tlsRequiresBasicAuthAndTrustsTheCa()
    {
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::TlsBasic, &why);
        QVERIFY2(registry, qPrintable(why));
        QCOMPARE(registry->baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(QFile::exists(registry->caFile()));
        QVERIFY(!registry->username().isEmpty());
        QVERIFY(!registry->password().isEmpty());
        const QUrl probe = registry->baseUrl().resolved(QUrl(QStringLiteral("/v2/")));

        // Without the CA the certificate is not trusted.
        const Reply untrusted = send("GET", probe);
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);

        Reply reply = send("GET", probe, {}, {}, registry->sslConfiguration());
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.header("WWW-Authenticate").startsWith("Basic realm="),
                 reply.header("WWW-Authenticate").constData());

        const QByteArray wrong =
            "Basic " + (registry->username() + QStringLiteral(":nope")).toUtf8().toBase64();
        reply = send("GET", probe, {}, {{"Authorization", wrong}}, registry->sslConfiguration());
        QCOMPARE(reply.status, 401);

        const QByteArray right =
            "Basic " + (registry->username() + QLatin1Char(':') + registry->password()).toUtf8().toBase64();
        reply = send("GET", probe, {}, {{"Authorization", right}}, registry->sslConfiguration());
        QCOMPARE(reply.status, 200);

        // "localhost" is in the certificate too.
        QUrl byName = probe;
        byName.setHost(QStringLiteral("localhost"));
        reply = send("GET", byName, {}, {{"Authorization", right}}, registry->sslConfiguration());
        QCOMPARE(reply.status, 200);

        const Image image;
        QVERIFY2(seed(*registry, QStringLiteral("fixture/image"), QStringLiteral("v1"), image, &why),
                 qPrintable(why));
        const auto manifest = registry->fetchManifest(QStringLiteral("fixture/image"), QStringLiteral("v1"));
        QVERIFY2(manifest, qPrintable(manifest.error().message));
        QCOMPARE(*manifest, image.manifest);
    }

    void tokenModeChallengesAndAcceptsItsTokens()
    {
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::Token, &why);
        QVERIFY2(registry, qPrintable(why));
        const QUrl base = registry->baseUrl();

        Reply reply = send("GET", base.resolved(QUrl(QStringLiteral("/v2/fixture/pushed/tags/list"))));
        QCOMPARE(reply.status, 401);
        const QByteArray challenge = reply.header("WWW-Authenticate");
        QVERIFY2(challenge.startsWith("Bearer "), challenge.constData());
        const auto params = challengeParams(challenge);
        QCOMPARE(params.value(QStringLiteral("realm")), registry->tokenRealm().toString());
        QCOMPARE(QUrl(params.value(QStringLiteral("realm"))).host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(params.value(QStringLiteral("service")), registry->service());
        QCOMPARE(params.value(QStringLiteral("scope")), QStringLiteral("repository:fixture/pushed:pull"));

        // GET token with Basic credentials for pull+push.
        QUrl tokenUrl = registry->tokenRealm();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("service"), registry->service());
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("repository:fixture/pushed:pull,push"));
        tokenUrl.setQuery(query);
        const QByteArray basic =
            "Basic " + (registry->username() + QLatin1Char(':') + registry->password()).toUtf8().toBase64();
        reply = send("GET", tokenUrl, {}, {{"Authorization", basic}});
        QCOMPARE(reply.status, 200);
        const QByteArray bearer =
            "Bearer " + reply.json().value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY(reply.json().value(QStringLiteral("expires_in")).toInt() > 0);
        QVERIFY(registry->tokensIssued() >= 1);

        // A push by hand with that token: blob upload (POST + PUT), then the manifest.
        const Image image;
        for (const QByteArray& blob : {image.layer, image.config}) {
            reply = send("POST", base.resolved(QUrl(QStringLiteral("/v2/fixture/pushed/blobs/uploads/"))), {},
                         {{"Authorization", bearer}, {"Content-Length", "0"}});
            QCOMPARE(reply.status, 202);
            QUrl location = base.resolved(QUrl(QString::fromUtf8(reply.header("Location"))));
            QUrlQuery locationQuery(location);
            locationQuery.addQueryItem(QStringLiteral("digest"), sha256(blob));
            location.setQuery(locationQuery);
            reply = send("PUT", location, blob,
                         {{"Authorization", bearer}, {"Content-Type", "application/octet-stream"}});
            QCOMPARE(reply.status, 201);
        }
        reply =
            send("PUT", base.resolved(QUrl(QStringLiteral("/v2/fixture/pushed/manifests/v1"))),
                 image.manifest, {{"Authorization", bearer}, {"Content-Type", Image::mediaType().toUtf8()}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(QString::fromLatin1(reply.header("Docker-Content-Digest")), sha256(image.manifest));
        reply = send("GET", base.resolved(QUrl(QStringLiteral("/v2/fixture/pushed/manifests/v1"))), {},
                     {{"Authorization", bearer}, {"Accept", Image::mediaType().toUtf8()}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, image.manifest);

        // Anonymous: pull only; a push is refused for insufficient scope.
        reply = send("GET", tokenUrl);
        QCOMPARE(reply.status, 200);
        const QByteArray anonymous =
            "Bearer " + reply.json().value(QStringLiteral("token")).toString().toLatin1();
        reply = send("GET", base.resolved(QUrl(QStringLiteral("/v2/fixture/pushed/manifests/v1"))), {},
                     {{"Authorization", anonymous}, {"Accept", Image::mediaType().toUtf8()}});
        QCOMPARE(reply.status, 200);
        reply = send("POST", base.resolved(QUrl(QStringLiteral("/v2/fixture/pushed/blobs/uploads/"))), {},
                     {{"Authorization", anonymous}, {"Content-Length", "0"}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(challengeParams(reply.header("WWW-Authenticate")).value(QStringLiteral("error")),
                 QStringLiteral("insufficient_scope"));

        // A wrong password is refused by the token server.
        const QByteArray wrong =
            "Basic " + (registry->username() + QStringLiteral(":nope")).toUtf8().toBase64();
        QCOMPARE(send("GET", tokenUrl, {}, {{"Authorization", wrong}}).status, 401);

        // OAuth2 POST: password grant with a refresh token, then the refresh grant; the registry accepts
        // both.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("username"), registry->username());
        form.addQueryItem(QStringLiteral("password"), registry->password());
        form.addQueryItem(QStringLiteral("service"), registry->service());
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("lading-tests"));
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("repository:fixture/pushed:pull"));
        form.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
        const Headers formType{{"Content-Type", "application/x-www-form-urlencoded"}};
        reply = send("POST", registry->tokenRealm(), form.toString(QUrl::FullyEncoded).toUtf8(), formType);
        QCOMPARE(reply.status, 200);
        const QString refresh = reply.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refresh.isEmpty());
        QUrlQuery again;
        again.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        again.addQueryItem(QStringLiteral("refresh_token"), refresh);
        again.addQueryItem(QStringLiteral("service"), registry->service());
        again.addQueryItem(QStringLiteral("client_id"), QStringLiteral("lading-tests"));
        again.addQueryItem(QStringLiteral("scope"), QStringLiteral("repository:fixture/pushed:pull"));
        reply = send("POST", registry->tokenRealm(), again.toString(QUrl::FullyEncoded).toUtf8(), formType);
        QCOMPARE(reply.status, 200);
        const QByteArray refreshed =
            "Bearer " + reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
        reply = send("GET", base.resolved(QUrl(QStringLiteral("/v2/fixture/pushed/tags/list"))), {},
                     {{"Authorization", refreshed}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("v1")});

        // The fixture's own helpers work in token mode too.
        const auto fetched = registry->fetchManifest(QStringLiteral("fixture/pushed"), QStringLiteral("v1"));
        QVERIFY2(fetched, qPrintable(fetched.error().message));
        QCOMPARE(*fetched, image.manifest);
    }

    void skopeoWorksAgainstPlain()
    {
        const QString skopeo = lading::test::requireTool(QStringLiteral("skopeo"), QStringLiteral("skopeo"));
        if (skopeo.isEmpty())
            return;
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(registry, qPrintable(why));
        const Image image;
        QVERIFY2(seed(*registry, QStringLiteral("fixture/image"), QStringLiteral("v1"), image, &why),
                 qPrintable(why));
        const QString source = QStringLiteral("docker://%1/fixture/image:v1").arg(registry->host());

        auto result = lading::test::runProcess(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                                        QStringLiteral("--tls-verify=false"), source});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QCOMPARE(result.standardOutput.trimmed(), image.manifest);

        QTemporaryDir layout;
        const QString oci = QStringLiteral("oci:%1:v1").arg(layout.path());
        result =
            lading::test::runProcess(skopeo, {QStringLiteral("copy"), QStringLiteral("--insecure-policy"),
                                              QStringLiteral("--src-tls-verify=false"), source, oci});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        result = lading::test::runProcess(
            skopeo, {QStringLiteral("copy"), QStringLiteral("--insecure-policy"),
                     QStringLiteral("--dest-tls-verify=false"), oci,
                     QStringLiteral("docker://%1/fixture/copied:v1").arg(registry->host())});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const auto copied = registry->fetchManifest(QStringLiteral("fixture/copied"), QStringLiteral("v1"));
        QVERIFY2(copied, qPrintable(copied.error().message));
        // skopeo re-serialises the manifest when it writes a layout: same content, other key order.
        QCOMPARE(QJsonDocument::fromJson(*copied), QJsonDocument::fromJson(image.manifest));
    }

    void skopeoWorksAgainstTlsWithCredentials()
    {
        const QString skopeo = lading::test::requireTool(QStringLiteral("skopeo"), QStringLiteral("skopeo"));
        if (skopeo.isEmpty())
            return;
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::TlsBasic, &why);
        QVERIFY2(registry, qPrintable(why));
        const Image image;
        QVERIFY2(seed(*registry, QStringLiteral("fixture/image"), QStringLiteral("v1"), image, &why),
                 qPrintable(why));
        const QString source = QStringLiteral("docker://%1/fixture/image:v1").arg(registry->host());
        const QString creds = registry->username() + QLatin1Char(':') + registry->password();

        // Verified TLS through the fixture's CA, not --tls-verify=false.
        auto result = lading::test::runProcess(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                                        QStringLiteral("--cert-dir"), registry->certDir(),
                                                        QStringLiteral("--creds"), creds, source});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QCOMPARE(result.standardOutput.trimmed(), image.manifest);

        result =
            lading::test::runProcess(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                              QStringLiteral("--cert-dir"), registry->certDir(), source});
        QVERIFY2(!result.succeeded(), "the registry must refuse anonymous access");

        QTemporaryDir layout;
        const QString oci = QStringLiteral("oci:%1:v1").arg(layout.path());
        result =
            lading::test::runProcess(skopeo, {QStringLiteral("copy"), QStringLiteral("--insecure-policy"),
                                              QStringLiteral("--src-cert-dir"), registry->certDir(),
                                              QStringLiteral("--src-creds"), creds, source, oci});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        result = lading::test::runProcess(
            skopeo, {QStringLiteral("copy"), QStringLiteral("--insecure-policy"),
                     QStringLiteral("--dest-cert-dir"), registry->certDir(), QStringLiteral("--dest-creds"),
                     creds, oci, QStringLiteral("docker://%1/fixture/copied:v1").arg(registry->host())});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const auto copied = registry->fetchManifest(QStringLiteral("fixture/copied"), QStringLiteral("v1"));
        QVERIFY2(copied, qPrintable(copied.error().message));
        // skopeo re-serialises the manifest when it writes a layout: same content, other key order.
        QCOMPARE(QJsonDocument::fromJson(*copied), QJsonDocument::fromJson(image.manifest));
    }

    void skopeoAuthenticatesThroughTheTokenServer()
    {
        const QString skopeo = lading::test::requireTool(QStringLiteral("skopeo"), QStringLiteral("skopeo"));
        if (skopeo.isEmpty())
            return;
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::Token, &why);
        QVERIFY2(registry, qPrintable(why));
        const Image image;
        QVERIFY2(seed(*registry, QStringLiteral("fixture/image"), QStringLiteral("v1"), image, &why),
                 qPrintable(why));
        const int before = registry->tokensIssued();
        const auto result = lading::test::runProcess(
            skopeo,
            {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
             QStringLiteral("--creds"), registry->username() + QLatin1Char(':') + registry->password(),
             QStringLiteral("docker://%1/fixture/image:v1").arg(registry->host())});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QCOMPARE(result.standardOutput.trimmed(), image.manifest);
        QVERIFY(registry->tokensIssued() > before);
    }
};

QTEST_GUILESS_MAIN(TestRegistryFixture)
#include "tst_registryfixture.moc"
