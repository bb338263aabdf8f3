#pragma once

#include "core/inspect/intotostatement.h"
#include "core/inspect/trustsettings.h"
#include "core/oci/descriptor.h"
#include "core/oci/manifest.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lading::inspect {

// The outcome of checking one signature (or one signed attestation).
//
// Status rules:
// - Invalid: the signature bytes do not verify under the key they name (the certificate's key; for key-based
//   cosign every trusted key was tried and none verified), or the signed payload names another digest than
//   the subject (cosign docker-manifest-digest, notation targetArtifact digest/size/mediaType, bundle
//   messageDigest, in-toto subjects), or the document is malformed / truncated / not decodable.
// - SignedNotVerified: the signature is well-formed and consistent with the subject, but nothing the user
//   trusts vouches for it: key-based cosign with no trusted keys configured; certificate-based (cosign
//   keyless, sigstore bundle, notation) whose leaf key verifies the signature but no trusted roots are
//   configured or the chain does not lead to one (statusMessage says which); an envelope kind we do not check
//   yet (COSE).
// - Verified: the signature verifies and either its key equals a trusted public key, or its certificate chain
//   verifies against a trusted root (OpenSSL X509_STORE; code-signing purpose for notation; Fulcio
//   short-lived certificates checked at the transparency-log integratedTime or the signing time, not now).
//
// NotSigned is only for plain in-toto statements (Kind::InTotoAttestation, BuildKit's attestations): they are
// shown, but they are not signatures, so they neither help nor hurt the badge.
enum class SignatureStatus
{
    Verified,
    SignedNotVerified,
    Invalid,
    NotSigned
};

// The summary of all signatures of one manifest, for badges in the tag list and the referrers graph.
// Rule (SignatureVerifier::badge): no signature → Unsigned; any Invalid → Invalid; else any Verified →
// Verified; else SignedNotVerified. Unsigned in-toto statements (SignatureReport::isSignature() false) do not
// count: they are not signatures.
enum class TrustBadge
{
    Unsigned,
    SignedNotVerified,
    Verified,
    Invalid
};

// What an X.509 certificate says about the signer, for display. Built from PEM or DER with OpenSSL.
struct CertificateInfo
{
    QString subject;      // RFC 2253 one line: "CN=Lading Signer,O=Example"
    QString issuer;       // same form
    QString serialNumber; // hex, upper-case, no separators
    QDateTime notBefore;  // UTC
    QDateTime notAfter;   // UTC
    // "email:a@example.com", "URI:https://github.com/…", "DNS:example.com", "IP:…" as OpenSSL prints them.
    QStringList subjectAlternativeNames;
    // Fulcio's OIDC issuer: extension 1.3.6.1.4.1.57264.1.8 (DER UTF8String), else the deprecated
    // 1.3.6.1.4.1.57264.1.1 (raw string); empty when neither is present.
    QString oidcIssuer;
    QString sha256Fingerprint;           // lower-case hex of SHA-256 over the DER, no separators
    bool isCertificateAuthority = false; // basicConstraints CA:TRUE
    QString keyDescription;              // "ECDSA P-256", "RSA 3072", "Ed25519"
    QByteArray pem;                      // the certificate, PEM

    static Result<CertificateInfo> fromPem(const QByteArray& pem);
    static Result<CertificateInfo> fromDer(const QByteArray& der);
    // Every certificate of a PEM bundle (a cosign chain annotation, a roots file), in order.
    static Result<QList<CertificateInfo>> listFromPem(const QByteArray& pem);
};

// A transparency-log (Rekor) entry that came with a signature: a sigstore bundle's tlogEntries[0] or cosign's
// `dev.sigstore.cosign/bundle` annotation. Shown, not checked against the log: Lading makes no network
// lookups.
struct TransparencyLogEntry
{
    QString logIndex;         // decimal, as the log numbers entries
    QString logId;            // hex (cosign bundle logID) or base64 (sigstore bundle logId.keyId) as given
    QString kind;             // "hashedrekord", "dsse", "intoto"…; empty when unknown (cosign bundle)
    QString kindVersion;      // "0.0.1"
    QDateTime integratedTime; // UTC; invalid when absent
    bool hasInclusionProof = false;
    bool hasInclusionPromise = false; // a signed entry timestamp (SET)
};

// One signature or attestation found for a subject, with what was checked and what came out.
struct SignatureReport
{
    enum class Kind
    {
        CosignSignature,   // simple-signing payload layer (`.sig` tag or cosign OCI 1.1 referrer)
        SigstoreBundle,    // a sigstore bundle (v0.1–v0.3), message signature or DSSE
        NotationSignature, // notation JWS (or COSE, reported as not supported yet)
        DsseAttestation,   // a DSSE envelope carrying an in-toto statement (cosign `.att`, referrers)
        InTotoAttestation  // a plain, unsigned in-toto statement (BuildKit): reported, never a signature
    };

    Kind kind = Kind::CosignSignature;
    QString kindLabel() const; // translated: "cosign signature", "Sigstore bundle", …

    // Whether this report counts as a signature for the badge (everything but unsigned in-toto statements).
    bool isSignature() const { return kind != Kind::InTotoAttestation; }

    oci::Descriptor signatureManifest; // the manifest holding the signature (referrer or `.sig`/`.att` tag)
    oci::Descriptor layer;             // the layer holding this signature (payload, bundle, JWS, envelope)
    store::ReferrerSource source = store::ReferrerSource::Api; // how it was found (CosignTag for tags)

    SignatureStatus status = SignatureStatus::SignedNotVerified; // NotSigned for InTotoAttestation
    QString statusMessage; // translated reason: "signature verified with trusted key SHA256:…",
                           // "payload names sha256:…, not the subject", "certificate chain untrusted: …"

    QString signedDigest; // the digest the payload / JWS target / bundle digest / in-toto subject names
    bool subjectMatches = false; // signedDigest (and size/mediaType where given) equals the subject

    // Leaf first (cosign certificate + chain annotations, the bundle's certificate(s), notation's x5c); empty
    // for key-based signatures.
    QList<CertificateInfo> certificates;
    // The key that verified (or, for certificates, the leaf's key): "ECDSA P-256 SHA256:1a2b3c4d5e6f…".
    QString keyDescription;
    // JOSE's name for notation ("ES256", "PS256"); otherwise what verified: "ECDSA P-256 SHA-256",
    // "RSA PKCS#1 v1.5 SHA-256", "RSA-PSS SHA-256", "Ed25519". Empty when nothing verified.
    QString algorithm;
    std::optional<TransparencyLogEntry> tlog;

    // Attestations (DsseAttestation, InTotoAttestation, DSSE bundles).
    QString payloadType; // DSSE payloadType
    QString predicateType;
    QList<InTotoSubject> subjects;
    QByteArray predicateJson; // pretty-printed (indented) JSON of the predicate

    // Other details for display.
    QString dockerReference; // cosign critical.identity.docker-reference
    QString signingAgent;    // notation io.cncf.notary.signingAgent
    QDateTime signingTime;   // notation io.cncf.notary.signingTime, else the tlog integratedTime
};

class SignatureVerifier final
{
public:
    // Finds every signature and attestation of `subject` (its referrers of any signature or attestation kind,
    // and the cosign `sha256-<hex>.sig` and `.att` tags) and checks each against `policy`. Unrelated
    // referrers (SBOMs, …) are ignored. Blocks on network/disk: call off the GUI thread. Fails only when the
    // store cannot be read at all; a bad signature is a report with status Invalid, not an error.
    static Result<QList<SignatureReport>> verifyAll(store::Store& store, const oci::Descriptor& subject,
                                                    const TrustPolicy& policy);

    // Checks one signature manifest (the user selected a signature in the referrers graph, or a `.sig` tag).
    // One report per signature it holds (a cosign `.sig` manifest has one per layer). Never fails: problems
    // become Invalid reports.
    static QList<SignatureReport> verifyManifest(store::Store& store, const oci::Manifest& signature,
                                                 const oci::Descriptor& signatureDescriptor,
                                                 const oci::Descriptor& subject, const TrustPolicy& policy,
                                                 store::ReferrerSource source = store::ReferrerSource::Api);

    // Whether a manifest (by its referrer descriptor or manifest) is something verifyManifest understands.
    static bool isSignatureManifest(const oci::Manifest& manifest);
    static bool isSignatureArtifactType(const QString& artifactType);

    static TrustBadge badge(const QList<SignatureReport>& reports);
    static QString badgeLabel(TrustBadge badge);        // translated: "Verified", "Unsigned", …
    static QString statusLabel(SignatureStatus status); // translated
};

} // namespace lading::inspect
