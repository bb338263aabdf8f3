#pragma once

#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lading::test {

// Real signing material made at test time with OpenSSL, and signatures of every format Lading reads pushed
// to any store::Store (MemoryStore, a layout, a registry): cosign (`.sig` tag and OCI 1.1 referrer, key-based
// and keyless), sigstore bundle v0.3 (message signature and DSSE), notation JWS, cosign `.att` DSSE
// attestations and plain in-toto statements. Window tests reuse it to reach every badge.
//
//   auto pki = TestSigningPki::create();                  // root → intermediate → code-signing leaves
//   auto leaf = pki->issueLeaf({});                       // EC P-256, email SAN, Fulcio OIDC issuer
//   auto image = TestSigning::pushImage(store, "v1");    // a small image to sign
//   TestSigning::pushCosignTagSignature(store, *image, TestSigner::keyless(*leaf, *pki));
//   TrustPolicy policy; policy.rootCertificatesPem = {pki->rootPem()};   // → Verified

enum class TestKeyType
{
    EcP256,
    EcP384,
    Rsa2048,
    Rsa3072,
    Ed25519
};

// A key pair, PEM.
struct TestKey
{
    TestKeyType type = TestKeyType::EcP256;
    QByteArray privateKeyPem;
    QByteArray publicKeyPem;

    static Result<TestKey> generate(TestKeyType type);

    enum class Scheme
    {
        Default, // ECDSA: DER over SHA-256; RSA: PKCS#1 v1.5 SHA-256; Ed25519: pure
        RsaPss,  // RSASSA-PSS SHA-256, salt = hash length (notation PS256)
        Jose     // JWS: ES256 as raw r||s, RSA as PS256
    };
    // Signs `data` (SHA-256 for RSA and ECDSA).
    Result<QByteArray> sign(const QByteArray& data, Scheme scheme = Scheme::Default) const;
};

// A certificate and its key.
struct TestCertificate
{
    QByteArray certificatePem;
    TestKey key;
    QByteArray certificateDer() const;
};

// What a leaf certificate says.
struct LeafOptions
{
    TestKeyType keyType = TestKeyType::EcP256;
    QString commonName;                                   // empty: no subject CN (as Fulcio's leaves)
    QString email = QStringLiteral("signer@example.com"); // SAN email; empty: none
    QString uri;                                          // SAN URI; empty: none
    QString oidcIssuer = QStringLiteral("https://issuer.example.com"); // Fulcio 1.3.6.1.4.1.57264.1.8
    bool legacyOidcIssuer = false; // write the deprecated 1.3.6.1.4.1.57264.1.1 (raw string) instead
    bool codeSigning = true;       // extendedKeyUsage codeSigning (else serverAuth)
    QDateTime notBefore;           // invalid: an hour ago
    QDateTime notAfter;            // invalid: in a year
};

// A signing PKI: a self-signed root, an intermediate under it, and leaves issued by the intermediate.
class TestSigningPki final
{
public:
    // `keyType` of the root and the intermediate.
    static Result<TestSigningPki> create(const QString& name = QStringLiteral("Lading Signing"),
                                         TestKeyType keyType = TestKeyType::EcP256);

    Result<TestCertificate> issueLeaf(const LeafOptions& options) const;

    const TestCertificate& root() const { return m_root; }
    const TestCertificate& intermediate() const { return m_intermediate; }
    QByteArray rootPem() const { return m_root.certificatePem; }
    // intermediate then root, as cosign's chain annotation has it.
    QByteArray chainPem() const { return m_intermediate.certificatePem + m_root.certificatePem; }

private:
    TestCertificate m_root;
    TestCertificate m_intermediate;
};

// Who signs: a key alone (key-based cosign, bundle with a public key) or a key with its certificate chain
// (keyless cosign, bundle with a certificate, notation x5c).
struct TestSigner
{
    TestKey key;
    QList<QByteArray> chainPem; // leaf first, then intermediates (and root); empty: key-based

    static TestSigner withKey(const TestKey& key) { return {key, {}}; }
    // Leaf, intermediate, root: what notation's x5c and cosign's chain annotation carry.
    static TestSigner keyless(const TestCertificate& leaf, const TestSigningPki& pki)
    {
        return {leaf.key,
                {leaf.certificatePem, pki.intermediate().certificatePem, pki.root().certificatePem}};
    }
    bool hasCertificate() const { return !chainPem.isEmpty(); }
};

// How to spoil a signature, so tests reach Invalid.
enum class Tamper
{
    None,
    OtherDigest,   // the payload names otherDigest (or a made-up digest) instead of the subject; signed fine
    FlipSignature, // one byte of the signature flipped
    WrongKey,      // signed with a fresh key of the same type: not the certificate's, not a trusted key
    TamperPayload  // the payload changed after signing (cosign: a payload layer other than what was signed)
};

struct SignOptions
{
    Tamper tamper = Tamper::None;
    oci::Digest otherDigest;  // for Tamper::OtherDigest; invalid: sha256 of "other"
    QDateTime integratedTime; // the synthetic tlog entry's time; invalid: now
    bool withTlog = true;     // a synthetic transparency-log entry (bundles; cosign's bundle annotation)
    // Notation: the scheme; notary.x509 (default) or notary.x509.signingAuthority.
    QString notationSigningScheme = QStringLiteral("notary.x509");
    QString dockerReference = QStringLiteral("registry.example.com/app"); // cosign identity
};

enum class BundleContent
{
    MessageSignature,
    DsseEnvelope
};

class TestSigning final
{
public:
    // A small image manifest (config + one layer with `seed` in it), tagged `tag` when given.
    static Result<oci::Descriptor> pushImage(store::Store& store, const QString& tag = {},
                                             const QByteArray& seed = QByteArrayLiteral("lading"));

    // cosign's tag scheme: the manifest `sha256-<hex>.sig`, one simple-signing layer per signature. When the
    // tag already exists the new signature is added as another layer (cosign does the same).
    static Result<oci::Descriptor> pushCosignTagSignature(store::Store& store, const oci::Descriptor& subject,
                                                          const TestSigner& signer,
                                                          const SignOptions& options = {});
    // cosign's OCI 1.1 mode: a referrer with artifactType application/vnd.dev.cosign.artifact.sig.v1+json.
    static Result<oci::Descriptor> pushCosignReferrerSignature(store::Store& store,
                                                               const oci::Descriptor& subject,
                                                               const TestSigner& signer,
                                                               const SignOptions& options = {});
    // A sigstore bundle v0.3 referrer (artifactType application/vnd.dev.sigstore.bundle.v0.3+json).
    // MessageSignature signs the subject's manifest bytes (messageDigest = the subject digest); DsseEnvelope
    // signs an in-toto statement about the subject with `predicateType`.
    static Result<oci::Descriptor>
    pushSigstoreBundle(store::Store& store, const oci::Descriptor& subject, const TestSigner& signer,
                       BundleContent content, const SignOptions& options = {},
                       const QString& predicateType = QStringLiteral("https://slsa.dev/provenance/v1"));
    // A notation JWS referrer: PS256 for RSA keys, ES256 for P-256 (ES384 for P-384). Needs a certificate.
    static Result<oci::Descriptor> pushNotationSignature(store::Store& store, const oci::Descriptor& subject,
                                                         const TestSigner& signer,
                                                         const SignOptions& options = {});
    // cosign's `.att` tag: a DSSE envelope over an in-toto statement about the subject.
    static Result<oci::Descriptor> pushCosignAttestation(store::Store& store, const oci::Descriptor& subject,
                                                         const TestSigner& signer,
                                                         const QString& predicateType,
                                                         const QByteArray& predicateJson,
                                                         const SignOptions& options = {});
    // A plain, unsigned in-toto statement as a referrer (artifactType application/vnd.in-toto+json).
    static Result<oci::Descriptor> pushInTotoStatement(store::Store& store, const oci::Descriptor& subject,
                                                       const QString& predicateType,
                                                       const QByteArray& predicateJson);
    // A referrer of `subject` with one layer of arbitrary bytes: malformed-document tests.
    static Result<oci::Descriptor> pushRawSignature(store::Store& store, const oci::Descriptor& subject,
                                                    const QString& artifactType,
                                                    const QString& layerMediaType,
                                                    const QByteArray& layerBytes,
                                                    const oci::Annotations& layerAnnotations = {});

    // The documents themselves, for tests that build odd variants.
    static QByteArray simpleSigningPayload(const oci::Digest& digest, const QString& dockerReference);
    static QByteArray inTotoStatement(const oci::Digest& subject, const QString& predicateType,
                                      const QByteArray& predicateJson);
    static QByteArray dssePae(const QString& payloadType, const QByteArray& payload);
};

} // namespace lading::test
