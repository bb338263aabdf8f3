#pragma once

#include "tests/support/loopbackhttpserver.h"
#include "tests/support/testpki.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace lading::test {

// The token server of distribution's `auth.token` scheme, run by the test itself on 127.0.0.1: it signs
// RS256 JWTs whose header carries an x5c chain (the signing certificate, issued by a CA that the registry
// trusts through `rootcertbundle`). It grants what is asked to its one user (Basic on GET, or OAuth2 POST
// with grant_type=password/refresh_token) and only `pull` to anonymous callers.
class RegistryTokenServer final
{
public:
    struct Config
    {
        QString service;
        QString issuer;
        QString username;
        QString password;
        IssuedCertificate signer; // signs the tokens; its chain goes in x5c
        int lifetimeSeconds = 300;
    };

    explicit RegistryTokenServer(Config config);
    ~RegistryTokenServer();
    RegistryTokenServer(const RegistryTokenServer&) = delete;
    RegistryTokenServer& operator=(const RegistryTokenServer&) = delete;

    bool start(QString* why = nullptr);
    QUrl realm() const; // http://127.0.0.1:PORT/token
    int tokensIssued() const;

    // A signed token for user (empty: anonymous) and scopes such as "repository:app:pull,push", with the
    // same grant rules as the HTTP endpoint; for seeding helpers that must not go through the client.
    QString issue(const QString& user, const QStringList& scopes) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
    std::unique_ptr<LoopbackHttpServer> m_server;
    quint16 m_port = 0;
};

} // namespace lading::test
