#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lading::test {

// A certificate and its private key, PEM-encoded.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QByteArray certificateDer() const;
};

// A throw-away certificate authority made with the OpenSSL API (no `openssl` CLI needed): it issues the
// TLS certificate of the real registry and the certificate that signs the token server's JWTs. Keys are
// RSA 2048 and signatures SHA-256, which Go's crypto/x509 (distribution, skopeo) and Qt both accept.
class TestPki final
{
public:
    static Result<TestPki> create(const QString& commonName = QStringLiteral("Lading Test CA"));

    const QByteArray& caCertificatePem() const { return m_ca.certificatePem; }
    // A server certificate whose subjectAltName lists the DNS names and IP addresses.
    Result<IssuedCertificate> issueServer(const QStringList& dnsNames, const QStringList& ipAddresses) const;
    // A leaf certificate for signatures only (JWT signing).
    Result<IssuedCertificate> issueSigner(const QString& commonName) const;

    // RSASSA-PKCS1-v1_5 with SHA-256 ("RS256") of data under a PEM private key.
    static Result<QByteArray> signRs256(const QByteArray& privateKeyPem, const QByteArray& data);

private:
    IssuedCertificate m_ca;
};

} // namespace lading::test
