#pragma once

#include "core/auth/credential.h"
#include "core/auth/credentialhelper.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>

namespace lading::auth {

// The credentials other tools left for us: Docker's config.json (auths, credsStore, credHelpers), the
// DOCKER_AUTH_CONFIG environment variable, and the containers auth.json of podman/skopeo/buildah. Files are
// read once, when the object is made; make a new one to see a later "docker login". Lookups that need a
// credential helper run it then. Immutable after construction, so safe to share between threads.
class DockerConfig final
{
public:
    struct Sources
    {
        QString dockerConfigPath;        // config.json; a missing file is an empty configuration
        QByteArray dockerConfigJson;     // used instead of reading dockerConfigPath when not empty (tests)
        QByteArray dockerAuthConfig;     // the value of DOCKER_AUTH_CONFIG: overrides config.json entries
        QStringList containersAuthPaths; // auth.json files, asked in order; missing files are skipped
        QList<QByteArray> containersAuthJson; // used instead of reading containersAuthPaths when not empty
    };

    DockerConfig() = default;
    explicit DockerConfig(const Sources& sources,
                          std::chrono::milliseconds helperTimeout = CredentialHelper::kDefaultTimeout);
    // The files and variables Docker and the containers tools use on this machine right now.
    static DockerConfig
    fromEnvironment(std::chrono::milliseconds helperTimeout = CredentialHelper::kDefaultTimeout);
    static Sources environmentSources();

    // The credential for a registry host ("docker.io", "localhost:5000"); an empty Credential when none of
    // the sources has one. Order: DOCKER_AUTH_CONFIG, then config.json (credHelpers[host], else credsStore,
    // else auths[host]), then each auth.json (credHelpers, auths). Fails on a malformed file it had to read,
    // on a broken or missing credential helper, and on an "auth" value that is not base64 of user:password.
    Result<Credential> credential(const QString& registry) const;
    // Every registry host named in these files (auths and credHelpers keys), normalised, sorted, unique.
    QStringList registries() const;
    // The first problem met while reading the sources (malformed JSON, unreadable file), or success.
    Status status() const;
    // The credential helper suffix config.json selects for a host, empty when it uses auths.
    QString helperFor(const QString& registry) const;

    // "https://index.docker.io/v1/", "index.docker.io", "HTTP://Host:5000/v2/" → "docker.io", "host:5000".
    static QString normaliseHost(const QString& registryOrKey);
    // The key Docker files and helpers use for a host: "https://index.docker.io/v1/" for Docker Hub.
    static QString serverAddress(const QString& registry);

private:
    struct Source
    {
        enum class Kind
        {
            AuthConfigEnv,
            Docker,
            Containers
        };
        Kind kind = Kind::Docker;
        QString origin;                     // path or "DOCKER_AUTH_CONFIG", for messages
        Error error;                        // kind None when the source was read fine
        QMap<QString, QJsonObject> auths;   // by normalised host
        QMap<QString, QString> credHelpers; // by normalised host
        QString credsStore;
        QStringList hosts; // every host named, for registries()
    };
    static Source parseSource(Source::Kind kind, const QString& origin, const QByteArray& json);
    static Source readSource(Source::Kind kind, const QString& path);
    Result<Credential> fromHelper(const QString& suffix, const QString& host, const QString& origin) const;

    QList<Source> m_sources;
    std::chrono::milliseconds m_helperTimeout = CredentialHelper::kDefaultTimeout;
};

} // namespace lading::auth
