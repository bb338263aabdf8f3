#include "tests/support/registrytokenserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace lading::test {

namespace {

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

HttpResponse jsonReply(int status, const QJsonObject& object)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse oauthError(int status, const QString& code, const QString& description)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("error"), code},
                                         {QStringLiteral("error_description"), description}});
}

QString randomId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16) +
           QString::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

struct RegistryTokenServer::State
{
    Config config;
    QByteArray signerDer;
    mutable QMutex mutex;
    mutable int issued = 0;
    QHash<QString, QString> refreshTokens; // refresh token -> user

    // access claim and the granted scope strings, following distribution's token server rules.
    QJsonArray grant(const QString& user, const QStringList& scopes, QStringList* granted) const
    {
        QJsonArray access;
        for (const QString& value : scopes) {
            for (const QString& text : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                // type:name:actions, where the name may contain ':' (host:port).
                const qsizetype first = text.indexOf(QLatin1Char(':'));
                const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
                if (first <= 0 || last <= first)
                    continue;
                const QString type = text.left(first);
                const QString name = text.mid(first + 1, last - first - 1);
                QJsonArray actions;
                QStringList names;
                for (const QString& action : text.mid(last + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const bool allowed = user.isEmpty() ? (type == QLatin1String("repository") &&
                                                           action == QLatin1String("pull"))
                                                        : true;
                    if (!allowed)
                        continue;
                    actions.append(action);
                    names.append(action);
                }
                if (actions.isEmpty())
                    continue;
                access.append(QJsonObject{{QStringLiteral("type"), type},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("actions"), actions}});
                granted->append(type + QLatin1Char(':') + name + QLatin1Char(':') +
                                names.join(QLatin1Char(',')));
            }
        }
        return access;
    }

    QString sign(const QString& user, const QStringList& scopes, QStringList* granted) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject header{
            {QStringLiteral("typ"), QStringLiteral("JWT")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(signerDer.toBase64())}}};
        const QJsonObject claims{
            {QStringLiteral("iss"), config.issuer},
            {QStringLiteral("sub"), user},
            {QStringLiteral("aud"), config.service}, // a string: distribution 2.8 wants one
            {QStringLiteral("exp"), now + config.lifetimeSeconds},
            {QStringLiteral("nbf"), now - 10},
            {QStringLiteral("iat"), now},
            {QStringLiteral("jti"), randomId()},
            {QStringLiteral("access"), grant(user, scopes, granted)}};
        const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                        '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        const auto signature = TestPki::signRs256(config.signer.privateKeyPem, signingInput);
        if (!signature)
            return {};
        QMutexLocker lock(&mutex);
        ++issued;
        return QString::fromLatin1(signingInput + '.' + base64Url(signature.value()));
    }

    bool basicMatches(const QByteArray& authorization) const
    {
        if (!authorization.startsWith("Basic "))
            return false;
        return QByteArray::fromBase64(authorization.mid(6).trimmed()) ==
               (config.username + QLatin1Char(':') + config.password).toUtf8();
    }

    HttpResponse handle(const HttpRequest& req)
    {
        if (req.path != QLatin1String("/token")) {
            HttpResponse r;
            r.status = 404;
            return r;
        }
        const QString issuedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (req.method == "POST") {
            HttpRequest form;
            form.query = QString::fromUtf8(req.body);
            if (form.queryValue(QStringLiteral("service")) != config.service)
                return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("unknown service"));
            if (form.queryValue(QStringLiteral("client_id")).isEmpty())
                return oauthError(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("client_id missing"));
            const QString grantType = form.queryValue(QStringLiteral("grant_type"));
            QString user;
            QString refresh;
            if (grantType == QLatin1String("password")) {
                if (form.queryValue(QStringLiteral("username")) != config.username ||
                    form.queryValue(QStringLiteral("password")) != config.password)
                    return oauthError(401, QStringLiteral("invalid_grant"),
                                      QStringLiteral("wrong credentials"));
                user = config.username;
            } else if (grantType == QLatin1String("refresh_token")) {
                refresh = form.queryValue(QStringLiteral("refresh_token"));
                QMutexLocker lock(&mutex);
                if (!refreshTokens.contains(refresh))
                    return oauthError(401, QStringLiteral("invalid_grant"),
                                      QStringLiteral("unknown refresh token"));
                user = refreshTokens.value(refresh);
            } else {
                return oauthError(400, QStringLiteral("unsupported_grant_type"), grantType);
            }
            QStringList granted;
            const QString token = sign(user, form.queryValues(QStringLiteral("scope")), &granted);
            QJsonObject reply{{QStringLiteral("access_token"), token},
                              {QStringLiteral("expires_in"), config.lifetimeSeconds},
                              {QStringLiteral("issued_at"), issuedAt},
                              {QStringLiteral("scope"), granted.join(QLatin1Char(' '))}};
            if (form.queryValue(QStringLiteral("access_type")) == QLatin1String("offline")) {
                if (refresh.isEmpty()) {
                    refresh = QStringLiteral("refresh-") + randomId();
                    QMutexLocker lock(&mutex);
                    refreshTokens.insert(refresh, user);
                }
                reply.insert(QStringLiteral("refresh_token"), refresh);
            }
            return jsonReply(200, reply);
        }
        if (req.method != "GET")
            return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("GET or POST only"));
        if (req.queryValue(QStringLiteral("service")) != config.service)
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("unknown service"));
        QString user;
        const QByteArray authorization = req.header("Authorization");
        if (!authorization.isEmpty()) {
            if (!basicMatches(authorization)) {
                HttpResponse r =
                    oauthError(401, QStringLiteral("unauthorized"), QStringLiteral("wrong credentials"));
                r.setHeader("WWW-Authenticate", "Basic realm=\"lading-token-server\"");
                return r;
            }
            user = config.username;
        }
        QStringList granted;
        const QString token = sign(user, req.queryValues(QStringLiteral("scope")), &granted);
        QJsonObject reply{{QStringLiteral("token"), token},
                          {QStringLiteral("access_token"), token},
                          {QStringLiteral("expires_in"), config.lifetimeSeconds},
                          {QStringLiteral("issued_at"), issuedAt}};
        if (!user.isEmpty() && req.queryValue(QStringLiteral("offline_token")) == QLatin1String("true")) {
            const QString refresh = QStringLiteral("refresh-") + randomId();
            QMutexLocker lock(&mutex);
            refreshTokens.insert(refresh, user);
            reply.insert(QStringLiteral("refresh_token"), refresh);
        }
        return jsonReply(200, reply);
    }
};

RegistryTokenServer::RegistryTokenServer(Config config)
    : m_state(std::make_unique<State>())
{
    m_state->config = std::move(config);
    m_state->signerDer = m_state->config.signer.certificateDer();
}

RegistryTokenServer::~RegistryTokenServer()
{
    m_server.reset(); // stop answering before the state goes
}

bool RegistryTokenServer::start(QString* why)
{
    if (m_state->signerDer.isEmpty()) {
        if (why)
            *why = QStringLiteral("the token signing certificate is unreadable");
        return false;
    }
    m_server = std::make_unique<LoopbackHttpServer>();
    State* state = m_state.get();
    m_port = m_server->listen(
        QHostAddress(QStringLiteral("127.0.0.1")),
        [state](const HttpRequest& req) { return state->handle(req); }, 0, why);
    return m_port != 0;
}

QUrl RegistryTokenServer::realm() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_port));
}

int RegistryTokenServer::tokensIssued() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->issued;
}

QString RegistryTokenServer::issue(const QString& user, const QStringList& scopes) const
{
    QStringList granted;
    return m_state->sign(user, scopes, &granted);
}

} // namespace lading::test
