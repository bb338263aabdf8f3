#include "tests/support/testsigning.h"

#include "core/oci/mediatypes.h"
#include "tests/support/testopenssl.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/objects.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace lading::test {

namespace {

using openssl::addExtension;
using util::Asn1ObjectPtr;
using util::Asn1OctetStringPtr;
using util::Asn1Utf8StringPtr;
using util::EcdsaSigPtr;
using util::PkeyPtr;
using util::X509ExtensionPtr;
using util::X509Ptr;

bool addRawExtension(X509* cert, const char* oid, const QByteArray& value)
{
    Asn1ObjectPtr object(OBJ_txt2obj(oid, 1));
    Asn1OctetStringPtr octets(ASN1_OCTET_STRING_new());
    if (!object || !octets ||
        ASN1_OCTET_STRING_set(octets.get(), reinterpret_cast<const unsigned char*>(value.constData()),
                              int(value.size())) != 1)
        return false;
    X509ExtensionPtr ext(X509_EXTENSION_create_by_OBJ(nullptr, object.get(), 0, octets.get()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

QByteArray utf8StringDer(const QString& text)
{
    Asn1Utf8StringPtr string(ASN1_UTF8STRING_new());
    const QByteArray utf8 = text.toUtf8();
    ASN1_STRING_set(string.get(), utf8.constData(), int(utf8.size()));
    unsigned char* out = nullptr;
    const int length = i2d_ASN1_UTF8STRING(string.get(), &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

PkeyPtr generateKey(TestKeyType type)
{
    switch (type) {
    case TestKeyType::EcP256:
        return PkeyPtr(EVP_EC_gen("P-256"));
    case TestKeyType::EcP384:
        return PkeyPtr(EVP_EC_gen("P-384"));
    case TestKeyType::Rsa2048:
        return PkeyPtr(EVP_RSA_gen(2048));
    case TestKeyType::Rsa3072:
        return PkeyPtr(EVP_RSA_gen(3072));
    case TestKeyType::Ed25519:
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    }
    return {};
}

void setTime(ASN1_TIME* field, const QDateTime& when, qint64 fallbackOffset)
{
    const qint64 seconds =
        when.isValid() ? when.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch() + fallbackOffset;
    ASN1_TIME_set(field, time_t(seconds));
}

enum class Role
{
    Root,
    Intermediate,
    Leaf
};

Result<TestCertificate> makeCertificate(Role role, TestKeyType keyType, const QString& commonName,
                                        const LeafOptions& leaf, X509* issuer, EVP_PKEY* issuerKey)
{
    auto key = TestKey::generate(keyType);
    if (!key)
        return key.error();
    const PkeyPtr pkey = openssl::readPrivateKey(key->privateKeyPem);
    X509Ptr cert = openssl::newCertificate(pkey.get(), commonName, issuer);
    if (role == Role::Leaf) {
        setTime(X509_getm_notBefore(cert.get()), leaf.notBefore, -3600);
        setTime(X509_getm_notAfter(cert.get()), leaf.notAfter, 60L * 60 * 24 * 365);
    } else {
        // Wide enough to hold short-lived leaves from days ago (tlog-time checks) as well as today's.
        setTime(X509_getm_notBefore(cert.get()), {}, -60L * 60 * 24 * 30);
        setTime(X509_getm_notAfter(cert.get()), {}, 60L * 60 * 24 * 365 * 5);
    }
    X509* signer = issuer ? issuer : cert.get();

    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (role != Role::Leaf) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints,
                                role == Role::Root ? "critical,CA:TRUE" : "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        ok = ok && addExtension(cert.get(), signer, NID_ext_key_usage,
                                leaf.codeSigning ? "codeSigning" : "serverAuth");
        QStringList names;
        if (!leaf.email.isEmpty())
            names.append(QStringLiteral("email:") + leaf.email);
        if (!leaf.uri.isEmpty())
            names.append(QStringLiteral("URI:") + leaf.uri);
        if (!names.isEmpty())
            ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name,
                                    names.join(QLatin1Char(',')).toUtf8());
        if (!leaf.oidcIssuer.isEmpty()) {
            if (leaf.legacyOidcIssuer)
                ok = ok && addRawExtension(cert.get(), "1.3.6.1.4.1.57264.1.1", leaf.oidcIssuer.toUtf8());
            else
                ok = ok &&
                     addRawExtension(cert.get(), "1.3.6.1.4.1.57264.1.8", utf8StringDer(leaf.oidcIssuer));
        }
    }
    if (!ok)
        return openssl::error(QStringLiteral("cannot add certificate extensions"));
    auto pem = openssl::signCertificate(cert.get(), issuerKey ? issuerKey : pkey.get());
    if (!pem)
        return pem.error();
    return TestCertificate{pem.value(), key.value()};
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray b64url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

oci::Digest otherDigestOf(const SignOptions& options)
{
    return options.otherDigest.isValid() ? options.otherDigest : oci::Digest::sha256Of("other");
}

oci::Digest namedDigest(const oci::Descriptor& subject, const SignOptions& options)
{
    return options.tamper == Tamper::OtherDigest ? otherDigestOf(options) : subject.digest;
}

// Signs as `signer`, spoiled as the options say (a wrong key, a flipped byte).
Result<QByteArray> signAs(const TestSigner& signer, const SignOptions& options, const QByteArray& data,
                          TestKey::Scheme scheme = TestKey::Scheme::Default)
{
    TestKey key = signer.key;
    if (options.tamper == Tamper::WrongKey) {
        auto other = TestKey::generate(signer.key.type);
        if (!other)
            return other.error();
        key = other.value();
    }
    auto signature = key.sign(data, scheme);
    if (!signature)
        return signature.error();
    if (options.tamper == Tamper::FlipSignature) {
        QByteArray flipped = signature.value();
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        return flipped;
    }
    return signature;
}

QDateTime tlogTime(const SignOptions& options)
{
    return options.integratedTime.isValid() ? options.integratedTime : QDateTime::currentDateTimeUtc();
}

// cosign's `dev.sigstore.cosign/bundle` annotation: a Rekor entry with a (synthetic) signed entry timestamp.
QString cosignBundleAnnotation(const SignOptions& options, const QByteArray& signature)
{
    QJsonObject body;
    body.insert(QLatin1String("apiVersion"), QStringLiteral("0.0.1"));
    body.insert(QLatin1String("kind"), QStringLiteral("hashedrekord"));
    body.insert(
        QLatin1String("spec"),
        QJsonObject{{QLatin1String("signature"), QJsonObject{{QLatin1String("content"), b64(signature)}}}});
    QJsonObject payload;
    payload.insert(QLatin1String("body"), b64(compact(body)));
    payload.insert(QLatin1String("integratedTime"), double(tlogTime(options).toSecsSinceEpoch()));
    payload.insert(QLatin1String("logIndex"), 4242);
    payload.insert(QLatin1String("logID"),
                   QStringLiteral("c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d"));
    QJsonObject bundle;
    bundle.insert(QLatin1String("SignedEntryTimestamp"), b64(QByteArray(70, 'S')));
    bundle.insert(QLatin1String("Payload"), payload);
    return QString::fromUtf8(compact(bundle));
}

void addCosignCertificates(const TestSigner& signer, oci::Annotations& annotations)
{
    if (!signer.hasCertificate())
        return;
    annotations.insert(QStringLiteral("dev.sigstore.cosign/certificate"),
                       QString::fromUtf8(signer.chainPem.first()));
    QByteArray chain;
    for (qsizetype i = 1; i < signer.chainPem.size(); ++i)
        chain += signer.chainPem.at(i);
    if (!chain.isEmpty())
        annotations.insert(QStringLiteral("dev.sigstore.cosign/chain"), QString::fromUtf8(chain));
}

Result<oci::Descriptor> pushBytes(store::Store& store, const QString& mediaType, const QByteArray& bytes)
{
    const oci::Descriptor descriptor = oci::Descriptor::forBytes(mediaType, bytes);
    LADING_TRY(store.pushBlob(descriptor, bytes));
    return descriptor;
}

QJsonObject manifestObject(const oci::Descriptor& config, const QList<oci::Descriptor>& layers)
{
    QJsonObject manifest;
    manifest.insert(QLatin1String("schemaVersion"), 2);
    manifest.insert(QLatin1String("mediaType"), QString(oci::MediaType::OciManifest));
    manifest.insert(QLatin1String("config"), config.toJson());
    QJsonArray layerArray;
    for (const oci::Descriptor& layer : layers)
        layerArray.append(layer.toJson());
    manifest.insert(QLatin1String("layers"), layerArray);
    return manifest;
}

// A referrer of `subject` with the empty config (or `configType` with "{}"), as cosign, notation and
// sigstore write them.
Result<oci::Descriptor> pushReferrer(store::Store& store, const oci::Descriptor& subject,
                                     const QString& artifactType, const QList<oci::Descriptor>& layers,
                                     const oci::Annotations& annotations, const QString& configType = {})
{
    oci::Descriptor config = oci::Descriptor::empty();
    if (!configType.isEmpty())
        config = oci::Descriptor::forBytes(configType, oci::Descriptor::emptyBytes());
    LADING_TRY(store.pushBlob(config, oci::Descriptor::emptyBytes()));
    QJsonObject manifest = manifestObject(config, layers);
    manifest.insert(QLatin1String("artifactType"), artifactType);
    oci::Descriptor subjectRef;
    subjectRef.mediaType = subject.mediaType;
    subjectRef.digest = subject.digest;
    subjectRef.size = subject.size;
    manifest.insert(QLatin1String("subject"), subjectRef.toJson());
    QJsonObject annotationObject;
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        annotationObject.insert(it.key(), it.value());
    annotationObject.insert(QString(oci::Annotation::Created), QStringLiteral("2024-05-01T10:00:00Z"));
    manifest.insert(QLatin1String("annotations"), annotationObject);
    return store.pushManifest(compact(manifest), QString(oci::MediaType::OciManifest));
}

// cosign's tag scheme: a layer added to the manifest under `sha256-<hex><suffix>` (created when missing).
Result<oci::Descriptor> pushCosignTagLayer(store::Store& store, const oci::Descriptor& subject,
                                           const QString& suffix, const oci::Descriptor& layer)
{
    const QString tag = subject.digest.referrersTag() + suffix;
    QList<oci::Descriptor> layers;
    auto existing = store.fetchManifest(tag);
    if (existing)
        layers = existing->layers();
    layers.append(layer);
    QJsonArray diffIds;
    for (const oci::Descriptor& l : std::as_const(layers))
        diffIds.append(l.digest.toString());
    QJsonObject configObject;
    configObject.insert(QLatin1String("architecture"), QString());
    configObject.insert(QLatin1String("os"), QString());
    configObject.insert(QLatin1String("config"), QJsonObject());
    configObject.insert(
        QLatin1String("rootfs"),
        QJsonObject{{QLatin1String("type"), QStringLiteral("layers")}, {QLatin1String("diff_ids"), diffIds}});
    auto config = pushBytes(store, QString(oci::MediaType::OciConfig), compact(configObject));
    if (!config)
        return config.error();
    return store.pushManifest(compact(manifestObject(config.value(), layers)),
                              QString(oci::MediaType::OciManifest), tag);
}

Result<oci::Descriptor> cosignSignatureLayer(store::Store& store, const oci::Descriptor& subject,
                                             const TestSigner& signer, const SignOptions& options)
{
    const QByteArray payload =
        TestSigning::simpleSigningPayload(namedDigest(subject, options), options.dockerReference);
    auto signature = signAs(signer, options, payload);
    if (!signature)
        return signature.error();
    // TamperPayload: the layer holds other bytes than those signed.
    const QByteArray stored =
        options.tamper == Tamper::TamperPayload
            ? TestSigning::simpleSigningPayload(namedDigest(subject, options),
                                                options.dockerReference + QStringLiteral("-evil"))
            : payload;
    auto layer = pushBytes(store, QString(oci::MediaType::CosignSimpleSigning), stored);
    if (!layer)
        return layer.error();
    layer->annotations.insert(QString(oci::Annotation::CosignSignature), b64(signature.value()));
    addCosignCertificates(signer, layer->annotations);
    if (options.withTlog)
        layer->annotations.insert(QStringLiteral("dev.sigstore.cosign/bundle"),
                                  cosignBundleAnnotation(options, signature.value()));
    return layer;
}

QJsonObject dsseEnvelopeObject(const QByteArray& payload, const QByteArray& signature)
{
    QJsonObject envelope;
    envelope.insert(QLatin1String("payloadType"), QStringLiteral("application/vnd.in-toto+json"));
    envelope.insert(QLatin1String("payload"), b64(payload));
    envelope.insert(
        QLatin1String("signatures"),
        QJsonArray{QJsonObject{{QLatin1String("keyid"), QString()}, {QLatin1String("sig"), b64(signature)}}});
    return envelope;
}

// A signed DSSE envelope over an in-toto statement about the subject.
Result<QJsonObject> signedEnvelope(const oci::Descriptor& subject, const TestSigner& signer,
                                   const SignOptions& options, const QString& predicateType,
                                   const QByteArray& predicateJson)
{
    const QByteArray statement =
        TestSigning::inTotoStatement(namedDigest(subject, options), predicateType, predicateJson);
    auto signature = signAs(signer, options,
                            TestSigning::dssePae(QStringLiteral("application/vnd.in-toto+json"), statement));
    if (!signature)
        return signature.error();
    const QByteArray stored = options.tamper == Tamper::TamperPayload
                                  ? TestSigning::inTotoStatement(namedDigest(subject, options), predicateType,
                                                                 QByteArrayLiteral("{\"evil\":true}"))
                                  : statement;
    return dsseEnvelopeObject(stored, signature.value());
}

} // namespace

// --- keys and certificates ---

Result<TestKey> TestKey::generate(TestKeyType type)
{
    const PkeyPtr key = generateKey(type);
    if (!key)
        return openssl::error(QStringLiteral("cannot generate a key"));
    TestKey result;
    result.type = type;
    result.privateKeyPem = openssl::privateKeyPem(key.get());
    result.publicKeyPem = openssl::publicKeyPem(key.get());
    return result;
}

Result<QByteArray> TestKey::sign(const QByteArray& data, Scheme scheme) const
{
    const PkeyPtr key = openssl::readPrivateKey(privateKeyPem);
    if (!key)
        return openssl::error(QStringLiteral("cannot read the signing key"));
    const bool pure = type == TestKeyType::Ed25519;
    const bool rsa = type == TestKeyType::Rsa2048 || type == TestKeyType::Rsa3072;
    const bool ec = type == TestKeyType::EcP256 || type == TestKeyType::EcP384;
    // JOSE ties the hash to the key: ES384 and PS384 (RSA 3072, as notation pairs them) use SHA-384.
    const bool sha384 =
        scheme == Scheme::Jose && (type == TestKeyType::EcP384 || type == TestKeyType::Rsa3072);
    const EVP_MD* md = pure ? nullptr : (sha384 ? EVP_sha384() : EVP_sha256());
    const bool pss = rsa && (scheme == Scheme::RsaPss || scheme == Scheme::Jose);
    auto signature = openssl::digestSign(key.get(), md, data, pss);
    if (!signature)
        return signature.error();
    if (ec && scheme == Scheme::Jose) {
        // JWS wants r||s, each the curve's size.
        const int size = type == TestKeyType::EcP384 ? 48 : 32;
        const auto* p = reinterpret_cast<const unsigned char*>(signature->constData());
        EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(signature->size())));
        if (!sig)
            return openssl::error(QStringLiteral("cannot read the ECDSA signature"));
        QByteArray raw(2 * size, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char*>(raw.data()), size);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char*>(raw.data()) + size, size);
        return raw;
    }
    return signature;
}

QByteArray TestCertificate::certificateDer() const
{
    return openssl::certificateDer(certificatePem);
}

Result<TestSigningPki> TestSigningPki::create(const QString& name, TestKeyType keyType)
{
    auto root = makeCertificate(Role::Root, keyType, name + QStringLiteral(" Root CA"), {}, nullptr, nullptr);
    if (!root)
        return root.error();
    const X509Ptr rootCert = openssl::readCertificate(root->certificatePem);
    const PkeyPtr rootKey = openssl::readPrivateKey(root->key.privateKeyPem);
    auto intermediate =
        makeCertificate(Role::Intermediate, keyType, name + QStringLiteral(" Intermediate CA"), {},
                        rootCert.get(), rootKey.get());
    if (!intermediate)
        return intermediate.error();
    TestSigningPki pki;
    pki.m_root = root.value();
    pki.m_intermediate = intermediate.value();
    return pki;
}

Result<TestCertificate> TestSigningPki::issueLeaf(const LeafOptions& options) const
{
    const X509Ptr issuer = openssl::readCertificate(m_intermediate.certificatePem);
    const PkeyPtr issuerKey = openssl::readPrivateKey(m_intermediate.key.privateKeyPem);
    if (!issuer || !issuerKey)
        return openssl::error(QStringLiteral("cannot read the intermediate CA"));
    return makeCertificate(Role::Leaf, options.keyType, options.commonName, options, issuer.get(),
                           issuerKey.get());
}

// --- documents ---

QByteArray TestSigning::simpleSigningPayload(const oci::Digest& digest, const QString& dockerReference)
{
    QJsonObject critical;
    critical.insert(QLatin1String("identity"),
                    QJsonObject{{QLatin1String("docker-reference"), dockerReference}});
    critical.insert(QLatin1String("image"),
                    QJsonObject{{QLatin1String("docker-manifest-digest"), digest.toString()}});
    critical.insert(QLatin1String("type"), QStringLiteral("cosign container image signature"));
    QJsonObject payload;
    payload.insert(QLatin1String("critical"), critical);
    payload.insert(QLatin1String("optional"), QJsonValue());
    return compact(payload);
}

QByteArray TestSigning::inTotoStatement(const oci::Digest& subject, const QString& predicateType,
                                        const QByteArray& predicateJson)
{
    QJsonObject statement;
    statement.insert(QLatin1String("_type"), QStringLiteral("https://in-toto.io/Statement/v1"));
    statement.insert(QLatin1String("predicateType"), predicateType);
    statement.insert(QLatin1String("subject"),
                     QJsonArray{QJsonObject{
                         {QLatin1String("name"), QStringLiteral("registry.example.com/app")},
                         {QLatin1String("digest"), QJsonObject{{subject.algorithm(), subject.encoded()}}}}});
    statement.insert(QLatin1String("predicate"), QJsonDocument::fromJson(predicateJson).object());
    return compact(statement);
}

QByteArray TestSigning::dssePae(const QString& payloadType, const QByteArray& payload)
{
    const QByteArray type = payloadType.toUtf8();
    return "DSSEv1 " + QByteArray::number(type.size()) + ' ' + type + ' ' +
           QByteArray::number(payload.size()) + ' ' + payload;
}

// --- pushes ---

Result<oci::Descriptor> TestSigning::pushImage(store::Store& store, const QString& tag,
                                               const QByteArray& seed)
{
    QJsonObject configObject;
    configObject.insert(QLatin1String("architecture"), QStringLiteral("amd64"));
    configObject.insert(QLatin1String("os"), QStringLiteral("linux"));
    configObject.insert(QLatin1String("rootfs"),
                        QJsonObject{{QLatin1String("type"), QStringLiteral("layers")},
                                    {QLatin1String("diff_ids"), QJsonArray()}});
    auto config = pushBytes(store, QString(oci::MediaType::OciConfig), compact(configObject));
    if (!config)
        return config.error();
    auto layer = pushBytes(store, QString(oci::MediaType::OciLayerTar), QByteArrayLiteral("layer:") + seed);
    if (!layer)
        return layer.error();
    return store.pushManifest(compact(manifestObject(config.value(), {layer.value()})),
                              QString(oci::MediaType::OciManifest), tag);
}

Result<oci::Descriptor> TestSigning::pushCosignTagSignature(store::Store& store,
                                                            const oci::Descriptor& subject,
                                                            const TestSigner& signer,
                                                            const SignOptions& options)
{
    auto layer = cosignSignatureLayer(store, subject, signer, options);
    if (!layer)
        return layer.error();
    return pushCosignTagLayer(store, subject, QStringLiteral(".sig"), layer.value());
}

Result<oci::Descriptor> TestSigning::pushCosignReferrerSignature(store::Store& store,
                                                                 const oci::Descriptor& subject,
                                                                 const TestSigner& signer,
                                                                 const SignOptions& options)
{
    auto layer = cosignSignatureLayer(store, subject, signer, options);
    if (!layer)
        return layer.error();
    return pushReferrer(store, subject, QString(oci::MediaType::CosignArtifactSig), {layer.value()}, {},
                        QString(oci::MediaType::CosignArtifactSig));
}

Result<oci::Descriptor> TestSigning::pushSigstoreBundle(store::Store& store, const oci::Descriptor& subject,
                                                        const TestSigner& signer, BundleContent content,
                                                        const SignOptions& options,
                                                        const QString& predicateType)
{
    QJsonObject bundle;
    bundle.insert(QLatin1String("mediaType"), QString(oci::MediaType::SigstoreBundle));
    QJsonObject material;
    if (signer.hasCertificate())
        material.insert(
            QLatin1String("certificate"),
            QJsonObject{{QLatin1String("rawBytes"), b64(openssl::certificateDer(signer.chainPem.first()))}});
    else
        material.insert(QLatin1String("publicKey"),
                        QJsonObject{{QLatin1String("hint"), QStringLiteral("test-key")}});

    if (content == BundleContent::MessageSignature) {
        // Signed over the bytes of the manifest the bundle names: for OtherDigest that is another manifest of
        // the store when there is one, so the signature itself is good and only the subject is wrong.
        auto subjectManifest = store.fetchManifest(namedDigest(subject, options).toString());
        if (!subjectManifest)
            subjectManifest = store.fetchManifest(subject.digest.toString());
        if (!subjectManifest)
            return subjectManifest.error();
        // The signature is over the subject's manifest bytes; the bundle carries their digest.
        QByteArray signed_ = subjectManifest->bytes();
        if (options.tamper == Tamper::TamperPayload)
            signed_ += ' ';
        auto signature = signAs(signer, options, signed_);
        if (!signature)
            return signature.error();
        const oci::Digest named = namedDigest(subject, options);
        const QByteArray digestBytes = QByteArray::fromHex(named.encoded().toLatin1());
        bundle.insert(QLatin1String("messageSignature"),
                      QJsonObject{{QLatin1String("messageDigest"),
                                   QJsonObject{{QLatin1String("algorithm"), QStringLiteral("SHA2_256")},
                                               {QLatin1String("digest"), b64(digestBytes)}}},
                                  {QLatin1String("signature"), b64(signature.value())}});
    } else {
        auto envelope = signedEnvelope(subject, signer, options, predicateType,
                                       QByteArrayLiteral("{\"buildType\":\"test\"}"));
        if (!envelope)
            return envelope.error();
        bundle.insert(QLatin1String("dsseEnvelope"), envelope.value());
    }
    if (options.withTlog) {
        QJsonObject entry;
        entry.insert(QLatin1String("logIndex"), QStringLiteral("4242"));
        entry.insert(QLatin1String("logId"), QJsonObject{{QLatin1String("keyId"), b64(QByteArray(32, 'L'))}});
        entry.insert(QLatin1String("kindVersion"),
                     QJsonObject{{QLatin1String("kind"), content == BundleContent::MessageSignature
                                                             ? QStringLiteral("hashedrekord")
                                                             : QStringLiteral("dsse")},
                                 {QLatin1String("version"), QStringLiteral("0.0.1")}});
        entry.insert(QLatin1String("integratedTime"), QString::number(tlogTime(options).toSecsSinceEpoch()));
        entry.insert(QLatin1String("inclusionPromise"),
                     QJsonObject{{QLatin1String("signedEntryTimestamp"), b64(QByteArray(70, 'S'))}});
        entry.insert(QLatin1String("inclusionProof"),
                     QJsonObject{{QLatin1String("logIndex"), QStringLiteral("4242")},
                                 {QLatin1String("rootHash"), b64(QByteArray(32, 'R'))},
                                 {QLatin1String("treeSize"), QStringLiteral("5000")},
                                 {QLatin1String("hashes"), QJsonArray{b64(QByteArray(32, 'H'))}}});
        entry.insert(QLatin1String("canonicalizedBody"), b64(QByteArrayLiteral("{}")));
        material.insert(QLatin1String("tlogEntries"), QJsonArray{entry});
    }
    bundle.insert(QLatin1String("verificationMaterial"), material);

    auto layer = pushBytes(store, QString(oci::MediaType::SigstoreBundle), compact(bundle));
    if (!layer)
        return layer.error();
    oci::Annotations annotations;
    annotations.insert(QStringLiteral("dev.sigstore.bundle.content"),
                       content == BundleContent::MessageSignature ? QStringLiteral("message-signature")
                                                                  : QStringLiteral("dsse-envelope"));
    if (content == BundleContent::DsseEnvelope)
        annotations.insert(QStringLiteral("dev.sigstore.bundle.predicateType"), predicateType);
    return pushReferrer(store, subject, QString(oci::MediaType::SigstoreBundle), {layer.value()},
                        annotations);
}

Result<oci::Descriptor> TestSigning::pushNotationSignature(store::Store& store,
                                                           const oci::Descriptor& subject,
                                                           const TestSigner& signer,
                                                           const SignOptions& options)
{
    if (!signer.hasCertificate())
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("notation signatures need a certificate"));
    QString alg;
    switch (signer.key.type) {
    case TestKeyType::Rsa2048:
        alg = QStringLiteral("PS256");
        break;
    case TestKeyType::Rsa3072:
        alg = QStringLiteral("PS384");
        break;
    case TestKeyType::EcP256:
        alg = QStringLiteral("ES256");
        break;
    case TestKeyType::EcP384:
        alg = QStringLiteral("ES384");
        break;
    case TestKeyType::Ed25519:
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("notation has no Ed25519"));
    }
    QJsonObject header;
    header.insert(QLatin1String("alg"), alg);
    header.insert(QLatin1String("crit"), QJsonArray{QStringLiteral("io.cncf.notary.signingScheme")});
    header.insert(QLatin1String("cty"), QStringLiteral("application/vnd.cncf.notary.payload.v1+json"));
    header.insert(QLatin1String("io.cncf.notary.signingScheme"), options.notationSigningScheme);
    header.insert(QLatin1String("io.cncf.notary.signingTime"), tlogTime(options).toString(Qt::ISODate));
    QJsonObject target;
    target.insert(QLatin1String("mediaType"), subject.mediaType);
    target.insert(QLatin1String("digest"), namedDigest(subject, options).toString());
    target.insert(QLatin1String("size"), double(subject.size));
    const QByteArray payload = compact(QJsonObject{{QLatin1String("targetArtifact"), target}});
    const QByteArray protectedB64 = b64url(compact(header));
    const QByteArray payloadB64 = b64url(payload);
    auto signature = signAs(signer, options, protectedB64 + '.' + payloadB64, TestKey::Scheme::Jose);
    if (!signature)
        return signature.error();
    QByteArray storedPayload = payloadB64;
    if (options.tamper == Tamper::TamperPayload) {
        target.insert(QLatin1String("annotations"),
                      QJsonObject{{QStringLiteral("evil"), QStringLiteral("yes")}});
        storedPayload = b64url(compact(QJsonObject{{QLatin1String("targetArtifact"), target}}));
    }
    QJsonArray x5c;
    QJsonArray thumbprints;
    for (const QByteArray& pem : signer.chainPem) {
        const QByteArray der = openssl::certificateDer(pem);
        x5c.append(b64(der));
        thumbprints.append(
            QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
    }
    QJsonObject jws;
    jws.insert(QLatin1String("payload"), QString::fromLatin1(storedPayload));
    jws.insert(QLatin1String("protected"), QString::fromLatin1(protectedB64));
    jws.insert(QLatin1String("header"), QJsonObject{{QLatin1String("x5c"), x5c},
                                                    {QLatin1String("io.cncf.notary.signingAgent"),
                                                     QStringLiteral("lading-tests/1.0")}});
    jws.insert(QLatin1String("signature"), QString::fromLatin1(b64url(signature.value())));
    auto layer = pushBytes(store, QString(oci::MediaType::Jose), compact(jws));
    if (!layer)
        return layer.error();
    oci::Annotations annotations;
    annotations.insert(QStringLiteral("io.cncf.notary.x509chain.thumbprint#S256"),
                       QString::fromUtf8(QJsonDocument(thumbprints).toJson(QJsonDocument::Compact)));
    return pushReferrer(store, subject, QString(oci::MediaType::NotationSignature), {layer.value()},
                        annotations);
}

Result<oci::Descriptor>
TestSigning::pushCosignAttestation(store::Store& store, const oci::Descriptor& subject,
                                   const TestSigner& signer, const QString& predicateType,
                                   const QByteArray& predicateJson, const SignOptions& options)
{
    auto envelope = signedEnvelope(subject, signer, options, predicateType, predicateJson);
    if (!envelope)
        return envelope.error();
    auto layer = pushBytes(store, QString(oci::MediaType::DsseEnvelope), compact(envelope.value()));
    if (!layer)
        return layer.error();
    layer->annotations.insert(QStringLiteral("predicateType"), predicateType);
    addCosignCertificates(signer, layer->annotations);
    if (options.withTlog)
        layer->annotations.insert(QStringLiteral("dev.sigstore.cosign/bundle"),
                                  cosignBundleAnnotation(options, QByteArrayLiteral("sig")));
    return pushCosignTagLayer(store, subject, QStringLiteral(".att"), layer.value());
}

Result<oci::Descriptor> TestSigning::pushInTotoStatement(store::Store& store, const oci::Descriptor& subject,
                                                         const QString& predicateType,
                                                         const QByteArray& predicateJson)
{
    auto layer = pushBytes(store, QString(oci::MediaType::InToto),
                           inTotoStatement(subject.digest, predicateType, predicateJson));
    if (!layer)
        return layer.error();
    layer->annotations.insert(QString(oci::Annotation::InTotoPredicateType), predicateType);
    return pushReferrer(store, subject, QString(oci::MediaType::InToto), {layer.value()}, {});
}

Result<oci::Descriptor> TestSigning::pushRawSignature(store::Store& store, const oci::Descriptor& subject,
                                                      const QString& artifactType,
                                                      const QString& layerMediaType,
                                                      const QByteArray& layerBytes,
                                                      const oci::Annotations& layerAnnotations)
{
    auto layer = pushBytes(store, layerMediaType, layerBytes);
    if (!layer)
        return layer.error();
    layer->annotations = layerAnnotations;
    return pushReferrer(store, subject, artifactType, {layer.value()}, {});
}

} // namespace lading::test
