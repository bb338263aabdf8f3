#include "core/registry/registryclient.h"

#include "core/oci/reference.h"
#include "core/registry/authchallenge.h"
#include "core/registry/linkheader.h"
#include "core/registry/pagedlister.h"
#include "core/registry/registryerror.h"
#include "core/registry/tokenscope.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <mutex>

LADING_TR_CONTEXT(RegistryClient);

namespace lading::registry {

namespace {

constexpr int kMaxRedirects = 10;
constexpr qint64 kMaxTokenReply = 128 * 1024;
// What Qt may hold of a reply before it stops reading the socket, and the piece size streamed replies are
// read in. Just under glibc's 128 KiB mmap threshold: Qt allocates a fresh array for every piece it reads,
// and bigger ones are mapped and unmapped each time, so every received page faulted in anew. Measured on a
// 512 MiB pull (4 layers at once): 4 MiB took 20% more CPU and 50-65 MiB peak RSS against 22 MiB.
constexpr qint64 kReadBufferSize = 120 * 1024;

// QNetworkAccessManager belongs to one thread; each worker thread gets its own, kept for the thread's
// life so connections are reused. The main thread's is left to the OS at exit (QCoreApplication is gone
// by then and Qt objects must not be deleted without it).
QNetworkAccessManager& threadNetworkManager()
{
    struct Holder
    {
        QNetworkAccessManager* manager = nullptr;
        ~Holder()
        {
            if (manager && QCoreApplication::instance())
                delete manager;
        }
    };
    thread_local Holder holder;
    if (!holder.manager) {
        holder.manager = new QNetworkAccessManager;
        holder.manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        holder.manager->setAutoDeleteReplies(false);
    }
    return *holder.manager;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

int retryDelayMs(const HttpResponse& reply, int attempt, int cap)
{
    bool ok = false;
    const int seconds = reply.header("retry-after").trimmed().toInt(&ok);
    const int delay = ok ? seconds * 1000 : (250 << qMin(attempt, 5));
    return qBound(0, delay, cap);
}

QByteArray percent(const QString& value)
{
    return QUrl::toPercentEncoding(value);
}

Error networkError(QNetworkReply* reply, const QString& host)
{
    Error error;
    error.kind = Error::Kind::Network;
    const auto code = reply->error();
    // Codes for the retry policy: what a retry cannot fix, or fixes only if the registry was restarting.
    if (code == QNetworkReply::SslHandshakeFailedError)
        error.code = QStringLiteral("TLS_FAILED");
    else if (code == QNetworkReply::ConnectionRefusedError)
        error.code = QStringLiteral("CONNECTION_REFUSED");
    else if (code == QNetworkReply::HostNotFoundError)
        error.code = QStringLiteral("HOST_NOT_FOUND");
    if (code == QNetworkReply::SslHandshakeFailedError)
        error.message =
            tr("TLS connection to %1 failed (%2); for a private CA pass --ca-file, for a registry "
               "without TLS mark it insecure with --plain-http")
                .arg(host, reply->errorString());
    else if (code == QNetworkReply::ConnectionRefusedError)
        error.message = tr("Cannot connect to %1: connection refused; is the registry running?").arg(host);
    else if (code == QNetworkReply::HostNotFoundError)
        error.message = tr("Cannot find the host %1; check the registry name").arg(host);
    else if (code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError)
        error.message = tr("%1 stopped answering (timed out)").arg(host);
    else
        error.message = tr("Network error talking to %1: %2").arg(host, reply->errorString());
    error.origin = host;
    return error;
}

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, tr("Cancelled"));
}

} // namespace

RegistryClient::RegistryClient(const QString& registry, RegistryOptions options, CredentialLookup credentials)
    : m_registry(registry)
    , m_apiHost(registry == QLatin1String("docker.io") ? QStringLiteral("registry-1.docker.io") : registry)
    , m_options(std::move(options))
    , m_credentialLookup(std::move(credentials))
{
    // Qt 6.4 loads its TLS backend lazily; worker threads that meet TLS at the same moment race on that
    // load and one of them can find "no TLS backend". Load it once, here, before any request runs.
    static std::once_flag tlsBackend;
    std::call_once(tlsBackend, [] { (void)QSslSocket::supportsSsl(); });
    if (!m_options.caFile.isEmpty())
        m_extraCaCertificates = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
}

RegistryClient::~RegistryClient() = default;

QUrl RegistryClient::baseUrl()
{
    (void)ensureScheme();
    QMutexLocker lock(&m_mutex);
    return QUrl(m_scheme + QStringLiteral("://") + m_apiHost);
}

bool RegistryClient::usesTls()
{
    return baseUrl().scheme() == QLatin1String("https");
}

RegistryClient::AuthKind RegistryClient::authKind() const
{
    QMutexLocker lock(&m_mutex);
    return m_authKind;
}

void RegistryClient::setSessionCredential(const auth::Credential& credential)
{
    QMutexLocker lock(&m_mutex);
    m_credential = credential;
    m_credentialError.reset();
    m_tokens.clear();
}

std::optional<bool> RegistryClient::referrersApi(const QString& repository) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_referrersApi.constFind(repository);
    if (it == m_referrersApi.constEnd())
        return std::nullopt;
    return *it;
}

void RegistryClient::setReferrersApi(const QString& repository, bool supported)
{
    QMutexLocker lock(&m_mutex);
    m_referrersApi.insert(repository, supported);
}

Status RegistryClient::ensureScheme()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_scheme.isEmpty())
            return {};
        if (m_options.plainHttp) {
            m_scheme = QStringLiteral("http");
            return {};
        }
        if (!oci::isLoopbackHost(m_apiHost)) {
            m_scheme = QStringLiteral("https");
            return {};
        }
    }
    // A registry on this machine may speak plain HTTP without being marked insecure. Try HTTP first (the
    // common case for a local registry); a TLS server answers that with a 400 or drops the connection.
    HttpRequest probe;
    probe.retry = false;
    const QUrl plain(QStringLiteral("http://") + m_apiHost + QStringLiteral("/v2/"));
    auto reply = execute(probe, plain, {});
    const bool plainWorks = reply.ok() && reply->status != 400 && reply->status != 0;
    QMutexLocker lock(&m_mutex);
    if (m_scheme.isEmpty())
        m_scheme = plainWorks ? QStringLiteral("http") : QStringLiteral("https");
    return {};
}

bool RegistryClient::allowsCredentialsTo(const QUrl& url) const
{
    // Never send credentials in clear text across a network: only TLS, loopback, or a host the user
    // explicitly marked insecure.
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (oci::isLoopbackHost(url.host()))
        return true;
    return m_options.plainHttp &&
           url.host().compare(m_apiHost.section(QLatin1Char(':'), 0, 0), Qt::CaseInsensitive) == 0;
}

auth::Credential RegistryClient::credential()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_credential)
            return *m_credential;
    }
    // One lookup at a time: threads of a parallel transfer that meet the first challenge together would
    // each run the credential helper (which may prompt). Those that waited find the answer kept.
    QMutexLocker looking(&m_credentialLookupMutex);
    {
        QMutexLocker lock(&m_mutex);
        if (m_credential)
            return *m_credential;
    }
    auth::Credential found;
    std::optional<Error> failure;
    if (m_credentialLookup) {
        auto looked = m_credentialLookup(m_registry);
        if (looked.ok())
            found = looked.value();
        else
            failure = looked.error();
    }
    QMutexLocker lock(&m_mutex);
    if (!m_credential) {
        m_credential = found;
        m_credentialError = failure;
    }
    return *m_credential;
}

std::optional<Error> RegistryClient::credentialError() const
{
    QMutexLocker lock(&m_mutex);
    return m_credentialError;
}

QString RegistryClient::tokenKey(const Challenge& challenge, const QStringList& scopes)
{
    return challenge.realm + QLatin1Char('|') + challenge.service + QLatin1Char('|') +
           TokenScope::fromStrings(scopes).toStrings().join(QLatin1Char(' '));
}

QByteArray RegistryClient::authorizationFor(const QStringList& scopes)
{
    AuthKind kind;
    Challenge challenge;
    {
        QMutexLocker lock(&m_mutex);
        kind = m_authKind;
        challenge = m_challenge;
    }
    if (kind == AuthKind::Basic) {
        const auth::Credential c = credential();
        if (c.username.isEmpty() && c.secret.isEmpty())
            return {};
        return "Basic " + (c.username + QLatin1Char(':') + c.secret).toUtf8().toBase64();
    }
    if (kind == AuthKind::Bearer) {
        // Ask for the token up front: the realm is known, so skip the 401 round trip.
        auto token = fetchToken(challenge, scopes);
        if (token)
            return "Bearer " + token.value();
    }
    return {};
}

Status RegistryClient::answerChallenge(const HttpResponse& reply, QStringList& scopes)
{
    const auto challenges = AuthChallenge::parse(reply.headerValues("www-authenticate"));
    const AuthChallenge* bearer = nullptr;
    const AuthChallenge* basic = nullptr;
    for (const auto& c : challenges) {
        if (c.scheme == QLatin1String("bearer") && !bearer)
            bearer = &c;
        else if (c.scheme == QLatin1String("basic") && !basic)
            basic = &c;
    }
    if (bearer) {
        Challenge challenge{QStringLiteral("bearer"), bearer->param(QStringLiteral("realm")),
                            bearer->param(QStringLiteral("service"))};
        const QUrl realm(challenge.realm);
        if (!realm.isValid() ||
            (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http")))
            return Error::make(
                Error::Kind::Protocol,
                tr("%1 asked for a token from an invalid address \"%2\"").arg(m_registry, challenge.realm));
        scopes = TokenScope::fromStrings(scopes + bearer->scopes()).toStrings();
        {
            QMutexLocker lock(&m_mutex);
            m_authKind = AuthKind::Bearer;
            m_challenge = challenge;
        }
        return {};
    }
    if (basic) {
        {
            // Known before any credential is found, so a capability probe can name the scheme of a
            // registry the user has not logged in to yet.
            QMutexLocker lock(&m_mutex);
            m_authKind = AuthKind::Basic;
        }
        const auth::Credential c = credential();
        if (c.username.isEmpty() && c.secret.isEmpty()) {
            if (auto failure = credentialError())
                return *failure;
            Error error = Error::make(Error::Kind::Unauthorized,
                                      tr("%1 requires a login: run \"lading login %1\"").arg(m_registry));
            error.httpStatus = 401;
            return error;
        }
        return {};
    }
    Error error =
        Error::make(Error::Kind::Unauthorized,
                    tr("%1 refused the request (401) without saying how to authenticate").arg(m_registry));
    error.httpStatus = 401;
    return error;
}

Result<HttpResponse> RegistryClient::tokenRequest(const Challenge& challenge, const QStringList& scopes,
                                                  const auth::Credential& credential, bool oauthPost)
{
    HttpRequest request;
    request.maxBodySize = kMaxTokenReply;
    QUrl url(challenge.realm);
    if (oauthPost) {
        request.method = "POST";
        QByteArray form = "grant_type=refresh_token&refresh_token=" + percent(credential.identityToken) +
                          "&client_id=lading&service=" + percent(challenge.service);
        if (!scopes.isEmpty())
            form += "&scope=" + percent(scopes.join(QLatin1Char(' ')));
        request.body = form;
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    } else {
        QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
        auto add = [&query](const QByteArray& key, const QString& value) {
            if (!query.isEmpty())
                query += '&';
            query += key + '=' + percent(value);
        };
        if (!challenge.service.isEmpty())
            add("service", challenge.service);
        for (const QString& scope : scopes)
            add("scope", scope);
        if (!credential.username.isEmpty())
            add("account", credential.username);
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    QByteArray authorization;
    if (!oauthPost && !(credential.username.isEmpty() && credential.secret.isEmpty())) {
        if (!allowsCredentialsTo(url))
            return Error::make(
                Error::Kind::Denied,
                tr("%1 wants credentials sent to %2 over plain HTTP; refusing. Mark the registry "
                   "insecure (--plain-http) only if you trust the network")
                    .arg(m_registry, url.host()));
        authorization =
            "Basic " + (credential.username + QLatin1Char(':') + credential.secret).toUtf8().toBase64();
    }
    // The token service fails like the registry does (429, 502-504, dropped connections): retry it the same
    // way, or one hiccup there fails a whole transfer.
    for (int attempt = 0;; ++attempt) {
        auto reply = execute(request, url, authorization);
        const bool again =
            reply.ok() ? isRetryableStatus(reply->status) : reply.error().kind == Error::Kind::Network;
        if (!again || attempt >= m_options.maxRetries)
            return reply;
        const int delay =
            reply.ok() ? retryDelayMs(reply.value(), attempt, m_options.maxRetryDelayMs) : 250 << attempt;
        QThread::msleep(static_cast<unsigned long>(delay));
    }
}

void RegistryClient::forgetToken(const QByteArray& token)
{
    QMutexLocker lock(&m_mutex);
    m_tokens.removeIf([&token](const auto& entry) { return entry.value().value == token; });
}

Result<QByteArray> RegistryClient::fetchToken(const Challenge& challenge, const QStringList& scopes)
{
    const QString key = tokenKey(challenge, scopes);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_tokens.constFind(key);
        if (it != m_tokens.constEnd() && it->expiresAtMs > now + 10000)
            return it->value;
    }
    // One token request at a time: threads that start together (parallel uploads) would each ask the token
    // service for the same scope. Those that waited find the token in the cache.
    QMutexLocker fetching(&m_tokenFetchMutex);
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_tokens.constFind(key);
        if (it != m_tokens.constEnd() && it->expiresAtMs > now + 10000)
            return it->value;
    }
    auth::Credential c = credential();
    if (!c.registryToken.isEmpty())
        return c.registryToken.toUtf8();

    Result<HttpResponse> reply = Error();
    bool haveReply = false;
    if (!c.identityToken.isEmpty()) {
        reply = tokenRequest(challenge, scopes, c, true);
        haveReply = reply.ok() && reply->status != 404 && reply->status != 405;
        if (!reply.ok())
            return reply.error();
    }
    if (!haveReply)
        reply = tokenRequest(challenge, scopes, c, false);
    if (!reply.ok())
        return reply.error();
    if (reply->status == 401 || reply->status == 403) {
        if (auto failure = credentialError(); failure && c.isEmpty())
            return *failure;
        Error error =
            Error::make(Error::Kind::Unauthorized,
                        c.isEmpty() ? tr("%1 requires a login: run \"lading login %1\"").arg(m_registry)
                                    : tr("%1 rejected the credentials; log in again with "
                                         "\"lading login %1\"")
                                          .arg(m_registry));
        error.httpStatus = reply->status;
        return error;
    }
    if (!reply->isSuccess())
        return errorFromReply(reply->status, reply->body,
                              tr("Getting a token from %1").arg(QUrl(challenge.realm).host()));
    const QJsonObject json = QJsonDocument::fromJson(reply->body).object();
    QString token = json.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = json.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return Error::make(Error::Kind::Protocol,
                           tr("The token service of %1 answered without a token").arg(m_registry));
    int expiresIn = json.value(QLatin1String("expires_in")).toInt(60);
    if (expiresIn < 60)
        expiresIn = 60;
    qint64 issuedAt = now;
    const QDateTime issued =
        QDateTime::fromString(json.value(QLatin1String("issued_at")).toString(), Qt::ISODateWithMs);
    if (issued.isValid() && qAbs(issued.toMSecsSinceEpoch() - now) < 24LL * 3600 * 1000)
        issuedAt = issued.toMSecsSinceEpoch();
    const QString refresh = json.value(QLatin1String("refresh_token")).toString();
    QMutexLocker lock(&m_mutex);
    if (!refresh.isEmpty() && m_credential)
        m_credential->identityToken = refresh;
    m_tokens.insert(key, Token{token.toUtf8(), issuedAt + qint64(expiresIn) * 1000});
    return token.toUtf8();
}

Result<HttpResponse> RegistryClient::send(HttpRequest request)
{
    LADING_TRY(ensureScheme());
    QUrl url = request.url;
    if (url.isRelative())
        url = baseUrl().resolved(url);
    QStringList scopes = request.scopes;
    bool answeredChallenge = false;
    int insufficientScopeRetries = 0;
    for (int attempt = 0;; ++attempt) {
        if (request.control && request.control->isCancelled())
            return cancelled();
        if (request.bodyDevice && !request.bodyDevice->seek(0))
            return Error::make(Error::Kind::Io, tr("Cannot rewind the upload to retry it"));
        const QByteArray authorization = allowsCredentialsTo(url) ? authorizationFor(scopes) : QByteArray();
        auto reply = execute(request, url, authorization);
        if (!reply.ok()) {
            const QString& why = reply.error().code;
            const int retries = why == QLatin1String("TLS_FAILED") || why == QLatin1String("HOST_NOT_FOUND")
                                    ? 0
                                : why == QLatin1String("CONNECTION_REFUSED") ? 1
                                                                             : m_options.maxRetries;
            if (request.retry && reply.error().kind == Error::Kind::Network && attempt < retries &&
                !request.onData) {
                QThread::msleep(static_cast<unsigned long>(250 << attempt));
                continue;
            }
            return reply;
        }
        if (reply->status == 401) {
            const auto challenges = AuthChallenge::parse(reply->headerValues("www-authenticate"));
            const bool insufficient =
                std::any_of(challenges.begin(), challenges.end(),
                            [](const AuthChallenge& c) { return c.isInsufficientScope(); });
            // The registry refused the token we sent (expired, revoked, or it restarted): forget it, or the
            // cache would hand the same token back until its own idea of expiry.
            if (!insufficient && authorization.startsWith("Bearer "))
                forgetToken(authorization.mid(7));
            if (answeredChallenge && !(insufficient && insufficientScopeRetries++ < 2))
                return reply;
            answeredChallenge = true;
            if (!allowsCredentialsTo(url))
                return Error::make(
                    Error::Kind::Denied,
                    tr("%1 asks for credentials over plain HTTP; refusing to send them. Mark the "
                       "registry insecure only if you trust the network")
                        .arg(m_registry));
            LADING_TRY(answerChallenge(reply.value(), scopes));
            if (authKind() == AuthKind::Bearer) {
                Challenge challenge;
                {
                    QMutexLocker lock(&m_mutex);
                    challenge = m_challenge;
                }
                auto token = fetchToken(challenge, scopes);
                if (!token)
                    return token.error();
            }
            continue;
        }
        // A plain 500 is retried too, but only for reads: a GET or HEAD cannot do harm twice, and registries
        // behind object storage answer the odd 500 that works on the next try.
        const bool read = request.method == "GET" || request.method == "HEAD";
        const bool retryable = isRetryableStatus(reply->status) || (read && reply->status == 500);
        if (request.retry && retryable && attempt < m_options.maxRetries) {
            const int delay = retryDelayMs(reply.value(), attempt, m_options.maxRetryDelayMs);
            for (int waited = 0; waited < delay; waited += 50) {
                if (request.control && request.control->isCancelled())
                    return cancelled();
                QThread::msleep(50);
            }
            continue;
        }
        return reply;
    }
}

Result<HttpResponse> RegistryClient::execute(const HttpRequest& request, QUrl url, QByteArray authorization)
{
    QByteArray method = request.method;
    bool sendBody = true;
    const QUrl originalUrl = url;
    for (int hop = 0; hop <= kMaxRedirects; ++hop) {
        QNetworkRequest netRequest(url);
        netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
        netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        netRequest.setTransferTimeout(60000);
        // HTTP/1.1 only. Over HTTP/2 (what Qt picks on TLS) kReadBufferSize does not hold a download back,
        // the request's default stream window being 200 MB, so a download outrunning the disk piles up in
        // memory. Measured on a 512 MiB pull over TLS: 65-131 MiB peak RSS against 25 MiB; pushes took 20%
        // more CPU. Multiplexing would not pay anyway: each worker thread has its own connection.
        netRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        netRequest.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("lading/0.1"));
        // Our own Accept-Encoding stops Qt from decoding bodies behind our back: digests are over the wire
        // bytes.
        netRequest.setRawHeader("Accept-Encoding", "identity");
        for (const auto& [name, value] : request.headers)
            netRequest.setRawHeader(name, value);
        if (!authorization.isEmpty())
            netRequest.setRawHeader("Authorization", authorization);
        if (url.scheme() == QLatin1String("https") && !m_extraCaCertificates.isEmpty()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificates(m_extraCaCertificates);
            netRequest.setSslConfiguration(ssl);
        }
        QIODevice* device = sendBody ? request.bodyDevice : nullptr;
        const QByteArray body = sendBody ? request.body : QByteArray();
        if (device)
            netRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.bodySize);
        else if (method == "POST" || method == "PUT" || method == "PATCH")
            netRequest.setHeader(QNetworkRequest::ContentLengthHeader, body.size());

        QNetworkAccessManager& manager = threadNetworkManager();
        QNetworkReply* reply = nullptr;
        if (device)
            reply = manager.sendCustomRequest(netRequest, method, device);
        else if (method == "GET")
            reply = manager.get(netRequest);
        else if (method == "HEAD")
            reply = manager.head(netRequest);
        else
            reply = manager.sendCustomRequest(netRequest, method, body);
        reply->setReadBufferSize(kReadBufferSize);

        HttpResponse response;
        Error streamError;
        bool headersSeen = false;
        bool streaming = false;
        bool tooLarge = false;
        qint64 received = 0; // body bytes taken from the reply, to catch a body cut short
        QEventLoop loop;
        auto onHeaders = [&] {
            if (headersSeen)
                return;
            headersSeen = true;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            streaming = request.onData && response.status >= 200 && response.status < 300;
            if (streaming && request.onHead) {
                HttpResponse head;
                head.status = response.status;
                head.url = reply->url();
                for (const auto& pair : reply->rawHeaderPairs())
                    head.headers.append({pair.first.toLower(), pair.second});
                if (auto status = request.onHead(head); !status.ok()) {
                    streamError = status.error();
                    reply->abort();
                }
            }
        };
        auto onReadyRead = [&] {
            onHeaders();
            if (streamError.kind != Error::Kind::None)
                return;
            if (streaming) {
                // Read through one reused buffer: allocating a fresh array per piece makes glibc's heap
                // grow with the size of the download.
                thread_local QByteArray buffer(kReadBufferSize, Qt::Uninitialized);
                for (;;) {
                    const qint64 n = reply->read(buffer.data(), buffer.size());
                    if (n <= 0)
                        return;
                    if (request.control && request.control->isCancelled()) {
                        streamError = cancelled();
                        reply->abort();
                        return;
                    }
                    if (auto status = request.onData(QByteArrayView(buffer.constData(), n)); !status.ok()) {
                        streamError = status.error();
                        reply->abort();
                        return;
                    }
                    received += n;
                }
            }
            const QByteArray chunk = reply->readAll();
            received += chunk.size();
            if (response.body.size() + chunk.size() > request.maxBodySize) {
                tooLarge = true;
                reply->abort();
            } else {
                response.body += chunk;
            }
        };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, onHeaders);
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, onReadyRead);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer cancelPoll;
        if (request.control) {
            QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
                if (request.control->isCancelled() && streamError.kind == Error::Kind::None) {
                    streamError = cancelled();
                    reply->abort();
                }
            });
            cancelPoll.start(100);
        }
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        cancelPoll.stop();
        if (reply->bytesAvailable() > 0)
            onReadyRead();
        onHeaders();

        const auto error = reply->error();
        const QUrl finalUrl = reply->url();
        const QByteArray location = reply->rawHeader("Location");
        for (const auto& pair : reply->rawHeaderPairs())
            response.headers.append({pair.first.toLower(), pair.second});
        response.url = finalUrl;
        // Finished and no longer emitting: delete now rather than deleteLater, which a worker thread
        // without a running event loop would never process.
        std::unique_ptr<QNetworkReply> owner(reply);

        if (streamError.kind != Error::Kind::None)
            return streamError;
        if (tooLarge)
            return Error::make(Error::Kind::TooLarge,
                               tr("The reply from %1 is larger than %2 bytes; refusing it")
                                   .arg(url.host())
                                   .arg(request.maxBodySize));
        // An HTTP error status is an answer, not a network failure. But a transport error after the status
        // line (codes below 100: the connection dropped, timed out) means the body is cut short: reporting
        // that as a complete answer would hand a truncated manifest or blob to the caller, so it is a
        // network failure too, and the caller retries or resumes.
        const bool transportError =
            error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
        if (error != QNetworkReply::NoError && (response.status == 0 || transportError)) {
            // Qt keeps the connection to this host cached with the TLS settings of the request that opened
            // it, so a CA added after a failed handshake would never be used on this thread: drop it.
            if (error == QNetworkReply::SslHandshakeFailedError)
                manager.clearConnectionCache();
            return networkError(
                reply, url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString()));
        }
        // Qt finishes a reply whose connection closed mid-body as a success when the server sent
        // "Connection: close": it takes the close for the end of the data, Content-Length or not. So count
        // the bytes here: a short body is a dropped connection (retried or resumed), never an answer.
        bool lengthKnown = false;
        const qint64 announced = response.header("content-length").toLongLong(&lengthKnown);
        // Only successful answers: their bodies are the data. Error and redirect bodies are read leniently,
        // and Qt's own authentication handling reads and drops the body of a 401 before we see it.
        const bool hasBody =
            method != "HEAD" && response.status >= 200 && response.status < 300 && response.status != 204;
        if (lengthKnown && hasBody && received < announced) {
            Error error =
                Error::make(Error::Kind::Network, tr("The connection to %1 closed after %2 of %3 bytes")
                                                      .arg(url.authority())
                                                      .arg(received)
                                                      .arg(announced));
            error.origin = url.authority();
            return error;
        }

        const bool redirect = response.status == 301 || response.status == 302 || response.status == 303 ||
                              response.status == 307 || response.status == 308;
        if (!redirect || location.isEmpty())
            return response;
        const QUrl next = url.resolved(QUrl::fromEncoded(location));
        if (!next.isValid() ||
            (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http")))
            return Error::make(Error::Kind::Protocol,
                               tr("%1 redirected to an invalid address").arg(url.host()));
        if (url.scheme() == QLatin1String("https") && next.scheme() == QLatin1String("http") &&
            !oci::isLoopbackHost(next.host()))
            return Error::make(Error::Kind::Denied,
                               tr("%1 redirected from HTTPS to plain HTTP; refusing").arg(url.host()));
        // Credentials never follow a redirect to another host (object storage rejects them anyway).
        if (!sameOrigin(next, originalUrl))
            authorization.clear();
        if (response.status == 303) {
            method = "GET";
            sendBody = false;
        } else if (device && !device->seek(0)) {
            return Error::make(Error::Kind::Io, tr("Cannot rewind the upload to follow a redirect"));
        }
        url = next;
    }
    return Error::make(Error::Kind::Protocol, tr("%1 redirected too many times").arg(originalUrl.host()));
}

Status RegistryClient::ping()
{
    HttpRequest request;
    request.url = QUrl(QStringLiteral("/v2/"));
    auto reply = send(request);
    if (!reply)
        return reply.error();
    if (reply->isSuccess())
        return {};
    if (reply->status == 404)
        return Error::make(
            Error::Kind::Protocol,
            tr("%1 does not speak the OCI distribution API (/v2/ answered 404)").arg(m_registry));
    return errorFromReply(reply->status, reply->body, tr("Contacting %1").arg(m_registry));
}

Result<QStringList> RegistryClient::catalog()
{
    return PagedLister(*this, PagedLister::Collection::Catalog, {}, m_options.tagPageSize).all();
}

} // namespace lading::registry
