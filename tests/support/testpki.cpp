#include "tests/support/testpki.h"

#include "tests/support/testopenssl.h"

#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace lading::test {

namespace {

using openssl::addExtension;
using util::PkeyPtr;
using util::X509Ptr;

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
    PkeyPtr key(EVP_RSA_gen(2048));
    if (!key)
        return openssl::error(QStringLiteral("cannot generate an RSA key"));
    X509Ptr cert = openssl::newCertificate(key.get(), commonName, issuer);
    // Valid from an hour ago: tolerant of clock differences between the processes that check it.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 365);
    X509* signer = issuer ? issuer : cert.get();

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
        ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name, extraSan);
        break;
    case Role::Signer:
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        break;
    }
    if (!ok)
        return openssl::error(QStringLiteral("cannot add certificate extensions"));
    auto pem = openssl::signCertificate(cert.get(), issuerKey ? issuerKey : key.get());
    if (!pem)
        return pem.error();
    return IssuedCertificate{pem.value(), openssl::privateKeyPem(key.get())};
}

} // namespace

QByteArray IssuedCertificate::certificateDer() const
{
    return openssl::certificateDer(certificatePem);
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
    const X509Ptr ca = openssl::readCertificate(m_ca.certificatePem);
    const PkeyPtr caKey = openssl::readPrivateKey(m_ca.privateKeyPem);
    if (!ca || !caKey)
        return openssl::error(QStringLiteral("cannot read the test CA"));
    return makeCertificate(Role::Server, dnsNames.value(0, ipAddresses.value(0)),
                           names.join(QLatin1Char(',')).toLatin1(), ca.get(), caKey.get());
}

Result<IssuedCertificate> TestPki::issueSigner(const QString& commonName) const
{
    const X509Ptr ca = openssl::readCertificate(m_ca.certificatePem);
    const PkeyPtr caKey = openssl::readPrivateKey(m_ca.privateKeyPem);
    if (!ca || !caKey)
        return openssl::error(QStringLiteral("cannot read the test CA"));
    return makeCertificate(Role::Signer, commonName, {}, ca.get(), caKey.get());
}

Result<QByteArray> TestPki::signRs256(const QByteArray& privateKeyPem, const QByteArray& data)
{
    const PkeyPtr key = openssl::readPrivateKey(privateKeyPem);
    if (!key)
        return openssl::error(QStringLiteral("cannot read the signing key"));
    return openssl::digestSign(key.get(), EVP_sha256(), data);
}

} // namespace lading::test
