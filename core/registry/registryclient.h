#pragma once

#include "core/auth/credential.h"
#include "core/registry/httpexchange.h"
#include "core/registry/registryoptions.h"
#include "core/util/result.h"

#include <QHash>
#include <QMutex>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <optional>

namespace lading::registry {

// Where a client finds credentials for a registry host (auth::CredentialStore in the app, a lambda in tests).
// A failed lookup (a broken credential helper, a malformed config.json) is reported when the registry asks
// for credentials, so the user sees the real cause instead of a bare 401.
using CredentialLookup = std::function<Result<auth::Credential>(const QString& registry)>;

// One registry host: how to reach it (scheme, CA), how to authenticate (challenge, Basic, token cache per
// scope), what it can do (referrers API per repository). Shared by every store and thread that talks to the
// host; all methods are thread-safe and block the calling thread (never call them on the GUI thread).
class RegistryClient final
{
public:
    enum class AuthKind
    {
        Unknown,
        Anonymous,
        Basic,
        Bearer
    };

    RegistryClient(const QString& registry, RegistryOptions options, CredentialLookup credentials = {});
    ~RegistryClient();
    Q_DISABLE_COPY_MOVE(RegistryClient)

    const QString& registry() const { return m_registry; } // "docker.io", "localhost:5000"
    const QString& apiHost() const { return m_apiHost; }   // "registry-1.docker.io"
    const RegistryOptions& options() const { return m_options; }

    // Sends a request with authentication, manual redirects and retries. A reply with any HTTP status is a
    // success here; only network failures, cancellation and auth failures that cannot be answered are
    // errors. Relative URLs resolve against the registry's base URL.
    Result<HttpResponse> send(HttpRequest request);

    // GET /v2/: reachability and the auth scheme.
    Status ping();
    // Every repository, following Link pages. Unsupported when the registry serves no catalog.
    Result<QStringList> catalog();

    QUrl baseUrl();
    bool usesTls();
    AuthKind authKind() const;
    // Replaces the credentials for the rest of the session (login from the window, --password-stdin).
    void setSessionCredential(const auth::Credential& credential);

    // Referrers API support, probed once per repository and remembered.
    std::optional<bool> referrersApi(const QString& repository) const;
    void setReferrersApi(const QString& repository, bool supported);

private:
    struct Token
    {
        QByteArray value;
        qint64 expiresAtMs = 0;
    };
    struct Challenge
    {
        QString scheme;
        QString realm;
        QString service;
    };

    Status ensureScheme();
    QByteArray authorizationFor(const QStringList& scopes);
    Status answerChallenge(const HttpResponse& reply, QStringList& scopes);
    Result<QByteArray> fetchToken(const Challenge& challenge, const QStringList& scopes);
    Result<HttpResponse> tokenRequest(const Challenge& challenge, const QStringList& scopes,
                                      const auth::Credential& credential, bool oauthPost);
    void forgetToken(const QByteArray& token);
    auth::Credential credential();
    // The lookup failure to report instead of "log in", if there was one.
    std::optional<Error> credentialError() const;
    Result<HttpResponse> execute(const HttpRequest& request, QUrl url, QByteArray authorization);
    bool allowsCredentialsTo(const QUrl& url) const;
    static QString tokenKey(const Challenge& challenge, const QStringList& scopes);

    const QString m_registry;
    const QString m_apiHost;
    const RegistryOptions m_options;
    const CredentialLookup m_credentialLookup;
    QList<QSslCertificate> m_extraCaCertificates;

    mutable QMutex m_mutex;
    QString m_scheme; // "https" or "http" once decided
    AuthKind m_authKind = AuthKind::Unknown;
    Challenge m_challenge;
    std::optional<auth::Credential> m_credential;
    std::optional<Error> m_credentialError; // why the lookup found nothing, if it failed
    QHash<QString, Token> m_tokens;         // by realm|service|sorted scopes
    QHash<QString, bool> m_referrersApi;
    QMutex m_tokenFetchMutex;       // held while one thread asks the token service
    QMutex m_credentialLookupMutex; // held while one thread looks up the credential
};

} // namespace lading::registry
