#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lading::inspect {

// One signature of a DSSE envelope: the raw signature bytes (base64-decoded) and the optional key id.
struct DsseSignature
{
    QString keyId;
    QByteArray signature;
};

// A Dead Simple Signing Envelope (github.com/secure-systems-lab/dsse, envelope.md): what cosign attestations,
// sigstore bundles with "dsseEnvelope" and BuildKit-signed statements carry. Parsing only; verification of
// the signatures over preAuthenticationEncoding() is the signature verifier's job.
struct DsseEnvelope
{
    QString payloadType; // "application/vnd.in-toto+json" for attestations
    QByteArray payload;  // base64-decoded
    QList<DsseSignature> signatures;

    // The JSON envelope {"payloadType", "payload" (base64), "signatures": [{"keyid", "sig"}]}. Accepts
    // standard and URL-safe base64, with or without padding, as the implementations in the wild write it.
    static Result<DsseEnvelope> parse(const QByteArray& json);
    static Result<DsseEnvelope> fromJson(const QJsonObject& object);

    // PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body: the bytes that are signed.
    QByteArray preAuthenticationEncoding() const;
    static QByteArray preAuthenticationEncoding(const QString& payloadType, const QByteArray& payload);
};

} // namespace lading::inspect
