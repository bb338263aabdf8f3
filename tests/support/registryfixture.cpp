#include "tests/support/registryfixture.h"

#include "tests/support/process.h"
#include "tests/support/registrytokenserver.h"
#include "tests/support/testfiles.h"
#include "tests/support/testpki.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace lading::test {

namespace {

struct Exchange
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError; // empty when an HTTP answer arrived

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString describe() const
    {
        if (!networkError.isEmpty())
            return networkError;
        return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(500)));
    }
};

// One blocking HTTP exchange on a private QNetworkAccessManager: no redirects followed, no caches.
Exchange exchange(const QByteArray& method, const QUrl& url, const QByteArray& body,
                  const QList<std::pair<QByteArray, QByteArray>>& headers, const QSslConfiguration& ssl,
                  int timeoutMs = 30'000)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(ssl);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // A body-less request must not get an (empty) upload device: in Qt 6.4.2, destroying a QNAM after a TLS
    // request with one that met a 401 Basic challenge crashes in the network thread.
    QNetworkReply* reply = body.isEmpty() ? nam.sendCustomRequest(request, method)
                                          : nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Exchange result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError =
            QStringLiteral("%1 %2 timed out").arg(QString::fromLatin1(method), url.toString());
    } else {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid())
            result.status = status.toInt();
        else
            result.networkError = QStringLiteral("%1 %2: %3")
                                      .arg(QString::fromLatin1(method), url.toString(), reply->errorString());
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    }
    delete reply;
    return result;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        if (why)
            *why = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

Error fixtureError(const QString& message)
{
    return Error::make(Error::Kind::Protocol, message, QStringLiteral("registry fixture"));
}

QString yamlQuoted(const QString& s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

RegistryFixture::RegistryFixture(Mode mode)
    : m_mode(mode)
{
    if (mode != Mode::Plain) {
        m_username = QStringLiteral("lading");
        m_password = QString::number(QRandomGenerator::global()->generate64(), 36);
    }
}

RegistryFixture::~RegistryFixture()
{
    stop();
}

std::unique_ptr<RegistryFixture> RegistryFixture::start(Mode mode, QString* why)
{
    auto fixture = std::make_unique<RegistryFixture>(mode);
    if (!fixture->start(why))
        return nullptr;
    return fixture;
}

bool RegistryFixture::start(QString* why)
{
    QString reason;
    const bool ok = launch(&reason);
    if (!ok) {
        stop();
        if (why)
            *why = reason;
    }
    return ok;
}

bool RegistryFixture::launch(QString* why)
{
    QString program = m_program;
    if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
        if (program.isEmpty() && QFileInfo(QStringLiteral("/usr/bin/docker-registry")).isExecutable())
            program = QStringLiteral("/usr/bin/docker-registry");
    }
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        *why =
            QStringLiteral("docker-registry was not found (%1): install the Debian package docker-registry")
                .arg(program.isEmpty() ? QStringLiteral("not on PATH") : program);
        return false;
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (!QDir().mkpath(storageDir())) {
        *why = QStringLiteral("cannot create %1").arg(storageDir());
        return false;
    }
    if (m_mode == Mode::TlsBasic && !prepareTls(why))
        return false;
    if (m_mode == Mode::Token && !prepareToken(why))
        return false;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // REGISTRY_* variables override the configuration file; none of the caller's may leak in.
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QLatin1String("REGISTRY_")) || key.startsWith(QLatin1String("OTEL_")))
            environment.remove(key);
    }

    // The registry binds port 0 and logs the port the kernel gave it: no window in which a parallel test
    // could take a port we probed as free (or we could end up talking to another test's registry).
    m_port = 0;
    if (!writeConfig(0, why))
        return false;
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(m_dir.path());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(logFile(), QIODevice::Truncate);
    // If the test process dies without running destructors, the kernel takes the registry with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(program, {QStringLiteral("serve"), configFile()});
    if (!m_process.waitForStarted(10'000)) {
        *why = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    return waitForPort(why) && waitUntilReady(why);
}

bool RegistryFixture::waitForPort(QString* why)
{
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20'000) {
        QFile log(logFile());
        if (log.open(QIODevice::ReadOnly)) {
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(log.readAll()));
            if (match.hasMatch()) {
                m_port = match.captured(1).toUShort();
                return m_port != 0;
            }
        }
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(0)) {
            *why = QStringLiteral("docker-registry exited with %1 before listening; its log:\n%2")
                       .arg(m_process.exitCode())
                       .arg(logTail());
            return false;
        }
        QThread::msleep(20);
    }
    *why = QStringLiteral("docker-registry did not say which port it listens on within 20 s; its log:\n%1")
               .arg(logTail());
    return false;
}

bool RegistryFixture::prepareTls(QString* why)
{
    auto pki = TestPki::create(QStringLiteral("Lading fixture CA"));
    if (!pki) {
        *why = pki.error().message;
        return false;
    }
    auto server = pki->issueServer({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
    if (!server) {
        *why = server.error().message;
        return false;
    }
    QDir().mkpath(certDir());
    if (!writeFile(caFile(), pki->caCertificatePem(), why) ||
        !writeFile(certDir() + QStringLiteral("/ca.crt"), pki->caCertificatePem(), why) ||
        !writeFile(m_dir.filePath(QStringLiteral("server.crt")), server->certificatePem, why) ||
        !writeFile(m_dir.filePath(QStringLiteral("server.key")), server->privateKeyPem, why))
        return false;

    const QString htpasswd = QStandardPaths::findExecutable(QStringLiteral("htpasswd"));
    if (htpasswd.isEmpty()) {
        *why = QStringLiteral("htpasswd was not found: install the Debian package apache2-utils");
        return false;
    }
    // bcrypt is the only scheme distribution accepts.
    const ProcessResult hashed =
        runProcess(htpasswd, {QStringLiteral("-Bbn"), m_username, m_password}, 30'000);
    if (!hashed.succeeded()) {
        *why = hashed.describe();
        return false;
    }
    return writeFile(m_dir.filePath(QStringLiteral("htpasswd")), hashed.standardOutput.trimmed() + '\n', why);
}

bool RegistryFixture::prepareToken(QString* why)
{
    auto pki = TestPki::create(QStringLiteral("Lading token CA"));
    if (!pki) {
        *why = pki.error().message;
        return false;
    }
    auto signer = pki->issueSigner(QStringLiteral("Lading token signer"));
    if (!signer) {
        *why = signer.error().message;
        return false;
    }
    if (!writeFile(m_dir.filePath(QStringLiteral("token-ca.crt")), pki->caCertificatePem(), why))
        return false;
    RegistryTokenServer::Config config;
    config.service = service();
    config.issuer = issuer();
    config.username = m_username;
    config.password = m_password;
    config.signer = std::move(signer).value();
    m_tokenServer = std::make_unique<RegistryTokenServer>(std::move(config));
    return m_tokenServer->start(why);
}

bool RegistryFixture::writeConfig(quint16 port, QString* why)
{
    QString yaml = QStringLiteral("version: 0.1\n"
                                  "log:\n"
                                  "  level: info\n"
                                  "  formatter: text\n"
                                  "  accesslog:\n"
                                  "    disabled: true\n"
                                  "storage:\n"
                                  "  filesystem:\n"
                                  "    rootdirectory: %1\n"
                                  "  delete:\n"
                                  "    enabled: true\n"
                                  "  maintenance:\n"
                                  "    uploadpurging:\n"
                                  "      enabled: false\n"
                                  "http:\n"
                                  "  addr: 127.0.0.1:%2\n"
                                  "  secret: %3\n")
                       .arg(yamlQuoted(storageDir()))
                       .arg(port)
                       .arg(QString::number(QRandomGenerator::global()->generate64(), 16));
    if (m_mode == Mode::TlsBasic) {
        yaml += QStringLiteral("  tls:\n"
                               "    certificate: %1\n"
                               "    key: %2\n"
                               "auth:\n"
                               "  htpasswd:\n"
                               "    realm: lading-fixture\n"
                               "    path: %3\n")
                    .arg(yamlQuoted(m_dir.filePath(QStringLiteral("server.crt"))),
                         yamlQuoted(m_dir.filePath(QStringLiteral("server.key"))),
                         yamlQuoted(m_dir.filePath(QStringLiteral("htpasswd"))));
    } else if (m_mode == Mode::Token) {
        yaml += QStringLiteral("auth:\n"
                               "  token:\n"
                               "    realm: %1\n"
                               "    service: %2\n"
                               "    issuer: %3\n"
                               "    rootcertbundle: %4\n")
                    .arg(yamlQuoted(tokenRealm().toString()), yamlQuoted(service()), yamlQuoted(issuer()),
                         yamlQuoted(m_dir.filePath(QStringLiteral("token-ca.crt"))));
    }
    return writeFile(configFile(), yaml.toUtf8(), why);
}

bool RegistryFixture::waitUntilReady(QString* why)
{
    QElapsedTimer timer;
    timer.start();
    QString last;
    while (timer.elapsed() < 20'000) {
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(0)) {
            *why = QStringLiteral("docker-registry exited with %1 before answering; its log:\n%2")
                       .arg(m_process.exitCode())
                       .arg(logTail());
            return false;
        }
        // Wait for the port with a bare socket first: Qt 6.4's QNetworkAccessManager can crash when it is
        // destroyed after a refused TLS connection, and a QNAM per attempt would do just that.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), m_port);
        if (!socket.waitForConnected(1'000)) {
            last = socket.errorString();
            QThread::msleep(50);
            continue;
        }
        socket.abort();
        QList<std::pair<QByteArray, QByteArray>> credentials;
        if (m_mode == Mode::TlsBasic)
            credentials.append({"Authorization", authorizationFor({}, {})});
        const Exchange probe = exchange("GET", baseUrl().resolved(QUrl(QStringLiteral("/v2/"))), {},
                                        credentials, sslConfiguration(), 5'000);
        // 401 is an answer too: TLS and token modes demand credentials even for the probe.
        if (probe.status == 200 || probe.status == 401)
            return true;
        last = probe.describe();
        QThread::msleep(50);
    }
    *why = QStringLiteral("docker-registry did not answer /v2/ within 20 s (%1); its log:\n%2")
               .arg(last, logTail());
    return false;
}

void RegistryFixture::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
}

bool RegistryFixture::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

qint64 RegistryFixture::processId() const
{
    return m_process.processId();
}

QString RegistryFixture::host() const
{
    return QStringLiteral("127.0.0.1:") + QString::number(m_port);
}

QUrl RegistryFixture::baseUrl() const
{
    return QUrl((m_mode == Mode::TlsBasic ? QStringLiteral("https://") : QStringLiteral("http://")) + host());
}

QString RegistryFixture::username() const
{
    return m_username;
}

QString RegistryFixture::password() const
{
    return m_password;
}

QString RegistryFixture::caFile() const
{
    return m_mode == Mode::TlsBasic ? m_dir.filePath(QStringLiteral("ca.pem")) : QString();
}

QString RegistryFixture::certDir() const
{
    return m_mode == Mode::TlsBasic ? m_dir.filePath(QStringLiteral("certs")) : QString();
}

QString RegistryFixture::storageDir() const
{
    return m_dir.filePath(QStringLiteral("storage"));
}

QString RegistryFixture::configFile() const
{
    return m_dir.filePath(QStringLiteral("config.yml"));
}

QString RegistryFixture::logFile() const
{
    return m_dir.filePath(QStringLiteral("registry.log"));
}

QString RegistryFixture::logTail(int lines) const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

QUrl RegistryFixture::tokenRealm() const
{
    return m_tokenServer ? m_tokenServer->realm() : QUrl();
}

int RegistryFixture::tokensIssued() const
{
    return m_tokenServer ? m_tokenServer->tokensIssued() : 0;
}

QSslConfiguration RegistryFixture::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (m_mode == Mode::TlsBasic) {
        QList<QSslCertificate> cas = configuration.caCertificates();
        cas += QSslCertificate::fromPath(caFile(), QSsl::Pem);
        configuration.setCaCertificates(cas);
    }
    return configuration;
}

QByteArray RegistryFixture::authorizationFor(const QString& repository, const QString& actions) const
{
    switch (m_mode) {
    case Mode::Plain:
        return {};
    case Mode::TlsBasic:
        return "Basic " + (m_username + QLatin1Char(':') + m_password).toUtf8().toBase64();
    case Mode::Token:
        if (!m_tokenServer)
            return {};
        return "Bearer " +
               m_tokenServer->issue(m_username, {QStringLiteral("repository:%1:%2").arg(repository, actions)})
                   .toLatin1();
    }
    return {};
}

Result<oci::Digest> RegistryFixture::seedBlob(const QString& repository, const QByteArray& bytes)
{
    const QByteArray authorization = authorizationFor(repository, QStringLiteral("pull,push"));
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const QUrl start = baseUrl().resolved(QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(repository)));
    const Exchange opened =
        exchange("POST", start, {}, headers + decltype(headers){{"Content-Length", "0"}}, sslConfiguration());
    if (opened.status != 202)
        return fixtureError(QStringLiteral("POST %1 answered %2").arg(start.toString(), opened.describe()));
    QUrl location = start.resolved(QUrl(QString::fromUtf8(opened.header("Location"))));
    const QString digest = sha256(bytes);
    location.setQuery(location.query(QUrl::FullyEncoded) +
                      (location.hasQuery() ? QStringLiteral("&") : QString()) + QStringLiteral("digest=") +
                      QString::fromLatin1(QUrl::toPercentEncoding(digest)));
    const Exchange closed = exchange(
        "PUT", location, bytes, headers + decltype(headers){{"Content-Type", "application/octet-stream"}},
        sslConfiguration());
    if (closed.status != 201)
        return fixtureError(QStringLiteral("PUT %1 answered %2").arg(location.toString(), closed.describe()));
    return oci::Digest::parse(digest);
}

Result<oci::Digest> RegistryFixture::seedManifest(const QString& repository, const QString& ref,
                                                  const QByteArray& bytes, const QString& mediaType)
{
    const QByteArray authorization = authorizationFor(repository, QStringLiteral("pull,push"));
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", mediaType.toUtf8()}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const QString digest = sha256(bytes);
    const QUrl url = baseUrl().resolved(
        QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository, ref.isEmpty() ? digest : ref)));
    const Exchange put = exchange("PUT", url, bytes, headers, sslConfiguration());
    if (put.status != 201)
        return fixtureError(QStringLiteral("PUT %1 answered %2").arg(url.toString(), put.describe()));
    return oci::Digest::parse(digest);
}

Result<QByteArray> RegistryFixture::fetchManifest(const QString& repository, const QString& ref,
                                                  QString* mediaType)
{
    const QByteArray authorization = authorizationFor(repository, QStringLiteral("pull"));
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Accept", "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, "
                   "application/vnd.docker.distribution.manifest.v2+json, "
                   "application/vnd.docker.distribution.manifest.list.v2+json"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const QUrl url = baseUrl().resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository, ref)));
    const Exchange got = exchange("GET", url, {}, headers, sslConfiguration());
    if (got.status != 200) {
        Error error = fixtureError(QStringLiteral("GET %1 answered %2").arg(url.toString(), got.describe()));
        error.httpStatus = got.status;
        if (got.status == 404)
            error.kind = Error::Kind::NotFound;
        return error;
    }
    if (mediaType)
        *mediaType = QString::fromUtf8(got.header("Content-Type"));
    return got.body;
}

Result<QByteArray> RegistryFixture::fetchBlob(const QString& repository, const oci::Digest& digest)
{
    const QByteArray authorization = authorizationFor(repository, QStringLiteral("pull"));
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const QUrl url =
        baseUrl().resolved(QUrl(QStringLiteral("/v2/%1/blobs/%2").arg(repository, digest.toString())));
    const Exchange got = exchange("GET", url, {}, headers, sslConfiguration());
    if (got.status != 200) {
        Error error = fixtureError(QStringLiteral("GET %1 answered %2").arg(url.toString(), got.describe()));
        error.httpStatus = got.status;
        if (got.status == 404)
            error.kind = Error::Kind::NotFound;
        return error;
    }
    if (sha256(got.body) != digest.toString())
        return Error::make(Error::Kind::Integrity,
                           QStringLiteral("blob %1 came back with other bytes").arg(digest.toString()),
                           QStringLiteral("registry fixture"));
    return got.body;
}

} // namespace lading::test
