#pragma once

#include "core/util/opensslsupport.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

// What the test support's key and certificate makers (TestPki for TLS and tokens, TestSigningPki for
// signatures) share on top of core's OpenSSL pointers. For their .cpp files only.
namespace lading::test::openssl {

// Error::Kind::Io "what: <OpenSSL's reason>", OpenSSL's error queue drained.
Error error(const QString& what);

util::PkeyPtr readPrivateKey(const QByteArray& pem);
util::X509Ptr readCertificate(const QByteArray& pem);
// The DER of a PEM certificate; empty when it cannot be read.
QByteArray certificateDer(const QByteArray& pem);
QByteArray certificatePem(X509* certificate);
QByteArray privateKeyPem(EVP_PKEY* key);
QByteArray publicKeyPem(EVP_PKEY* key);

// A certificate for `key` with what every test certificate has: version 3, a random serial, the subject
// "O=Lading tests" with `commonName` (none when empty) and the issuer's name (`issuer` null: its own).
// Validity and extensions are the caller's.
util::X509Ptr newCertificate(EVP_PKEY* key, const QString& commonName, X509* issuer);
// A v3 extension written in openssl.cnf syntax ("critical,CA:TRUE"), with `issuer` for the key identifiers.
bool addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value);
// Signs `certificate` with `key` (SHA-256; Ed25519 takes no digest) and returns its PEM.
Result<QByteArray> signCertificate(X509* certificate, EVP_PKEY* key);

// EVP_DigestSign of `data`: `md` null for Ed25519; `pss` for RSASSA-PSS with the salt as long as the hash.
Result<QByteArray> digestSign(EVP_PKEY* key, const EVP_MD* md, const QByteArray& data, bool pss = false);

} // namespace lading::test::openssl
