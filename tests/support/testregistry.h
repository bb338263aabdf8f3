#pragma once

#include "core/oci/digest.h"
#include "tests/support/loopbackhttpserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace lading::test {

// One request the test registry received, for assertions.
struct RecordedRequest
{
    QByteArray method;
    QString path;  // decoded, without query
    QString query; // raw query string
    HttpHeaders headers;
    int status = 0; // what the registry answered

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// A misbehaviour the registry shows on matching requests, `times` times (-1: always), so that
// "fail twice, then work" is one line in a test. Status, TooManyRequests and Delay hit any request
// (the token endpoint too) before authentication; the body faults hit only blob/manifest GETs that
// would succeed, and also apply on the redirect target (its paths are "/blobs/<digest>").
struct Fault
{
    enum class Kind
    {
        Status,            // answer `status` (500, 502, 503, ...) with an error body
        TooManyRequests,   // answer 429 with Retry-After: 1
        DropConnection,    // close the connection (FIN) after `bytes` body bytes of a blob/manifest GET;
                           // QNAM may re-send such a GET on its own, or finish the reply WITHOUT an
                           // error and with a short body: clients must check sizes
        WrongBytes,        // serve a blob/manifest GET body with one byte changed (same length)
        OversizedManifest, // serve a manifest GET padded past the 4 MiB limit
        Delay,             // answer `delayMs` later
        Throttle,          // send bodies at `bytes` bytes per second
    };

    Kind kind = Kind::Status;
    QString pathPattern; // regular expression searched in the decoded path; empty matches every path
    QByteArray method;   // empty matches every method
    int times = 1;
    int status = 500;
    qint64 bytes = 0;
    int delayMs = 0;

    static Fault httpStatus(int status, const QString& pathPattern, int times = 1,
                            const QByteArray& method = {});
    static Fault tooManyRequests(const QString& pathPattern, int times = 1, const QByteArray& method = {});
    static Fault dropAfter(qint64 bodyBytes, const QString& pathPattern, int times = 1);
    static Fault wrongBytes(const QString& pathPattern, int times = 1);
    static Fault oversizedManifest(const QString& pathPattern, int times = 1);
    static Fault delay(int ms, const QString& pathPattern, int times = -1);
    static Fault throttle(qint64 bytesPerSecond, const QString& pathPattern, int times = -1);
};

// An in-memory OCI distribution registry on 127.0.0.1 (oci-reference §2, §3) for unit tests of the
// client: paging, uploads, referrers, Basic and Bearer auth with its own token endpoint, and faults.
// The server runs in its own thread; every method here is thread-safe and takes effect on the next request.
class TestRegistry final
{
public:
    enum class Auth
    {
        None,
        Basic,
        Bearer
    };

    TestRegistry();
    ~TestRegistry();
    TestRegistry(const TestRegistry&) = delete;
    TestRegistry& operator=(const TestRegistry&) = delete;

    bool isListening() const { return m_port != 0; }
    QString errorString() const { return m_error; }
    QString host() const;         // "127.0.0.1:PORT"
    QUrl baseUrl() const;         // "http://127.0.0.1:PORT"
    QUrl tokenUrl() const;        // the Bearer realm: baseUrl() + "/token"
    QString redirectHost() const; // "127.0.0.2:PORT": where blob GETs are redirected when enabled
    static QString service() { return QStringLiteral("lading-test-registry"); }

    // Back to a fresh registry: no content, uploads, tokens, faults or log; every setting at its default.
    void reset();

    // --- Authentication ---
    void setAuth(Auth mode);                                               // default None
    void setCredentials(const QString& username, const QString& password); // default tester / secret
    QString username() const;
    QString password() const;
    void setAnonymousPull(bool allowed);      // Bearer: anonymous tokens may pull (default true)
    void setTokenLifetime(int seconds);       // default 300; the registry rejects tokens past it
    void setOAuthPostSupported(bool enabled); // false: POST /token answers 404 (default true)
    int tokensIssued() const;
    void revokeTokens(); // every token issued so far stops working (401 invalid_token)

    // --- Capabilities ---
    void setPageCap(int maxEntries); // server-side page limit for _catalog, tags/list, referrers; 0 = none
    void setDeletionEnabled(bool enabled);         // false: DELETE answers 405 UNSUPPORTED (default true)
    void setTagDeletionEnabled(bool enabled);      // DELETE of a manifest by tag (default true)
    void setReferrersApiEnabled(bool enabled);     // false: referrers 404 like distribution, no OCI-Subject
    void setChunkMinLength(qint64 bytes);          // sent as OCI-Chunk-Min-Length on POST and enforced
    void setMonolithicPostSupported(bool enabled); // false: POST ?digest= opens a session (202) instead
    void setMountSupported(bool enabled);          // false: POST ?mount= opens a session (202) instead
    void setCatalogEnabled(bool enabled);          // false: _catalog answers 404
    void setRequireManifestBlobs(bool enabled);    // reject manifests whose blobs are missing (default true)
    void setMaxManifestSize(qint64 bytes);         // default 4 MiB; larger PUTs get 413
    void setBlobRedirect(bool enabled);            // blob GETs answer 307 to redirectHost()

    // --- Faults ---
    void addFault(const Fault& fault);
    void clearFaults();

    // --- Observation ---
    QList<RecordedRequest> requests() const;
    // How many requests matched method (empty = any) and the path regular expression.
    int requestCount(const QByteArray& method, const QString& pathPattern) const;
    void clearRequests();
    QList<RecordedRequest> redirectRequests() const; // what the redirect target received
    int uploadSessionCount() const;

    // --- Seeding and assertions (bypass HTTP, auth and faults) ---
    oci::Digest putBlob(const QString& repository, const QByteArray& bytes);
    // ref: a tag, a digest, or empty (stored by digest only). Returns the manifest's digest.
    oci::Digest putManifest(const QString& repository, const QString& ref, const QByteArray& bytes,
                            const QString& mediaType);
    // Creates `count` tags "<prefix>-000000", ... on one small image, quickly (100,000 in well under a
    // second).
    void seedTags(const QString& repository, int count, const QString& prefix = QStringLiteral("tag"));
    bool hasBlob(const QString& repository, const oci::Digest& digest) const;
    QByteArray blob(const QString& repository, const oci::Digest& digest) const; // null if absent
    QByteArray manifest(const QString& repository, const QString& ref) const;    // null if absent
    QString manifestMediaType(const QString& repository, const QString& ref) const;
    QStringList tags(const QString& repository) const;
    int tagCount(const QString& repository) const;
    QStringList repositories() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
    std::unique_ptr<LoopbackHttpServer> m_server; // after m_state: stops before the state goes
    quint16 m_port = 0;
    quint16 m_redirectPort = 0;
    QString m_error;
};

} // namespace lading::test
