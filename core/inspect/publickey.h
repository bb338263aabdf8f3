#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace lading::inspect {

// A public key (RSA, ECDSA or Ed25519) and the signature checks the signature formats need, on OpenSSL's
// EVP API. Keeps OpenSSL types out of the header: the key lives behind an opaque, shared pointer, so copies
// are cheap and the class can be passed between threads (EVP_PKEY verification is thread-safe).
class PublicKey final
{
public:
    enum class Type
    {
        None,
        Rsa,
        Ec,
        Ed25519,
        Other
    };
    enum class Hash
    {
        Sha256,
        Sha384,
        Sha512
    };
    enum class RsaPadding
    {
        Pkcs1, // RSASSA-PKCS1-v1_5 (cosign's default for RSA keys)
        Pss    // RSASSA-PSS, salt length as found (notation uses salt = hash length)
    };

    PublicKey();
    ~PublicKey();
    PublicKey(const PublicKey&);
    PublicKey& operator=(const PublicKey&);

    // The first "-----BEGIN PUBLIC KEY-----" (SubjectPublicKeyInfo) block; blocks of other kinds are skipped.
    static Result<PublicKey> fromPem(const QByteArray& pem);
    // Every public key block of a PEM text, in order; fails when there is none or one is unreadable.
    static Result<QList<PublicKey>> listFromPem(const QByteArray& pem);
    // DER SubjectPublicKeyInfo.
    static Result<PublicKey> fromDer(const QByteArray& der);
    // The subject public key of a DER X.509 certificate.
    static Result<PublicKey> fromCertificateDer(const QByteArray& der);

    bool isNull() const { return !m_key; }
    Type type() const;
    int bits() const;
    QString curveName() const;   // "P-256", "P-384", "P-521", or the OpenSSL name; empty for non-EC keys
    QString description() const; // "ECDSA P-256", "RSA 3072", "Ed25519"
    QByteArray der() const;      // DER SubjectPublicKeyInfo
    QByteArray pem() const;      // PEM SubjectPublicKeyInfo
    // "SHA256:" + lower-case hex of SHA-256 over der(): stable, and what the trust dialog shows.
    QString fingerprint() const;
    // description() + " " + fingerprint() shortened for people: "ECDSA P-256 SHA256:1a2b3c4d5e6f…".
    QString displayName() const;
    // The hash that naturally goes with the key (SHA-384 for P-384, SHA-512 for P-521, else SHA-256).
    Hash defaultHash() const;

    friend bool operator==(const PublicKey& a, const PublicKey& b) { return a.der() == b.der(); }

    // Checks `signature` over `data`. ECDSA signatures are ASN.1 DER (see ecdsaRawToDer for JOSE's r||s),
    // `hash` picks the digest for RSA and ECDSA, Ed25519 is pure EdDSA over the data and ignores `hash`.
    // Ok when the signature verifies; an Error (Kind::Integrity) saying why not otherwise.
    Status verify(const QByteArray& data, const QByteArray& signature, Hash hash,
                  RsaPadding padding = RsaPadding::Pkcs1) const;
    // The same over a precomputed digest of the data (a sigstore bundle's messageDigest). Not possible for
    // Ed25519 (pure EdDSA signs the message itself): Kind::Unsupported.
    Status verifyDigest(const QByteArray& digest, const QByteArray& signature, Hash hash,
                        RsaPadding padding = RsaPadding::Pkcs1) const;

    // JOSE/COSE ECDSA signatures are the fixed-size concatenation r||s; OpenSSL wants DER. Empty on bad
    // input.
    static QByteArray ecdsaRawToDer(const QByteArray& raw);

private:
    struct Key;
    explicit PublicKey(std::shared_ptr<Key> key);
    std::shared_ptr<Key> m_key;
};

} // namespace lading::inspect
