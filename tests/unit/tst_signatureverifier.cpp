// SignatureVerifier against material made at test time (tests/support/testsigning): keys and certificate
// chains generated with OpenSSL, cosign, sigstore bundle, notation and DSSE signatures pushed to a
// MemoryStore and to the in-process TestRegistry (referrers API), checked under every trust setting;
// malformed documents.
#include "core/inspect/certificatechain.h"
#include "core/inspect/publickey.h"
#include "core/inspect/signatureverifier.h"
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "tests/support/memorystore.h"
#include "tests/support/testregistry.h"
#include "tests/support/testsigning.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lading::Result;
using lading::auth::Credential;
using lading::inspect::CertificateChain;
using lading::inspect::CertificateInfo;
using lading::inspect::PublicKey;
using lading::inspect::SignatureReport;
using lading::inspect::SignatureStatus;
using lading::inspect::SignatureVerifier;
using lading::inspect::TrustBadge;
using lading::inspect::TrustPolicy;
using lading::inspect::TrustSettings;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RemoteRepository;
using lading::store::Store;
using lading::test::BundleContent;
using lading::test::LeafOptions;
using lading::test::MemoryStore;
using lading::test::SignOptions;
using lading::test::Tamper;
using lading::test::TestCertificate;
using lading::test::TestKey;
using lading::test::TestKeyType;
using lading::test::TestRegistry;
using lading::test::TestSigner;
using lading::test::TestSigning;
using lading::test::TestSigningPki;
namespace oci = lading::oci;
namespace MediaType = lading::oci::MediaType;

namespace {

enum class SigKind
{
    CosignTagKey,
    CosignTagCert,
    CosignTagRsaKey,
    CosignTagEd25519Key,
    CosignReferrerKey,
    CosignReferrerCert,
    BundleMessageCert,
    BundleMessageKey,
    BundleMessageEd25519Key,
    BundleDsseCert,
    NotationRsa,
    NotationEc,
    AttestationKey,
    AttestationCert,
};

enum class Scenario
{
    GoodTrusted,      // → Verified
    GoodNoTrust,      // → SignedNotVerified
    TamperedPayload,  // → Invalid
    FlippedSignature, // → Invalid
    WrongKey,         // → Invalid
    WrongSubject,     // → Invalid
    UntrustedRoot,    // certificate: → SignedNotVerified; key: a different trusted key → Invalid
};

enum class Backend
{
    Memory,
    Registry
};

bool usesCertificate(SigKind kind)
{
    switch (kind) {
    case SigKind::CosignTagCert:
    case SigKind::CosignReferrerCert:
    case SigKind::BundleMessageCert:
    case SigKind::BundleDsseCert:
    case SigKind::NotationRsa:
    case SigKind::NotationEc:
    case SigKind::AttestationCert:
        return true;
    default:
        return false;
    }
}

// A v0.3 bundle carries the leaf only: a verifier needs the intermediate from its trust (as sigstore's
// trusted root provides Fulcio's intermediates).
bool leafOnly(SigKind kind)
{
    return kind == SigKind::BundleMessageCert || kind == SigKind::BundleDsseCert;
}

SignatureReport::Kind reportKind(SigKind kind)
{
    switch (kind) {
    case SigKind::BundleMessageCert:
    case SigKind::BundleMessageKey:
    case SigKind::BundleMessageEd25519Key:
    case SigKind::BundleDsseCert:
        return SignatureReport::Kind::SigstoreBundle;
    case SigKind::NotationRsa:
    case SigKind::NotationEc:
        return SignatureReport::Kind::NotationSignature;
    case SigKind::AttestationKey:
    case SigKind::AttestationCert:
        return SignatureReport::Kind::DsseAttestation;
    default:
        return SignatureReport::Kind::CosignSignature;
    }
}

TestKeyType keyTypeOf(SigKind kind)
{
    switch (kind) {
    case SigKind::CosignTagRsaKey:
    case SigKind::NotationRsa:
        return TestKeyType::Rsa2048;
    case SigKind::CosignTagEd25519Key:
    case SigKind::BundleMessageEd25519Key:
        return TestKeyType::Ed25519;
    default:
        return TestKeyType::EcP256;
    }
}

RegistryOptions fastOptions()
{
    RegistryOptions options;
    options.maxRetries = 1;
    options.maxRetryDelayMs = 200;
    return options;
}

const SignatureReport* onlyReport(const QList<SignatureReport>& reports)
{
    return reports.size() == 1 ? &reports.first() : nullptr;
}

QString describe(const QList<SignatureReport>& reports)
{
    QStringList lines;
    for (const SignatureReport& r : reports)
        lines.append(QStringLiteral("%1: %2 (%3)")
                         .arg(r.kindLabel(), SignatureVerifier::statusLabel(r.status), r.statusMessage));
    return lines.join(QStringLiteral("; "));
}

} // namespace

Q_DECLARE_METATYPE(SigKind)
Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(Backend)
Q_DECLARE_METATYPE(lading::test::TestKeyType)
Q_DECLARE_METATYPE(lading::inspect::SignatureStatus)
Q_DECLARE_METATYPE(lading::inspect::TrustBadge)

class TestSignatureVerifier final : public QObject
{
    Q_OBJECT

private:
    TestRegistry m_registry;
    QTemporaryDir m_settingsDir;
    std::optional<TestSigningPki> m_pki;
    std::optional<TestSigningPki> m_rsaPki;
    std::optional<TestSigningPki> m_otherPki;
    QMap<TestKeyType, TestKey> m_keys;
    QMap<TestKeyType, TestKey> m_otherKeys;
    std::optional<TestCertificate> m_ecLeaf;
    std::optional<TestCertificate> m_rsaLeaf;

    std::unique_ptr<Store> makeStore(Backend backend)
    {
        if (backend == Backend::Memory)
            return std::make_unique<MemoryStore>();
        m_registry.reset();
        auto client = std::make_shared<RegistryClient>(
            m_registry.host(), fastOptions(),
            [](const QString&) -> Result<Credential> { return Credential{}; });
        return std::make_unique<RemoteRepository>(client, QStringLiteral("team/signed"));
    }

    TestSigner signerFor(SigKind kind)
    {
        if (!usesCertificate(kind))
            return TestSigner::withKey(m_keys.value(keyTypeOf(kind)));
        if (kind == SigKind::NotationRsa)
            return TestSigner::keyless(*m_rsaLeaf, *m_rsaPki);
        return TestSigner::keyless(*m_ecLeaf, *m_pki);
    }

    TrustPolicy trustFor(SigKind kind, const TestSigningPki& pki, const TestKey& key)
    {
        TrustPolicy policy;
        if (usesCertificate(kind)) {
            policy.rootCertificatesPem.append(pki.rootPem());
            if (leafOnly(kind))
                policy.rootCertificatesPem.append(pki.intermediate().certificatePem);
        } else {
            policy.publicKeysPem.append(key.publicKeyPem);
        }
        return policy;
    }

    Result<oci::Descriptor> push(Store& store, SigKind kind, const oci::Descriptor& subject,
                                 const TestSigner& signer, const SignOptions& options)
    {
        const QByteArray predicate =
            QByteArrayLiteral("{\"builder\":{\"id\":\"https://example.com/builder\"}}");
        switch (kind) {
        case SigKind::CosignTagKey:
        case SigKind::CosignTagCert:
        case SigKind::CosignTagRsaKey:
        case SigKind::CosignTagEd25519Key:
            return TestSigning::pushCosignTagSignature(store, subject, signer, options);
        case SigKind::CosignReferrerKey:
        case SigKind::CosignReferrerCert:
            return TestSigning::pushCosignReferrerSignature(store, subject, signer, options);
        case SigKind::BundleMessageCert:
        case SigKind::BundleMessageKey:
        case SigKind::BundleMessageEd25519Key:
            return TestSigning::pushSigstoreBundle(store, subject, signer, BundleContent::MessageSignature,
                                                   options);
        case SigKind::BundleDsseCert:
            return TestSigning::pushSigstoreBundle(store, subject, signer, BundleContent::DsseEnvelope,
                                                   options);
        case SigKind::NotationRsa:
        case SigKind::NotationEc:
            return TestSigning::pushNotationSignature(store, subject, signer, options);
        case SigKind::AttestationKey:
        case SigKind::AttestationCert:
            return TestSigning::pushCosignAttestation(
                store, subject, signer, QStringLiteral("https://slsa.dev/provenance/v1"), predicate, options);
        }
        return lading::Error::make(lading::Error::Kind::InvalidInput, QStringLiteral("unknown kind"));
    }

    QList<SignatureReport> verify(Store& store, const oci::Descriptor& subject, const TrustPolicy& policy)
    {
        auto reports = SignatureVerifier::verifyAll(store, subject, policy);
        if (!reports) {
            QTest::qFail(qPrintable(reports.error().message), __FILE__, __LINE__);
            return {};
        }
        return reports.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_registry.isListening(), qPrintable(m_registry.errorString()));
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("lading-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_signatureverifier"));

        auto pki = TestSigningPki::create(QStringLiteral("Lading Signing"));
        QVERIFY2(pki, qPrintable(pki.error().message));
        m_pki = pki.value();
        auto rsaPki = TestSigningPki::create(QStringLiteral("Lading RSA Signing"), TestKeyType::Rsa2048);
        QVERIFY2(rsaPki, qPrintable(rsaPki.error().message));
        m_rsaPki = rsaPki.value();
        auto otherPki = TestSigningPki::create(QStringLiteral("Someone Else"));
        QVERIFY2(otherPki, qPrintable(otherPki.error().message));
        m_otherPki = otherPki.value();
        for (const TestKeyType type : {TestKeyType::EcP256, TestKeyType::Rsa2048, TestKeyType::Ed25519}) {
            auto key = TestKey::generate(type);
            auto other = TestKey::generate(type);
            QVERIFY(key && other);
            m_keys.insert(type, key.value());
            m_otherKeys.insert(type, other.value());
        }
        auto ecLeaf = m_pki->issueLeaf({});
        QVERIFY2(ecLeaf, qPrintable(ecLeaf.error().message));
        m_ecLeaf = ecLeaf.value();
        LeafOptions rsaOptions;
        rsaOptions.keyType = TestKeyType::Rsa2048;
        rsaOptions.commonName = QStringLiteral("Notation Signer");
        rsaOptions.oidcIssuer.clear();
        auto rsaLeaf = m_rsaPki->issueLeaf(rsaOptions);
        QVERIFY2(rsaLeaf, qPrintable(rsaLeaf.error().message));
        m_rsaLeaf = rsaLeaf.value();
    }

    void everyKindAndScenario_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<SigKind>("kind");
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<SignatureStatus>("expected");

        const QList<std::pair<SigKind, const char*>> kinds{
            {SigKind::CosignTagKey, "cosign-tag-key"},
            {SigKind::CosignTagCert, "cosign-tag-keyless"},
            {SigKind::CosignTagRsaKey, "cosign-tag-rsa"},
            {SigKind::CosignTagEd25519Key, "cosign-tag-ed25519"},
            {SigKind::CosignReferrerKey, "cosign-referrer-key"},
            {SigKind::CosignReferrerCert, "cosign-referrer-keyless"},
            {SigKind::BundleMessageCert, "bundle-message-keyless"},
            {SigKind::BundleMessageKey, "bundle-message-key"},
            {SigKind::BundleMessageEd25519Key, "bundle-message-ed25519"},
            {SigKind::BundleDsseCert, "bundle-dsse-keyless"},
            {SigKind::NotationRsa, "notation-ps256"},
            {SigKind::NotationEc, "notation-es256"},
            {SigKind::AttestationKey, "attestation-key"},
            {SigKind::AttestationCert, "attestation-keyless"},
        };
        const QList<std::pair<Scenario, const char*>> scenarios{
            {Scenario::GoodTrusted, "good-trusted"},
            {Scenario::GoodNoTrust, "good-no-trust"},
            {Scenario::TamperedPayload, "tampered-payload"},
            {Scenario::FlippedSignature, "flipped-signature"},
            {Scenario::WrongKey, "wrong-key"},
            {Scenario::WrongSubject, "wrong-subject"},
            {Scenario::UntrustedRoot, "untrusted"},
        };
        for (const auto& [backend, backendName] : QList<std::pair<Backend, const char*>>{
                 {Backend::Memory, "memory"}, {Backend::Registry, "registry"}}) {
            for (const auto& [kind, kindName] : kinds) {
                for (const auto& [scenario, scenarioName] : scenarios) {
                    SignatureStatus expected = SignatureStatus::Invalid;
                    if (scenario == Scenario::GoodTrusted)
                        expected = SignatureStatus::Verified;
                    else if (scenario == Scenario::GoodNoTrust)
                        expected = SignatureStatus::SignedNotVerified;
                    else if (scenario == Scenario::UntrustedRoot)
                        expected = usesCertificate(kind) ? SignatureStatus::SignedNotVerified
                                                         : SignatureStatus::Invalid;
                    QTest::addRow("%s/%s/%s", backendName, kindName, scenarioName)
                        << backend << kind << scenario << expected;
                }
            }
        }
    }

    void everyKindAndScenario()
    {
        QFETCH(Backend, backend);
        QFETCH(SigKind, kind);
        QFETCH(Scenario, scenario);
        QFETCH(SignatureStatus, expected);

        auto store = makeStore(backend);
        auto subject = TestSigning::pushImage(*store, QStringLiteral("v1"));
        QVERIFY2(subject, qPrintable(subject.error().message));
        auto other = TestSigning::pushImage(*store, QStringLiteral("v2"), QByteArrayLiteral("another"));
        QVERIFY2(other, qPrintable(other.error().message));

        const TestSigner signer = signerFor(kind);
        const TestSigningPki& pki = kind == SigKind::NotationRsa ? *m_rsaPki : *m_pki;
        SignOptions options;
        switch (scenario) {
        case Scenario::TamperedPayload:
            options.tamper = Tamper::TamperPayload;
            break;
        case Scenario::FlippedSignature:
            options.tamper = Tamper::FlipSignature;
            break;
        case Scenario::WrongKey:
            options.tamper = Tamper::WrongKey;
            break;
        case Scenario::WrongSubject:
            options.tamper = Tamper::OtherDigest;
            options.otherDigest = other->digest;
            break;
        default:
            break;
        }
        auto pushed = push(*store, kind, subject.value(), signer, options);
        QVERIFY2(pushed, qPrintable(pushed.error().message));

        TrustPolicy policy = trustFor(kind, pki, signer.key);
        if (scenario == Scenario::GoodNoTrust)
            policy = {};
        else if (scenario == Scenario::UntrustedRoot)
            policy = trustFor(kind, *m_otherPki, m_otherKeys.value(keyTypeOf(kind)));

        const QList<SignatureReport> reports = verify(*store, subject.value(), policy);
        const SignatureReport* report = onlyReport(reports);
        QVERIFY2(report,
                 qPrintable(QStringLiteral("%1 reports: %2").arg(reports.size()).arg(describe(reports))));
        QCOMPARE(report->kind, reportKind(kind));
        QVERIFY2(report->status == expected, qPrintable(describe(reports)));
        QVERIFY(!report->statusMessage.isEmpty());
        QVERIFY(!report->kindLabel().isEmpty());
        QCOMPARE(report->signatureManifest.digest, pushed->digest);
        QCOMPARE(report->subjectMatches, scenario != Scenario::WrongSubject);
        if (scenario == Scenario::WrongSubject) {
            QCOMPARE(report->signedDigest, other->digest.toString());
            QVERIFY2(report->statusMessage.contains(other->digest.toString()) ||
                         report->statusMessage.contains(QLatin1String("target")),
                     qPrintable(report->statusMessage));
        } else {
            QCOMPARE(report->signedDigest, subject->digest.toString());
        }
        if (usesCertificate(kind)) {
            QVERIFY(!report->certificates.isEmpty());
            QCOMPARE(
                report->certificates.first().sha256Fingerprint,
                QString::fromLatin1(QCryptographicHash::hash(
                                        CertificateChain::derListFromPem(signer.chainPem.first())->first(),
                                        QCryptographicHash::Sha256)
                                        .toHex()));
        }
        if (expected == SignatureStatus::Verified) {
            QVERIFY(!report->keyDescription.isEmpty());
            QVERIFY(!report->algorithm.isEmpty());
        }
        if (reportKind(kind) == SignatureReport::Kind::DsseAttestation || kind == SigKind::BundleDsseCert) {
            QVERIFY(!report->predicateType.isEmpty());
            QVERIFY(!report->subjects.isEmpty());
            QVERIFY(report->predicateJson.contains('\n')); // pretty-printed
        }
        if (reportKind(kind) == SignatureReport::Kind::SigstoreBundle) {
            QVERIFY(report->tlog.has_value());
            QCOMPARE(report->tlog->logIndex, QStringLiteral("4242"));
            QVERIFY(report->tlog->hasInclusionPromise);
            QVERIFY(report->tlog->hasInclusionProof);
            QVERIFY(report->signingTime.isValid());
        }
        if (reportKind(kind) == SignatureReport::Kind::NotationSignature) {
            QCOMPARE(report->algorithm,
                     kind == SigKind::NotationRsa ? QStringLiteral("PS256") : QStringLiteral("ES256"));
            QCOMPARE(report->certificates.size(), 3);
            QCOMPARE(report->signingAgent, QStringLiteral("lading-tests/1.0"));
        }

        const TrustBadge badge = SignatureVerifier::badge(reports);
        switch (expected) {
        case SignatureStatus::Verified:
            QCOMPARE(badge, TrustBadge::Verified);
            break;
        case SignatureStatus::SignedNotVerified:
            QCOMPARE(badge, TrustBadge::SignedNotVerified);
            break;
        default:
            QCOMPARE(badge, TrustBadge::Invalid);
            break;
        }
        QVERIFY(!SignatureVerifier::badgeLabel(badge).isEmpty());
    }

    void noSignatureIsUnsigned_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("memory") << Backend::Memory;
        QTest::newRow("registry") << Backend::Registry;
    }

    void noSignatureIsUnsigned()
    {
        QFETCH(Backend, backend);
        auto store = makeStore(backend);
        auto subject = TestSigning::pushImage(*store, QStringLiteral("v1"));
        QVERIFY(subject);
        QCOMPARE(SignatureVerifier::badge(verify(*store, subject.value(), {})), TrustBadge::Unsigned);
        // An SBOM referrer is not a signature.
        auto sbom = TestSigning::pushRawSignature(*store, subject.value(), QString(MediaType::SpdxJson),
                                                  QString(MediaType::SpdxJson),
                                                  QByteArrayLiteral("{\"spdxVersion\":\"SPDX-2.3\"}"));
        QVERIFY(sbom);
        const auto reports = verify(*store, subject.value(), {});
        QVERIFY(reports.isEmpty());
        QCOMPARE(SignatureVerifier::badge(reports), TrustBadge::Unsigned);
        QCOMPARE(SignatureVerifier::badgeLabel(TrustBadge::Unsigned), QStringLiteral("Unsigned"));
    }

    void plainInTotoIsShownButNotASignature()
    {
        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        auto statement = TestSigning::pushInTotoStatement(
            store, subject.value(), QStringLiteral("https://spdx.dev/Document"),
            QByteArrayLiteral("{\"spdxVersion\":\"SPDX-2.3\"}"));
        QVERIFY(statement);
        auto reports = verify(store, subject.value(), {});
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().kind, SignatureReport::Kind::InTotoAttestation);
        QCOMPARE(reports.first().status, SignatureStatus::NotSigned);
        QVERIFY(!reports.first().isSignature());
        QCOMPARE(reports.first().predicateType, QStringLiteral("https://spdx.dev/Document"));
        QVERIFY(reports.first().subjectMatches);
        QVERIFY(reports.first().predicateJson.contains("SPDX-2.3"));
        QCOMPARE(SignatureVerifier::badge(reports), TrustBadge::Unsigned);

        // Next to a good signature the badge is the signature's.
        auto signature = TestSigning::pushCosignTagSignature(
            store, subject.value(), TestSigner::withKey(m_keys.value(TestKeyType::EcP256)));
        QVERIFY(signature);
        TrustPolicy policy;
        policy.publicKeysPem.append(m_keys.value(TestKeyType::EcP256).publicKeyPem);
        reports = verify(store, subject.value(), policy);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(SignatureVerifier::badge(reports), TrustBadge::Verified);
    }

    void badgeRules()
    {
        auto make = [](SignatureStatus status,
                       SignatureReport::Kind kind = SignatureReport::Kind::CosignSignature) {
            SignatureReport r;
            r.kind = kind;
            r.status = status;
            return r;
        };
        QCOMPARE(SignatureVerifier::badge({}), TrustBadge::Unsigned);
        QCOMPARE(SignatureVerifier::badge(
                     {make(SignatureStatus::Verified), make(SignatureStatus::SignedNotVerified)}),
                 TrustBadge::Verified);
        QCOMPARE(SignatureVerifier::badge({make(SignatureStatus::Verified), make(SignatureStatus::Invalid)}),
                 TrustBadge::Invalid);
        QCOMPARE(SignatureVerifier::badge({make(SignatureStatus::SignedNotVerified)}),
                 TrustBadge::SignedNotVerified);
        QCOMPARE(SignatureVerifier::badge(
                     {make(SignatureStatus::Invalid, SignatureReport::Kind::InTotoAttestation)}),
                 TrustBadge::Unsigned);
    }

    void severalSignaturesInOneTag()
    {
        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        const TestSigner signer = TestSigner::withKey(m_keys.value(TestKeyType::EcP256));
        QVERIFY(TestSigning::pushCosignTagSignature(store, subject.value(), signer));
        SignOptions flipped;
        flipped.tamper = Tamper::FlipSignature;
        auto tag = TestSigning::pushCosignTagSignature(store, subject.value(), signer, flipped);
        QVERIFY(tag);
        auto manifest = store.fetchManifest(tag->digest.toString());
        QVERIFY(manifest);
        QCOMPARE(manifest->layers().size(), 2);
        TrustPolicy policy;
        policy.publicKeysPem.append(signer.key.publicKeyPem);
        const auto reports = verify(store, subject.value(), policy);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(0).status, SignatureStatus::Verified);
        QCOMPARE(reports.at(1).status, SignatureStatus::Invalid);
        QCOMPARE(reports.at(0).source, lading::store::ReferrerSource::CosignTag);
        QCOMPARE(SignatureVerifier::badge(reports), TrustBadge::Invalid);
    }

    void trustedKeyVerifiesACertificateSignature()
    {
        // A keyless signature whose key the user trusts directly is Verified without any root.
        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        QVERIFY(TestSigning::pushCosignTagSignature(store, subject.value(),
                                                    TestSigner::keyless(*m_ecLeaf, *m_pki)));
        TrustPolicy policy;
        policy.publicKeysPem.append(m_ecLeaf->key.publicKeyPem);
        const auto reports = verify(store, subject.value(), policy);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().status, SignatureStatus::Verified);
    }

    void shortLivedCertificateCheckedAtLogTime_data()
    {
        QTest::addColumn<bool>("bundle");
        QTest::addColumn<bool>("withTlog");
        QTest::addColumn<SignatureStatus>("expected");
        QTest::newRow("cosign, tlog time") << false << true << SignatureStatus::Verified;
        QTest::newRow("cosign, no tlog: now, expired")
            << false << false << SignatureStatus::SignedNotVerified;
        QTest::newRow("bundle, tlog time") << true << true << SignatureStatus::Verified;
        QTest::newRow("bundle, no tlog: now, expired") << true << false << SignatureStatus::SignedNotVerified;
    }

    void shortLivedCertificateCheckedAtLogTime()
    {
        QFETCH(bool, bundle);
        QFETCH(bool, withTlog);
        QFETCH(SignatureStatus, expected);
        // Fulcio's leaves live ten minutes; the signature is checked at the log's time, days later.
        const QDateTime issued = QDateTime::currentDateTimeUtc().addDays(-3);
        LeafOptions options;
        options.notBefore = issued;
        options.notAfter = issued.addSecs(600);
        auto leaf = m_pki->issueLeaf(options);
        QVERIFY(leaf);
        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        SignOptions signOptions;
        signOptions.integratedTime = issued.addSecs(300);
        signOptions.withTlog = withTlog;
        const TestSigner signer = TestSigner::keyless(leaf.value(), *m_pki);
        auto pushed = bundle
                          ? TestSigning::pushSigstoreBundle(store, subject.value(), signer,
                                                            BundleContent::MessageSignature, signOptions)
                          : TestSigning::pushCosignTagSignature(store, subject.value(), signer, signOptions);
        QVERIFY(pushed);
        TrustPolicy policy;
        policy.rootCertificatesPem = {m_pki->rootPem(), m_pki->intermediate().certificatePem};
        const auto reports = verify(store, subject.value(), policy);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.first().status == expected, qPrintable(describe(reports)));
        if (expected == SignatureStatus::SignedNotVerified)
            QVERIFY2(reports.first().statusMessage.contains(QLatin1String("expired")),
                     qPrintable(reports.first().statusMessage));
        if (withTlog)
            QCOMPARE(reports.first().signingTime,
                     QDateTime::fromSecsSinceEpoch(signOptions.integratedTime.toSecsSinceEpoch(), Qt::UTC));
    }

    void notationAlgorithms_data()
    {
        QTest::addColumn<TestKeyType>("keyType");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("PS256") << TestKeyType::Rsa2048 << QStringLiteral("PS256");
        QTest::newRow("PS384") << TestKeyType::Rsa3072 << QStringLiteral("PS384");
        QTest::newRow("ES256") << TestKeyType::EcP256 << QStringLiteral("ES256");
        QTest::newRow("ES384") << TestKeyType::EcP384 << QStringLiteral("ES384");
    }

    void notationAlgorithms()
    {
        QFETCH(TestKeyType, keyType);
        QFETCH(QString, algorithm);
        LeafOptions options;
        options.keyType = keyType;
        auto leaf = m_pki->issueLeaf(options);
        QVERIFY(leaf);
        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        QVERIFY(TestSigning::pushNotationSignature(store, subject.value(),
                                                   TestSigner::keyless(leaf.value(), *m_pki)));
        TrustPolicy policy;
        policy.rootCertificatesPem = {m_pki->rootPem()};
        const auto reports = verify(store, subject.value(), policy);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.first().status == SignatureStatus::Verified, qPrintable(describe(reports)));
        QCOMPARE(reports.first().algorithm, algorithm);
    }

    void notationNeedsCodeSigningUsage()
    {
        LeafOptions options;
        options.codeSigning = false;
        auto leaf = m_pki->issueLeaf(options);
        QVERIFY(leaf);
        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        QVERIFY(TestSigning::pushNotationSignature(store, subject.value(),
                                                   TestSigner::keyless(leaf.value(), *m_pki)));
        TrustPolicy policy;
        policy.rootCertificatesPem = {m_pki->rootPem()};
        const auto reports = verify(store, subject.value(), policy);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().status, SignatureStatus::SignedNotVerified);
        QVERIFY2(reports.first().statusMessage.contains(QLatin1String("code signing")),
                 qPrintable(reports.first().statusMessage));
    }

    void certificateDetails_data()
    {
        QTest::addColumn<bool>("legacyOnly");
        QTest::newRow("fulcio v2 extension") << false;
        QTest::newRow("deprecated v1 extension") << true;
    }

    void certificateDetails()
    {
        QFETCH(bool, legacyOnly);
        LeafOptions options;
        options.commonName = QStringLiteral("Build Bot");
        options.email = QStringLiteral("bot@example.com");
        options.uri =
            QStringLiteral("https://github.com/org/repo/.github/workflows/release.yml@refs/heads/main");
        options.oidcIssuer = QStringLiteral("https://token.actions.githubusercontent.com");
        options.notBefore = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        options.notAfter = QDateTime(QDate(2034, 1, 2), QTime(3, 4, 5), Qt::UTC);
        auto leaf = m_pki->issueLeaf(options);
        QVERIFY(leaf);
        QByteArray pem = leaf->certificatePem;
        if (legacyOnly) {
            // Fulcio before 2022 wrote only .1.1, the issuer as raw bytes.
            LeafOptions legacy = options;
            legacy.legacyOidcIssuer = true;
            auto older = m_pki->issueLeaf(legacy);
            QVERIFY(older);
            pem = older->certificatePem;
        }
        auto info = CertificateInfo::fromPem(pem);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->subject, QStringLiteral("CN=Build Bot,O=Lading tests"));
        QCOMPARE(info->issuer, QStringLiteral("CN=Lading Signing Intermediate CA,O=Lading tests"));
        QCOMPARE(info->subjectAlternativeNames,
                 QStringList(
                     {QStringLiteral("email:bot@example.com"),
                      QStringLiteral(
                          "URI:https://github.com/org/repo/.github/workflows/release.yml@refs/heads/main")}));
        QCOMPARE(info->oidcIssuer, QStringLiteral("https://token.actions.githubusercontent.com"));
        QCOMPARE(info->notBefore, options.notBefore);
        QCOMPARE(info->notAfter, options.notAfter);
        QCOMPARE(info->keyDescription, QStringLiteral("ECDSA P-256"));
        QVERIFY(!info->isCertificateAuthority);
        QVERIFY(!info->serialNumber.isEmpty());
        const QByteArray der = CertificateChain::derListFromPem(pem)->first();
        QCOMPARE(info->sha256Fingerprint,
                 QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(CertificateInfo::fromDer(der)->subject, info->subject);

        auto root = CertificateInfo::fromPem(m_pki->rootPem());
        QVERIFY(root);
        QVERIFY(root->isCertificateAuthority);
        QCOMPARE(root->subject, QStringLiteral("CN=Lading Signing Root CA,O=Lading tests"));
        QCOMPARE(CertificateInfo::listFromPem(m_pki->chainPem())->size(), 2);
        LeafOptions noIssuer = options;
        noIssuer.oidcIssuer.clear();
        auto plain = m_pki->issueLeaf(noIssuer);
        QVERIFY(plain);
        QVERIFY(CertificateInfo::fromPem(plain->certificatePem)->oidcIssuer.isEmpty());
        QVERIFY(!CertificateInfo::fromPem(QByteArrayLiteral("not a certificate")));
        QVERIFY(!CertificateInfo::fromDer(QByteArrayLiteral("\x30\x03\x02\x01\x01")));
    }

    void keyDescriptions()
    {
        QCOMPARE(PublicKey::fromPem(m_keys.value(TestKeyType::EcP256).publicKeyPem)->description(),
                 QStringLiteral("ECDSA P-256"));
        QCOMPARE(PublicKey::fromPem(m_keys.value(TestKeyType::Rsa2048).publicKeyPem)->description(),
                 QStringLiteral("RSA 2048"));
        QCOMPARE(PublicKey::fromPem(m_keys.value(TestKeyType::Ed25519).publicKeyPem)->description(),
                 QStringLiteral("Ed25519"));
        auto key = PublicKey::fromPem(m_keys.value(TestKeyType::EcP256).publicKeyPem);
        QVERIFY(key->fingerprint().startsWith(QLatin1String("SHA256:")));
        QCOMPARE(key->fingerprint().size(), 7 + 64);
        QVERIFY(*key == PublicKey::fromPem(key->pem()).value());
        QVERIFY(!(*key == PublicKey::fromPem(m_otherKeys.value(TestKeyType::EcP256).publicKeyPem).value()));
    }

    void malformedDocuments_data()
    {
        QTest::addColumn<QString>("artifactType");
        QTest::addColumn<QString>("layerType");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("annotationKey");
        QTest::addColumn<QString>("annotationValue");
        QTest::addColumn<SignatureStatus>("expected");
        QTest::addColumn<QString>("messagePart");

        const QString cosign = QString(MediaType::CosignArtifactSig);
        const QString simple = QString(MediaType::CosignSimpleSigning);
        const QString sig = QString(lading::oci::Annotation::CosignSignature);
        const QByteArray goodPayload =
            TestSigning::simpleSigningPayload(oci::Digest::sha256Of("x"), QStringLiteral("r"));
        QTest::newRow("cosign payload not JSON")
            << cosign << simple << QByteArrayLiteral("not json") << sig << QStringLiteral("MEUCIQ==")
            << SignatureStatus::Invalid << QStringLiteral("JSON");
        QTest::newRow("cosign payload truncated")
            << cosign << simple << goodPayload.left(goodPayload.size() / 2) << sig
            << QStringLiteral("MEUCIQ==") << SignatureStatus::Invalid << QStringLiteral("JSON");
        QTest::newRow("cosign wrong type")
            << cosign << simple << QByteArrayLiteral("{\"critical\":{\"type\":\"other\"}}") << sig
            << QStringLiteral("MEUCIQ==") << SignatureStatus::Invalid << QStringLiteral("simple-signing");
        QTest::newRow("cosign no signature") << cosign << simple << goodPayload << QString() << QString()
                                             << SignatureStatus::Invalid << QStringLiteral("no signature");
        QTest::newRow("cosign bad base64")
            << cosign << simple << goodPayload << sig << QStringLiteral("%%%not base64%%%")
            << SignatureStatus::Invalid << QStringLiteral("base64");
        QTest::newRow("cosign garbage certificate")
            << cosign << simple << goodPayload << QStringLiteral("dev.sigstore.cosign/certificate")
            << QStringLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
            << SignatureStatus::Invalid << QStringLiteral("certificate");

        const QString bundleType = QString(MediaType::SigstoreBundle);
        QTest::newRow("bundle not JSON")
            << bundleType << bundleType << QByteArrayLiteral("\x00\x01garbage") << QString() << QString()
            << SignatureStatus::Invalid << QStringLiteral("JSON");
        QTest::newRow("bundle truncated")
            << bundleType << bundleType
            << QByteArrayLiteral(
                   "{\"mediaType\":\"application/vnd.dev.sigstore.bundle.v0.3+json\",\"verificationMat")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("JSON");
        QTest::newRow("bundle wrong media type")
            << bundleType << bundleType << QByteArrayLiteral("{\"mediaType\":\"x\"}") << QString()
            << QString() << SignatureStatus::Invalid << QStringLiteral("not a Sigstore bundle");
        QTest::newRow("bundle no material")
            << bundleType << bundleType
            << QByteArrayLiteral("{\"mediaType\":\"application/"
                                 "vnd.dev.sigstore.bundle.v0.3+json\",\"messageSignature\":{}}")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("verification material");
        QTest::newRow("bundle bad certificate base64")
            << bundleType << bundleType
            << QByteArrayLiteral("{\"mediaType\":\"application/vnd.dev.sigstore.bundle.v0.3+json\","
                                 "\"verificationMaterial\":{\"certificate\":{\"rawBytes\":\"!!!\"}}}")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("base64");
        QTest::newRow("bundle garbage certificate")
            << bundleType << bundleType
            << QByteArrayLiteral("{\"mediaType\":\"application/vnd.dev.sigstore.bundle.v0.3+json\","
                                 "\"verificationMaterial\":{\"certificate\":{\"rawBytes\":\"AAECAwQF\"}}}")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("certificate");
        QTest::newRow("bundle no content")
            << bundleType << bundleType
            << QByteArrayLiteral("{\"mediaType\":\"application/vnd.dev.sigstore.bundle.v0.3+json\","
                                 "\"verificationMaterial\":{\"publicKey\":{\"hint\":\"k\"}}}")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("neither");
        QTest::newRow("bundle unknown digest algorithm")
            << bundleType << bundleType
            << QByteArrayLiteral(
                   "{\"mediaType\":\"application/vnd.dev.sigstore.bundle.v0.3+json\","
                   "\"verificationMaterial\":{\"publicKey\":{\"hint\":\"k\"}},"
                   "\"messageSignature\":{\"messageDigest\":{\"algorithm\":\"MD5\",\"digest\":\"AA==\"},"
                   "\"signature\":\"AA==\"}}")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("MD5");

        const QString notation = QString(MediaType::NotationSignature);
        const QString jose = QString(MediaType::Jose);
        QTest::newRow("jws not JSON") << notation << jose << QByteArrayLiteral("eyJhbGciOi") << QString()
                                      << QString() << SignatureStatus::Invalid << QStringLiteral("JSON");
        QTest::newRow("jws missing parts")
            << notation << jose << QByteArrayLiteral("{\"payload\":\"e30\"}") << QString() << QString()
            << SignatureStatus::Invalid << QStringLiteral("protected");
        QTest::newRow("jws bad base64url")
            << notation << jose
            << QByteArrayLiteral("{\"payload\":\"***\",\"protected\":\"***\",\"signature\":\"***\"}")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("base64url");
        const QByteArray header =
            QByteArrayLiteral("{\"alg\":\"HS256\",\"cty\":\"application/vnd.cncf.notary.payload.v1+json\"}")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("jws bad alg") << notation << jose
                                     << QByteArrayLiteral("{\"payload\":\"e30\",\"protected\":\"") + header +
                                            QByteArrayLiteral("\",\"signature\":\"AAAA\"}")
                                     << QString() << QString() << SignatureStatus::Invalid
                                     << QStringLiteral("HS256");
        const QByteArray es256 =
            QByteArrayLiteral("{\"alg\":\"ES256\",\"cty\":\"application/vnd.cncf.notary.payload.v1+json\"}")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray target =
            QByteArrayLiteral("{\"targetArtifact\":{\"digest\":\"sha256:00\",\"size\":1}}")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("jws no x5c") << notation << jose
                                    << QByteArrayLiteral("{\"payload\":\"") + target +
                                           QByteArrayLiteral("\",\"protected\":\"") + es256 +
                                           QByteArrayLiteral("\",\"signature\":\"AAAA\",\"header\":{}}")
                                    << QString() << QString() << SignatureStatus::Invalid
                                    << QStringLiteral("x5c");
        QTest::newRow("jws garbage x5c")
            << notation << jose
            << QByteArrayLiteral("{\"payload\":\"") + target + QByteArrayLiteral("\",\"protected\":\"") +
                   es256 + QByteArrayLiteral("\",\"signature\":\"AAAA\",\"header\":{\"x5c\":[\"AAEC\"]}}")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("x5c");
        QTest::newRow("cose not supported")
            << notation << QString(MediaType::Cose) << QByteArrayLiteral("\xd2\x84") << QString() << QString()
            << SignatureStatus::SignedNotVerified << QStringLiteral("COSE");

        const QString dsse = QString(MediaType::DsseEnvelope);
        QTest::newRow("dsse not JSON") << dsse << dsse << QByteArrayLiteral("[1,2") << QString() << QString()
                                       << SignatureStatus::Invalid << QString();
        QTest::newRow("dsse bad payload base64")
            << dsse << dsse
            << QByteArrayLiteral(
                   "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"@@@\",\"signatures\":[]}")
            << QString() << QString() << SignatureStatus::Invalid << QString();
        const QByteArray statement =
            TestSigning::inTotoStatement(oci::Digest::sha256Of("x"), QStringLiteral("p"), "{}").toBase64();
        QTest::newRow("dsse no signatures")
            << dsse << dsse
            << QByteArrayLiteral("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"") +
                   statement + QByteArrayLiteral("\",\"signatures\":[]}")
            << QString() << QString() << SignatureStatus::Invalid << QString();
        QTest::newRow("dsse not in-toto")
            << dsse << dsse
            << QByteArrayLiteral("{\"payloadType\":\"text/"
                                 "plain\",\"payload\":\"aGk=\",\"signatures\":[{\"sig\":\"AA==\"}]}")
            << QString() << QString() << SignatureStatus::Invalid << QStringLiteral("text/plain");
        QTest::newRow("in-toto not a statement")
            << QString(MediaType::InToto) << QString(MediaType::InToto)
            << QByteArrayLiteral("{\"_type\":\"nope\"}") << QString() << QString() << SignatureStatus::Invalid
            << QStringLiteral("in-toto");
    }

    void malformedDocuments()
    {
        QFETCH(QString, artifactType);
        QFETCH(QString, layerType);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, annotationKey);
        QFETCH(QString, annotationValue);
        QFETCH(SignatureStatus, expected);
        QFETCH(QString, messagePart);

        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        oci::Annotations annotations;
        if (!annotationKey.isEmpty())
            annotations.insert(annotationKey, annotationValue);
        auto pushed = TestSigning::pushRawSignature(store, subject.value(), artifactType, layerType, bytes,
                                                    annotations);
        QVERIFY2(pushed, qPrintable(pushed.error().message));
        TrustPolicy policy;
        policy.publicKeysPem.append(m_keys.value(TestKeyType::EcP256).publicKeyPem);
        policy.rootCertificatesPem.append(m_pki->rootPem());
        const auto reports = verify(store, subject.value(), policy);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.first().status == expected, qPrintable(describe(reports)));
        QVERIFY(!reports.first().statusMessage.isEmpty());
        QVERIFY2(reports.first().statusMessage.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(reports.first().statusMessage));
    }

    // Every prefix of a good document, and the document with single bytes flipped: never a crash, never a
    // Verified truncation, always a message.
    void truncatedAndFlippedDocuments_data()
    {
        QTest::addColumn<SigKind>("kind");
        QTest::newRow("cosign payload") << SigKind::CosignReferrerCert;
        QTest::newRow("bundle message signature") << SigKind::BundleMessageCert;
        QTest::newRow("bundle dsse") << SigKind::BundleDsseCert;
        QTest::newRow("notation jws") << SigKind::NotationEc;
        QTest::newRow("dsse attestation") << SigKind::AttestationCert;
    }

    void truncatedAndFlippedDocuments()
    {
        QFETCH(SigKind, kind);
        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        auto good = push(store, kind, subject.value(), signerFor(kind), {});
        QVERIFY(good);
        auto goodManifest = store.fetchManifest(good->digest.toString());
        QVERIFY(goodManifest);
        const oci::Descriptor layer = goodManifest->layers().first();
        const QByteArray bytes = store.fetchBlob(layer).value();
        const QString artifactType = goodManifest->artifactType().isEmpty()
                                         ? QString(MediaType::CosignArtifactAtt)
                                         : goodManifest->artifactType();
        const TrustPolicy policy = trustFor(kind, *m_pki, signerFor(kind).key);

        auto check = [&](const QByteArray& variant, bool truncated) -> bool {
            MemoryStore scratch;
            auto image = TestSigning::pushImage(scratch, QStringLiteral("v1"));
            if (!image || image->digest != subject->digest)
                return false;
            auto pushed = TestSigning::pushRawSignature(scratch, image.value(), artifactType, layer.mediaType,
                                                        variant, layer.annotations);
            if (!pushed)
                return false;
            const auto reports = verify(scratch, image.value(), policy);
            if (reports.size() != 1 || reports.first().statusMessage.isEmpty())
                return false;
            return !truncated || reports.first().status == SignatureStatus::Invalid;
        };
        const qsizetype step = std::max<qsizetype>(1, bytes.size() / 120);
        for (qsizetype length = 0; length < bytes.size(); length += step)
            QVERIFY2(check(bytes.left(length), true),
                     qPrintable(QStringLiteral("prefix of %1 bytes").arg(length)));
        for (qsizetype at = 0; at < bytes.size(); at += step) {
            QByteArray flipped = bytes;
            flipped[at] = char(flipped[at] ^ 0x20);
            QVERIFY2(check(flipped, false), qPrintable(QStringLiteral("byte %1 flipped").arg(at)));
        }
        QVERIFY(check(bytes, false));
    }

    void verifyManifestUsesTheSignaturesOwnSubject()
    {
        MemoryStore store;
        auto subject = TestSigning::pushImage(store, QStringLiteral("v1"));
        QVERIFY(subject);
        auto signer = TestSigner::keyless(*m_ecLeaf, *m_pki);
        auto pushed = TestSigning::pushNotationSignature(store, subject.value(), signer);
        QVERIFY(pushed);
        auto manifest = store.fetchManifest(pushed->digest.toString());
        QVERIFY(manifest);
        QVERIFY(SignatureVerifier::isSignatureManifest(manifest.value()));
        TrustPolicy policy;
        policy.rootCertificatesPem.append(m_pki->rootPem());
        const auto reports =
            SignatureVerifier::verifyManifest(store, manifest.value(), pushed.value(), {}, policy);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.first().status == SignatureStatus::Verified, qPrintable(describe(reports)));
        QVERIFY(reports.first().signingTime.isValid());
    }

    void trustPolicyValidatesPem()
    {
        TrustPolicy policy;
        QVERIFY(!policy.addPublicKeysPem(QByteArrayLiteral("garbage")));
        QVERIFY(!policy.addPublicKeysPem(
            QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")));
        QVERIFY(!policy.addRootCertificatesPem(
            QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")));
        QVERIFY(!policy.addRootCertificatesPem(m_keys.value(TestKeyType::EcP256).publicKeyPem));
        QVERIFY(policy.isEmpty());
        QVERIFY(policy.addPublicKeysPem(m_keys.value(TestKeyType::EcP256).publicKeyPem +
                                        m_keys.value(TestKeyType::Rsa2048).publicKeyPem));
        QVERIFY(policy.addPublicKeysPem(m_keys.value(TestKeyType::EcP256).publicKeyPem)); // duplicate
        QCOMPARE(policy.publicKeysPem.size(), 2);
        QVERIFY(policy.addRootCertificatesPem(m_pki->chainPem()));
        QCOMPARE(policy.rootCertificatesPem.size(), 2);
        auto missing = policy.addPublicKeyFile(QStringLiteral("/nonexistent/key.pem"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("/nonexistent/key.pem")));
    }

    void trustSettingsRoundTrip()
    {
        TrustSettings::save({});
        QVERIFY(TrustSettings::load().isEmpty());
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
        const QString rootPath = dir.filePath(QStringLiteral("root.pem"));
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(m_keys.value(TestKeyType::Ed25519).publicKeyPem);
        keyFile.close();
        QFile rootFile(rootPath);
        QVERIFY(rootFile.open(QIODevice::WriteOnly));
        rootFile.write(m_pki->rootPem());
        rootFile.close();
        QVERIFY(TrustSettings::addPublicKeyFile(keyPath));
        QVERIFY(TrustSettings::addRootFile(rootPath));
        QVERIFY(TrustSettings::addRootFile(rootPath)); // no duplicate
        QVERIFY(!TrustSettings::addRootFile(keyPath)); // a key is not a certificate
        const TrustPolicy loaded = TrustSettings::load();
        QCOMPARE(loaded.publicKeysPem.size(), 1);
        QCOMPARE(loaded.rootCertificatesPem.size(), 1);
        QCOMPARE(PublicKey::fromPem(loaded.publicKeysPem.first())->description(), QStringLiteral("Ed25519"));
        TrustSettings::save({});
    }
};

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
