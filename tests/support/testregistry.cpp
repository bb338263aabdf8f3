#include "tests/support/testregistry.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <climits>
#include <openssl/evp.h>
#include <optional>

namespace lading::test {

namespace {

constexpr qint64 kDefaultMaxManifest = 4 * 1024 * 1024;

// The registry computes digests itself (OpenSSL, not lading-core) so tests never trust the code under test.
QString sha256Digest(const QByteArray& bytes)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.constData(), size_t(bytes.size()), md, &length, EVP_sha256(), nullptr);
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(length)).toHex());
}

const QRegularExpression& nameGrammar()
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$"));
    return re;
}
const QRegularExpression& tagGrammar()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$"));
    return re;
}
const QRegularExpression& digestGrammar()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+([+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"));
    return re;
}
bool isDigest(const QString& ref)
{
    return ref.contains(QLatin1Char(':')) && digestGrammar().match(ref).hasMatch();
}

const QLatin1StringView kOciManifest{"application/vnd.oci.image.manifest.v1+json"};
const QLatin1StringView kOciIndex{"application/vnd.oci.image.index.v1+json"};
const QLatin1StringView kDockerManifest{"application/vnd.docker.distribution.manifest.v2+json"};
const QLatin1StringView kDockerList{"application/vnd.docker.distribution.manifest.list.v2+json"};
const QLatin1StringView kOciConfig{"application/vnd.oci.image.config.v1+json"};

bool isImageManifestType(const QString& t)
{
    return t == kOciManifest || t == kDockerManifest;
}
bool isIndexType(const QString& t)
{
    return t == kOciIndex || t == kDockerList;
}

QString essence(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return QString::fromLatin1(semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse errorResponse(int status, const QString& code, const QString& message,
                           const QJsonValue& detail = QJsonValue())
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!detail.isUndefined() && !detail.isNull())
        error.insert(QStringLiteral("detail"), detail);
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = json(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}});
    return r;
}

// What Go's router answers for a route it does not have: distribution's referrers and unknown paths.
HttpResponse plainNotFound()
{
    HttpResponse r;
    r.status = 404;
    r.setHeader("Content-Type", "text/plain; charset=utf-8");
    r.body = "404 page not found\n";
    return r;
}

HttpResponse jsonResponse(int status, const QJsonObject& object)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = json(object);
    return r;
}

QByteArray quoted(const QString& s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

QByteArray encodeComponent(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}

// One changed byte, same length: a letter near the middle flips case so JSON stays JSON.
QByteArray corrupt(QByteArray bytes)
{
    if (bytes.isEmpty())
        return QByteArray("x");
    const qsizetype middle = bytes.size() / 2;
    for (qsizetype d = 0; d < bytes.size(); ++d) {
        for (const qsizetype i : {middle + d, middle - d}) {
            if (i < 0 || i >= bytes.size())
                continue;
            const char c = bytes.at(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                bytes[i] = char(c ^ 0x20);
                return bytes;
            }
        }
    }
    bytes[middle] = char(bytes.at(middle) ^ 0x01);
    return bytes;
}

struct Settings
{
    TestRegistry::Auth auth = TestRegistry::Auth::None;
    QString username = QStringLiteral("tester");
    QString password = QStringLiteral("secret");
    bool anonymousPull = true;
    int tokenLifetime = 300;
    bool oauthPost = true;
    int pageCap = 0;
    bool deletion = true;
    bool tagDeletion = true;
    bool referrers = true;
    qint64 chunkMinLength = 0;
    bool monolithicPost = true;
    bool mount = true;
    bool catalog = true;
    bool requireBlobs = true;
    qint64 maxManifest = kDefaultMaxManifest;
    bool redirect = false;
};

struct StoredManifest
{
    QByteArray bytes;
    QString mediaType;
    QString subject;      // digest of the subject, empty if none
    QString artifactType; // as the referrers API shows it (§3.1)
    QJsonObject annotations;
};

struct Repository
{
    QSet<QString> blobs;
    QHash<QString, StoredManifest> manifests; // by digest
    QMap<QString, QString> tags;              // tag -> digest, sorted for paging
};

struct Upload
{
    QString repository;
    QByteArray data;
    qint64 lastChunk = -1; // size of the previous PATCH, to enforce OCI-Chunk-Min-Length
    int state = 0;         // bumps on every chunk; stale Locations are refused
};

struct Token
{
    QString user;                         // empty: anonymous
    QHash<QString, QSet<QString>> access; // "repository:name" -> actions
    QDateTime expires;
};

struct ActiveFault
{
    Fault fault;
    QRegularExpression pattern;
    int remaining = 0;
};

struct Scope
{
    QString type;
    QString name;
    QStringList actions;
    QString resource() const { return type + QLatin1Char(':') + name; }
    QString toString() const { return resource() + QLatin1Char(':') + actions.join(QLatin1Char(',')); }
};

std::optional<Scope> parseScope(const QString& text)
{
    // The name may hold a ':' (host:port), so the type ends at the first ':' and the actions at the last.
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
    if (first <= 0 || last <= first)
        return std::nullopt;
    Scope scope;
    scope.type = text.left(first);
    if (scope.type.contains(QLatin1Char('(')))
        scope.type.truncate(scope.type.indexOf(QLatin1Char('(')));
    scope.name = text.mid(first + 1, last - first - 1);
    scope.actions = text.mid(last + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return scope;
}

} // namespace

struct TestRegistry::State
{
    mutable QMutex mutex;
    Settings settings;
    QHash<QString, QByteArray> blobs; // content store shared by repositories
    QMap<QString, Repository> repos;
    QHash<QString, Upload> uploads;
    QHash<QString, Token> tokens;
    QHash<QString, QString> refreshTokens; // refresh token -> user
    int tokensIssued = 0;
    QList<ActiveFault> faults;
    QList<RecordedRequest> log;
    QList<RecordedRequest> redirectLog;
    quint64 counter = 0;
    QString host;
    QString redirectHost;

    void clear()
    {
        settings = Settings();
        blobs.clear();
        repos.clear();
        uploads.clear();
        tokens.clear();
        refreshTokens.clear();
        tokensIssued = 0;
        faults.clear();
        log.clear();
        redirectLog.clear();
    }

    QString nextId()
    {
        return QString::number(++counter, 16) + QString::number(QRandomGenerator::global()->generate64(), 16);
    }

    // ---------------------------------------------------------------- faults
    std::optional<Fault> takeFault(Fault::Kind kind, const HttpRequest& req)
    {
        for (ActiveFault& active : faults) {
            if (active.fault.kind != kind || active.remaining == 0)
                continue;
            if (!active.fault.method.isEmpty() && active.fault.method != req.method)
                continue;
            if (!active.fault.pathPattern.isEmpty() && !active.pattern.match(req.path).hasMatch())
                continue;
            if (active.remaining > 0)
                --active.remaining;
            return active.fault;
        }
        return std::nullopt;
    }

    // Faults on a body being served: wrong bytes, a dropped connection, throttling.
    void applyBodyFaults(const HttpRequest& req, HttpResponse& r)
    {
        if (req.method != "GET")
            return;
        if (takeFault(Fault::Kind::WrongBytes, req))
            r.body = corrupt(r.body);
        if (const auto fault = takeFault(Fault::Kind::DropConnection, req))
            r.dropAfterBytes = fault->bytes;
        if (const auto fault = takeFault(Fault::Kind::Throttle, req))
            r.bytesPerSecond = fault->bytes;
    }

    // ---------------------------------------------------------------- storage
    static StoredManifest analyse(const QByteArray& bytes, const QString& mediaType)
    {
        StoredManifest m;
        m.bytes = bytes;
        m.mediaType = mediaType;
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        m.subject =
            object.value(QStringLiteral("subject")).toObject().value(QStringLiteral("digest")).toString();
        m.artifactType = object.value(QStringLiteral("artifactType")).toString();
        if (m.artifactType.isEmpty() && isImageManifestType(mediaType))
            m.artifactType = object.value(QStringLiteral("config"))
                                 .toObject()
                                 .value(QStringLiteral("mediaType"))
                                 .toString();
        m.annotations = object.value(QStringLiteral("annotations")).toObject();
        return m;
    }

    QString storeBlob(const QString& repo, const QByteArray& bytes)
    {
        const QString digest = sha256Digest(bytes);
        blobs.insert(digest, bytes);
        repos[repo].blobs.insert(digest);
        return digest;
    }

    QString storeManifest(const QString& repo, const QString& ref, const QByteArray& bytes,
                          const QString& mediaType)
    {
        const QString digest = sha256Digest(bytes);
        Repository& r = repos[repo];
        r.manifests.insert(digest, analyse(bytes, mediaType));
        if (!ref.isEmpty() && !isDigest(ref))
            r.tags.insert(ref, digest);
        return digest;
    }

    const StoredManifest* findManifest(const QString& repo, const QString& ref,
                                       QString* digest = nullptr) const
    {
        const auto it = repos.constFind(repo);
        if (it == repos.constEnd())
            return nullptr;
        const QString d = isDigest(ref) ? ref : it->tags.value(ref);
        const auto m = it->manifests.constFind(d);
        if (m == it->manifests.constEnd())
            return nullptr;
        if (digest)
            *digest = d;
        return &*m;
    }

    // ---------------------------------------------------------------- auth
    HttpResponse challenge(const std::optional<Scope>& needed, const QByteArray& error)
    {
        const bool scopeMissing = error == "insufficient_scope";
        HttpResponse r = scopeMissing
                             ? errorResponse(401, QStringLiteral("DENIED"),
                                             QStringLiteral("requested access to the resource is denied"))
                             : errorResponse(401, QStringLiteral("UNAUTHORIZED"),
                                             QStringLiteral("authentication required"));
        if (settings.auth == Auth::Basic) {
            r.setHeader("WWW-Authenticate", "Basic realm=\"lading-test-registry\"");
            return r;
        }
        QByteArray value =
            "Bearer realm=" + quoted(QStringLiteral("http://") + host + QStringLiteral("/token")) +
            ",service=" + quoted(service());
        if (needed)
            value += ",scope=" + quoted(needed->toString());
        if (!error.isEmpty())
            value += ",error=\"" + error + '"';
        r.setHeader("WWW-Authenticate", value);
        return r;
    }

    bool basicMatches(const QByteArray& authorization) const
    {
        if (!authorization.startsWith("Basic "))
            return false;
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        return decoded == (settings.username + QLatin1Char(':') + settings.password).toUtf8();
    }

    const Token* bearerToken(const HttpRequest& req, bool* expired) const
    {
        *expired = false;
        const QByteArray authorization = req.header("Authorization");
        if (!authorization.startsWith("Bearer "))
            return nullptr;
        const auto it = tokens.constFind(QString::fromLatin1(authorization.mid(7).trimmed()));
        if (it == tokens.constEnd()) {
            *expired = true; // unknown or revoked: same answer as an expired one
            return nullptr;
        }
        if (QDateTime::currentDateTimeUtc() >= it->expires) {
            *expired = true;
            return nullptr;
        }
        return &*it;
    }

    static bool grants(const Token& token, const Scope& scope)
    {
        const QSet<QString> have = token.access.value(scope.resource());
        if (have.contains(QStringLiteral("*")))
            return true;
        for (const QString& action : scope.actions) {
            if (!have.contains(action))
                return false;
        }
        return true;
    }

    // Empty optional: allowed. Otherwise the 401 to send.
    std::optional<HttpResponse> authorize(const HttpRequest& req, const std::optional<Scope>& needed)
    {
        switch (settings.auth) {
        case Auth::None:
            return std::nullopt;
        case Auth::Basic:
            if (basicMatches(req.header("Authorization")))
                return std::nullopt;
            return challenge(needed, {});
        case Auth::Bearer: {
            bool invalid = false;
            const Token* token = bearerToken(req, &invalid);
            if (!token)
                return challenge(needed, invalid ? QByteArray("invalid_token") : QByteArray());
            if (needed && !grants(*token, *needed))
                return challenge(needed, "insufficient_scope");
            return std::nullopt;
        }
        }
        return std::nullopt;
    }

    static Scope repoScope(const QString& name, const QStringList& actions)
    {
        return Scope{QStringLiteral("repository"), name, actions};
    }

    // ---------------------------------------------------------------- token endpoint
    QString issueToken(const QString& user, const QList<Scope>& requested, QStringList* granted)
    {
        Token token;
        token.user = user;
        token.expires = QDateTime::currentDateTimeUtc().addSecs(settings.tokenLifetime);
        for (const Scope& scope : requested) {
            QStringList actions;
            for (const QString& action : scope.actions) {
                const bool known = action == QLatin1String("pull") || action == QLatin1String("push") ||
                                   action == QLatin1String("delete") || action == QLatin1String("*");
                if (!known)
                    continue;
                if (user.isEmpty() && !(settings.anonymousPull && scope.type == QLatin1String("repository") &&
                                        action == QLatin1String("pull")))
                    continue;
                actions.append(action);
            }
            if (actions.isEmpty())
                continue;
            QSet<QString>& set = token.access[scope.resource()];
            for (const QString& a : actions)
                set.insert(a);
            granted->append(Scope{scope.type, scope.name, actions}.toString());
        }
        const QString value = QStringLiteral("tok-") + nextId();
        tokens.insert(value, token);
        ++tokensIssued;
        return value;
    }

    static QList<Scope> scopesFrom(const QStringList& values)
    {
        QList<Scope> scopes;
        for (const QString& value : values) {
            for (const QString& part : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (const auto scope = parseScope(part))
                    scopes.append(*scope);
            }
        }
        return scopes;
    }

    HttpResponse tokenEndpoint(const HttpRequest& req)
    {
        const QString issuedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (req.method == "POST") {
            if (!settings.oauthPost)
                return plainNotFound();
            HttpRequest form;
            form.query = QString::fromUtf8(req.body);
            const auto oauthError = [](int status, const QString& code, const QString& text) {
                return jsonResponse(status, QJsonObject{{QStringLiteral("error"), code},
                                                        {QStringLiteral("error_description"), text}});
            };
            if (form.queryValue(QStringLiteral("service")) != service())
                return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("unknown service"));
            if (form.queryValue(QStringLiteral("client_id")).isEmpty())
                return oauthError(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("client_id missing"));
            const QString grant = form.queryValue(QStringLiteral("grant_type"));
            QString user;
            QString refresh;
            if (grant == QLatin1String("password")) {
                if (form.queryValue(QStringLiteral("username")) != settings.username ||
                    form.queryValue(QStringLiteral("password")) != settings.password)
                    return oauthError(401, QStringLiteral("invalid_grant"),
                                      QStringLiteral("wrong credentials"));
                user = settings.username;
            } else if (grant == QLatin1String("refresh_token")) {
                refresh = form.queryValue(QStringLiteral("refresh_token"));
                if (!refreshTokens.contains(refresh))
                    return oauthError(401, QStringLiteral("invalid_grant"),
                                      QStringLiteral("unknown refresh token"));
                user = refreshTokens.value(refresh);
            } else {
                return oauthError(400, QStringLiteral("unsupported_grant_type"), grant);
            }
            QStringList granted;
            const QString token =
                issueToken(user, scopesFrom(form.queryValues(QStringLiteral("scope"))), &granted);
            QJsonObject reply{{QStringLiteral("access_token"), token},
                              {QStringLiteral("expires_in"), settings.tokenLifetime},
                              {QStringLiteral("issued_at"), issuedAt},
                              {QStringLiteral("scope"), granted.join(QLatin1Char(' '))}};
            if (form.queryValue(QStringLiteral("access_type")) == QLatin1String("offline")) {
                if (refresh.isEmpty()) {
                    refresh = QStringLiteral("refresh-") + nextId();
                    refreshTokens.insert(refresh, user);
                }
                reply.insert(QStringLiteral("refresh_token"), refresh);
            }
            return jsonResponse(200, reply);
        }
        if (req.method != "GET")
            return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed"));
        if (req.queryValue(QStringLiteral("service")) != service())
            return errorResponse(400, QStringLiteral("UNSUPPORTED"), QStringLiteral("unknown service"));
        QString user;
        const QByteArray authorization = req.header("Authorization");
        if (!authorization.isEmpty()) {
            if (!basicMatches(authorization)) {
                HttpResponse r =
                    errorResponse(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("wrong credentials"));
                r.setHeader("WWW-Authenticate", "Basic realm=\"lading-test-token\"");
                return r;
            }
            user = settings.username;
        }
        QStringList granted;
        const QString token =
            issueToken(user, scopesFrom(req.queryValues(QStringLiteral("scope"))), &granted);
        QJsonObject reply{{QStringLiteral("token"), token},
                          {QStringLiteral("access_token"), token},
                          {QStringLiteral("expires_in"), settings.tokenLifetime},
                          {QStringLiteral("issued_at"), issuedAt}};
        if (!user.isEmpty() && req.queryValue(QStringLiteral("offline_token")) == QLatin1String("true")) {
            const QString refresh = QStringLiteral("refresh-") + nextId();
            refreshTokens.insert(refresh, user);
            reply.insert(QStringLiteral("refresh_token"), refresh);
        }
        return jsonResponse(200, reply);
    }

    // ---------------------------------------------------------------- paging
    // One page of a sorted map's keys, with n/last and a relative Link to the next page.
    template <typename Map>
    std::optional<HttpResponse> page(const HttpRequest& req, const Map& map, const QString& linkPath,
                                     QJsonArray* out, HttpResponse* r, const QString& extraQuery = {})
    {
        int limit = INT_MAX;
        int n = -1;
        if (req.hasQueryItem(QStringLiteral("n"))) {
            bool ok = false;
            n = req.queryValue(QStringLiteral("n")).toInt(&ok);
            if (!ok || n < 0)
                return errorResponse(400, QStringLiteral("PAGINATION_NUMBER_INVALID"),
                                     QStringLiteral("invalid number of results requested"));
            limit = n;
        } else if (settings.pageCap > 0) {
            limit = settings.pageCap;
        }
        if (settings.pageCap > 0)
            limit = qMin(limit, settings.pageCap);
        const QString last = req.queryValue(QStringLiteral("last"));
        auto it = last.isEmpty() ? map.constBegin() : map.upperBound(last);
        QString lastKey;
        while (it != map.constEnd() && out->size() < limit) {
            lastKey = it.key();
            out->append(lastKey);
            ++it;
        }
        if (it != map.constEnd() && limit > 0) {
            QByteArray link = '<' + linkPath.toUtf8() + "?n=" + QByteArray::number(limit) +
                              "&last=" + encodeComponent(lastKey);
            if (!extraQuery.isEmpty())
                link += '&' + extraQuery.toUtf8();
            link += ">; rel=\"next\"";
            r->setHeader("Link", link);
        }
        return std::nullopt;
    }

    // ---------------------------------------------------------------- routes
    HttpResponse handle(const HttpRequest& req)
    {
        QMutexLocker lock(&mutex);
        HttpResponse r = route(req);
        if (const auto fault = takeFault(Fault::Kind::Delay, req))
            r.delayMs = fault->delayMs;
        log.append(RecordedRequest{req.method, req.path, req.query, req.headers, r.status});
        return r;
    }

    HttpResponse route(const HttpRequest& req)
    {
        if (const auto fault = takeFault(Fault::Kind::Status, req)) {
            const int status = fault->status;
            const QString code =
                status == 503 || status == 502 ? QStringLiteral("UNAVAILABLE") : QStringLiteral("UNKNOWN");
            return errorResponse(status, code, QStringLiteral("injected failure"));
        }
        if (takeFault(Fault::Kind::TooManyRequests, req)) {
            HttpResponse r = errorResponse(429, QStringLiteral("TOOMANYREQUESTS"),
                                           QStringLiteral("too many requests, slow down"));
            r.setHeader("Retry-After", "1");
            return r;
        }
        const QString& path = req.path;
        if (path == QLatin1String("/token"))
            return tokenEndpoint(req);
        if (path == QLatin1String("/v2") || path == QLatin1String("/v2/")) {
            if (auto denied = authorize(req, std::nullopt))
                return *denied;
            HttpResponse r = jsonResponse(200, QJsonObject());
            r.setHeader("Docker-Distribution-API-Version", "registry/2.0");
            return r;
        }
        if (path == QLatin1String("/v2/_catalog"))
            return catalog(req);

        static const QRegularExpression tagsRoute(QStringLiteral("^/v2/(.+)/tags/list$"));
        static const QRegularExpression manifestRoute(QStringLiteral("^/v2/(.+)/manifests/([^/]+)$"));
        static const QRegularExpression uploadStart(QStringLiteral("^/v2/(.+)/blobs/uploads/?$"));
        static const QRegularExpression uploadRoute(QStringLiteral("^/v2/(.+)/blobs/uploads/([^/]+)$"));
        static const QRegularExpression blobRoute(QStringLiteral("^/v2/(.+)/blobs/([^/]+)$"));
        static const QRegularExpression referrersRoute(QStringLiteral("^/v2/(.+)/referrers/([^/]+)$"));

        QRegularExpressionMatch m;
        const auto matches = [&](const QRegularExpression& re) {
            m = re.match(path);
            return m.hasMatch();
        };
        const auto badName = [](const QString& name) {
            return errorResponse(400, QStringLiteral("NAME_INVALID"),
                                 QStringLiteral("invalid repository name"), name);
        };
        if (matches(tagsRoute)) {
            if (!nameGrammar().match(m.captured(1)).hasMatch())
                return badName(m.captured(1));
            return tagsList(req, m.captured(1));
        }
        if (matches(uploadStart)) {
            if (!nameGrammar().match(m.captured(1)).hasMatch())
                return badName(m.captured(1));
            return startUpload(req, m.captured(1));
        }
        if (matches(uploadRoute)) {
            if (!nameGrammar().match(m.captured(1)).hasMatch())
                return badName(m.captured(1));
            return upload(req, m.captured(1), m.captured(2));
        }
        if (matches(manifestRoute)) {
            if (!nameGrammar().match(m.captured(1)).hasMatch())
                return badName(m.captured(1));
            return manifests(req, m.captured(1), m.captured(2));
        }
        if (matches(blobRoute)) {
            if (!nameGrammar().match(m.captured(1)).hasMatch())
                return badName(m.captured(1));
            return blobRequest(req, m.captured(1), m.captured(2));
        }
        if (matches(referrersRoute)) {
            if (!nameGrammar().match(m.captured(1)).hasMatch())
                return badName(m.captured(1));
            return referrers(req, m.captured(1), m.captured(2));
        }
        return plainNotFound();
    }

    HttpResponse catalog(const HttpRequest& req)
    {
        if (!settings.catalog)
            return plainNotFound();
        if (req.method != "GET")
            return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed"));
        if (auto denied = authorize(
                req, Scope{QStringLiteral("registry"), QStringLiteral("catalog"), {QStringLiteral("*")}}))
            return *denied;
        HttpResponse r;
        QJsonArray names;
        if (auto bad = page(req, repos, QStringLiteral("/v2/_catalog"), &names, &r))
            return *bad;
        r.status = 200;
        r.setHeader("Content-Type", "application/json");
        r.body = json(QJsonObject{{QStringLiteral("repositories"), names}});
        return r;
    }

    HttpResponse tagsList(const HttpRequest& req, const QString& name)
    {
        if (req.method != "GET")
            return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed"));
        if (auto denied = authorize(req, repoScope(name, {QStringLiteral("pull")})))
            return *denied;
        const auto it = repos.constFind(name);
        if (it == repos.constEnd())
            return errorResponse(404, QStringLiteral("NAME_UNKNOWN"),
                                 QStringLiteral("repository name not known to registry"), name);
        HttpResponse r;
        QJsonArray tags;
        if (auto bad =
                page(req, it->tags, QStringLiteral("/v2/") + name + QStringLiteral("/tags/list"), &tags, &r))
            return *bad;
        r.status = 200;
        r.setHeader("Content-Type", "application/json");
        r.body = json(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("tags"), tags}});
        return r;
    }

    HttpResponse manifests(const HttpRequest& req, const QString& name, const QString& ref)
    {
        if (req.method == "GET" || req.method == "HEAD") {
            if (auto denied = authorize(req, repoScope(name, {QStringLiteral("pull")})))
                return *denied;
            QString digest;
            const StoredManifest* stored = findManifest(name, ref, &digest);
            if (!stored)
                return errorResponse(404, QStringLiteral("MANIFEST_UNKNOWN"),
                                     QStringLiteral("manifest unknown"), ref);
            HttpResponse r;
            r.setHeader("Content-Type", stored->mediaType.toUtf8());
            r.setHeader("Docker-Content-Digest", digest.toLatin1());
            r.setHeader("ETag", '"' + digest.toLatin1() + '"');
            r.body = stored->bytes;
            r.headOnly = req.method == "HEAD";
            if (req.method == "GET" && takeFault(Fault::Kind::OversizedManifest, req)) {
                // Honest digest of the padded body: the client must refuse it by size, not by hash.
                r.body += QByteArray(
                    qMax<qint64>(kDefaultMaxManifest, settings.maxManifest) + 1024 - r.body.size(), ' ');
                r.setHeader("Docker-Content-Digest", sha256Digest(r.body).toLatin1());
            }
            applyBodyFaults(req, r);
            return r;
        }
        if (req.method == "PUT")
            return putManifest(req, name, ref);
        if (req.method == "DELETE")
            return deleteManifest(req, name, ref);
        return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed"));
    }

    HttpResponse putManifest(const HttpRequest& req, const QString& name, const QString& ref)
    {
        if (auto denied = authorize(req, repoScope(name, {QStringLiteral("pull"), QStringLiteral("push")})))
            return *denied;
        if (req.body.size() > settings.maxManifest)
            return errorResponse(413, QStringLiteral("SIZE_INVALID"), QStringLiteral("manifest too big"),
                                 QJsonObject{{QStringLiteral("limit"), double(settings.maxManifest)}});
        const QString mediaType = essence(req.header("Content-Type"));
        if (mediaType.isEmpty())
            return errorResponse(400, QStringLiteral("MANIFEST_INVALID"),
                                 QStringLiteral("manifest PUT needs a Content-Type"));
        const QString digest = sha256Digest(req.body);
        if (isDigest(ref)) {
            if (ref != digest)
                return errorResponse(400, QStringLiteral("DIGEST_INVALID"),
                                     QStringLiteral("provided digest did not match uploaded content"), ref);
        } else if (!tagGrammar().match(ref).hasMatch()) {
            return errorResponse(400, QStringLiteral("TAG_INVALID"), QStringLiteral("invalid tag"), ref);
        }
        if (isImageManifestType(mediaType) || isIndexType(mediaType)) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(req.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return errorResponse(400, QStringLiteral("MANIFEST_INVALID"),
                                     QStringLiteral("manifest invalid"), parseError.errorString());
            const QJsonObject object = doc.object();
            const QString bodyType = object.value(QStringLiteral("mediaType")).toString();
            if (!bodyType.isEmpty() && bodyType != mediaType)
                return errorResponse(
                    400, QStringLiteral("MANIFEST_INVALID"),
                    QStringLiteral("mediaType in manifest should be '%1' not '%2'").arg(mediaType, bodyType));
            if (settings.requireBlobs) {
                static const Repository none;
                const auto found = repos.constFind(name);
                const Repository& repo = found == repos.constEnd() ? none : *found;
                QStringList missing;
                if (isImageManifestType(mediaType)) {
                    const QString config = object.value(QStringLiteral("config"))
                                               .toObject()
                                               .value(QStringLiteral("digest"))
                                               .toString();
                    if (!repo.blobs.contains(config))
                        missing.append(config);
                    for (const QJsonValue& layer : object.value(QStringLiteral("layers")).toArray()) {
                        const QString d = layer.toObject().value(QStringLiteral("digest")).toString();
                        if (!repo.blobs.contains(d))
                            missing.append(d);
                    }
                } else {
                    for (const QJsonValue& child : object.value(QStringLiteral("manifests")).toArray()) {
                        const QString d = child.toObject().value(QStringLiteral("digest")).toString();
                        if (!repo.manifests.contains(d))
                            missing.append(d);
                    }
                }
                if (!missing.isEmpty())
                    return errorResponse(400, QStringLiteral("MANIFEST_BLOB_UNKNOWN"),
                                         QStringLiteral("blob unknown to registry"), missing.first());
            }
        }
        storeManifest(name, ref, req.body, mediaType);
        HttpResponse r;
        r.status = 201;
        r.setHeader("Location",
                    (QStringLiteral("/v2/") + name + QStringLiteral("/manifests/") + digest).toUtf8());
        r.setHeader("Docker-Content-Digest", digest.toLatin1());
        const StoredManifest& stored = repos[name].manifests[digest];
        if (settings.referrers && !stored.subject.isEmpty())
            r.setHeader("OCI-Subject", stored.subject.toLatin1());
        return r;
    }

    HttpResponse deleteManifest(const HttpRequest& req, const QString& name, const QString& ref)
    {
        if (auto denied = authorize(req, repoScope(name, {QStringLiteral("delete")})))
            return *denied;
        if (!settings.deletion || (!isDigest(ref) && !settings.tagDeletion))
            return errorResponse(405, QStringLiteral("UNSUPPORTED"),
                                 QStringLiteral("the operation is unsupported"));
        const auto it = repos.find(name);
        if (it == repos.end())
            return errorResponse(404, QStringLiteral("NAME_UNKNOWN"),
                                 QStringLiteral("repository name not known to registry"), name);
        if (!isDigest(ref)) {
            if (!it->tags.remove(ref))
                return errorResponse(404, QStringLiteral("MANIFEST_UNKNOWN"),
                                     QStringLiteral("manifest unknown"), ref);
        } else {
            if (!it->manifests.remove(ref))
                return errorResponse(404, QStringLiteral("MANIFEST_UNKNOWN"),
                                     QStringLiteral("manifest unknown"), ref);
            for (auto tag = it->tags.begin(); tag != it->tags.end();) {
                if (tag.value() == ref)
                    tag = it->tags.erase(tag);
                else
                    ++tag;
            }
        }
        HttpResponse r;
        r.status = 202;
        return r;
    }

    // Serves blob bytes with Range support; shared by the registry and the redirect target.
    HttpResponse serveBlob(const HttpRequest& req, const QString& digest, const QByteArray& bytes)
    {
        HttpResponse r;
        r.setHeader("Content-Type", "application/octet-stream");
        r.setHeader("Docker-Content-Digest", digest.toLatin1());
        r.setHeader("Accept-Ranges", "bytes");
        r.setHeader("ETag", '"' + digest.toLatin1() + '"');
        const qint64 size = bytes.size();
        const QByteArray range = req.header("Range");
        if (!range.isEmpty()) {
            static const QRegularExpression rangeGrammar(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
            const auto match = rangeGrammar.match(QString::fromLatin1(range).trimmed());
            const qint64 start = match.hasMatch() ? match.captured(1).toLongLong() : -1;
            qint64 end =
                match.hasMatch() && !match.captured(2).isEmpty() ? match.captured(2).toLongLong() : size - 1;
            if (!match.hasMatch() || start >= size || end < start) {
                HttpResponse bad = errorResponse(416, QStringLiteral("RANGE_INVALID"),
                                                 QStringLiteral("requested range not satisfiable"));
                bad.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
                return bad;
            }
            end = qMin(end, size - 1);
            r.status = 206;
            r.setHeader("Content-Range", "bytes " + QByteArray::number(start) + '-' +
                                             QByteArray::number(end) + '/' + QByteArray::number(size));
            r.body = bytes.mid(start, end - start + 1);
        } else {
            r.body = bytes;
        }
        r.headOnly = req.method == "HEAD";
        applyBodyFaults(req, r);
        return r;
    }

    HttpResponse blobRequest(const HttpRequest& req, const QString& name, const QString& digest)
    {
        if (req.method == "GET" || req.method == "HEAD") {
            if (auto denied = authorize(req, repoScope(name, {QStringLiteral("pull")})))
                return *denied;
            const auto it = repos.constFind(name);
            if (it == repos.constEnd() || !it->blobs.contains(digest))
                return errorResponse(404, QStringLiteral("BLOB_UNKNOWN"),
                                     QStringLiteral("blob unknown to registry"), digest);
            if (settings.redirect && req.method == "GET") {
                HttpResponse r;
                r.status = 307;
                r.setHeader("Location",
                            (QStringLiteral("http://") + redirectHost + QStringLiteral("/blobs/") + digest +
                             QStringLiteral("?X-Amz-Signature=lading-test"))
                                .toUtf8());
                return r;
            }
            return serveBlob(req, digest, blobs.value(digest));
        }
        if (req.method == "DELETE") {
            if (auto denied = authorize(req, repoScope(name, {QStringLiteral("delete")})))
                return *denied;
            if (!settings.deletion)
                return errorResponse(405, QStringLiteral("UNSUPPORTED"),
                                     QStringLiteral("the operation is unsupported"));
            const auto it = repos.find(name);
            if (it == repos.end() || !it->blobs.remove(digest))
                return errorResponse(404, QStringLiteral("BLOB_UNKNOWN"),
                                     QStringLiteral("blob unknown to registry"), digest);
            HttpResponse r;
            r.status = 202;
            return r;
        }
        return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed"));
    }

    QByteArray uploadLocation(const QString& name, const QString& id, const Upload& upload) const
    {
        return (QStringLiteral("/v2/") + name + QStringLiteral("/blobs/uploads/") + id +
                QStringLiteral("?_state=") + QString::number(upload.state))
            .toUtf8();
    }

    static QByteArray rangeOf(const Upload& upload)
    {
        return "0-" + QByteArray::number(qMax<qint64>(0, upload.data.size() - 1));
    }

    HttpResponse uploadAccepted(int status, const QString& name, const QString& id, const Upload& upload)
    {
        HttpResponse r;
        r.status = status;
        r.setHeader("Location", uploadLocation(name, id, upload));
        r.setHeader("Range", rangeOf(upload));
        r.setHeader("Docker-Upload-UUID", id.toLatin1());
        return r;
    }

    HttpResponse blobCreated(const QString& name, const QString& digest)
    {
        HttpResponse r;
        r.status = 201;
        r.setHeader("Location",
                    (QStringLiteral("/v2/") + name + QStringLiteral("/blobs/") + digest).toUtf8());
        r.setHeader("Docker-Content-Digest", digest.toLatin1());
        return r;
    }

    HttpResponse startUpload(const HttpRequest& req, const QString& name)
    {
        if (req.method != "POST")
            return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed"));
        if (auto denied = authorize(req, repoScope(name, {QStringLiteral("pull"), QStringLiteral("push")})))
            return *denied;
        const QString mount = req.queryValue(QStringLiteral("mount"));
        if (!mount.isEmpty() && settings.mount) {
            const QString from = req.queryValue(QStringLiteral("from"));
            bool allowed = true;
            if (settings.auth == Auth::Bearer) {
                // Like distribution: without pull on the source the mount silently becomes an upload.
                bool invalid = false;
                const Token* token = bearerToken(req, &invalid);
                allowed = token && grants(*token, repoScope(from, {QStringLiteral("pull")}));
            }
            const auto source = repos.constFind(from);
            if (allowed && source != repos.constEnd() && source->blobs.contains(mount)) {
                repos[name].blobs.insert(mount);
                return blobCreated(name, mount);
            }
        }
        const QString digest = req.queryValue(QStringLiteral("digest"));
        if (!digest.isEmpty() && settings.monolithicPost) {
            if (!isDigest(digest))
                return errorResponse(400, QStringLiteral("DIGEST_INVALID"), QStringLiteral("invalid digest"),
                                     digest);
            if (sha256Digest(req.body) != digest)
                return errorResponse(400, QStringLiteral("DIGEST_INVALID"),
                                     QStringLiteral("provided digest did not match uploaded content"),
                                     digest);
            storeBlob(name, req.body);
            return blobCreated(name, digest);
        }
        const QString id = nextId();
        Upload& upload = uploads[id];
        upload.repository = name;
        HttpResponse r = uploadAccepted(202, name, id, upload);
        if (settings.chunkMinLength > 0)
            r.setHeader("OCI-Chunk-Min-Length", QByteArray::number(settings.chunkMinLength));
        return r;
    }

    // Appends a chunk after checking its Content-Range; returns the error to send, if any.
    std::optional<HttpResponse> appendChunk(const HttpRequest& req, const QString& name, const QString& id,
                                            Upload& upload)
    {
        const QByteArray contentRange = req.header("Content-Range");
        if (!contentRange.isEmpty()) {
            static const QRegularExpression grammar(QStringLiteral("^([0-9]+)-([0-9]+)$"));
            const auto match = grammar.match(QString::fromLatin1(contentRange).trimmed());
            if (!match.hasMatch())
                return errorResponse(400, QStringLiteral("BLOB_UPLOAD_INVALID"),
                                     QStringLiteral("Content-Range must be <first>-<last>"),
                                     QString::fromLatin1(contentRange));
            const qint64 first = match.captured(1).toLongLong();
            const qint64 last = match.captured(2).toLongLong();
            if (first != upload.data.size()) {
                HttpResponse r = uploadAccepted(416, name, id, upload);
                const HttpResponse e = errorResponse(416, QStringLiteral("BLOB_UPLOAD_INVALID"),
                                                     QStringLiteral("chunk out of order"),
                                                     QStringLiteral("expected %1").arg(upload.data.size()));
                r.body = e.body;
                r.setHeader("Content-Type", "application/json");
                return r;
            }
            if (last - first + 1 != req.body.size())
                return errorResponse(416, QStringLiteral("SIZE_INVALID"),
                                     QStringLiteral("Content-Range does not match the body length"));
        }
        if (settings.chunkMinLength > 0 && upload.lastChunk >= 0 &&
            upload.lastChunk < settings.chunkMinLength && !req.body.isEmpty()) {
            return errorResponse(
                416, QStringLiteral("BLOB_UPLOAD_INVALID"),
                QStringLiteral("a chunk other than the last was smaller than OCI-Chunk-Min-Length"),
                double(settings.chunkMinLength));
        }
        upload.data.append(req.body);
        if (!req.body.isEmpty())
            upload.lastChunk = req.body.size();
        return std::nullopt;
    }

    HttpResponse upload(const HttpRequest& req, const QString& name, const QString& id)
    {
        if (auto denied = authorize(req, repoScope(name, {QStringLiteral("pull"), QStringLiteral("push")})))
            return *denied;
        const auto it = uploads.find(id);
        if (it == uploads.end() || it->repository != name)
            return errorResponse(404, QStringLiteral("BLOB_UPLOAD_UNKNOWN"),
                                 QStringLiteral("blob upload unknown"), id);
        Upload& upload = *it;
        const bool stale = req.hasQueryItem(QStringLiteral("_state")) &&
                           req.queryValue(QStringLiteral("_state")) != QString::number(upload.state);
        if (req.method == "GET")
            return uploadAccepted(204, name, id, upload);
        if (req.method == "DELETE") {
            uploads.erase(it);
            HttpResponse r;
            r.status = 204;
            return r;
        }
        if (req.method != "PATCH" && req.method != "PUT")
            return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed"));
        if (stale)
            return errorResponse(400, QStringLiteral("BLOB_UPLOAD_INVALID"),
                                 QStringLiteral("stale upload Location: use the newest one"));
        if (req.method == "PATCH") {
            if (auto bad = appendChunk(req, name, id, upload))
                return *bad;
            ++upload.state;
            return uploadAccepted(202, name, id, upload);
        }
        const QString digest = req.queryValue(QStringLiteral("digest"));
        if (!isDigest(digest))
            return errorResponse(400, QStringLiteral("DIGEST_INVALID"),
                                 QStringLiteral("digest missing or invalid"), digest);
        if (auto bad = appendChunk(req, name, id, upload))
            return *bad;
        const QByteArray data = upload.data;
        uploads.erase(it);
        if (sha256Digest(data) != digest)
            return errorResponse(400, QStringLiteral("DIGEST_INVALID"),
                                 QStringLiteral("provided digest did not match uploaded content"), digest);
        storeBlob(name, data);
        return blobCreated(name, digest);
    }

    HttpResponse referrers(const HttpRequest& req, const QString& name, const QString& subject)
    {
        if (!settings.referrers)
            return plainNotFound();
        if (req.method != "GET")
            return errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed"));
        if (auto denied = authorize(req, repoScope(name, {QStringLiteral("pull")})))
            return *denied;
        if (!isDigest(subject))
            return errorResponse(400, QStringLiteral("DIGEST_INVALID"), QStringLiteral("invalid digest"),
                                 subject);
        const auto it = repos.constFind(name);
        if (it == repos.constEnd())
            return errorResponse(404, QStringLiteral("NAME_UNKNOWN"),
                                 QStringLiteral("repository name not known to registry"), name);
        const QString filter = req.queryValue(QStringLiteral("artifactType"));
        QMap<QString, QJsonObject> found; // by digest: stable order for paging
        for (auto m = it->manifests.constBegin(); m != it->manifests.constEnd(); ++m) {
            if (m->subject != subject)
                continue;
            if (!filter.isEmpty() && m->artifactType != filter)
                continue;
            QJsonObject descriptor{{QStringLiteral("mediaType"), m->mediaType},
                                   {QStringLiteral("digest"), m.key()},
                                   {QStringLiteral("size"), double(m->bytes.size())}};
            if (!m->artifactType.isEmpty())
                descriptor.insert(QStringLiteral("artifactType"), m->artifactType);
            if (!m->annotations.isEmpty())
                descriptor.insert(QStringLiteral("annotations"), m->annotations);
            found.insert(m.key(), descriptor);
        }
        HttpResponse r;
        QJsonArray keys;
        QString extra;
        if (!filter.isEmpty())
            extra = QStringLiteral("artifactType=") + QString::fromLatin1(encodeComponent(filter));
        if (auto bad =
                page(req, found, QStringLiteral("/v2/") + name + QStringLiteral("/referrers/") + subject,
                     &keys, &r, extra))
            return *bad;
        QJsonArray descriptors;
        for (const QJsonValue& key : std::as_const(keys))
            descriptors.append(found.value(key.toString()));
        r.status = 200;
        r.setHeader("Content-Type", QByteArray(kOciIndex.data(), kOciIndex.size()));
        if (!filter.isEmpty())
            r.setHeader("OCI-Filters-Applied", "artifactType");
        r.body = json(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                  {QStringLiteral("mediaType"), QString(kOciIndex)},
                                  {QStringLiteral("manifests"), descriptors}});
        return r;
    }

    // The second listener: object storage that serves redirected blob GETs. Like S3, it refuses a request
    // that carries the registry's Authorization on top of its own signature.
    HttpResponse handleRedirect(const HttpRequest& req)
    {
        QMutexLocker lock(&mutex);
        HttpResponse r = [&] {
            static const QRegularExpression route(QStringLiteral("^/blobs/([^/]+)$"));
            const auto match = route.match(req.path);
            if (!match.hasMatch() || (req.method != "GET" && req.method != "HEAD"))
                return plainNotFound();
            if (req.hasHeader("Authorization")) {
                HttpResponse bad;
                bad.status = 400;
                bad.setHeader("Content-Type", "application/xml");
                bad.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>InvalidArgument</Code>"
                           "<Message>Only one auth mechanism allowed</Message></Error>";
                return bad;
            }
            const QString digest = match.captured(1);
            if (!blobs.contains(digest))
                return plainNotFound();
            return serveBlob(req, digest, blobs.value(digest));
        }();
        if (const auto fault = takeFault(Fault::Kind::Delay, req))
            r.delayMs = fault->delayMs;
        redirectLog.append(RecordedRequest{req.method, req.path, req.query, req.headers, r.status});
        return r;
    }
};

// ------------------------------------------------------------------------------------------ RecordedRequest

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// ------------------------------------------------------------------------------------------ Fault

Fault Fault::httpStatus(int status, const QString& pathPattern, int times, const QByteArray& method)
{
    Fault f;
    f.kind = Kind::Status;
    f.status = status;
    f.pathPattern = pathPattern;
    f.times = times;
    f.method = method;
    return f;
}

Fault Fault::tooManyRequests(const QString& pathPattern, int times, const QByteArray& method)
{
    Fault f = httpStatus(429, pathPattern, times, method);
    f.kind = Kind::TooManyRequests;
    return f;
}

Fault Fault::dropAfter(qint64 bodyBytes, const QString& pathPattern, int times)
{
    Fault f;
    f.kind = Kind::DropConnection;
    f.bytes = bodyBytes;
    f.pathPattern = pathPattern;
    f.times = times;
    return f;
}

Fault Fault::wrongBytes(const QString& pathPattern, int times)
{
    Fault f;
    f.kind = Kind::WrongBytes;
    f.pathPattern = pathPattern;
    f.times = times;
    return f;
}

Fault Fault::oversizedManifest(const QString& pathPattern, int times)
{
    Fault f;
    f.kind = Kind::OversizedManifest;
    f.pathPattern = pathPattern;
    f.times = times;
    return f;
}

Fault Fault::delay(int ms, const QString& pathPattern, int times)
{
    Fault f;
    f.kind = Kind::Delay;
    f.delayMs = ms;
    f.pathPattern = pathPattern;
    f.times = times;
    return f;
}

Fault Fault::throttle(qint64 bytesPerSecond, const QString& pathPattern, int times)
{
    Fault f;
    f.kind = Kind::Throttle;
    f.bytes = bytesPerSecond;
    f.pathPattern = pathPattern;
    f.times = times;
    return f;
}

// ------------------------------------------------------------------------------------------ TestRegistry

TestRegistry::TestRegistry()
    : m_state(std::make_unique<State>())
    , m_server(std::make_unique<LoopbackHttpServer>())
{
    State* state = m_state.get();
    m_port = m_server->listen(
        QHostAddress(QStringLiteral("127.0.0.1")),
        [state](const HttpRequest& req) { return state->handle(req); }, 0, &m_error);
    if (m_port == 0)
        return;
    m_redirectPort = m_server->listen(
        QHostAddress(QStringLiteral("127.0.0.2")),
        [state](const HttpRequest& req) { return state->handleRedirect(req); }, 0, &m_error);
    QMutexLocker lock(&state->mutex);
    state->host = host();
    state->redirectHost = redirectHost();
}

TestRegistry::~TestRegistry()
{
    m_server.reset(); // no handler may run once the state is gone
}

QString TestRegistry::host() const
{
    return QStringLiteral("127.0.0.1:") + QString::number(m_port);
}

QUrl TestRegistry::baseUrl() const
{
    return QUrl(QStringLiteral("http://") + host());
}

QUrl TestRegistry::tokenUrl() const
{
    return QUrl(QStringLiteral("http://") + host() + QStringLiteral("/token"));
}

QString TestRegistry::redirectHost() const
{
    return QStringLiteral("127.0.0.2:") + QString::number(m_redirectPort);
}

void TestRegistry::reset()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->clear();
}

#define LADING_SET(field, value)                                                                             \
    do {                                                                                                     \
        QMutexLocker lock(&m_state->mutex);                                                                  \
        m_state->settings.field = value;                                                                     \
    } while (false)

void TestRegistry::setAuth(Auth mode)
{
    LADING_SET(auth, mode);
}

void TestRegistry::setCredentials(const QString& username, const QString& password)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->settings.username = username;
    m_state->settings.password = password;
}

QString TestRegistry::username() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->settings.username;
}

QString TestRegistry::password() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->settings.password;
}

void TestRegistry::setAnonymousPull(bool allowed)
{
    LADING_SET(anonymousPull, allowed);
}

void TestRegistry::setTokenLifetime(int seconds)
{
    LADING_SET(tokenLifetime, seconds);
}

void TestRegistry::setOAuthPostSupported(bool enabled)
{
    LADING_SET(oauthPost, enabled);
}

int TestRegistry::tokensIssued() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->tokensIssued;
}

void TestRegistry::revokeTokens()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->tokens.clear();
}

void TestRegistry::setPageCap(int maxEntries)
{
    LADING_SET(pageCap, maxEntries);
}

void TestRegistry::setDeletionEnabled(bool enabled)
{
    LADING_SET(deletion, enabled);
}

void TestRegistry::setTagDeletionEnabled(bool enabled)
{
    LADING_SET(tagDeletion, enabled);
}

void TestRegistry::setReferrersApiEnabled(bool enabled)
{
    LADING_SET(referrers, enabled);
}

void TestRegistry::setChunkMinLength(qint64 bytes)
{
    LADING_SET(chunkMinLength, bytes);
}

void TestRegistry::setMonolithicPostSupported(bool enabled)
{
    LADING_SET(monolithicPost, enabled);
}

void TestRegistry::setMountSupported(bool enabled)
{
    LADING_SET(mount, enabled);
}

void TestRegistry::setCatalogEnabled(bool enabled)
{
    LADING_SET(catalog, enabled);
}

void TestRegistry::setRequireManifestBlobs(bool enabled)
{
    LADING_SET(requireBlobs, enabled);
}

void TestRegistry::setMaxManifestSize(qint64 bytes)
{
    LADING_SET(maxManifest, bytes);
}

void TestRegistry::setBlobRedirect(bool enabled)
{
    LADING_SET(redirect, enabled);
}

#undef LADING_SET

void TestRegistry::addFault(const Fault& fault)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.append(ActiveFault{fault, QRegularExpression(fault.pathPattern), fault.times});
}

void TestRegistry::clearFaults()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.clear();
}

QList<RecordedRequest> TestRegistry::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

int TestRegistry::requestCount(const QByteArray& method, const QString& pathPattern) const
{
    const QRegularExpression pattern(pathPattern);
    QMutexLocker lock(&m_state->mutex);
    int count = 0;
    for (const RecordedRequest& r : std::as_const(m_state->log)) {
        if ((method.isEmpty() || r.method == method) && pattern.match(r.path).hasMatch())
            ++count;
    }
    return count;
}

void TestRegistry::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->log.clear();
    m_state->redirectLog.clear();
}

QList<RecordedRequest> TestRegistry::redirectRequests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->redirectLog;
}

int TestRegistry::uploadSessionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->uploads.size());
}

oci::Digest TestRegistry::putBlob(const QString& repository, const QByteArray& bytes)
{
    QMutexLocker lock(&m_state->mutex);
    return oci::Digest::parse(m_state->storeBlob(repository, bytes)).value();
}

oci::Digest TestRegistry::putManifest(const QString& repository, const QString& ref, const QByteArray& bytes,
                                      const QString& mediaType)
{
    QMutexLocker lock(&m_state->mutex);
    return oci::Digest::parse(m_state->storeManifest(repository, ref, bytes, mediaType)).value();
}

void TestRegistry::seedTags(const QString& repository, int count, const QString& prefix)
{
    const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\","
                              "\"diff_ids\":[]}}";
    QMutexLocker lock(&m_state->mutex);
    const QString configDigest = m_state->storeBlob(repository, config);
    const QByteArray manifest = json(
        QJsonObject{{QStringLiteral("schemaVersion"), 2},
                    {QStringLiteral("mediaType"), QString(kOciManifest)},
                    {QStringLiteral("config"), QJsonObject{{QStringLiteral("mediaType"), QString(kOciConfig)},
                                                           {QStringLiteral("digest"), configDigest},
                                                           {QStringLiteral("size"), double(config.size())}}},
                    {QStringLiteral("layers"), QJsonArray()}});
    const QString digest = m_state->storeManifest(repository, {}, manifest, QString(kOciManifest));
    const int width = qMax(6, int(QString::number(count).size()));
    QMap<QString, QString>& tags = m_state->repos[repository].tags;
    for (int i = 0; i < count; ++i)
        tags.insert(prefix + QLatin1Char('-') + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')),
                    digest);
}

bool TestRegistry::hasBlob(const QString& repository, const oci::Digest& digest) const
{
    QMutexLocker lock(&m_state->mutex);
    const auto it = m_state->repos.constFind(repository);
    return it != m_state->repos.constEnd() && it->blobs.contains(digest.toString());
}

QByteArray TestRegistry::blob(const QString& repository, const oci::Digest& digest) const
{
    QMutexLocker lock(&m_state->mutex);
    const auto it = m_state->repos.constFind(repository);
    if (it == m_state->repos.constEnd() || !it->blobs.contains(digest.toString()))
        return {};
    return m_state->blobs.value(digest.toString());
}

QByteArray TestRegistry::manifest(const QString& repository, const QString& ref) const
{
    QMutexLocker lock(&m_state->mutex);
    const StoredManifest* m = m_state->findManifest(repository, ref);
    return m ? m->bytes : QByteArray();
}

QString TestRegistry::manifestMediaType(const QString& repository, const QString& ref) const
{
    QMutexLocker lock(&m_state->mutex);
    const StoredManifest* m = m_state->findManifest(repository, ref);
    return m ? m->mediaType : QString();
}

QStringList TestRegistry::tags(const QString& repository) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->repos.value(repository).tags.keys();
}

int TestRegistry::tagCount(const QString& repository) const
{
    QMutexLocker lock(&m_state->mutex);
    const auto it = m_state->repos.constFind(repository);
    return it == m_state->repos.constEnd() ? 0 : int(it->tags.size());
}

QStringList TestRegistry::repositories() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->repos.keys();
}

} // namespace lading::test
