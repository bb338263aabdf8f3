#include "tests/support/testpki.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace lading::test {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

Error opensslError(const QString& what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    return Error::make(Error::Kind::Io, what + QStringLiteral(": ") + QString::fromLatin1(text));
}

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

KeyPtr readKey(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

CertPtr readCert(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

enum class Role
{
    Authority,
    Server,
    Signer
};

// issuer/issuerKey null: self-signed.
Result<IssuedCertificate> makeCertificate(Role role, const QString& commonName, const QByteArray& extraSan,
                                          X509* issuer, EVP_PKEY* issuerKey)
{
    KeyPtr key(EVP_RSA_gen(2048));
    if (!key)
        return opensslError(QStringLiteral("cannot generate an RSA key"));
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    BnPtr serial(BN_new());
    BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    // Valid from an hour ago: tolerant of clock differences between the processes that check it.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 365);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Lading tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));

    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    switch (role) {
    case Role::Authority:
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
        break;
    case Role::Server:
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        // Go refuses host names that are only in the CN: the names must be in subjectAltName.
        ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name, extraSan.constData());
        break;
    case Role::Signer:
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        break;
    }
    if (!ok)
        return opensslError(QStringLiteral("cannot add certificate extensions"));
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key.get(), EVP_sha256()) <= 0)
        return opensslError(QStringLiteral("cannot sign the certificate"));

    IssuedCertificate issued;
    BioPtr certBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), cert.get());
    issued.certificatePem = drain(certBio.get());
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    issued.privateKeyPem = drain(keyBio.get());
    return issued;
}

} // namespace

QByteArray IssuedCertificate::certificateDer() const
{
    const CertPtr cert = readCert(certificatePem);
    if (!cert)
        return {};
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert.get(), &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return bytes;
}

Result<TestPki> TestPki::create(const QString& commonName)
{
    auto ca = makeCertificate(Role::Authority, commonName, {}, nullptr, nullptr);
    if (!ca)
        return ca.error();
    TestPki pki;
    pki.m_ca = std::move(ca).value();
    return pki;
}

Result<IssuedCertificate> TestPki::issueServer(const QStringList& dnsNames,
                                               const QStringList& ipAddresses) const
{
    QStringList names;
    for (const QString& dns : dnsNames)
        names.append(QStringLiteral("DNS:") + dns);
    for (const QString& ip : ipAddresses)
        names.append(QStringLiteral("IP:") + ip);
    const CertPtr ca = readCert(m_ca.certificatePem);
    const KeyPtr caKey = readKey(m_ca.privateKeyPem);
    if (!ca || !caKey)
        return opensslError(QStringLiteral("cannot read the test CA"));
    return makeCertificate(Role::Server, dnsNames.value(0, ipAddresses.value(0)),
                           names.join(QLatin1Char(',')).toLatin1(), ca.get(), caKey.get());
}

Result<IssuedCertificate> TestPki::issueSigner(const QString& commonName) const
{
    const CertPtr ca = readCert(m_ca.certificatePem);
    const KeyPtr caKey = readKey(m_ca.privateKeyPem);
    if (!ca || !caKey)
        return opensslError(QStringLiteral("cannot read the test CA"));
    return makeCertificate(Role::Signer, commonName, {}, ca.get(), caKey.get());
}

Result<QByteArray> TestPki::signRs256(const QByteArray& privateKeyPem, const QByteArray& data)
{
    const KeyPtr key = readKey(privateKeyPem);
    if (!key)
        return opensslError(QStringLiteral("cannot read the signing key"));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, bytes, size_t(data.size())) != 1)
        return opensslError(QStringLiteral("cannot sign"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes,
                       size_t(data.size())) != 1)
        return opensslError(QStringLiteral("cannot sign"));
    signature.resize(qsizetype(length));
    return signature;
}

} // namespace lading::test
