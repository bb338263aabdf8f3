#include "core/auth/dockerconfig.h"

#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

LADING_TR_CONTEXT(DockerConfig);

namespace lading::auth {

namespace {

const QString kDockerHub = QStringLiteral("docker.io");
const QString kDockerHubKey = QStringLiteral("https://index.docker.io/v1/");
const QString kAuthConfigEnv = QStringLiteral("DOCKER_AUTH_CONFIG");
// Config files are a few kilobytes; refuse to slurp something that is clearly not one.
constexpr qint64 kMaxConfigSize = 16 * 1024 * 1024;

bool hasScheme(const QString& key)
{
    return key.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           key.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString envPath(const char* name)
{
    return QFile::decodeName(qgetenv(name));
}

// An auths entry → credential. Docker writes "auth" (base64 user:password); old files have separate
// username/password; logins through OAuth keep an identity token; some registries hand out a bearer token.
Result<Credential> entryCredential(const QJsonObject& entry, const QString& host, const QString& origin)
{
    Credential credential;
    const QString auth = entry.value(QLatin1String("auth")).toString().trimmed();
    if (!auth.isEmpty()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0)
            return Error::make(
                Error::Kind::InvalidInput,
                tr("The \"auth\" value for %1 in %2 is not base64 of user:password; log in again "
                   "or fix the file")
                    .arg(host, origin),
                origin);
        credential.username = QString::fromUtf8(decoded.decoded.left(colon));
        credential.secret = QString::fromUtf8(decoded.decoded.mid(colon + 1));
    } else {
        credential.username = entry.value(QLatin1String("username")).toString();
        credential.secret = entry.value(QLatin1String("password")).toString();
    }
    credential.identityToken = entry.value(QLatin1String("identitytoken")).toString();
    credential.registryToken = entry.value(QLatin1String("registrytoken")).toString();
    if (!credential.isEmpty())
        credential.source = origin;
    return credential;
}

} // namespace

QString DockerConfig::normaliseHost(const QString& registryOrKey)
{
    QString text = registryOrKey.trimmed();
    if (hasScheme(text))
        text = text.mid(text.indexOf(QLatin1String("://")) + 3);
    text = text.section(QLatin1Char('/'), 0, 0).toLower();
    if (text == QLatin1String("index.docker.io") || text == QLatin1String("registry-1.docker.io") ||
        text == QLatin1String("registry.hub.docker.com"))
        return kDockerHub;
    return text;
}

QString DockerConfig::serverAddress(const QString& registry)
{
    const QString host = normaliseHost(registry);
    return host == kDockerHub ? kDockerHubKey : host;
}

DockerConfig::Source DockerConfig::parseSource(Source::Kind kind, const QString& origin,
                                               const QByteArray& json)
{
    Source source;
    source.kind = kind;
    source.origin = origin;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        const QString reason = doc.isNull() ? parseError.errorString() : tr("the top level is not an object");
        source.error = Error::make(Error::Kind::InvalidInput,
                                   tr("%1 is not valid JSON (%2 at offset %3); fix it or remove it")
                                       .arg(origin, reason)
                                       .arg(doc.isNull() ? parseError.offset : 0),
                                   origin);
        return source;
    }
    const QJsonObject root = doc.object();

    // Several keys can name one host ("https://index.docker.io/v1/" and "docker.io"): the one written the
    // way the tools themselves write it wins, whatever the JSON order.
    const QJsonObject auths = root.value(QLatin1String("auths")).toObject();
    QMap<QString, bool> exact;
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QString& key = it.key();
        const QString host = normaliseHost(key);
        if (host.isEmpty())
            continue;
        source.hosts.append(host);
        // containers auth.json may hold per-namespace keys ("quay.io/org"): those are not for the whole host.
        if (kind == Source::Kind::Containers && !hasScheme(key) && key.contains(QLatin1Char('/')))
            continue;
        const bool isExact = key == serverAddress(host);
        if (source.auths.contains(host) && (exact.value(host) || !isExact))
            continue;
        source.auths.insert(host, it.value().toObject());
        exact.insert(host, isExact);
    }
    if (kind != Source::Kind::AuthConfigEnv) {
        const QJsonObject helpers = root.value(QLatin1String("credHelpers")).toObject();
        for (auto it = helpers.begin(); it != helpers.end(); ++it) {
            const QString host = normaliseHost(it.key());
            const QString suffix = it.value().toString();
            if (host.isEmpty() || suffix.isEmpty())
                continue;
            source.hosts.append(host);
            if (!source.credHelpers.contains(host) || it.key() == serverAddress(host))
                source.credHelpers.insert(host, suffix);
        }
    }
    // credsStore is Docker's alone; the containers tools ignore it in auth.json.
    if (kind == Source::Kind::Docker)
        source.credsStore = root.value(QLatin1String("credsStore")).toString();
    return source;
}

DockerConfig::Source DockerConfig::readSource(Source::Kind kind, const QString& path)
{
    Source empty;
    empty.kind = kind;
    empty.origin = path;
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return empty;
    if (!file.open(QIODevice::ReadOnly)) {
        empty.error =
            Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), path);
        return empty;
    }
    if (file.size() > kMaxConfigSize) {
        empty.error =
            Error::make(Error::Kind::TooLarge,
                        tr("%1 is larger than 16 MiB; it is not a credentials file").arg(path), path);
        return empty;
    }
    return parseSource(kind, path, file.readAll());
}

DockerConfig::DockerConfig(const Sources& sources, std::chrono::milliseconds helperTimeout)
    : m_helperTimeout(helperTimeout)
{
    if (!sources.dockerAuthConfig.trimmed().isEmpty())
        m_sources.append(parseSource(Source::Kind::AuthConfigEnv, kAuthConfigEnv, sources.dockerAuthConfig));
    if (!sources.dockerConfigJson.isEmpty()) {
        const QString origin =
            sources.dockerConfigPath.isEmpty() ? QStringLiteral("config.json") : sources.dockerConfigPath;
        m_sources.append(parseSource(Source::Kind::Docker, origin, sources.dockerConfigJson));
    } else {
        m_sources.append(readSource(Source::Kind::Docker, sources.dockerConfigPath));
    }
    if (!sources.containersAuthJson.isEmpty()) {
        for (qsizetype i = 0; i < sources.containersAuthJson.size(); ++i) {
            const QString origin = i < sources.containersAuthPaths.size() ? sources.containersAuthPaths.at(i)
                                                                          : QStringLiteral("auth.json");
            m_sources.append(parseSource(Source::Kind::Containers, origin, sources.containersAuthJson.at(i)));
        }
    } else {
        for (const QString& path : sources.containersAuthPaths)
            m_sources.append(readSource(Source::Kind::Containers, path));
    }
}

DockerConfig::Sources DockerConfig::environmentSources()
{
    Sources sources;
    const QString home = QDir::homePath();
    QString dockerDir = envPath("DOCKER_CONFIG");
    if (dockerDir.isEmpty())
        dockerDir = home + QStringLiteral("/.docker");
    sources.dockerConfigPath = QDir(dockerDir).filePath(QStringLiteral("config.json"));
    sources.dockerAuthConfig = qgetenv("DOCKER_AUTH_CONFIG");

    // containers-auth.json(5): REGISTRY_AUTH_FILE, else the runtime file, else the persistent one.
    const QString authFile = envPath("REGISTRY_AUTH_FILE");
    if (!authFile.isEmpty())
        sources.containersAuthPaths.append(authFile);
    const QString runtimeDir = envPath("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty())
        sources.containersAuthPaths.append(runtimeDir + QStringLiteral("/containers/auth.json"));
    QString configHome = envPath("XDG_CONFIG_HOME");
    if (configHome.isEmpty())
        configHome = home + QStringLiteral("/.config");
    sources.containersAuthPaths.append(configHome + QStringLiteral("/containers/auth.json"));
    sources.containersAuthPaths.removeDuplicates();
    return sources;
}

DockerConfig DockerConfig::fromEnvironment(std::chrono::milliseconds helperTimeout)
{
    return DockerConfig(environmentSources(), helperTimeout);
}

Status DockerConfig::status() const
{
    for (const Source& source : m_sources) {
        if (source.error.kind != Error::Kind::None)
            return source.error;
    }
    return {};
}

QStringList DockerConfig::registries() const
{
    QStringList hosts;
    for (const Source& source : m_sources)
        hosts += source.hosts;
    hosts.removeDuplicates();
    std::sort(hosts.begin(), hosts.end());
    return hosts;
}

QString DockerConfig::helperFor(const QString& registry) const
{
    const QString host = normaliseHost(registry);
    for (const Source& source : m_sources) {
        if (source.kind == Source::Kind::Docker)
            return source.credHelpers.value(host, source.credsStore);
    }
    return {};
}

Result<Credential> DockerConfig::fromHelper(const QString& suffix, const QString& host,
                                            const QString& origin) const
{
    auto found = CredentialHelper(suffix, m_helperTimeout).get(serverAddress(host));
    if (!found)
        return found.error().withOrigin(origin);
    return found;
}

Result<Credential> DockerConfig::credential(const QString& registry) const
{
    const QString host = normaliseHost(registry);
    if (host.isEmpty())
        return Credential();
    for (const Source& source : m_sources) {
        const bool mentions =
            source.auths.contains(host) || source.credHelpers.contains(host) || !source.credsStore.isEmpty();
        if (source.error.kind != Error::Kind::None) {
            // An unreadable file only matters when we needed it; it may well be about other registries,
            // but we cannot know, so say so rather than silently going anonymous.
            return source.error;
        }
        if (!mentions)
            continue;

        if (source.kind == Source::Kind::Docker) {
            // Docker's own rule: credHelpers[host], else credsStore, else auths. The chosen store answers
            // alone for this file (an inline "auth" beside a credsStore is stale), as "docker pull" does;
            // when it has nothing, the containers files may still know the host.
            const QString helper = source.credHelpers.value(host, source.credsStore);
            auto found = helper.isEmpty() ? entryCredential(source.auths.value(host), host, source.origin)
                                          : fromHelper(helper, host, source.origin);
            if (!found || !found->isEmpty())
                return found;
            continue;
        }

        if (source.credHelpers.contains(host)) {
            auto found = fromHelper(source.credHelpers.value(host), host, source.origin);
            if (!found || !found->isEmpty())
                return found;
        }
        if (source.auths.contains(host)) {
            auto found = entryCredential(source.auths.value(host), host, source.origin);
            if (!found || !found->isEmpty())
                return found;
        }
    }
    return Credential();
}

} // namespace lading::auth
