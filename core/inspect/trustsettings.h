#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lading::inspect {

// What the user trusts: public keys (key-based cosign, sigstore bundles with a public key, and any signature
// whose key is one of them) and root certificates (certificate chains: Fulcio, notation, cosign keyless).
// PEM text, one block per entry.
struct TrustPolicy
{
    QList<QByteArray> publicKeysPem;       // each one "-----BEGIN PUBLIC KEY-----" block
    QList<QByteArray> rootCertificatesPem; // each one "-----BEGIN CERTIFICATE-----" block
    bool isEmpty() const { return publicKeysPem.isEmpty() && rootCertificatesPem.isEmpty(); }

    // Add every key / certificate block of a PEM text after validating it with OpenSSL (a file may hold
    // several). Nothing is added when one block is bad; the error says what is wrong. Duplicates are skipped.
    Status addPublicKeysPem(const QByteArray& pem);
    Status addRootCertificatesPem(const QByteArray& pem);
    // Read a PEM file and add what it holds, as above.
    Status addPublicKeyFile(const QString& path);
    Status addRootCertificateFile(const QString& path);
};

// The trust settings the window and the CLI share, in QSettings (keys "trust/publicKeys" and
// "trust/rootCertificates": string lists of PEM text, public material, no secrets). QSettings() as the
// application configured it (organization and application "lading").
class TrustSettings final
{
public:
    static TrustPolicy load();
    static void save(const TrustPolicy& policy);
    // Read a PEM file, validate it with OpenSSL and add it to the stored policy (duplicates skipped).
    static Status addPublicKeyFile(const QString& path);
    static Status addRootFile(const QString& path);
};

} // namespace lading::inspect
