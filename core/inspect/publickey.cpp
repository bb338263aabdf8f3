#include "core/inspect/publickey.h"

#include "core/util/opensslsupport.h"
#include "core/util/translations.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

LADING_TR_CONTEXT(PublicKey);

namespace lading::inspect {

struct PublicKey::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

using util::BioPtr;
using util::EcdsaSigPtr;
using util::MdCtxPtr;
using util::PkeyCtxPtr;
using util::takeOpensslError;
using util::X509Ptr;

const EVP_MD* mdFor(PublicKey::Hash hash)
{
    switch (hash) {
    case PublicKey::Hash::Sha256:
        return EVP_sha256();
    case PublicKey::Hash::Sha384:
        return EVP_sha384();
    case PublicKey::Hash::Sha512:
        return EVP_sha512();
    }
    return EVP_sha256();
}

Error mismatch()
{
    takeOpensslError();
    return Error::make(Error::Kind::Integrity, tr("The signature does not match the key."));
}

} // namespace

PublicKey::PublicKey() = default;
PublicKey::~PublicKey() = default;
PublicKey::PublicKey(const PublicKey&) = default;
PublicKey& PublicKey::operator=(const PublicKey&) = default;

PublicKey::PublicKey(std::shared_ptr<Key> key)
    : m_key(std::move(key))
{}

Result<PublicKey> PublicKey::fromPem(const QByteArray& pem)
{
    auto keys = listFromPem(pem);
    if (!keys)
        return keys.error();
    return keys->first();
}

Result<QList<PublicKey>> PublicKey::listFromPem(const QByteArray& pem)
{
    QList<PublicKey> keys;
    int from = 0;
    static const QByteArray begin("-----BEGIN ");
    static const QByteArray dashes("-----");
    while (true) {
        const int start = pem.indexOf(begin, from);
        if (start < 0)
            break;
        const int labelEnd = pem.indexOf(dashes, start + begin.size());
        if (labelEnd < 0)
            break;
        const QByteArray label = pem.mid(start + begin.size(), labelEnd - start - begin.size());
        const QByteArray endMarker = "-----END " + label + "-----";
        const int end = pem.indexOf(endMarker, labelEnd);
        if (end < 0)
            return Error::make(Error::Kind::InvalidInput,
                               tr("The PEM block \"%1\" has no end line.").arg(QString::fromLatin1(label)));
        const QByteArray block = pem.mid(start, end + endMarker.size() - start);
        from = end + endMarker.size();
        // cosign, notation and openssl all write SubjectPublicKeyInfo ("PUBLIC KEY"); other blocks in the
        // same file (a certificate next to its key) are skipped.
        if (label != "PUBLIC KEY")
            continue;
        BioPtr bio(BIO_new_mem_buf(block.constData(), int(block.size())));
        EVP_PKEY* pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
        if (!pkey) {
            const QString why = takeOpensslError();
            return Error::make(
                Error::Kind::InvalidInput,
                tr("The public key cannot be read (%1).").arg(why.isEmpty() ? tr("bad PEM") : why));
        }
        auto key = std::make_shared<Key>();
        key->pkey = pkey;
        keys.append(PublicKey(key));
    }
    if (keys.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("No PEM public key (\"-----BEGIN PUBLIC KEY-----\") found."));
    return keys;
}

Result<PublicKey> PublicKey::fromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    EVP_PKEY* pkey = d2i_PUBKEY(nullptr, &p, long(der.size()));
    if (!pkey) {
        takeOpensslError();
        return Error::make(Error::Kind::InvalidInput, tr("The public key is not valid DER."));
    }
    auto key = std::make_shared<Key>();
    key->pkey = pkey;
    return PublicKey(key);
}

Result<PublicKey> PublicKey::fromCertificateDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert) {
        takeOpensslError();
        return Error::make(Error::Kind::InvalidInput, tr("The certificate is not valid DER."));
    }
    EVP_PKEY* pkey = X509_get_pubkey(cert.get()); // a new reference
    if (!pkey) {
        takeOpensslError();
        return Error::make(Error::Kind::InvalidInput, tr("The certificate's public key cannot be read."));
    }
    auto key = std::make_shared<Key>();
    key->pkey = pkey;
    return PublicKey(key);
}

PublicKey::Type PublicKey::type() const
{
    if (!m_key)
        return Type::None;
    switch (EVP_PKEY_get_base_id(m_key->pkey)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return Type::Rsa;
    case EVP_PKEY_EC:
        return Type::Ec;
    case EVP_PKEY_ED25519:
        return Type::Ed25519;
    default:
        return Type::Other;
    }
}

int PublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key->pkey) : 0;
}

QString PublicKey::curveName() const
{
    if (type() != Type::Ec)
        return {};
    char name[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(m_key->pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) !=
        1) {
        takeOpensslError();
        return {};
    }
    const QString group = QString::fromLatin1(name, qsizetype(length));
    if (group == QLatin1String("prime256v1") || group == QLatin1String("P-256"))
        return QStringLiteral("P-256");
    if (group == QLatin1String("secp384r1") || group == QLatin1String("P-384"))
        return QStringLiteral("P-384");
    if (group == QLatin1String("secp521r1") || group == QLatin1String("P-521"))
        return QStringLiteral("P-521");
    return group;
}

QString PublicKey::description() const
{
    switch (type()) {
    case Type::None:
        return {};
    case Type::Rsa:
        return QStringLiteral("RSA %1").arg(bits());
    case Type::Ec:
        return QStringLiteral("ECDSA %1").arg(curveName());
    case Type::Ed25519:
        return QStringLiteral("Ed25519");
    case Type::Other:
        break;
    }
    return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(m_key->pkey)));
}

QByteArray PublicKey::der() const
{
    if (!m_key)
        return {};
    unsigned char* out = nullptr;
    const int length = i2d_PUBKEY(m_key->pkey, &out);
    if (length <= 0) {
        takeOpensslError();
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return bytes;
}

QByteArray PublicKey::pem() const
{
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_key->pkey) != 1) {
        takeOpensslError();
        return {};
    }
    return util::memoryBioBytes(bio.get());
}

QString PublicKey::fingerprint() const
{
    if (!m_key)
        return {};
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(QCryptographicHash::hash(der(), QCryptographicHash::Sha256).toHex());
}

QString PublicKey::displayName() const
{
    if (!m_key)
        return {};
    return description() + QLatin1Char(' ') + fingerprint().left(19) + QChar(0x2026);
}

PublicKey::Hash PublicKey::defaultHash() const
{
    const QString curve = curveName();
    if (curve == QLatin1String("P-384"))
        return Hash::Sha384;
    if (curve == QLatin1String("P-521"))
        return Hash::Sha512;
    return Hash::Sha256;
}

Status PublicKey::verify(const QByteArray& data, const QByteArray& signature, Hash hash,
                         RsaPadding padding) const
{
    if (!m_key)
        return Error::make(Error::Kind::InvalidInput, tr("No public key."));
    if (signature.isEmpty())
        return Error::make(Error::Kind::Integrity, tr("The signature is empty."));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr; // owned by ctx
    const bool pure = type() == Type::Ed25519;
    if (EVP_DigestVerifyInit(ctx.get(), &pctx, pure ? nullptr : mdFor(hash), nullptr, m_key->pkey) != 1) {
        takeOpensslError();
        return Error::make(Error::Kind::Unsupported,
                           tr("Signatures with %1 keys cannot be checked.").arg(description()));
    }
    if (type() == Type::Rsa && padding == RsaPadding::Pss) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_AUTO) != 1) {
            takeOpensslError();
            return Error::make(Error::Kind::Unsupported, tr("RSA-PSS is not available."));
        }
    }
    const int result = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()));
    if (result != 1)
        return mismatch();
    return {};
}

Status PublicKey::verifyDigest(const QByteArray& digest, const QByteArray& signature, Hash hash,
                               RsaPadding padding) const
{
    if (!m_key)
        return Error::make(Error::Kind::InvalidInput, tr("No public key."));
    if (type() == Type::Ed25519)
        return Error::make(Error::Kind::Unsupported,
                           tr("An Ed25519 signature cannot be checked against a digest alone."));
    if (signature.isEmpty())
        return Error::make(Error::Kind::Integrity, tr("The signature is empty."));
    if (digest.size() != EVP_MD_get_size(mdFor(hash)))
        return Error::make(Error::Kind::Integrity, tr("The digest has the wrong length for its algorithm."));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(m_key->pkey, nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(ctx.get(), mdFor(hash)) != 1) {
        takeOpensslError();
        return Error::make(Error::Kind::Unsupported,
                           tr("Signatures with %1 keys cannot be checked.").arg(description()));
    }
    if (type() == Type::Rsa) {
        const int mode = padding == RsaPadding::Pss ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING;
        if (EVP_PKEY_CTX_set_rsa_padding(ctx.get(), mode) != 1 ||
            (padding == RsaPadding::Pss &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_AUTO) != 1)) {
            takeOpensslError();
            return Error::make(Error::Kind::Unsupported, tr("RSA-PSS is not available."));
        }
    }
    const int result = EVP_PKEY_verify(
        ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(digest.constData()), size_t(digest.size()));
    if (result != 1)
        return mismatch();
    return {};
}

QByteArray PublicKey::ecdsaRawToDer(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0 || raw.size() > 264)
        return {};
    const int half = int(raw.size() / 2);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    BIGNUM* r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + half, half, nullptr);
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        takeOpensslError();
        return {};
    }
    unsigned char* out = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &out);
    if (length <= 0) {
        takeOpensslError();
        return {};
    }
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

} // namespace lading::inspect
