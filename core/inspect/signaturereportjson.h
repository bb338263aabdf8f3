#pragma once

#include "core/inspect/signatureverifier.h"

#include <QJsonObject>
#include <QString>

namespace lading::inspect {

// Machine-readable forms of signature reports: stable English keywords (never translated) and JSON, for
// `lading verify --json` and for anything that compares or stores verification results (diffs).
//
// JSON of one report:
//   {"kind": "cosign"|"sigstore-bundle"|"notation"|"dsse-attestation"|"in-toto",
//    "status": "verified"|"signed-not-verified"|"invalid"|"not-signed", "message": "<translated reason>",
//    "signatureManifest": "<digest>", "layer": "<digest>", "source": "referrers-api"|"fallback-tag"|
//    "cosign-tag"|"layout", "signedDigest": "<digest>", "subjectMatches": bool,
//    "algorithm", "key", "signingTime" (ISO 8601 UTC), "dockerReference", "signingAgent" (when known),
//    "certificates": [{"subject", "issuer", "serialNumber", "notBefore", "notAfter",
//                      "subjectAlternativeNames": [...], "oidcIssuer", "sha256", "key"}],
//    "tlog": {"logIndex", "logId", "kind", "kindVersion", "integratedTime", "inclusionProof": bool,
//             "inclusionPromise": bool},
//    "payloadType", "predicateType", "subjects": [{"name", "digest": {"sha256": "…"}}],
//    "predicate": <the predicate JSON value>}
// Empty fields are left out.
class SignatureReportJson final
{
public:
    static QString kindKeyword(SignatureReport::Kind kind);
    static QString statusKeyword(SignatureStatus status);
    static QString badgeKeyword(TrustBadge badge); // "unsigned", "signed-not-verified", "verified", "invalid"
    static QString sourceKeyword(store::ReferrerSource source);
    static QJsonObject toJson(const SignatureReport& report);
    static QJsonObject toJson(const CertificateInfo& certificate);
};

} // namespace lading::inspect
