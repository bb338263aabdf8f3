#include "core/auth/credentialhelper.h"
#include "core/auth/dockerconfig.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using lading::Error;
using lading::auth::Credential;
using lading::auth::CredentialHelper;
using lading::auth::DockerConfig;
using lading::test::readFile;

namespace {

// JSON written with ' for " (moc misreads raw strings in a class body) and "B64{user:password}" for its
// base64, so rows read like the files they stand for.
QByteArray cfg(const char* text)
{
    QByteArray out(text);
    out.replace('\'', '"');
    qsizetype start;
    while ((start = out.indexOf("B64{")) >= 0) {
        const qsizetype end = out.indexOf('}', start);
        out.replace(start, end - start + 1, out.mid(start + 4, end - start - 4).toBase64());
    }
    return out;
}

bool writeFile(const QString& path, const QByteArray& data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return false;
    file.close();
    if (executable)
        return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

// A docker-credential-fake that keeps entries as files in a state folder, enough of the real protocol
// (docker/docker-credential-helpers) to check what we send and how we read what comes back.
// Plain literals: the script is full of ")\"" that would end a raw string early.
const char* kFakeHelper =
    "#!/bin/sh\n"
    "state='@STATE@'\n"
    "key() { printf 'entry-%s' \"$1\" | tr -c 'A-Za-z0-9._-' '_'; }\n"
    "field() { sed -n 's/.*\"'\"$1\"'\":\"\\([^\"]*\\)\".*/\\1/p'; }\n"
    "case \"$1\" in\n"
    "get)\n"
    "    url=$(cat)\n"
    "    printf '%s' \"$url\" > \"$state/last-get\"\n"
    "    if [ -z \"$url\" ]; then echo \"no credentials server URL\"; exit 1; fi\n"
    "    if [ -f \"$state/$(key \"$url\")\" ]; then cat \"$state/$(key \"$url\")\"; exit 0; fi\n"
    "    echo \"credentials not found in native keychain\"; exit 1 ;;\n"
    "store)\n"
    "    json=$(cat)\n"
    "    url=$(printf '%s' \"$json\" | field ServerURL)\n"
    "    if [ -z \"$url\" ]; then echo \"no credentials server URL\"; exit 1; fi\n"
    "    printf '%s' \"$json\" > \"$state/$(key \"$url\")\" ;;\n"
    "erase)\n"
    "    url=$(cat)\n"
    "    if [ -f \"$state/$(key \"$url\")\" ]; then rm \"$state/$(key \"$url\")\"; exit 0; fi\n"
    "    echo \"credentials not found in native keychain\"; exit 1 ;;\n"
    "list)\n"
    "    printf '{'; sep=''\n"
    "    for f in \"$state\"/entry-*; do\n"
    "        [ -f \"$f\" ] || continue\n"
    "        printf '%s\"%s\":\"%s\"' \"$sep\" \"$(field ServerURL < \"$f\")\" \"$(field Username < "
    "\"$f\")\"; sep=','\n"
    "    done\n"
    "    printf '}' ;;\n"
    "*)\n"
    "    echo \"unknown action $1\"; exit 1 ;;\n"
    "esac\n";

} // namespace

class TestDockerConfig final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_oldPath;
    QString m_state;

    QString binDir() const { return m_dir.filePath(QStringLiteral("bin")); }
    void seedHelperEntry(const QString& serverUrl, const QByteArray& username, const QByteArray& secret)
    {
        QString key = QStringLiteral("entry-") + serverUrl;
        for (QChar& c : key) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('_') &&
                c != QLatin1Char('-'))
                c = QLatin1Char('_');
        }
        QJsonObject entry;
        entry.insert(QLatin1String("ServerURL"), serverUrl);
        entry.insert(QLatin1String("Username"), QString::fromUtf8(username));
        entry.insert(QLatin1String("Secret"), QString::fromUtf8(secret));
        QVERIFY(
            writeFile(m_state + QLatin1Char('/') + key, QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_state = m_dir.filePath(QStringLiteral("state"));
        QVERIFY(QDir().mkpath(m_state));
        QVERIFY(writeFile(binDir() + QStringLiteral("/docker-credential-fake"),
                          QByteArray(kFakeHelper).replace("@STATE@", QFile::encodeName(m_state)), true));
        QVERIFY(writeFile(binDir() + QStringLiteral("/docker-credential-broken"),
                          "#!/bin/sh\ncat >/dev/null\necho 'error: the vault is sealed'\nexit 3\n", true));
        QVERIFY(
            writeFile(binDir() + QStringLiteral("/docker-credential-token"),
                      "#!/bin/sh\ncat >/dev/null\n"
                      "printf '{\"ServerURL\":\"x\",\"Username\":\"<token>\",\"Secret\":\"refresh-123\"}'\n",
                      true));
        QVERIFY(writeFile(binDir() + QStringLiteral("/docker-credential-garbage"),
                          "#!/bin/sh\ncat >/dev/null\necho 'this is not json'\n", true));
        QVERIFY(writeFile(binDir() + QStringLiteral("/docker-credential-slow"), "#!/bin/sh\nexec sleep 20\n",
                          true));
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(binDir()) + ':' + m_oldPath);
    }
    void cleanupTestCase() { qputenv("PATH", m_oldPath); }

    void init()
    {
        // Every test starts from the same helper store: one entry for a local registry, one for Docker Hub.
        QDir state(m_state);
        for (const QString& name : state.entryList(QDir::Files))
            QVERIFY(state.remove(name));
        seedHelperEntry(QStringLiteral("localhost:5000"), "helper-user", "helper-pw");
        seedHelperEntry(QStringLiteral("https://index.docker.io/v1/"), "hub-user", "hub-pw");
    }

    void findsCredential_data()
    {
        QTest::addColumn<QByteArray>("config");   // config.json
        QTest::addColumn<QByteArray>("env");      // DOCKER_AUTH_CONFIG
        QTest::addColumn<QByteArray>("authJson"); // containers auth.json
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("identityToken");
        QTest::addColumn<QString>("registryToken");
        QTest::addColumn<QString>("source");

        const QByteArray none;
        QTest::newRow("auths basic") << cfg("{'auths':{'localhost:5000':{'auth':'B64{alice:pw}'}}}") << none
                                     << none << "localhost:5000"
                                     << "alice"
                                     << "pw"
                                     << ""
                                     << ""
                                     << "config.json";
        QTest::newRow("password with colons")
            << cfg("{'auths':{'r.io':{'auth':'B64{bob:pa:ss:}'}}}") << none << none << "r.io"
            << "bob"
            << "pa:ss:"
            << ""
            << ""
            << "config.json";
        QTest::newRow("docker hub key")
            << cfg("{'auths':{'https://index.docker.io/v1/':{'auth':'B64{hub:pw}'}}}") << none << none
            << "docker.io"
            << "hub"
            << "pw"
            << ""
            << ""
            << "config.json";
        QTest::newRow("docker hub via api host")
            << cfg("{'auths':{'https://index.docker.io/v1/':{'auth':'B64{hub:pw}'}}}") << none << none
            << "registry-1.docker.io"
            << "hub"
            << "pw"
            << ""
            << ""
            << "config.json";
        QTest::newRow("legacy key with scheme and path")
            << cfg("{'auths':{'https://myreg.example.com:8443/v1/':{'auth':'B64{old:pw}'}}}") << none << none
            << "myreg.example.com:8443"
            << "old"
            << "pw"
            << ""
            << ""
            << "config.json";
        QTest::newRow("exact key wins over legacy, either order")
            << cfg("{'auths':{'r.io':{'auth':'B64{new:pw}'},'https://r.io/v1/':{'auth':'B64{old:pw}'}}}")
            << none << none << "r.io"
            << "new"
            << "pw"
            << ""
            << ""
            << "config.json";
        QTest::newRow("upper-case key")
            << cfg("{'auths':{'LocalHost:5000':{'auth':'B64{u:p}'}}}") << none << none << "localhost:5000"
            << "u"
            << "p"
            << ""
            << ""
            << "config.json";
        QTest::newRow("legacy username and password fields")
            << cfg("{'auths':{'r.io':{'username':'legacy','password':'secret'}}}") << none << none << "r.io"
            << "legacy"
            << "secret"
            << ""
            << ""
            << "config.json";
        QTest::newRow("identity token")
            << cfg("{'auths':{'r.io':{'auth':'','identitytoken':'refresh-1'}}}") << none << none << "r.io"
            << ""
            << ""
            << "refresh-1"
            << ""
            << "config.json";
        QTest::newRow("registry token")
            << cfg("{'auths':{'r.io':{'registrytoken':'bearer-1'}}}") << none << none << "r.io"
            << ""
            << ""
            << ""
            << "bearer-1"
            << "config.json";
        QTest::newRow("host not listed")
            << cfg("{'auths':{'r.io':{'auth':'B64{u:p}'}}}") << none << none << "other.io"
            << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("empty entry from a credsStore login")
            << cfg("{'auths':{'r.io':{}}}") << none << none << "r.io"
            << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("empty object") << QByteArray("{}") << none << none << "r.io"
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "";
        QTest::newRow("no files at all") << none << none << none << "r.io"
                                         << ""
                                         << ""
                                         << ""
                                         << ""
                                         << "";
        QTest::newRow("DOCKER_AUTH_CONFIG overrides config.json")
            << cfg("{'auths':{'r.io':{'auth':'B64{file:pw}'}}}")
            << cfg("{'auths':{'r.io':{'auth':'B64{env:pw}'}}}") << none << "r.io"
            << "env"
            << "pw"
            << ""
            << ""
            << "DOCKER_AUTH_CONFIG";
        QTest::newRow("DOCKER_AUTH_CONFIG for another host")
            << cfg("{'auths':{'r.io':{'auth':'B64{file:pw}'}}}")
            << cfg("{'auths':{'x.io':{'auth':'B64{env:pw}'}}}") << none << "r.io"
            << "file"
            << "pw"
            << ""
            << ""
            << "config.json";
        QTest::newRow("auth.json when config.json lacks the host")
            << cfg("{'auths':{'x.io':{'auth':'B64{file:pw}'}}}") << none
            << cfg("{'auths':{'r.io':{'auth':'B64{podman:pw}'}}}") << "r.io"
            << "podman"
            << "pw"
            << ""
            << ""
            << "auth.json";
        QTest::newRow("config.json before auth.json")
            << cfg("{'auths':{'r.io':{'auth':'B64{file:pw}'}}}") << none
            << cfg("{'auths':{'r.io':{'auth':'B64{podman:pw}'}}}") << "r.io"
            << "file"
            << "pw"
            << ""
            << ""
            << "config.json";
        QTest::newRow("auth.json legacy key")
            << none << none << cfg("{'auths':{'https://r.io/v1/':{'auth':'B64{podman:pw}'}}}") << "r.io"
            << "podman"
            << "pw"
            << ""
            << ""
            << "auth.json";
        QTest::newRow("auth.json namespace key is not for the whole host")
            << none << none << cfg("{'auths':{'quay.io/org':{'auth':'B64{org:pw}'}}}") << "quay.io"
            << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("credHelpers wins over credsStore and auths")
            << cfg("{'credsStore':'broken','credHelpers':{'localhost:5000':'fake'},'auths':{'localhost:5000':"
                   "{'auth':'B64{inline:pw}'}}}")
            << none << none << "localhost:5000"
            << "helper-user"
            << "helper-pw"
            << ""
            << ""
            << "docker-credential-fake";
        QTest::newRow("credsStore wins over inline auths")
            << cfg("{'credsStore':'fake','auths':{'https://index.docker.io/v1/':{'auth':'B64{stale:pw}'}}}")
            << none << none << "docker.io"
            << "hub-user"
            << "hub-pw"
            << ""
            << ""
            << "docker-credential-fake";
        QTest::newRow("credHelpers with docker hub key")
            << cfg("{'credHelpers':{'https://index.docker.io/v1/':'fake'}}") << none << none << "docker.io"
            << "hub-user"
            << "hub-pw"
            << ""
            << ""
            << "docker-credential-fake";
        QTest::newRow("credsStore without entry falls to auth.json")
            << cfg("{'credsStore':'fake'}") << none << cfg("{'auths':{'r.io':{'auth':'B64{podman:pw}'}}}")
            << "r.io"
            << "podman"
            << "pw"
            << ""
            << ""
            << "auth.json";
        QTest::newRow("credHelpers in auth.json")
            << none << none << cfg("{'credHelpers':{'localhost:5000':'fake'}}") << "localhost:5000"
            << "helper-user"
            << "helper-pw"
            << ""
            << ""
            << "docker-credential-fake";
        QTest::newRow("helper answers an identity token")
            << cfg("{'credHelpers':{'r.io':'token'}}") << none << none << "r.io"
            << ""
            << ""
            << "refresh-123"
            << ""
            << "docker-credential-token";
        QTest::newRow("malformed auth.json not needed")
            << cfg("{'auths':{'r.io':{'auth':'B64{file:pw}'}}}") << none << QByteArray("{not json") << "r.io"
            << "file"
            << "pw"
            << ""
            << ""
            << "config.json";
    }
    void findsCredential()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, env);
        QFETCH(QByteArray, authJson);
        QFETCH(QString, registry);
        QFETCH(QString, username);
        QFETCH(QString, secret);
        QFETCH(QString, identityToken);
        QFETCH(QString, registryToken);
        QFETCH(QString, source);

        DockerConfig::Sources sources;
        sources.dockerConfigPath = m_dir.filePath(QStringLiteral("docker/config.json"));
        sources.dockerConfigJson = config;
        sources.dockerAuthConfig = env;
        if (!authJson.isEmpty()) {
            sources.containersAuthPaths = {m_dir.filePath(QStringLiteral("containers/auth.json"))};
            sources.containersAuthJson = {authJson};
        }
        const DockerConfig docker(sources);
        const auto found = docker.credential(registry);
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        QCOMPARE(found->username, username);
        QCOMPARE(found->secret, secret);
        QCOMPARE(found->identityToken, identityToken);
        QCOMPARE(found->registryToken, registryToken);
        QCOMPARE(found->source.isEmpty(), source.isEmpty());
        if (!source.isEmpty())
            QVERIFY2(found->source.endsWith(source), qPrintable(found->source));
        QVERIFY(!found->toString().contains(QStringLiteral("pw")) || secret.isEmpty());
    }

    void reportsBrokenSources_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<QByteArray>("authJson");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");

        const QByteArray none;
        const int invalid = int(Error::Kind::InvalidInput);
        QTest::newRow("malformed config.json") << cfg("{'auths':{'r.io':") << none << none << "r.io"
                                               << invalid << "config.json is not valid JSON";
        QTest::newRow("config.json is an array")
            << QByteArray("[]") << none << none << "r.io" << invalid << "the top level is not an object";
        QTest::newRow("malformed DOCKER_AUTH_CONFIG") << none << QByteArray("{{") << none << "r.io" << invalid
                                                      << "DOCKER_AUTH_CONFIG is not valid JSON";
        QTest::newRow("malformed auth.json when needed")
            << QByteArray("{}") << none << QByteArray("nope") << "r.io" << invalid
            << "auth.json is not valid JSON";
        QTest::newRow("auth not base64") << cfg("{'auths':{'r.io':{'auth':'***'}}}") << none << none << "r.io"
                                         << invalid << "not base64 of user:password";
        QTest::newRow("auth without colon") << cfg("{'auths':{'r.io':{'auth':'B64{nocolon}'}}}") << none
                                            << none << "r.io" << invalid << "not base64 of user:password";
        QTest::newRow("missing helper") << cfg("{'credsStore':'absent'}") << none << none << "r.io" << invalid
                                        << "docker-credential-absent is not installed";
        QTest::newRow("failing helper") << cfg("{'credHelpers':{'r.io':'broken'}}") << none << none << "r.io"
                                        << int(Error::Kind::Io) << "the vault is sealed";
        QTest::newRow("helper answering garbage") << cfg("{'credsStore':'garbage'}") << none << none << "r.io"
                                                  << int(Error::Kind::Protocol) << "not JSON";
        QTest::newRow("helper name escaping PATH")
            << cfg("{'credsStore':'../../bin/sh'}") << none << none << "r.io" << int(Error::Kind::Unsafe)
            << "not a valid credential helper name";
    }
    void reportsBrokenSources()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, env);
        QFETCH(QByteArray, authJson);
        QFETCH(QString, registry);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);

        DockerConfig::Sources sources;
        sources.dockerConfigPath = m_dir.filePath(QStringLiteral("docker/config.json"));
        sources.dockerConfigJson = config;
        sources.dockerAuthConfig = env;
        if (!authJson.isEmpty()) {
            sources.containersAuthPaths = {m_dir.filePath(QStringLiteral("containers/auth.json"))};
            sources.containersAuthJson = {authJson};
        }
        const auto found = DockerConfig(sources).credential(registry);
        QVERIFY(!found.ok());
        QCOMPARE(int(found.error().kind), kind);
        QVERIFY2(found.error().message.contains(messagePart), qPrintable(found.error().message));
    }

    void statusNamesTheBrokenFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken/config.json"));
        QVERIFY(writeFile(path, "{\"auths\": {"));
        DockerConfig::Sources sources;
        sources.dockerConfigPath = path;
        const DockerConfig docker(sources);
        QVERIFY(!docker.status().ok());
        QVERIFY2(docker.status().error().message.contains(path), qPrintable(docker.status().error().message));
        QVERIFY(docker.registries().isEmpty());
    }

    void listsRegistries()
    {
        DockerConfig::Sources sources;
        sources.dockerConfigJson = cfg("{'auths':{'https://index.docker.io/v1/':{},'localhost:5000':{}, "
                                       "'https://Old.Example.com/v1/"
                                       "':{}},'credHelpers':{'123.dkr.ecr.eu-west-1.amazonaws.com':'ecr-"
                                       "login'}, 'credsStore':'desktop'}");
        sources.dockerAuthConfig = cfg("{'auths':{'env.io':{'auth':'dTpw'}}}");
        sources.containersAuthPaths = {QStringLiteral("a.json"), QStringLiteral("b.json")};
        sources.containersAuthJson = {cfg("{'auths':{'quay.io/org':{},'localhost:5000':{}}}"),
                                      cfg("{'auths':{'ghcr.io':{}}}")};
        const QStringList expected{QStringLiteral("123.dkr.ecr.eu-west-1.amazonaws.com"),
                                   QStringLiteral("docker.io"),
                                   QStringLiteral("env.io"),
                                   QStringLiteral("ghcr.io"),
                                   QStringLiteral("localhost:5000"),
                                   QStringLiteral("old.example.com"),
                                   QStringLiteral("quay.io")};
        QCOMPARE(DockerConfig(sources).registries(), expected);
        QCOMPARE(DockerConfig(sources).helperFor(QStringLiteral("docker.io")), QStringLiteral("desktop"));
        QCOMPARE(DockerConfig(sources).helperFor(QStringLiteral("123.dkr.ecr.eu-west-1.amazonaws.com")),
                 QStringLiteral("ecr-login"));
    }

    void normalisesHosts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("serverAddress");
        QTest::newRow("hub key") << "https://index.docker.io/v1/"
                                 << "docker.io"
                                 << "https://index.docker.io/v1/";
        QTest::newRow("hub name") << "docker.io"
                                  << "docker.io"
                                  << "https://index.docker.io/v1/";
        QTest::newRow("hub api host") << "registry-1.docker.io"
                                      << "docker.io"
                                      << "https://index.docker.io/v1/";
        QTest::newRow("port") << "localhost:5000"
                              << "localhost:5000"
                              << "localhost:5000";
        QTest::newRow("scheme and path") << "HTTP://Reg.IO:5000/v2/"
                                         << "reg.io:5000"
                                         << "reg.io:5000";
        QTest::newRow("ipv6") << "[::1]:5000"
                              << "[::1]:5000"
                              << "[::1]:5000";
    }
    void normalisesHosts()
    {
        QFETCH(QString, input);
        QFETCH(QString, host);
        QFETCH(QString, serverAddress);
        QCOMPARE(DockerConfig::normaliseHost(input), host);
        QCOMPARE(DockerConfig::serverAddress(input), serverAddress);
    }

    void readsTheEnvironment()
    {
        // Point every variable into the temporary folder: the user's own files must never be read here.
        const QString root = m_dir.filePath(QStringLiteral("env"));
        const QByteArray saved[] = {qgetenv("DOCKER_CONFIG"), qgetenv("REGISTRY_AUTH_FILE"),
                                    qgetenv("XDG_RUNTIME_DIR"), qgetenv("XDG_CONFIG_HOME"),
                                    qgetenv("DOCKER_AUTH_CONFIG")};
        qputenv("DOCKER_CONFIG", QFile::encodeName(root + QStringLiteral("/docker")));
        qunsetenv("REGISTRY_AUTH_FILE");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root + QStringLiteral("/run")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config")));
        qunsetenv("DOCKER_AUTH_CONFIG");

        QVERIFY(writeFile(root + QStringLiteral("/docker/config.json"),
                          cfg("{'auths':{'docker.example':{'auth':'B64{d:pw}'}}}")));
        QVERIFY(writeFile(root + QStringLiteral("/run/containers/auth.json"),
                          cfg("{'auths':{'both.example':{'auth':'B64{runtime:pw}'}}}")));
        QVERIFY(writeFile(root + QStringLiteral("/config/containers/auth.json"),
                          cfg("{'auths':{'both.example':{'auth':'B64{persistent:pw}'}, "
                              "'config.example':{'auth':'B64{c:pw}'}}}")));

        auto user = [](const QString& host) {
            const auto found = DockerConfig::fromEnvironment().credential(host);
            return found ? found->username : QStringLiteral("error: ") + found.error().message;
        };
        QCOMPARE(user(QStringLiteral("docker.example")), QStringLiteral("d"));
        QCOMPARE(user(QStringLiteral("both.example")), QStringLiteral("runtime"));
        QCOMPARE(user(QStringLiteral("config.example")), QStringLiteral("c"));

        qputenv("REGISTRY_AUTH_FILE", QFile::encodeName(root + QStringLiteral("/explicit.json")));
        QVERIFY(writeFile(root + QStringLiteral("/explicit.json"),
                          cfg("{'auths':{'both.example':{'auth':'B64{explicit:pw}'}}}")));
        QCOMPARE(user(QStringLiteral("both.example")), QStringLiteral("explicit"));

        qputenv("DOCKER_AUTH_CONFIG", cfg("{'auths':{'docker.example':{'auth':'B64{envvar:pw}'}}}"));
        QCOMPARE(user(QStringLiteral("docker.example")), QStringLiteral("envvar"));

        const char* names[] = {"DOCKER_CONFIG", "REGISTRY_AUTH_FILE", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME",
                               "DOCKER_AUTH_CONFIG"};
        for (int i = 0; i < 5; ++i) {
            if (saved[i].isNull())
                qunsetenv(names[i]);
            else
                qputenv(names[i], saved[i]);
        }
    }

    // The helper protocol itself, through docker-credential-fake.

    void helperStoresGetsListsErases()
    {
        const CredentialHelper helper(QStringLiteral("fake"));
        QCOMPARE(helper.program(), QStringLiteral("docker-credential-fake"));
        Credential credential;
        credential.username = QStringLiteral("carol");
        credential.secret = QStringLiteral("s3cret");
        const auto stored = helper.store(QStringLiteral("new.example:5000"), credential);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));

        const auto got = helper.get(QStringLiteral("new.example:5000"));
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QCOMPARE(got->username, QStringLiteral("carol"));
        QCOMPARE(got->secret, QStringLiteral("s3cret"));
        QCOMPARE(readFile(m_state + QStringLiteral("/last-get")), QByteArray("new.example:5000"));

        const auto listed = helper.list();
        QVERIFY2(listed.ok(), qPrintable(listed.error().toString()));
        QCOMPARE(listed->value(QStringLiteral("new.example:5000")), QStringLiteral("carol"));
        QCOMPARE(listed->value(QStringLiteral("https://index.docker.io/v1/")), QStringLiteral("hub-user"));
        QCOMPARE(listed->size(), 3);

        QVERIFY(helper.erase(QStringLiteral("new.example:5000")).ok());
        const auto gone = helper.get(QStringLiteral("new.example:5000"));
        QVERIFY(gone.ok());
        QVERIFY(gone->isEmpty());
    }

    void helperStoresIdentityTokenAsTokenUser()
    {
        const CredentialHelper helper(QStringLiteral("fake"));
        Credential credential;
        credential.identityToken = QStringLiteral("refresh-9");
        QVERIFY(helper.store(QStringLiteral("oauth.example"), credential).ok());
        const auto got = helper.get(QStringLiteral("oauth.example"));
        QVERIFY(got.ok());
        QCOMPARE(got->identityToken, QStringLiteral("refresh-9"));
        QVERIFY(got->username.isEmpty());
        QVERIFY(got->secret.isEmpty());
    }

    void helperNotFoundIsNoEntry()
    {
        const auto got = CredentialHelper(QStringLiteral("fake")).get(QStringLiteral("unknown.example"));
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QVERIFY(got->isEmpty());
        QVERIFY(CredentialHelper(QStringLiteral("fake")).erase(QStringLiteral("unknown.example")).ok());
    }

    void helperAsksHubByItsLegacyKey()
    {
        DockerConfig::Sources sources;
        sources.dockerConfigJson = cfg("{'credsStore':'fake'}");
        QVERIFY(DockerConfig(sources).credential(QStringLiteral("docker.io")).ok());
        QCOMPARE(readFile(m_state + QStringLiteral("/last-get")), QByteArray("https://index.docker.io/v1/"));
    }

    void helperFailureIsReported()
    {
        const CredentialHelper helper(QStringLiteral("broken"));
        const auto got = helper.get(QStringLiteral("r.io"));
        const auto listed = helper.list();
        const QList<lading::Error> errors{
            got.error(), listed.error(),
            helper
                .store(QStringLiteral("r.io"),
                       Credential{QStringLiteral("u"), QStringLiteral("p"), {}, {}, {}})
                .error(),
            helper.erase(QStringLiteral("r.io")).error()};
        QVERIFY(!got.ok());
        QVERIFY(!listed.ok());
        for (const lading::Error& error : errors) {
            QVERIFY2(error.message.contains(QStringLiteral("docker-credential-broken")),
                     qPrintable(error.message));
            QVERIFY2(error.message.contains(QStringLiteral("the vault is sealed")),
                     qPrintable(error.message));
        }
    }

    void missingHelperIsNamed()
    {
        const auto got = CredentialHelper(QStringLiteral("nonexistent")).get(QStringLiteral("r.io"));
        QVERIFY(!got.ok());
        QVERIFY2(got.error().message.contains(QStringLiteral("docker-credential-nonexistent")),
                 qPrintable(got.error().message));
    }

    void slowHelperTimesOut()
    {
        QElapsedTimer timer;
        timer.start();
        const auto got = CredentialHelper(QStringLiteral("slow"), std::chrono::milliseconds(300))
                             .get(QStringLiteral("r.io"));
        QVERIFY(!got.ok());
        QVERIFY2(got.error().message.contains(QStringLiteral("did not answer")),
                 qPrintable(got.error().message));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void credentialToStringHidesSecrets()
    {
        Credential c;
        c.username = QStringLiteral("dave");
        c.secret = QStringLiteral("hunter2");
        c.identityToken = QStringLiteral("refresh-abc");
        c.registryToken = QStringLiteral("bearer-xyz");
        const QString text = c.toString();
        QVERIFY(text.contains(QStringLiteral("dave")));
        QVERIFY(!text.contains(QStringLiteral("hunter2")));
        QVERIFY(!text.contains(QStringLiteral("refresh-abc")));
        QVERIFY(!text.contains(QStringLiteral("bearer-xyz")));
        QVERIFY(!c.isEmpty());
        QVERIFY(Credential().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDockerConfig)
#include "tst_dockerconfig.moc"
