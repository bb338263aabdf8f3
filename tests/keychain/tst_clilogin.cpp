// `lading login` and `lading logout` end to end: the real CLI, Debian's docker-registry with TLS and
// htpasswd, and the OS keychain for real. Runs only through tests/support/with-keychain.sh, which gives it a
// private D-Bus session with a fresh, unlocked gnome-keyring and a temporary HOME with no Docker files.
#include "core/auth/keychainstore.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lading::auth::KeychainStore;
using lading::test::CliResult;
using lading::test::readFileOrMissing;
using lading::test::RegistryFixture;
using lading::test::requireKeychainSandbox;
using lading::test::runLading;
using lading::test::writeFile;

namespace {

// One line on stderr starting with "lading: " and a non-zero exit: what a person gets on any failure.
bool failsWithOneLine(const CliResult& r)
{
    const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return !r.ok() && !r.timedOut && lines.size() == 1 && lines.first().startsWith(QLatin1String("lading: "));
}

QString dockerConfigFile()
{
    return qEnvironmentVariable("DOCKER_CONFIG") + QStringLiteral("/config.json");
}

} // namespace

class TestCliLogin final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    QString m_file;

    QStringList caOption() const { return {QStringLiteral("--ca-file"), m_registry->caFile()}; }
    QString repository() const { return m_registry->host() + QStringLiteral("/login/files"); }

    CliResult login(const QString& password, const QProcessEnvironment& environment = {})
    {
        return runLading(QStringList{QStringLiteral("login"), m_registry->host(), QStringLiteral("-u"),
                                     m_registry->username(), QStringLiteral("--password-stdin")} +
                             caOption(),
                         password.toUtf8() + '\n', environment, 60000);
    }
    CliResult push(const QString& tag)
    {
        return runLading(QStringList{QStringLiteral("push"), repository() + QLatin1Char(':') + tag, m_file} +
                         caOption());
    }
    // What the keychain holds for the registry, read directly rather than through the CLI under test.
    QString storedUser() const
    {
        const auto stored = KeychainStore().read(m_registry->host());
        if (!stored.ok())
            return QStringLiteral("<keychain error: %1>").arg(stored.error().toString());
        return stored->username;
    }

private slots:
    void initTestCase()
    {
        if (!requireKeychainSandbox())
            return;
        QVERIFY(!lading::test::ladingExecutable().isEmpty());
        QVERIFY(m_work.isValid());
        m_file = m_work.filePath(QStringLiteral("in/notes.txt"));
        QVERIFY(writeFile(m_file, "kept in a registry that wants a password\n"));
        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::TlsBasic, &why);
        QVERIFY2(m_registry, qPrintable(QStringLiteral("docker-registry did not start: ") + why));
    }

    void init()
    {
        // Every test starts logged out, with no Docker files: any credential the CLI uses comes from a login.
        QVERIFY(KeychainStore().erase(m_registry->host()).ok());
        QFile::remove(dockerConfigFile());
    }

    void loginStoresThePasswordInTheKeychain()
    {
        const auto loggedIn = login(m_registry->password());
        QVERIFY2(loggedIn.ok(), qPrintable(loggedIn.describe()));
        QVERIFY2(loggedIn.outText().contains(QLatin1String("Login succeeded")),
                 qPrintable(loggedIn.outText()));
        QCOMPARE(storedUser(), m_registry->username());
        const auto stored = KeychainStore().read(m_registry->host());
        QCOMPARE(stored->secret, m_registry->password());
        QVERIFY2(!QFile::exists(dockerConfigFile()), "login must not write Docker's config.json");
    }

    void pushAndPullUseTheKeychainCredential()
    {
        // Anonymous first: the registry does want credentials.
        const auto anonymous = push(QStringLiteral("anonymous"));
        QVERIFY2(failsWithOneLine(anonymous), qPrintable(anonymous.describe()));

        const auto loggedIn = login(m_registry->password());
        QVERIFY2(loggedIn.ok(), qPrintable(loggedIn.describe()));
        const auto pushed = push(QStringLiteral("v1"));
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        const QString out = m_work.filePath(QStringLiteral("pulled"));
        const auto pulled =
            runLading(QStringList{QStringLiteral("pull"), repository() + QStringLiteral(":v1"),
                                  QStringLiteral("-o"), out} +
                      caOption());
        QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
        QCOMPARE(readFileOrMissing(out + QStringLiteral("/notes.txt")), readFileOrMissing(m_file));
        QVERIFY2(!QFile::exists(dockerConfigFile()), "nothing may have come from Docker's config.json");
    }

    void wrongPasswordIsRefusedAndNothingStored()
    {
        const auto rejected = login(QStringLiteral("not-the-password"));
        QVERIFY2(failsWithOneLine(rejected), qPrintable(rejected.describe()));
        QVERIFY2(
            QString::fromUtf8(rejected.err).contains(QLatin1String("rejected the user name or password")),
            qPrintable(rejected.describe()));
        QCOMPARE(storedUser(), QString());

        // A good login is not replaced by a bad one.
        QVERIFY(login(m_registry->password()).ok());
        const auto rejectedAgain = login(QStringLiteral("not-the-password"));
        QVERIFY2(failsWithOneLine(rejectedAgain), qPrintable(rejectedAgain.describe()));
        const auto kept = KeychainStore().read(m_registry->host());
        QVERIFY2(kept.ok(), qPrintable(kept.error().toString()));
        QCOMPARE(kept->secret, m_registry->password());
    }

    void logoutForgetsTheCredential()
    {
        QVERIFY(login(m_registry->password()).ok());
        QVERIFY2(push(QStringLiteral("before-logout")).ok(), "push with the stored login");

        const auto loggedOut = runLading({QStringLiteral("logout"), m_registry->host()});
        QVERIFY2(loggedOut.ok(), qPrintable(loggedOut.describe()));
        QVERIFY2(loggedOut.outText().contains(m_registry->host()), qPrintable(loggedOut.outText()));
        QCOMPARE(storedUser(), QString());

        const auto refused = push(QStringLiteral("after-logout"));
        QVERIFY2(failsWithOneLine(refused), qPrintable(refused.describe()));
        QVERIFY2(QString::fromUtf8(refused.err).contains(QLatin1String("lading login")),
                 qPrintable(refused.describe()));

        // Logging out twice is not an error.
        const auto again = runLading({QStringLiteral("logout"), m_registry->host()});
        QVERIFY2(again.ok(), qPrintable(again.describe()));
    }

    void loginWithoutKeychainFailsAtOnce_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("turned off") << "LADING_NO_KEYCHAIN"
                                    << "1"
                                    << "LADING_NO_KEYCHAIN";
        QTest::newRow("no session bus") << "DBUS_SESSION_BUS_ADDRESS"
                                        << "unix:path=/nonexistent/lading-test-bus"
                                        << "D-Bus";
    }
    void loginWithoutKeychainFailsAtOnce()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        QProcessEnvironment environment;
        environment.insert(variable, value);
        QElapsedTimer timer;
        timer.start();
        const auto refused = login(m_registry->password(), environment);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!refused.timedOut, "login hung without a keychain");
        QVERIFY2(elapsed < 5000,
                 qPrintable(QStringLiteral("login took %1 ms without a keychain").arg(elapsed)));
        QVERIFY2(failsWithOneLine(refused), qPrintable(refused.describe()));
        const QString message = QString::fromUtf8(refused.err);
        QVERIFY2(message.contains(QLatin1String("keychain is not available")), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("gnome-keyring")), qPrintable(message));
        QCOMPARE(storedUser(), QString());
    }

    void cleanupTestCase()
    {
        if (m_registry)
            QVERIFY(KeychainStore().erase(m_registry->host()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_clilogin.moc"
