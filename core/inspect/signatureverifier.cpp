#include "core/inspect/signatureverifier.h"

#include "core/inspect/certificatechain.h"
#include "core/inspect/dsseenvelope.h"
#include "core/inspect/publickey.h"
#include "core/util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <functional>

LADING_TR_CONTEXT(SignatureVerifier);

namespace lading::inspect {

namespace {

using Kind = SignatureReport::Kind;
using oci::Descriptor;

// Attestation envelopes can carry a whole SBOM; signatures, bundles and JWS envelopes are a few KiB.
constexpr qint64 kMaxEnvelopeSize = 64 * 1024 * 1024;
constexpr qint64 kMaxSignatureSize = 4 * 1024 * 1024;

const QLatin1String kCosignCertificate("dev.sigstore.cosign/certificate");
const QLatin1String kCosignChain("dev.sigstore.cosign/chain");
const QLatin1String kCosignBundle("dev.sigstore.cosign/bundle");
const QLatin1String kCosignPayloadType("cosign container image signature");
const QLatin1String kNotationPayloadType("application/vnd.cncf.notary.payload.v1+json");
const QLatin1String kInTotoPayloadType("application/vnd.in-toto+json");

// What verification needs besides the signature: the store (for the subject's bytes, which an Ed25519
// bundle signature is over), the subject, and the trust material parsed once.
struct Context
{
    store::Store& store;
    Descriptor subject;
    QList<PublicKey> trustedKeys;
    QList<QByteArray> trustedRoots; // DER
    std::optional<Result<QByteArray>> subjectBytes;

    Result<QByteArray> fetchSubjectBytes()
    {
        if (!subjectBytes) {
            auto manifest = store.fetchManifest(subject.digest.toString());
            if (manifest)
                subjectBytes = manifest->bytes();
            else
                subjectBytes = Result<QByteArray>(manifest.error());
        }
        return *subjectBytes;
    }
};

Context makeContext(store::Store& store, const Descriptor& subject, const TrustPolicy& policy)
{
    Context context{store, subject, {}, {}, std::nullopt};
    // A bad entry in the settings must not stop every check: it is skipped (the trust dialog validates
    // what it stores, so this only happens when the settings file was edited by hand).
    for (const QByteArray& pem : policy.publicKeysPem) {
        if (auto keys = PublicKey::listFromPem(pem))
            context.trustedKeys.append(keys.value());
    }
    for (const QByteArray& pem : policy.rootCertificatesPem) {
        if (auto roots = CertificateChain::derListFromPem(pem))
            context.trustedRoots.append(roots.value());
    }
    return context;
}

std::optional<QByteArray> decodeBase64(const QByteArray& text, bool url)
{
    const auto options = (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
                         QByteArray::AbortOnBase64DecodingErrors;
    // Padding is optional in the wild (JOSE never pads, some DSSE writers don't either).
    QByteArray trimmed = text.trimmed();
    auto result = QByteArray::fromBase64Encoding(trimmed, options);
    if (!result)
        result = QByteArray::fromBase64Encoding(trimmed, options | QByteArray::OmitTrailingEquals);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

std::optional<QByteArray> decodeBase64(const QJsonValue& value, bool url = false)
{
    if (!value.isString())
        return std::nullopt;
    return decodeBase64(value.toString().toLatin1(), url);
}

Result<QJsonObject> parseObject(const QByteArray& bytes, const QString& what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The %1 is not valid JSON (%2 at byte %3).").arg(what, error.errorString()).arg(error.offset));
    if (!document.isObject())
        return Error::make(Error::Kind::InvalidInput, tr("The %1 is not a JSON object.").arg(what));
    return document.object();
}

// protobuf-JSON writes int64 as strings; cosign's bundle annotation writes numbers.
QString numberText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

QDateTime secondsToTime(const QJsonValue& value)
{
    bool ok = false;
    const qint64 seconds = numberText(value).toLongLong(&ok);
    if (!ok || seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

bool sameDigest(const QString& named, const oci::Digest& subject)
{
    auto digest = oci::Digest::parse(named.trimmed());
    return digest && digest->algorithm() == subject.algorithm() &&
           digest->encoded().compare(subject.encoded(), Qt::CaseInsensitive) == 0;
}

QString hashName(PublicKey::Hash hash)
{
    switch (hash) {
    case PublicKey::Hash::Sha256:
        return QStringLiteral("SHA-256");
    case PublicKey::Hash::Sha384:
        return QStringLiteral("SHA-384");
    case PublicKey::Hash::Sha512:
        return QStringLiteral("SHA-512");
    }
    return {};
}

// A signature over bytes as cosign and DSSE signers make it: ECDSA (DER) with SHA-256 (or the curve's own
// hash), RSA PKCS#1 v1.5 or PSS with SHA-256, Ed25519 pure. `algorithm` receives what verified.
Status verifyBlobSignature(const PublicKey& key, const QByteArray& data, const QByteArray& signature,
                           QString* algorithm)
{
    switch (key.type()) {
    case PublicKey::Type::Ec: {
        QList<PublicKey::Hash> hashes{PublicKey::Hash::Sha256};
        if (key.defaultHash() != PublicKey::Hash::Sha256)
            hashes.append(key.defaultHash());
        Status last;
        for (const auto hash : hashes) {
            last = key.verify(data, signature, hash);
            if (last) {
                *algorithm = QStringLiteral("ECDSA %1 %2").arg(key.curveName(), hashName(hash));
                return {};
            }
        }
        return last;
    }
    case PublicKey::Type::Rsa: {
        if (key.verify(data, signature, PublicKey::Hash::Sha256, PublicKey::RsaPadding::Pkcs1)) {
            *algorithm = QStringLiteral("RSA PKCS#1 v1.5 SHA-256");
            return {};
        }
        auto pss = key.verify(data, signature, PublicKey::Hash::Sha256, PublicKey::RsaPadding::Pss);
        if (pss)
            *algorithm = QStringLiteral("RSA-PSS SHA-256");
        return pss;
    }
    case PublicKey::Type::Ed25519: {
        auto result = key.verify(data, signature, PublicKey::Hash::Sha256);
        if (result)
            *algorithm = QStringLiteral("Ed25519");
        return result;
    }
    default:
        return key.verify(data, signature, PublicKey::Hash::Sha256);
    }
}

using KeyCheck = std::function<Status(const PublicKey&)>;

// Where a signature's key comes from and when its certificate must have been valid.
struct Material
{
    QList<QByteArray> chain; // DER, leaf first; empty: key-based (the trusted keys are tried)
    QDateTime at;            // validity time for the chain (invalid: now)
    CertificateChain::Usage usage = CertificateChain::Usage::CodeSigning;
};

// The status rules of signatureverifier.h for the signature itself: `check` verifies it with one key.
void decideSignature(SignatureReport& report, Context& context, const Material& material,
                     const KeyCheck& check)
{
    if (!material.chain.isEmpty()) {
        auto key = PublicKey::fromCertificateDer(material.chain.first());
        if (!key) {
            report.status = SignatureStatus::Invalid;
            report.statusMessage =
                tr("The signing certificate's key cannot be read: %1").arg(key.error().message);
            return;
        }
        report.keyDescription = key->displayName();
        auto verified = check(key.value());
        if (!verified) {
            report.status = SignatureStatus::Invalid;
            report.statusMessage = tr("The signature does not verify with the certificate's key (%1).")
                                       .arg(verified.error().message);
            return;
        }
        if (context.trustedKeys.contains(key.value())) {
            report.status = SignatureStatus::Verified;
            report.statusMessage = tr("Signature verified with trusted key %1.").arg(key->fingerprint());
        } else if (context.trustedRoots.isEmpty()) {
            report.status = SignatureStatus::SignedNotVerified;
            report.statusMessage =
                tr("The signature matches its certificate, but no trusted root certificates are configured.");
        } else {
            auto anchor =
                CertificateChain::verify(material.chain, context.trustedRoots, material.at, material.usage);
            if (anchor) {
                report.status = SignatureStatus::Verified;
                report.statusMessage =
                    tr("Signature verified; the certificate chain leads to the trusted certificate %1.")
                        .arg(anchor.value());
            } else {
                report.status = SignatureStatus::SignedNotVerified;
                report.statusMessage =
                    tr("The signature matches its certificate, but: %1").arg(anchor.error().message);
            }
        }
    } else if (context.trustedKeys.isEmpty()) {
        report.status = SignatureStatus::SignedNotVerified;
        report.statusMessage =
            tr("Signed with a key, but no trusted public keys are configured to check it.");
    } else {
        report.status = SignatureStatus::Invalid;
        report.statusMessage = tr("The signature does not verify with any trusted public key.");
        for (const PublicKey& key : std::as_const(context.trustedKeys)) {
            if (check(key)) {
                report.status = SignatureStatus::Verified;
                report.keyDescription = key.displayName();
                report.statusMessage = tr("Signature verified with trusted key %1.").arg(key.fingerprint());
                break;
            }
        }
    }
}

// The status rules in one place for every format: the signature, then the subject. A signature that names
// another digest is Invalid; that is the more useful reason even when the signature fails too (a bundle's
// signature is over the digest it names, so it cannot verify for this subject).
void decide(SignatureReport& report, Context& context, const Material& material, const KeyCheck& check)
{
    decideSignature(report, context, material, check);
    if (!report.subjectMatches) {
        report.status = SignatureStatus::Invalid;
        report.statusMessage = report.signedDigest.isEmpty()
                                   ? tr("The signed payload names no digest, so it does not sign %1.")
                                         .arg(context.subject.digest.toString())
                                   : tr("The signed payload names %1, not the subject %2.")
                                         .arg(report.signedDigest, context.subject.digest.toString());
    }
}

SignatureReport invalid(SignatureReport report, const QString& message)
{
    report.status = SignatureStatus::Invalid;
    report.statusMessage = message;
    return report;
}

SignatureReport baseReport(Kind kind, const Descriptor& manifest, const Descriptor& layer,
                           store::ReferrerSource source)
{
    SignatureReport report;
    report.kind = kind;
    report.signatureManifest = manifest;
    report.layer = layer;
    report.source = source;
    return report;
}

std::optional<TransparencyLogEntry> cosignBundleEntry(const QString& annotation)
{
    auto object = parseObject(annotation.toUtf8(), QStringLiteral("bundle"));
    if (!object)
        return std::nullopt;
    const QJsonObject payload = object->value(QLatin1String("Payload")).toObject();
    if (payload.isEmpty())
        return std::nullopt;
    TransparencyLogEntry entry;
    entry.logIndex = numberText(payload.value(QLatin1String("logIndex")));
    entry.logId = payload.value(QLatin1String("logID")).toString();
    entry.integratedTime = secondsToTime(payload.value(QLatin1String("integratedTime")));
    entry.hasInclusionPromise = !object->value(QLatin1String("SignedEntryTimestamp")).toString().isEmpty();
    if (auto body = decodeBase64(payload.value(QLatin1String("body")))) {
        if (auto rekord = parseObject(body.value(), QStringLiteral("log entry"))) {
            entry.kind = rekord->value(QLatin1String("kind")).toString();
            entry.kindVersion = rekord->value(QLatin1String("apiVersion")).toString();
        }
    }
    return entry;
}

// What cosign puts on a signature layer next to the signature: the certificate and chain annotations
// (keyless signing) and the transparency-log bundle, whose time the chain is checked at. An absent
// certificate is fine (key-based); one that cannot be read makes the signature Invalid.
Status cosignMaterial(const Descriptor& layer, Material& material, SignatureReport& report)
{
    const QString certificate = layer.annotations.value(kCosignCertificate);
    if (!certificate.isEmpty()) {
        auto leaf = CertificateChain::derListFromPem(certificate.toUtf8());
        if (!leaf)
            return Error::make(Error::Kind::InvalidInput,
                               tr("The certificate annotation cannot be read: %1").arg(leaf.error().message));
        material.chain.append(leaf->first());
        const QString chain = layer.annotations.value(kCosignChain);
        if (!chain.isEmpty()) {
            auto rest = CertificateChain::derListFromPem(chain.toUtf8());
            if (!rest)
                return Error::make(
                    Error::Kind::InvalidInput,
                    tr("The certificate chain annotation cannot be read: %1").arg(rest.error().message));
            material.chain.append(rest.value());
        }
        for (const QByteArray& der : std::as_const(material.chain)) {
            if (auto info = CertificateInfo::fromDer(der))
                report.certificates.append(info.value());
        }
    }
    const QString bundle = layer.annotations.value(kCosignBundle);
    if (!bundle.isEmpty()) {
        report.tlog = cosignBundleEntry(bundle);
        if (report.tlog && report.tlog->integratedTime.isValid()) {
            material.at = report.tlog->integratedTime;
            report.signingTime = material.at;
        }
    }
    return {};
}

// --- cosign simple signing ---

SignatureReport checkCosign(Context& context, const Descriptor& manifest, const Descriptor& layer,
                            store::ReferrerSource source)
{
    SignatureReport report = baseReport(Kind::CosignSignature, manifest, layer, source);
    auto payload = context.store.fetchBlob(layer, kMaxSignatureSize);
    if (!payload)
        return invalid(report, tr("The signed payload cannot be read: %1").arg(payload.error().message));
    auto object = parseObject(payload.value(), tr("cosign payload"));
    if (!object)
        return invalid(report, object.error().message);
    const QJsonObject critical = object->value(QLatin1String("critical")).toObject();
    if (critical.value(QLatin1String("type")).toString().compare(kCosignPayloadType, Qt::CaseInsensitive) !=
        0)
        return invalid(
            report, tr("The payload is not a cosign simple-signing document (its critical.type is \"%1\").")
                        .arg(critical.value(QLatin1String("type")).toString()));
    report.signedDigest = critical.value(QLatin1String("image"))
                              .toObject()
                              .value(QLatin1String("docker-manifest-digest"))
                              .toString();
    report.dockerReference = critical.value(QLatin1String("identity"))
                                 .toObject()
                                 .value(QLatin1String("docker-reference"))
                                 .toString();
    report.subjectMatches = sameDigest(report.signedDigest, context.subject.digest);

    Material material;
    if (auto status = cosignMaterial(layer, material, report); !status)
        return invalid(report, status.error().message);
    const QString encoded = layer.annotations.value(QString(oci::Annotation::CosignSignature));
    if (encoded.isEmpty())
        return invalid(report, tr("The layer has no %1 annotation: there is no signature.")
                                   .arg(QString(oci::Annotation::CosignSignature)));
    auto signature = decodeBase64(encoded.toLatin1(), false);
    if (!signature || signature->isEmpty())
        return invalid(report, tr("The signature annotation is not valid base64."));
    const QByteArray data = payload.value();
    decide(report, context, material, [&](const PublicKey& key) {
        return verifyBlobSignature(key, data, signature.value(), &report.algorithm);
    });
    return report;
}

// --- DSSE (cosign attestations, DSSE referrers, bundles with an envelope) ---

void readStatement(SignatureReport& report, const QByteArray& payload, const oci::Digest& subject,
                   QString* problem)
{
    auto statement = InTotoStatement::parse(payload);
    if (!statement) {
        *problem = statement.error().message;
        return;
    }
    report.predicateType = statement->predicateType;
    report.subjects = statement->subjects;
    report.predicateJson = statement->predicateJson(QJsonDocument::Indented);
    report.subjectMatches = statement->hasSubject(subject);
    if (report.subjectMatches) {
        report.signedDigest = subject.toString();
    } else {
        for (const InTotoSubject& s : std::as_const(statement->subjects)) {
            if (!s.digests.isEmpty()) {
                const auto first = s.digests.constBegin();
                report.signedDigest = first.key() + QLatin1Char(':') + first.value();
                break;
            }
        }
    }
}

void checkEnvelope(SignatureReport& report, Context& context, const DsseEnvelope& envelope,
                   const Material& material)
{
    report.payloadType = envelope.payloadType;
    if (envelope.payloadType == kInTotoPayloadType) {
        QString problem;
        readStatement(report, envelope.payload, context.subject.digest, &problem);
        if (!problem.isEmpty()) {
            report = invalid(report, problem);
            return;
        }
    } else {
        report = invalid(report,
                         tr("The envelope's payload type \"%1\" is not an in-toto statement, so its subject "
                            "cannot be checked.")
                             .arg(envelope.payloadType));
        return;
    }
    if (envelope.signatures.isEmpty()) {
        report = invalid(report, tr("The envelope holds no signatures."));
        return;
    }
    const QByteArray pae = envelope.preAuthenticationEncoding();
    decide(report, context, material, [&](const PublicKey& key) -> Status {
        Status last = Error::make(Error::Kind::Integrity, tr("No signature verifies."));
        for (const DsseSignature& signature : envelope.signatures) {
            last = verifyBlobSignature(key, pae, signature.signature, &report.algorithm);
            if (last)
                return {};
        }
        return last;
    });
}

SignatureReport checkDsseLayer(Context& context, const Descriptor& manifest, const Descriptor& layer,
                               store::ReferrerSource source)
{
    SignatureReport report = baseReport(Kind::DsseAttestation, manifest, layer, source);
    auto bytes = context.store.fetchBlob(layer, kMaxEnvelopeSize);
    if (!bytes)
        return invalid(report, tr("The envelope cannot be read: %1").arg(bytes.error().message));
    auto envelope = DsseEnvelope::parse(bytes.value());
    if (!envelope)
        return invalid(report, envelope.error().message);
    Material material;
    if (auto status = cosignMaterial(layer, material, report); !status)
        return invalid(report, status.error().message);
    checkEnvelope(report, context, envelope.value(), material);
    return report;
}

SignatureReport checkInTotoLayer(Context& context, const Descriptor& manifest, const Descriptor& layer,
                                 store::ReferrerSource source)
{
    SignatureReport report = baseReport(Kind::InTotoAttestation, manifest, layer, source);
    report.payloadType = kInTotoPayloadType;
    auto bytes = context.store.fetchBlob(layer, kMaxEnvelopeSize);
    if (!bytes)
        return invalid(report, tr("The statement cannot be read: %1").arg(bytes.error().message));
    QString problem;
    readStatement(report, bytes.value(), context.subject.digest, &problem);
    if (!problem.isEmpty())
        return invalid(report, problem);
    report.status = SignatureStatus::NotSigned;
    report.statusMessage =
        report.subjectMatches
            ? tr("An unsigned in-toto statement about this manifest: shown, not a signature.")
            : tr("An unsigned in-toto statement about %1: shown, not a signature.")
                  .arg(report.signedDigest.isEmpty() ? tr("no digest") : report.signedDigest);
    return report;
}

// --- sigstore bundle ---

std::optional<TransparencyLogEntry> bundleEntry(const QJsonObject& material)
{
    const QJsonArray entries = material.value(QLatin1String("tlogEntries")).toArray();
    if (entries.isEmpty() || !entries.first().isObject())
        return std::nullopt;
    const QJsonObject object = entries.first().toObject();
    TransparencyLogEntry entry;
    entry.logIndex = numberText(object.value(QLatin1String("logIndex")));
    entry.logId = object.value(QLatin1String("logId")).toObject().value(QLatin1String("keyId")).toString();
    const QJsonObject kindVersion = object.value(QLatin1String("kindVersion")).toObject();
    entry.kind = kindVersion.value(QLatin1String("kind")).toString();
    entry.kindVersion = kindVersion.value(QLatin1String("version")).toString();
    entry.integratedTime = secondsToTime(object.value(QLatin1String("integratedTime")));
    entry.hasInclusionPromise = !object.value(QLatin1String("inclusionPromise"))
                                     .toObject()
                                     .value(QLatin1String("signedEntryTimestamp"))
                                     .toString()
                                     .isEmpty();
    entry.hasInclusionProof = !object.value(QLatin1String("inclusionProof")).toObject().isEmpty();
    return entry;
}

std::optional<PublicKey::Hash> bundleHash(const QString& algorithm, QString* digestAlgorithm)
{
    if (algorithm == QLatin1String("SHA2_256")) {
        *digestAlgorithm = QStringLiteral("sha256");
        return PublicKey::Hash::Sha256;
    }
    if (algorithm == QLatin1String("SHA2_384")) {
        *digestAlgorithm = QStringLiteral("sha384");
        return PublicKey::Hash::Sha384;
    }
    if (algorithm == QLatin1String("SHA2_512")) {
        *digestAlgorithm = QStringLiteral("sha512");
        return PublicKey::Hash::Sha512;
    }
    return std::nullopt;
}

SignatureReport checkBundle(Context& context, const Descriptor& manifest, const Descriptor& layer,
                            store::ReferrerSource source)
{
    SignatureReport report = baseReport(Kind::SigstoreBundle, manifest, layer, source);
    auto bytes = context.store.fetchBlob(layer, kMaxEnvelopeSize);
    if (!bytes)
        return invalid(report, tr("The bundle cannot be read: %1").arg(bytes.error().message));
    auto bundle = parseObject(bytes.value(), tr("Sigstore bundle"));
    if (!bundle)
        return invalid(report, bundle.error().message);
    const QString mediaType = bundle->value(QLatin1String("mediaType")).toString();
    if (!mediaType.startsWith(QLatin1String("application/vnd.dev.sigstore.bundle")))
        return invalid(report,
                       tr("The document is not a Sigstore bundle (its mediaType is \"%1\").").arg(mediaType));
    const QJsonObject verification = bundle->value(QLatin1String("verificationMaterial")).toObject();

    Material material;
    if (verification.contains(QLatin1String("certificate"))) { // v0.3
        auto der = decodeBase64(
            verification.value(QLatin1String("certificate")).toObject().value(QLatin1String("rawBytes")));
        if (!der || der->isEmpty())
            return invalid(report, tr("The bundle's certificate is not valid base64."));
        material.chain.append(der.value());
    } else if (verification.contains(QLatin1String("x509CertificateChain"))) { // v0.1, v0.2
        const QJsonArray certificates = verification.value(QLatin1String("x509CertificateChain"))
                                            .toObject()
                                            .value(QLatin1String("certificates"))
                                            .toArray();
        for (const QJsonValue& value : certificates) {
            auto der = decodeBase64(value.toObject().value(QLatin1String("rawBytes")));
            if (!der || der->isEmpty())
                return invalid(report, tr("A certificate of the bundle's chain is not valid base64."));
            material.chain.append(der.value());
        }
        if (material.chain.isEmpty())
            return invalid(report, tr("The bundle's certificate chain is empty."));
    } else if (!verification.contains(QLatin1String("publicKey"))) {
        return invalid(report, tr("The bundle has no verification material (certificate or public key)."));
    }
    for (const QByteArray& der : std::as_const(material.chain)) {
        auto info = CertificateInfo::fromDer(der);
        if (!info)
            return invalid(report,
                           tr("The bundle's certificate cannot be read: %1").arg(info.error().message));
        report.certificates.append(info.value());
    }
    report.tlog = bundleEntry(verification);
    if (report.tlog && report.tlog->integratedTime.isValid()) {
        material.at = report.tlog->integratedTime;
        report.signingTime = material.at;
    }

    if (bundle->contains(QLatin1String("dsseEnvelope"))) {
        auto envelope = DsseEnvelope::fromJson(bundle->value(QLatin1String("dsseEnvelope")).toObject());
        if (!envelope)
            return invalid(report, envelope.error().message);
        checkEnvelope(report, context, envelope.value(), material);
        return report;
    }
    if (!bundle->contains(QLatin1String("messageSignature")))
        return invalid(report, tr("The bundle holds neither a message signature nor a DSSE envelope."));
    const QJsonObject message = bundle->value(QLatin1String("messageSignature")).toObject();
    const QJsonObject messageDigest = message.value(QLatin1String("messageDigest")).toObject();
    QString digestAlgorithm;
    const auto hash =
        bundleHash(messageDigest.value(QLatin1String("algorithm")).toString(), &digestAlgorithm);
    if (!hash)
        return invalid(report, tr("The bundle's digest algorithm \"%1\" is not supported.")
                                   .arg(messageDigest.value(QLatin1String("algorithm")).toString()));
    auto digest = decodeBase64(messageDigest.value(QLatin1String("digest")));
    if (!digest || digest->isEmpty())
        return invalid(report, tr("The bundle's message digest is not valid base64."));
    auto signature = decodeBase64(message.value(QLatin1String("signature")));
    if (!signature || signature->isEmpty())
        return invalid(report, tr("The bundle's signature is not valid base64."));
    report.signedDigest = digestAlgorithm + QLatin1Char(':') + QString::fromLatin1(digest->toHex());
    report.subjectMatches = sameDigest(report.signedDigest, context.subject.digest);

    // The signature is over the signed bytes, the subject's manifest; the bundle carries their digest, so
    // ECDSA and RSA are checked on the digest as sigstore-go does. Ed25519 signs the message itself: the
    // subject's bytes are fetched (only meaningful when they are what the digest names).
    decide(report, context, material, [&](const PublicKey& key) -> Status {
        if (key.type() == PublicKey::Type::Ed25519) {
            if (!report.subjectMatches)
                return Error::make(Error::Kind::Integrity, tr("The signed digest is not the subject's."));
            auto subjectBytes = context.fetchSubjectBytes();
            if (!subjectBytes)
                return subjectBytes.error();
            auto result = key.verify(subjectBytes.value(), signature.value(), hash.value());
            if (result)
                report.algorithm = QStringLiteral("Ed25519");
            return result;
        }
        auto result =
            key.verifyDigest(digest.value(), signature.value(), hash.value(), PublicKey::RsaPadding::Pkcs1);
        if (result) {
            report.algorithm =
                key.type() == PublicKey::Type::Rsa
                    ? QStringLiteral("RSA PKCS#1 v1.5 %1").arg(hashName(hash.value()))
                    : QStringLiteral("ECDSA %1 %2").arg(key.curveName(), hashName(hash.value()));
            return {};
        }
        if (key.type() == PublicKey::Type::Rsa) {
            result =
                key.verifyDigest(digest.value(), signature.value(), hash.value(), PublicKey::RsaPadding::Pss);
            if (result)
                report.algorithm = QStringLiteral("RSA-PSS %1").arg(hashName(hash.value()));
        }
        return result;
    });
    return report;
}

// --- notation ---

struct JwsAlgorithm
{
    PublicKey::Hash hash;
    bool ecdsa;
};

std::optional<JwsAlgorithm> jwsAlgorithm(const QString& alg)
{
    static const QMap<QString, JwsAlgorithm> known{
        {QStringLiteral("PS256"), {PublicKey::Hash::Sha256, false}},
        {QStringLiteral("PS384"), {PublicKey::Hash::Sha384, false}},
        {QStringLiteral("PS512"), {PublicKey::Hash::Sha512, false}},
        {QStringLiteral("ES256"), {PublicKey::Hash::Sha256, true}},
        {QStringLiteral("ES384"), {PublicKey::Hash::Sha384, true}},
        {QStringLiteral("ES512"), {PublicKey::Hash::Sha512, true}},
    };
    const auto it = known.constFind(alg);
    if (it == known.constEnd())
        return std::nullopt;
    return it.value();
}

SignatureReport checkNotationJws(Context& context, const Descriptor& manifest, const Descriptor& layer,
                                 store::ReferrerSource source)
{
    SignatureReport report = baseReport(Kind::NotationSignature, manifest, layer, source);
    auto bytes = context.store.fetchBlob(layer, kMaxSignatureSize);
    if (!bytes)
        return invalid(report, tr("The signature envelope cannot be read: %1").arg(bytes.error().message));
    auto jws = parseObject(bytes.value(), tr("JWS envelope"));
    if (!jws)
        return invalid(report, jws.error().message);
    const QString protectedText = jws->value(QLatin1String("protected")).toString();
    const QString payloadText = jws->value(QLatin1String("payload")).toString();
    const QString signatureText = jws->value(QLatin1String("signature")).toString();
    if (protectedText.isEmpty() || payloadText.isEmpty() || signatureText.isEmpty())
        return invalid(report, tr("The JWS envelope lacks its protected header, payload or signature."));
    auto protectedBytes = decodeBase64(protectedText.toLatin1(), true);
    auto payloadBytes = decodeBase64(payloadText.toLatin1(), true);
    auto signature = decodeBase64(signatureText.toLatin1(), true);
    if (!protectedBytes || !payloadBytes || !signature || signature->isEmpty())
        return invalid(report, tr("The JWS envelope is not valid base64url."));
    auto header = parseObject(protectedBytes.value(), tr("JWS protected header"));
    if (!header)
        return invalid(report, header.error().message);
    report.algorithm = header->value(QLatin1String("alg")).toString();
    const auto alg = jwsAlgorithm(report.algorithm);
    if (!alg)
        return invalid(report,
                       tr("The JWS algorithm \"%1\" is not one notation allows.").arg(report.algorithm));
    if (header->value(QLatin1String("cty")).toString() != kNotationPayloadType)
        return invalid(report, tr("The JWS content type \"%1\" is not a notation payload.")
                                   .arg(header->value(QLatin1String("cty")).toString()));
    const QString scheme = header->value(QLatin1String("io.cncf.notary.signingScheme")).toString();
    report.signingTime = QDateTime::fromString(
        header->value(QLatin1String("io.cncf.notary.signingTime")).toString(), Qt::ISODate);
    const QJsonObject unprotected = jws->value(QLatin1String("header")).toObject();
    report.signingAgent = unprotected.value(QLatin1String("io.cncf.notary.signingAgent")).toString();

    auto payload = parseObject(payloadBytes.value(), tr("notation payload"));
    if (!payload)
        return invalid(report, payload.error().message);
    const QJsonObject target = payload->value(QLatin1String("targetArtifact")).toObject();
    if (target.isEmpty())
        return invalid(report, tr("The notation payload names no targetArtifact."));
    report.signedDigest = target.value(QLatin1String("digest")).toString();
    const qint64 targetSize = target.value(QLatin1String("size")).toInteger(-1);
    const QString targetType = target.value(QLatin1String("mediaType")).toString();
    report.subjectMatches = sameDigest(report.signedDigest, context.subject.digest) &&
                            (context.subject.size < 0 || targetSize == context.subject.size) &&
                            (context.subject.mediaType.isEmpty() || targetType == context.subject.mediaType);

    Material material;
    for (const QJsonValue& value : unprotected.value(QLatin1String("x5c")).toArray()) {
        auto der = decodeBase64(value);
        if (!der || der->isEmpty())
            return invalid(report, tr("A certificate of the x5c chain is not valid base64."));
        auto info = CertificateInfo::fromDer(der.value());
        if (!info)
            return invalid(report,
                           tr("A certificate of the x5c chain cannot be read: %1").arg(info.error().message));
        material.chain.append(der.value());
        report.certificates.append(info.value());
    }
    if (material.chain.isEmpty())
        return invalid(report, tr("The JWS envelope has no certificate chain (x5c)."));
    // notary.x509: certificates must be valid now (no timestamp is checked); signingAuthority: at signing
    // time.
    if (scheme == QLatin1String("notary.x509.signingAuthority"))
        material.at = report.signingTime;

    const QByteArray signingInput = protectedText.toLatin1() + '.' + payloadText.toLatin1();
    decide(report, context, material, [&](const PublicKey& key) -> Status {
        if (alg->ecdsa != (key.type() == PublicKey::Type::Ec))
            return Error::make(Error::Kind::Integrity,
                               tr("%1 does not go with a %2 key.").arg(report.algorithm, key.description()));
        if (alg->ecdsa) {
            const QByteArray der = PublicKey::ecdsaRawToDer(signature.value());
            if (der.isEmpty())
                return Error::make(Error::Kind::Integrity, tr("The ECDSA signature has a bad length."));
            return key.verify(signingInput, der, alg->hash);
        }
        return key.verify(signingInput, signature.value(), alg->hash, PublicKey::RsaPadding::Pss);
    });
    // decide() said "names another digest"; when the digest is right, the size or media type is what differs.
    if (!report.subjectMatches && sameDigest(report.signedDigest, context.subject.digest))
        report.statusMessage =
            tr("The signature's target has the subject's digest but not its size or media type.");
    return report;
}

bool isBundleType(const QString& mediaType)
{
    return mediaType.startsWith(QLatin1String("application/vnd.dev.sigstore.bundle"));
}

} // namespace

QString SignatureReport::kindLabel() const
{
    switch (kind) {
    case Kind::CosignSignature:
        return tr("cosign signature");
    case Kind::SigstoreBundle:
        return tr("Sigstore bundle");
    case Kind::NotationSignature:
        return tr("Notation signature");
    case Kind::DsseAttestation:
        return tr("Signed attestation");
    case Kind::InTotoAttestation:
        return tr("Unsigned attestation");
    }
    return {};
}

bool SignatureVerifier::isSignatureArtifactType(const QString& artifactType)
{
    using namespace oci::MediaType;
    return artifactType == CosignArtifactSig || artifactType == CosignArtifactAtt ||
           artifactType == NotationSignature || artifactType == oci::MediaType::DsseEnvelope ||
           artifactType == InToto || isBundleType(artifactType);
}

bool SignatureVerifier::isSignatureManifest(const oci::Manifest& manifest)
{
    if (manifest.isIndex())
        return false;
    if (isSignatureArtifactType(manifest.artifactType()) ||
        isSignatureArtifactType(manifest.config().mediaType))
        return true;
    using namespace oci::MediaType;
    for (const Descriptor& layer : manifest.layers()) {
        if (layer.mediaType == CosignSimpleSigning || layer.mediaType == oci::MediaType::DsseEnvelope ||
            layer.mediaType == InToto || isBundleType(layer.mediaType))
            return true;
    }
    return false;
}

QList<SignatureReport> SignatureVerifier::verifyManifest(store::Store& store, const oci::Manifest& signature,
                                                         const Descriptor& signatureDescriptor,
                                                         const Descriptor& subject, const TrustPolicy& policy,
                                                         store::ReferrerSource source)
{
    // A signature picked in the referrers graph may come without its subject: its own subject field says.
    Descriptor target = subject;
    if (!target.digest.isValid() && signature.subject())
        target = *signature.subject();
    Context context = makeContext(store, target, policy);
    const bool notation = signature.artifactType() == oci::MediaType::NotationSignature ||
                          signature.config().mediaType == oci::MediaType::NotationSignature;
    QList<SignatureReport> reports;
    using namespace oci::MediaType;
    for (const Descriptor& layer : signature.layers()) {
        const QString type = essence(layer.mediaType);
        if (type == CosignSimpleSigning) {
            reports.append(checkCosign(context, signatureDescriptor, layer, source));
        } else if (type == oci::MediaType::DsseEnvelope) {
            reports.append(checkDsseLayer(context, signatureDescriptor, layer, source));
        } else if (isBundleType(layer.mediaType)) {
            reports.append(checkBundle(context, signatureDescriptor, layer, source));
        } else if (type == Jose) {
            reports.append(checkNotationJws(context, signatureDescriptor, layer, source));
        } else if (type == Cose) {
            SignatureReport report = baseReport(Kind::NotationSignature, signatureDescriptor, layer, source);
            report.status = SignatureStatus::SignedNotVerified;
            report.statusMessage = tr("COSE signature envelopes are not supported yet: shown, not checked.");
            reports.append(report);
        } else if (type == InToto) {
            reports.append(checkInTotoLayer(context, signatureDescriptor, layer, source));
        }
    }
    if (reports.isEmpty() && isSignatureManifest(signature)) {
        const Kind kind = notation                                        ? Kind::NotationSignature
                          : isBundleType(signature.artifactType())        ? Kind::SigstoreBundle
                          : signature.artifactType() == CosignArtifactAtt ? Kind::DsseAttestation
                                                                          : Kind::CosignSignature;
        reports.append(invalid(baseReport(kind, signatureDescriptor, {}, source),
                               tr("The signature manifest holds no signature layer this version can read.")));
    }
    return reports;
}

Result<QList<SignatureReport>> SignatureVerifier::verifyAll(store::Store& store, const Descriptor& subject,
                                                            const TrustPolicy& policy)
{
    QList<store::Referrer> candidates;
    auto referrers = store.referrers(subject.digest);
    if (referrers)
        candidates = referrers.value();
    else if (referrers.error().kind != Error::Kind::Unsupported &&
             referrers.error().kind != Error::Kind::NotFound)
        return referrers.error();
    // cosign's tag scheme. Registries list these among the referrers already; layouts and other stores don't.
    for (const auto suffix : {QLatin1String(".sig"), QLatin1String(".att")}) {
        auto tagged = store.resolve(subject.digest.referrersTag() + suffix);
        if (!tagged) {
            if (tagged.error().kind == Error::Kind::NotFound ||
                tagged.error().kind == Error::Kind::InvalidInput)
                continue;
            return tagged.error();
        }
        const bool known = std::any_of(candidates.begin(), candidates.end(), [&](const store::Referrer& r) {
            return r.descriptor.digest == tagged->digest;
        });
        if (!known)
            candidates.append(store::Referrer{tagged.value(), store::ReferrerSource::CosignTag});
    }

    QList<SignatureReport> reports;
    for (const store::Referrer& referrer : std::as_const(candidates)) {
        const QString type = referrer.descriptor.artifactType;
        const bool worthFetching = referrer.source == store::ReferrerSource::CosignTag || type.isEmpty() ||
                                   isSignatureArtifactType(type) || oci::MediaType::isImageConfig(type);
        if (!worthFetching)
            continue;
        auto manifest = store.fetchManifest(referrer.descriptor.digest.toString());
        if (!manifest)
            return manifest.error();
        if (!isSignatureManifest(manifest.value()))
            continue;
        Descriptor descriptor = manifest->descriptor();
        descriptor.annotations.insert(referrer.descriptor.annotations);
        reports.append(verifyManifest(store, manifest.value(), descriptor, subject, policy, referrer.source));
    }
    return reports;
}

TrustBadge SignatureVerifier::badge(const QList<SignatureReport>& reports)
{
    bool any = false;
    bool verified = false;
    for (const SignatureReport& report : reports) {
        if (!report.isSignature())
            continue;
        any = true;
        if (report.status == SignatureStatus::Invalid)
            return TrustBadge::Invalid;
        if (report.status == SignatureStatus::Verified)
            verified = true;
    }
    if (!any)
        return TrustBadge::Unsigned;
    return verified ? TrustBadge::Verified : TrustBadge::SignedNotVerified;
}

QString SignatureVerifier::badgeLabel(TrustBadge badge)
{
    switch (badge) {
    case TrustBadge::Unsigned:
        return tr("Unsigned");
    case TrustBadge::SignedNotVerified:
        return tr("Signed, not verified");
    case TrustBadge::Verified:
        return tr("Verified");
    case TrustBadge::Invalid:
        return tr("Invalid signature");
    }
    return {};
}

QString SignatureVerifier::statusLabel(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Verified:
        return tr("Verified");
    case SignatureStatus::SignedNotVerified:
        return tr("Signed, not verified");
    case SignatureStatus::Invalid:
        return tr("Invalid");
    case SignatureStatus::NotSigned:
        return tr("Not signed");
    }
    return {};
}

} // namespace lading::inspect
