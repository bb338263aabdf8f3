// The OS keychain for real. Runs only through tests/support/with-keychain.sh, which gives it a private
// D-Bus session with a fresh, unlocked gnome-keyring and a temporary HOME.
#include "core/auth/credentialstore.h"
#include "core/auth/keychainstore.h"
#include "tests/support/testenvironment.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using lading::Error;
using lading::auth::Credential;
using lading::auth::CredentialStore;
using lading::auth::DockerConfig;
using lading::auth::KeychainStore;
using lading::test::requireKeychainSandbox;

namespace {

const QString kRegistry = QStringLiteral("keychain-test.example:5000");

Credential makeCredential(const QString& username, const QString& secret, const QString& identityToken = {})
{
    Credential c;
    c.username = username;
    c.secret = secret;
    c.identityToken = identityToken;
    return c;
}

// Docker's files say "docker-user" for the test registry, so the keychain's precedence is visible.
CredentialStore::Options storeOptions()
{
    CredentialStore::Options options;
    options.keychainTimeout = std::chrono::seconds(20);
    options.dockerConfig = [] {
        DockerConfig::Sources sources;
        sources.dockerConfigJson =
            QByteArrayLiteral("{\"auths\":{\"keychain-test.example:5000\":{\"auth\":\"") +
            QByteArrayLiteral("docker-user:docker-pw").toBase64() + QByteArrayLiteral("\"}}}");
        return DockerConfig(sources);
    };
    return options;
}

// Sets an environment variable for one scope.
class EnvOverride final
{
public:
    EnvOverride(const char* name, const QByteArray& value)
        : m_name(name)
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvOverride()
    {
        if (m_old.isNull())
            qunsetenv(m_name);
        else
            qputenv(m_name, m_old);
    }
    Q_DISABLE_COPY_MOVE(EnvOverride)

private:
    const char* m_name;
    QByteArray m_old;
};

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!requireKeychainSandbox())
            return;
    }

    void storesReadsAndErases()
    {
        CredentialStore store(storeOptions());
        const auto stored =
            store.store(kRegistry, makeCredential(QStringLiteral("alice"), QStringLiteral("pw 1")));
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));

        const auto found = store.get(kRegistry);
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        QCOMPARE(found->username, QStringLiteral("alice"));
        QCOMPARE(found->secret, QStringLiteral("pw 1"));
        QCOMPARE(found->source, QStringLiteral("OS keychain"));

        const auto erased = store.erase(kRegistry);
        QVERIFY2(erased.ok(), qPrintable(erased.error().toString()));
        const auto fallback = store.get(kRegistry);
        QVERIFY2(fallback.ok(), qPrintable(fallback.error().toString()));
        QCOMPARE(fallback->username, QStringLiteral("docker-user"));

        // Erasing again and reading a missing entry are not errors.
        QVERIFY(store.erase(kRegistry).ok());
        const auto missing = KeychainStore().read(kRegistry);
        QVERIFY2(missing.ok(), qPrintable(missing.error().toString()));
        QVERIFY(missing->isEmpty());
    }

    void keepsEveryField()
    {
        const KeychainStore keychain;
        Credential c =
            makeCredential(QStringLiteral("u"), QStringLiteral("p:\"w\""), QStringLiteral("refresh"));
        c.registryToken = QStringLiteral("bearer");
        QVERIFY(keychain.write(QStringLiteral("fields.example"), c).ok());
        const auto back = keychain.read(QStringLiteral("fields.example"));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY(back.value() == c);
        QVERIFY(keychain.erase(QStringLiteral("fields.example")).ok());
    }

    void normalisesTheKey()
    {
        const KeychainStore keychain;
        QVERIFY(keychain
                    .write(QStringLiteral("https://index.docker.io/v1/"),
                           makeCredential(QStringLiteral("hub"), QStringLiteral("x")))
                    .ok());
        const auto back = keychain.read(QStringLiteral("docker.io"));
        QVERIFY(back.ok());
        QCOMPARE(back->username, QStringLiteral("hub"));
        QVERIFY(keychain.erase(QStringLiteral("registry-1.docker.io")).ok());
        QVERIFY(keychain.read(QStringLiteral("docker.io"))->isEmpty());
    }

    void servicesAreSeparate()
    {
        const KeychainStore lading;
        const KeychainStore other(QStringLiteral("lading-test-other"));
        QVERIFY(lading.write(kRegistry, makeCredential(QStringLiteral("mine"), QStringLiteral("x"))).ok());
        const auto seen = other.read(kRegistry);
        QVERIFY(seen.ok());
        QVERIFY(seen->isEmpty());
        QVERIFY(lading.erase(kRegistry).ok());
    }

    void storeReplacesSessionCredential()
    {
        CredentialStore store(storeOptions());
        store.setSessionCredential(kRegistry, makeCredential(QStringLiteral("session"), QStringLiteral("s")));
        QCOMPARE(store.get(kRegistry)->username, QStringLiteral("session"));
        QVERIFY(store.store(kRegistry, makeCredential(QStringLiteral("fresh"), QStringLiteral("f"))).ok());
        QVERIFY(!store.hasSessionCredential(kRegistry));
        QCOMPARE(store.get(kRegistry)->username, QStringLiteral("fresh"));
        QVERIFY(store.erase(kRegistry).ok());
    }

    void worksFromWorkerThreads()
    {
        const KeychainStore keychain;
        QVERIFY(
            keychain.write(kRegistry, makeCredential(QStringLiteral("threaded"), QStringLiteral("t"))).ok());

        // Several threads at once, each ending afterwards; then the main thread again. QtKeychain's job
        // executor would stall here if jobs ran on whichever thread asked first.
        std::vector<std::unique_ptr<QThread>> threads;
        QAtomicInt good = 0;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back(QThread::create([&keychain, &good] {
                for (int round = 0; round < 3; ++round) {
                    const auto found = keychain.read(kRegistry);
                    if (found.ok() && found->username == QLatin1String("threaded"))
                        good.fetchAndAddRelaxed(1);
                }
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(QDeadlineTimer(30000)));
        QCOMPARE(good.loadRelaxed(), 12);

        QElapsedTimer timer;
        timer.start();
        const auto again = keychain.read(kRegistry);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again->username, QStringLiteral("threaded"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(keychain.erase(kRegistry).ok());
    }

    void answersAtOnceWithoutDbus_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no bus") << QByteArray("DBUS_SESSION_BUS_ADDRESS")
                                << QByteArray("unix:path=/nonexistent") << "no D-Bus session";
        QTest::newRow("turned off") << QByteArray("LADING_NO_KEYCHAIN") << QByteArray("1")
                                    << "LADING_NO_KEYCHAIN";
    }
    void answersAtOnceWithoutDbus()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        CredentialStore store(storeOptions());
        // A real entry exists: the point is that the keychain is not even asked.
        QVERIFY(store.store(kRegistry, makeCredential(QStringLiteral("hidden"), QStringLiteral("h"))).ok());
        {
            const EnvOverride env(variable.constData(), value);
            QElapsedTimer timer;
            timer.start();
            const auto stored =
                store.store(kRegistry, makeCredential(QStringLiteral("x"), QStringLiteral("y")));
            QVERIFY(!stored.ok());
            QCOMPARE(stored.error().kind, Error::Kind::Unsupported);
            QVERIFY2(stored.error().message.contains(QStringLiteral("keychain is not available")),
                     qPrintable(stored.error().message));
            QVERIFY2(stored.error().message.contains(reason), qPrintable(stored.error().message));
            QVERIFY2(stored.error().message.contains(QStringLiteral("gnome-keyring")),
                     qPrintable(stored.error().message));

            // Reading skips the missing keychain silently and goes on to Docker's files.
            const auto found = store.get(kRegistry);
            QVERIFY2(found.ok(), qPrintable(found.error().toString()));
            QCOMPARE(found->username, QStringLiteral("docker-user"));
            QCOMPARE(store.erase(kRegistry).error().kind, Error::Kind::Unsupported);

            // The session keeps a credential when the keychain cannot.
            store.setSessionCredential(kRegistry,
                                       makeCredential(QStringLiteral("session"), QStringLiteral("s")));
            QCOMPARE(store.get(kRegistry)->username, QStringLiteral("session"));
            QVERIFY(store.erase(kRegistry).ok());
            QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        }
        QCOMPARE(store.get(kRegistry)->username, QStringLiteral("hidden"));
        QVERIFY(store.erase(kRegistry).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
