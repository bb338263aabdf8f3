// CredentialStore and KeychainStore without a keychain: every test here keeps the keychain out of reach
// (LADING_NO_KEYCHAIN or a D-Bus address that does not exist), so it can never touch the user's own.
// The keychain for real is tests/keychain/tst_keychain.cpp.
#include "core/auth/credentialstore.h"
#include "core/auth/keychainstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using lading::Error;
using lading::auth::Credential;
using lading::auth::CredentialStore;
using lading::auth::DockerConfig;
using lading::auth::KeychainStore;

namespace {

Credential makeCredential(const QString& username, const QString& secret)
{
    Credential c;
    c.username = username;
    c.secret = secret;
    return c;
}

CredentialStore::Options withDockerConfig(const QByteArray& json)
{
    CredentialStore::Options options;
    options.dockerConfig = [json] {
        DockerConfig::Sources sources;
        sources.dockerConfigJson = json;
        return DockerConfig(sources);
    };
    return options;
}

const QByteArray kDockerJson = "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"" +
                               QByteArray("hub:pw").toBase64() + "\"},\"r.example\":{\"auth\":\"" +
                               QByteArray("docker-user:pw").toBase64() + "\"}}}";

void setEnv(const char* name, const QByteArray& value)
{
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value);
}

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_savedBus;
    QByteArray m_savedRuntime;
    QByteArray m_savedOff;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        m_savedRuntime = qgetenv("XDG_RUNTIME_DIR");
        m_savedOff = qgetenv("LADING_NO_KEYCHAIN");
    }
    void init()
    {
        // Default for every test: a bus that does not exist, so the keychain answers Unsupported at once.
        qunsetenv("LADING_NO_KEYCHAIN");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lading-test-bus");
    }
    void cleanupTestCase()
    {
        setEnv("DBUS_SESSION_BUS_ADDRESS", m_savedBus);
        setEnv("XDG_RUNTIME_DIR", m_savedRuntime);
        setEnv("LADING_NO_KEYCHAIN", m_savedOff);
    }

    void decidesAvailabilityWithoutAsking_data()
    {
        QTest::addColumn<QByteArray>("off");
        QTest::addColumn<QByteArray>("bus");
        QTest::addColumn<bool>("runtimeBus"); // whether $XDG_RUNTIME_DIR/bus exists
        QTest::addColumn<QString>("reason");  // empty: available
        const QByteArray none;
        QTest::newRow("turned off") << QByteArray("1") << QByteArray("unix:abstract=/tmp/x") << true
                                    << "LADING_NO_KEYCHAIN";
        QTest::newRow("off=0 means on")
            << QByteArray("0") << QByteArray("unix:abstract=/tmp/x") << false << "";
        QTest::newRow("socket missing")
            << none << QByteArray("unix:path=/nonexistent") << true << "no D-Bus session";
        QTest::newRow("socket missing, guid")
            << none << QByteArray("unix:path=/nonexistent,guid=0123") << true << "no D-Bus session";
        QTest::newRow("no address, no runtime bus") << none << none << false << "DBUS_SESSION_BUS_ADDRESS";
        QTest::newRow("no address, runtime bus") << none << none << true << "";
        QTest::newRow("abstract socket")
            << none << QByteArray("unix:abstract=/tmp/dbus-x,guid=1") << false << "";
        QTest::newRow("second address works")
            << none << QByteArray("unix:path=/nonexistent;tcp:host=127.0.0.1,port=1") << false << "";
    }
    void decidesAvailabilityWithoutAsking()
    {
        QFETCH(QByteArray, off);
        QFETCH(QByteArray, bus);
        QFETCH(bool, runtimeBus);
        QFETCH(QString, reason);
        const QString runtime =
            m_dir.filePath(runtimeBus ? QStringLiteral("with-bus") : QStringLiteral("no-bus"));
        QVERIFY(QDir().mkpath(runtime));
        if (runtimeBus) {
            QFile marker(runtime + QStringLiteral("/bus"));
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        setEnv("LADING_NO_KEYCHAIN", off);
        setEnv("DBUS_SESSION_BUS_ADDRESS", bus);

        const auto status = KeychainStore::availability();
        QCOMPARE(status.ok(), reason.isEmpty());
        if (!reason.isEmpty()) {
            QCOMPARE(status.error().kind, Error::Kind::Unsupported);
            QVERIFY2(status.error().message.contains(reason), qPrintable(status.error().message));
            QVERIFY2(status.error().message.contains(QStringLiteral("not available")),
                     qPrintable(status.error().message));
        }
        // Leave nothing that could reach a real bus to the next test.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lading-test-bus");
        qunsetenv("LADING_NO_KEYCHAIN");
    }

    void keychainAnswersAtOnceWhenUnavailable()
    {
        const KeychainStore keychain;
        QElapsedTimer timer;
        timer.start();
        const auto read = keychain.read(QStringLiteral("r.example"));
        const auto written = keychain.write(QStringLiteral("r.example"),
                                            makeCredential(QStringLiteral("u"), QStringLiteral("p")));
        const auto erased = keychain.erase(QStringLiteral("r.example"));
        QVERIFY(timer.elapsed() < 1000);
        for (const Error& error : {read.error(), written.error(), erased.error()}) {
            QCOMPARE(error.kind, Error::Kind::Unsupported);
            QVERIFY2(error.message.contains(QStringLiteral("OS keychain is not available")),
                     qPrintable(error.message));
            QVERIFY2(error.message.contains(QStringLiteral("credential helper")), qPrintable(error.message));
        }
    }

    void credentialJsonRoundTrips()
    {
        Credential c = makeCredential(QStringLiteral("u"), QStringLiteral("p\"\\:"));
        c.identityToken = QStringLiteral("refresh");
        c.registryToken = QStringLiteral("bearer");
        const auto back = KeychainStore::fromJson(KeychainStore::toJson(c));
        QVERIFY(back.ok());
        QVERIFY(back.value() == c);
        QVERIFY(!KeychainStore::fromJson("not json").ok());
        QVERIFY(KeychainStore::fromJson("{}")->isEmpty());
    }

    void readsDockerConfigWhenKeychainMissing()
    {
        const CredentialStore store(withDockerConfig(kDockerJson));
        const auto found = store.get(QStringLiteral("r.example"));
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        QCOMPARE(found->username, QStringLiteral("docker-user"));
        const auto hub = store.get(QStringLiteral("registry-1.docker.io"));
        QVERIFY(hub.ok());
        QCOMPARE(hub->username, QStringLiteral("hub"));
        const auto none = store.get(QStringLiteral("unknown.example"));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void sessionCredentialWins()
    {
        CredentialStore store(withDockerConfig(kDockerJson));
        store.setSessionCredential(QStringLiteral("R.Example"),
                                   makeCredential(QStringLiteral("session"), QStringLiteral("s")));
        QVERIFY(store.hasSessionCredential(QStringLiteral("r.example")));
        QCOMPARE(store.get(QStringLiteral("r.example"))->username, QStringLiteral("session"));
        store.setSessionCredential(QStringLiteral("docker.io"),
                                   makeCredential(QStringLiteral("hub-session"), QStringLiteral("s")));
        QCOMPARE(store.get(QStringLiteral("index.docker.io"))->username, QStringLiteral("hub-session"));
        store.clearSessionCredential(QStringLiteral("r.example"));
        QCOMPARE(store.get(QStringLiteral("r.example"))->username, QStringLiteral("docker-user"));
    }

    void storeWithoutKeychainSaysWhatToDo()
    {
        CredentialStore store(withDockerConfig(kDockerJson));
        const auto stored = store.store(QStringLiteral("r.example"),
                                        makeCredential(QStringLiteral("u"), QStringLiteral("p")));
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().kind, Error::Kind::Unsupported);
        QVERIFY2(stored.error().message.contains(QStringLiteral("gnome-keyring")),
                 qPrintable(stored.error().message));
        QVERIFY(!CredentialStore::keychainAvailability().ok());

        // Logout: nothing of ours in a keychain that does not exist, but a session credential to forget.
        QCOMPARE(store.erase(QStringLiteral("r.example")).error().kind, Error::Kind::Unsupported);
        store.setSessionCredential(QStringLiteral("r.example"),
                                   makeCredential(QStringLiteral("s"), QStringLiteral("s")));
        QVERIFY(store.erase(QStringLiteral("r.example")).ok());
        QVERIFY(!store.hasSessionCredential(QStringLiteral("r.example")));
    }

    void brokenDockerConfigIsReported()
    {
        const CredentialStore store(withDockerConfig("{\"auths\": [oops"));
        const auto found = store.get(QStringLiteral("r.example"));
        QVERIFY(!found.ok());
        QVERIFY2(found.error().message.contains(QStringLiteral("not valid JSON")),
                 qPrintable(found.error().message));
    }

    void listsRegistries()
    {
        CredentialStore store(withDockerConfig(kDockerJson));
        store.setSessionCredential(QStringLiteral("localhost:5000"),
                                   makeCredential(QStringLiteral("u"), QStringLiteral("p")));
        QCOMPARE(store.registries(),
                 (QStringList{QStringLiteral("docker.io"), QStringLiteral("localhost:5000"),
                              QStringLiteral("r.example")}));
    }

    void readsTheEnvironmentByDefault()
    {
        const QByteArray saved = qgetenv("DOCKER_CONFIG");
        const QString dockerDir = m_dir.filePath(QStringLiteral("docker"));
        QVERIFY(QDir().mkpath(dockerDir));
        QFile file(dockerDir + QStringLiteral("/config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kDockerJson);
        file.close();
        qputenv("DOCKER_CONFIG", QFile::encodeName(dockerDir));
        const auto found = CredentialStore().get(QStringLiteral("r.example"));
        setEnv("DOCKER_CONFIG", saved);
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        QCOMPARE(found->username, QStringLiteral("docker-user"));
        QVERIFY(found->source.endsWith(QStringLiteral("config.json")));
    }

    void isThreadSafe()
    {
        CredentialStore store(withDockerConfig(kDockerJson));
        std::vector<std::unique_ptr<QThread>> threads;
        QAtomicInt wrong = 0;
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back(QThread::create([&store, &wrong, t] {
                const QString mine = QStringLiteral("host-%1.example").arg(t);
                for (int i = 0; i < 200; ++i) {
                    store.setSessionCredential(mine, makeCredential(QString::number(i), QStringLiteral("s")));
                    store.setSessionCredential(QStringLiteral("shared.example"),
                                               makeCredential(QStringLiteral("x"), QStringLiteral("s")));
                    const auto found = store.get(mine);
                    if (!found.ok() || found->username != QString::number(i))
                        wrong.fetchAndAddRelaxed(1);
                    if (i % 10 == 0)
                        (void)store.registries();
                    store.clearSessionCredential(QStringLiteral("shared.example"));
                }
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(QDeadlineTimer(60000)));
        QCOMPARE(wrong.loadRelaxed(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
