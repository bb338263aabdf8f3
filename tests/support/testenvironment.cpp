#include "tests/support/testenvironment.h"

#include "core/auth/keychainstore.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace lading::test {

void isolateEnvironment(const QString& dockerConfig, const QString& registryAuthFile,
                        const QString& applicationName)
{
    qputenv("LADING_NO_KEYCHAIN", "1");
    qputenv("DOCKER_CONFIG", QFile::encodeName(dockerConfig));
    qputenv("REGISTRY_AUTH_FILE", QFile::encodeName(registryAuthFile));
    QCoreApplication::setOrganizationName(QStringLiteral("lading-tests"));
    QCoreApplication::setApplicationName(applicationName);
}

void isolateEnvironment(const QTemporaryDir& work, const QString& applicationName)
{
    isolateEnvironment(work.filePath(QStringLiteral("docker")), work.filePath(QStringLiteral("auth.json")),
                       applicationName);
}

bool requireKeychainSandbox()
{
    if (qgetenv("LADING_KEYCHAIN_SANDBOX") != "1") {
        QTest::qFail(
            "Run this test through tests/support/with-keychain.sh (ctest does): it needs a private D-Bus "
            "session (Debian package dbus) with gnome-keyring (Debian package gnome-keyring), and must "
            "never touch your own keychain",
            __FILE__, __LINE__);
        return false;
    }
    const auto available = auth::KeychainStore::availability();
    if (!available.ok()) {
        QTest::qFail(qPrintable(available.error().message), __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool seedDemo(const RegistryFixture& registry, QString* why)
{
    const QString lading = ladingExecutable();
    if (lading.isEmpty()) {
        *why = QStringLiteral("the lading executable is unknown: set LADING_EXECUTABLE or run through ctest");
        return false;
    }
    QProcess seed;
    seed.start(QStringLiteral("bash"),
               {QStringLiteral(LADING_SOURCE_DIR "/scripts/seed-demo.sh"), lading, registry.host()});
    if (!seed.waitForFinished(300000)) {
        *why = QStringLiteral("scripts/seed-demo.sh did not finish within 5 minutes");
        return false;
    }
    if (seed.exitStatus() != QProcess::NormalExit || seed.exitCode() != 0) {
        *why = QStringLiteral("scripts/seed-demo.sh failed (it needs umoci and openssl): ") +
               QString::fromLocal8Bit(seed.readAllStandardError());
        return false;
    }
    return true;
}

bool seedTinyImage(RegistryFixture& registry, const QString& repository, const QString& tag, QString* why)
{
    const QString manifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    const QByteArray layer("layer of " + repository.toUtf8());
    auto config = registry.seedBlob(repository, QByteArrayLiteral("{}"));
    auto blob = registry.seedBlob(repository, layer);
    if (!config || !blob) {
        *why = !config ? config.error().message : blob.error().message;
        return false;
    }
    const QByteArray manifest =
        QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"config\":{\"mediaType\":"
                       "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"%2\",\"size\":2},"
                       "\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\",\"digest\":"
                       "\"%3\",\"size\":%4}]}")
            .arg(manifestType, config->toString(), blob->toString())
            .arg(layer.size())
            .toUtf8();
    auto pushed = registry.seedManifest(repository, tag, manifest, manifestType);
    if (!pushed)
        *why = pushed.error().message;
    return pushed.ok();
}

} // namespace lading::test
