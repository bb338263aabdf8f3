#include "tests/support/testopenssl.h"

#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace lading::test::openssl {

Error error(const QString& what)
{
    return Error::make(Error::Kind::Io, what + QStringLiteral(": ") + util::takeOpensslError());
}

util::PkeyPtr readPrivateKey(const QByteArray& pem)
{
    util::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return util::PkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

util::X509Ptr readCertificate(const QByteArray& pem)
{
    util::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return util::X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray certificateDer(const QByteArray& pem)
{
    const util::X509Ptr certificate = readCertificate(pem);
    if (!certificate)
        return {};
    unsigned char* der = nullptr;
    const int length = i2d_X509(certificate.get(), &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QByteArray certificatePem(X509* certificate)
{
    util::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    return util::memoryBioBytes(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY* key)
{
    util::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return util::memoryBioBytes(bio.get());
}

QByteArray publicKeyPem(EVP_PKEY* key)
{
    util::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key);
    return util::memoryBioBytes(bio.get());
}

util::X509Ptr newCertificate(EVP_PKEY* key, const QString& commonName, X509* issuer)
{
    util::X509Ptr certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    util::BnPtr serial(BN_new());
    BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()));
    X509_set_pubkey(certificate.get(), key);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Lading tests"), -1, -1, 0);
    if (!commonName.isEmpty()) {
        const QByteArray cn = commonName.toUtf8();
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    }
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer ? issuer : certificate.get()));
    return certificate;
}

bool addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, certificate, nullptr, nullptr, 0);
    util::X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

Result<QByteArray> signCertificate(X509* certificate, EVP_PKEY* key)
{
    const EVP_MD* md = EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519 ? nullptr : EVP_sha256();
    if (X509_sign(certificate, key, md) <= 0)
        return error(QStringLiteral("cannot sign the certificate"));
    return certificatePem(certificate);
}

Result<QByteArray> digestSign(EVP_PKEY* key, const EVP_MD* md, const QByteArray& data, bool pss)
{
    util::MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (EVP_DigestSignInit(ctx.get(), &pctx, md, nullptr, key) != 1)
        return error(QStringLiteral("cannot start signing"));
    if (pss && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
                EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return error(QStringLiteral("cannot set RSA-PSS"));
    size_t length = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &length, bytes, size_t(data.size())) != 1)
        return error(QStringLiteral("cannot sign"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes,
                       size_t(data.size())) != 1)
        return error(QStringLiteral("cannot sign"));
    signature.resize(qsizetype(length));
    return signature;
}

} // namespace lading::test::openssl
