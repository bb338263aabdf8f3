#pragma once

#include <QString>

class QTemporaryDir;

namespace lading::test {

class RegistryFixture;

// Keeps a test away from the user's keychain, Docker and Podman credentials and settings, even when run by
// hand outside ctest: LADING_NO_KEYCHAIN=1, DOCKER_CONFIG and REGISTRY_AUTH_FILE as given, and the
// organisation "lading-tests" with `applicationName` so QSettings lands in a file of the test's own.
void isolateEnvironment(const QString& dockerConfig, const QString& registryAuthFile,
                        const QString& applicationName);
// The same with DOCKER_CONFIG = <work>/docker and REGISTRY_AUTH_FILE = <work>/auth.json; `work` must be
// valid.
void isolateEnvironment(const QTemporaryDir& work, const QString& applicationName);

// For tests of the real OS keychain: true when the test runs inside tests/support/with-keychain.sh (a private
// D-Bus session with gnome-keyring) and the keychain answers. Otherwise records a test failure saying what
// is missing and returns false; the caller returns at once:
//     if (!lading::test::requireKeychainSandbox())
//         return;
bool requireKeychainSandbox();

// Runs scripts/seed-demo.sh with the CLI against `registry` (it needs umoci and openssl). False, with the
// reason in `why`, when the CLI is unknown, the script takes over 5 minutes or fails.
bool seedDemo(const RegistryFixture& registry, QString* why);

// One small image (config "{}" and a layer "layer of <repository>") at repository:tag, pushed with the
// fixture's own HTTP code, not Lading's. False, with the reason in `why`, when a push fails.
bool seedTinyImage(RegistryFixture& registry, const QString& repository, const QString& tag, QString* why);

} // namespace lading::test
