#pragma once

#include "core/oci/digest.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace lading::test {

class RegistryTokenServer;

// Debian's real registry (`docker-registry`, CNCF distribution 2.8.2) on a free 127.0.0.1 port, in a
// temporary folder, for integration tests. The process is stopped in the destructor (terminate, wait,
// kill) and also dies with the test process if that crashes, so no registry outlives its test.
//
//   QString why;
//   auto registry = RegistryFixture::start(RegistryFixture::Mode::TlsBasic, &why);
//   QVERIFY2(registry, qPrintable(why));
//
// Start and use a fixture on one thread (the test's): the seeding helpers block on a local event loop.
class RegistryFixture final
{
public:
    enum class Mode
    {
        Plain,    // plain HTTP, no auth, deletion enabled
        TlsBasic, // HTTPS with a certificate from a CA the fixture makes (caFile()), htpasswd Basic auth
        Token,    // plain HTTP, bearer tokens from a token server the fixture runs (JWT RS256 + x5c)
    };

    explicit RegistryFixture(Mode mode);
    ~RegistryFixture();
    RegistryFixture(const RegistryFixture&) = delete;
    RegistryFixture& operator=(const RegistryFixture&) = delete;

    // Starts the registry and waits until /v2/ answers. On failure why says what to install or what broke.
    bool start(QString* why = nullptr);
    static std::unique_ptr<RegistryFixture> start(Mode mode, QString* why);
    void stop();
    // Another docker-registry binary (tests of the "missing" message); default: docker-registry on PATH.
    void setProgram(const QString& program) { m_program = program; }

    Mode mode() const { return m_mode; }
    bool isRunning() const;
    qint64 processId() const;
    QString host() const;     // "127.0.0.1:PORT"
    QUrl baseUrl() const;     // http:// or https:// + host()
    QString username() const; // TlsBasic and Token; empty for Plain
    QString password() const;
    QString caFile() const;  // TlsBasic: PEM of the CA that issued the registry's certificate
    QString certDir() const; // TlsBasic: a folder holding ca.crt, for `skopeo --cert-dir`
    QString storageDir() const;
    QString configFile() const;
    QString logFile() const; // the registry's own output, for diagnosing failures
    QString logTail(int lines = 30) const;
    // Token mode.
    QUrl tokenRealm() const;
    QString service() const { return QStringLiteral("lading-fixture"); }
    QString issuer() const { return QStringLiteral("lading-fixture-issuer"); }
    int tokensIssued() const;

    // TLS settings that trust caFile() (the default configuration in the other modes).
    QSslConfiguration sslConfiguration() const;

    // Seeding and checking over plain HTTP with QNetworkAccessManager, not through Lading's client, so a
    // test need not trust the code under test. Credentials and tokens are supplied by the fixture.
    Result<oci::Digest> seedBlob(const QString& repository, const QByteArray& bytes);
    Result<oci::Digest> seedManifest(const QString& repository, const QString& ref, const QByteArray& bytes,
                                     const QString& mediaType);
    Result<QByteArray> fetchManifest(const QString& repository, const QString& ref,
                                     QString* mediaType = nullptr);
    Result<QByteArray> fetchBlob(const QString& repository, const oci::Digest& digest);
    // The Authorization header the helpers send for that scope: Basic, a Bearer token, or empty.
    QByteArray authorizationFor(const QString& repository, const QString& actions) const;

private:
    bool launch(QString* why);
    bool prepareTls(QString* why);
    bool prepareToken(QString* why);
    bool writeConfig(quint16 port, QString* why);
    bool waitForPort(QString* why);
    bool waitUntilReady(QString* why);

    Mode m_mode;
    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_username;
    QString m_password;
    std::unique_ptr<RegistryTokenServer> m_tokenServer;
};

} // namespace lading::test
