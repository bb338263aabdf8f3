// `lading verify` end to end against Debian's real docker-registry, which has no referrers API: signatures
// made at test time (tests/support/testsigning) are pushed through the referrers fallback tag and cosign's
// tags, then checked by the CLI with --key, --trust-root, the settings, and --json. Exit codes and lines.
#include "core/inspect/trustsettings.h"
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testsigning.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lading::Result;
using lading::auth::Credential;
using lading::inspect::TrustPolicy;
using lading::inspect::TrustSettings;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RemoteRepository;
using lading::test::BundleContent;
using lading::test::CliResult;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::SignOptions;
using lading::test::Tamper;
using lading::test::TestCertificate;
using lading::test::TestKey;
using lading::test::TestKeyType;
using lading::test::TestSigner;
using lading::test::TestSigning;
using lading::test::TestSigningPki;
namespace oci = lading::oci;

namespace {

// The first word of each signature line (lines that do not start with spaces, except the result).
QStringList statusWords(const CliResult& r)
{
    QStringList words;
    for (const QString& line : r.lines()) {
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1String("result:")))
            continue;
        words.append(line.section(QLatin1Char(' '), 0, 0));
    }
    return words;
}

bool failsWithOneLine(const CliResult& r)
{
    const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return !r.ok() && !r.timedOut && lines.size() == 1 && lines.first().startsWith(QLatin1String("lading: "));
}

} // namespace

class TestCliVerify final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    std::optional<TestSigningPki> m_pki;
    std::optional<TestSigningPki> m_otherPki;
    std::optional<TestCertificate> m_leaf;
    std::optional<TestKey> m_key;
    std::optional<TestKey> m_otherKey;

    QString path(const QString& name) const { return m_work.filePath(name); }

    bool writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    std::unique_ptr<RemoteRepository> repository(const QString& name)
    {
        RegistryOptions options;
        options.maxRetries = 1;
        auto client = std::make_shared<RegistryClient>(
            m_registry->host(), options, [](const QString&) -> Result<Credential> { return Credential{}; });
        return std::make_unique<RemoteRepository>(client, name);
    }

    QString location(const QString& repo, const QString& tag) const
    {
        return m_registry->host() + QLatin1Char('/') + repo + QLatin1Char(':') + tag;
    }

    // Writes the trust settings the CLI reads (organisation and application "lading", under XDG_CONFIG_HOME).
    void saveSettings(const TrustPolicy& policy)
    {
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("lading"));
        QCoreApplication::setApplicationName(QStringLiteral("lading"));
        TrustSettings::save(policy);
        QSettings().sync();
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        lading::test::isolateEnvironment(m_work, QStringLiteral("tst_cliverify"));
        // The CLI's settings (and this process's) live in the test's folder, never the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(QStringLiteral("config")));
        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(QStringLiteral("docker-registry did not start: ") + why));

        auto pki = TestSigningPki::create(QStringLiteral("CLI Signing"));
        auto other = TestSigningPki::create(QStringLiteral("Stranger"));
        QVERIFY(pki && other);
        m_pki = pki.value();
        m_otherPki = other.value();
        lading::test::LeafOptions options;
        options.email = QStringLiteral("release@example.com");
        auto leaf = m_pki->issueLeaf(options);
        QVERIFY(leaf);
        m_leaf = leaf.value();
        auto key = TestKey::generate(TestKeyType::EcP256);
        auto otherKey = TestKey::generate(TestKeyType::EcP256);
        QVERIFY(key && otherKey);
        m_key = key.value();
        m_otherKey = otherKey.value();
        QVERIFY(writeFile(QStringLiteral("cosign.pub"), m_key->publicKeyPem));
        QVERIFY(writeFile(QStringLiteral("other.pub"), m_otherKey->publicKeyPem));
        QVERIFY(writeFile(QStringLiteral("root.pem"), m_pki->rootPem()));
        QVERIFY(writeFile(QStringLiteral("intermediate.pem"), m_pki->intermediate().certificatePem));
        QVERIFY(writeFile(QStringLiteral("stranger.pem"), m_otherPki->rootPem()));
        QVERIFY(writeFile(QStringLiteral("garbage.pem"),
                          QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n")));
        saveSettings({});
    }

    void cleanupTestCase() { m_registry.reset(); }

    void unsignedImage()
    {
        auto repo = repository(QStringLiteral("cli/unsigned"));
        QVERIFY(TestSigning::pushImage(*repo, QStringLiteral("v1")));
        const CliResult r = runLading({QStringLiteral("verify"),
                                       location(QStringLiteral("cli/unsigned"), QStringLiteral("v1")),
                                       QStringLiteral("--key"), path(QStringLiteral("cosign.pub"))});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.lines(), QStringList{QStringLiteral("result: unsigned (signatures: 0)")});
    }

    void cosignKeyBased()
    {
        const QString repoName = QStringLiteral("cli/cosign");
        auto repo = repository(repoName);
        auto image = TestSigning::pushImage(*repo, QStringLiteral("v1"));
        QVERIFY(image);
        QVERIFY(TestSigning::pushCosignTagSignature(*repo, image.value(), TestSigner::withKey(*m_key)));
        const QString where = location(repoName, QStringLiteral("v1"));

        CliResult r = runLading(
            {QStringLiteral("verify"), where, QStringLiteral("--key"), path(QStringLiteral("cosign.pub"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QLatin1Char('\n') + r.outText()));
        QCOMPARE(statusWords(r), QStringList{QStringLiteral("verified")});
        QVERIFY(r.lines().first().contains(QLatin1String("cosign")));
        QVERIFY(r.lines().first().contains(QLatin1String("SHA256:")));
        QCOMPARE(r.lines().last(), QStringLiteral("result: verified (signatures: 1)"));

        // Two keys: one of them verifies.
        r = runLading({QStringLiteral("verify"), where, QStringLiteral("--key"),
                       path(QStringLiteral("other.pub")), QStringLiteral("--key"),
                       path(QStringLiteral("cosign.pub"))});
        QCOMPARE(r.exitCode, 0);

        r = runLading(
            {QStringLiteral("verify"), where, QStringLiteral("--key"), path(QStringLiteral("other.pub"))});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(statusWords(r), QStringList{QStringLiteral("invalid")});

        // No --key and nothing in the settings: signed, not verified.
        r = runLading({QStringLiteral("verify"), where});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(statusWords(r), QStringList{QStringLiteral("signed-not-verified")});

        // The settings' keys are the default.
        TrustPolicy policy;
        policy.publicKeysPem.append(m_key->publicKeyPem);
        saveSettings(policy);
        r = runLading({QStringLiteral("verify"), where});
        saveSettings({});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QLatin1Char('\n') + r.outText()));
    }

    void certificatesThroughTheFallbackTag()
    {
        const QString repoName = QStringLiteral("cli/keyless");
        auto repo = repository(repoName);
        auto image = TestSigning::pushImage(*repo, QStringLiteral("v1"));
        QVERIFY(image);
        const TestSigner signer = TestSigner::keyless(*m_leaf, *m_pki);
        QVERIFY(TestSigning::pushNotationSignature(*repo, image.value(), signer));
        QVERIFY(TestSigning::pushCosignReferrerSignature(*repo, image.value(), signer));
        QVERIFY(
            TestSigning::pushSigstoreBundle(*repo, image.value(), signer, BundleContent::MessageSignature));
        QVERIFY(TestSigning::pushCosignAttestation(*repo, image.value(), signer,
                                                   QStringLiteral("https://slsa.dev/provenance/v1"),
                                                   QByteArrayLiteral("{\"builder\":{\"id\":\"ci\"}}")));
        const QString where = location(repoName, QStringLiteral("v1"));

        CliResult r = runLading({QStringLiteral("verify"), where, QStringLiteral("--trust-root"),
                                 path(QStringLiteral("root.pem")), QStringLiteral("--trust-root"),
                                 path(QStringLiteral("intermediate.pem"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QLatin1Char('\n') + r.outText()));
        QCOMPARE(statusWords(r), QStringList(4, QStringLiteral("verified")));
        QCOMPARE(r.lines().last(), QStringLiteral("result: verified (signatures: 4)"));
        QVERIFY(r.outText().contains(QLatin1String("signer: O=Lading tests; email:release@example.com")));
        QVERIFY(r.outText().contains(QLatin1String("OIDC issuer: https://issuer.example.com")));
        QVERIFY(r.outText().contains(QLatin1String("predicate: https://slsa.dev/provenance/v1")));

        // A root the chain does not lead to.
        r = runLading({QStringLiteral("verify"), where, QStringLiteral("--trust-root"),
                       path(QStringLiteral("stranger.pem"))});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(statusWords(r), QStringList(4, QStringLiteral("signed-not-verified")));

        // JSON for scripts.
        r = runLading({QStringLiteral("verify"), where, QStringLiteral("--json"),
                       QStringLiteral("--trust-root"), path(QStringLiteral("root.pem")),
                       QStringLiteral("--trust-root"), path(QStringLiteral("intermediate.pem"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("badge")).toString(), QStringLiteral("verified"));
        QCOMPARE(json.value(QLatin1String("exitCode")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("subject")).toObject().value(QLatin1String("digest")).toString(),
                 image->digest.toString());
        const QJsonArray signatures = json.value(QLatin1String("signatures")).toArray();
        QCOMPARE(signatures.size(), 4);
        QStringList kinds;
        QStringList sources;
        for (const QJsonValue& value : signatures) {
            const QJsonObject s = value.toObject();
            QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
            QVERIFY(s.value(QLatin1String("subjectMatches")).toBool());
            kinds.append(s.value(QLatin1String("kind")).toString());
            sources.append(s.value(QLatin1String("source")).toString());
            const QJsonObject leaf = s.value(QLatin1String("certificates")).toArray().first().toObject();
            QCOMPARE(leaf.value(QLatin1String("subjectAlternativeNames")).toArray().first().toString(),
                     QStringLiteral("email:release@example.com"));
        }
        kinds.sort();
        QCOMPARE(kinds, QStringList({QStringLiteral("cosign"), QStringLiteral("dsse-attestation"),
                                     QStringLiteral("notation"), QStringLiteral("sigstore-bundle")}));
        QVERIFY(sources.contains(QStringLiteral("fallback-tag"))); // docker-registry has no referrers API
        QVERIFY(sources.contains(QStringLiteral("cosign-tag")));
    }

    void tamperedSignatureIsInvalid()
    {
        const QString repoName = QStringLiteral("cli/tampered");
        auto repo = repository(repoName);
        auto image = TestSigning::pushImage(*repo, QStringLiteral("v1"));
        auto other = TestSigning::pushImage(*repo, QStringLiteral("v2"), QByteArrayLiteral("other"));
        QVERIFY(image && other);
        const TestSigner signer = TestSigner::keyless(*m_leaf, *m_pki);
        QVERIFY(TestSigning::pushNotationSignature(*repo, image.value(), signer));
        SignOptions wrongSubject;
        wrongSubject.tamper = Tamper::OtherDigest;
        wrongSubject.otherDigest = other->digest;
        QVERIFY(TestSigning::pushCosignTagSignature(*repo, image.value(), signer, wrongSubject));
        const CliResult r = runLading({QStringLiteral("verify"), location(repoName, QStringLiteral("v1")),
                                       QStringLiteral("--trust-root"), path(QStringLiteral("root.pem"))});
        QCOMPARE(r.exitCode, 3);
        QStringList words = statusWords(r);
        words.sort();
        QCOMPARE(words, QStringList({QStringLiteral("invalid"), QStringLiteral("verified")}));
        QVERIFY(r.outText().contains(other->digest.toString()));
        QCOMPARE(r.lines().last(), QStringLiteral("result: invalid (signatures: 2)"));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no location") << QStringList{QStringLiteral("verify")};
        QTest::newRow("missing key file")
            << QStringList{QStringLiteral("verify"), QStringLiteral("localhost:1/x:v1"),
                           QStringLiteral("--key"), QStringLiteral("/nonexistent.pub")};
        QTest::newRow("garbage key") << QStringList{QStringLiteral("verify"),
                                                    QStringLiteral("localhost:1/x:v1"),
                                                    QStringLiteral("--key"), QStringLiteral("GARBAGE")};
        QTest::newRow("key as root") << QStringList{QStringLiteral("verify"),
                                                    QStringLiteral("localhost:1/x:v1"),
                                                    QStringLiteral("--trust-root"), QStringLiteral("COSIGN")};
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        for (QString& argument : arguments) {
            if (argument == QLatin1String("GARBAGE"))
                argument = path(QStringLiteral("garbage.pem"));
            else if (argument == QLatin1String("COSIGN"))
                argument = path(QStringLiteral("cosign.pub"));
        }
        const CliResult r = runLading(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(failsWithOneLine(r), qPrintable(r.describe()));
    }

    void missingManifestIsAnError()
    {
        const CliResult r =
            runLading({QStringLiteral("verify"), location(QStringLiteral("cli/none"), QStringLiteral("v9"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(failsWithOneLine(r), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cliverify.moc"
