#include "core/inspect/signaturereportjson.h"

#include "core/util/jsonwriting.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lading::inspect {

namespace {

using util::insertIfSet;

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString SignatureReportJson::kindKeyword(SignatureReport::Kind kind)
{
    switch (kind) {
    case SignatureReport::Kind::CosignSignature:
        return QStringLiteral("cosign");
    case SignatureReport::Kind::SigstoreBundle:
        return QStringLiteral("sigstore-bundle");
    case SignatureReport::Kind::NotationSignature:
        return QStringLiteral("notation");
    case SignatureReport::Kind::DsseAttestation:
        return QStringLiteral("dsse-attestation");
    case SignatureReport::Kind::InTotoAttestation:
        return QStringLiteral("in-toto");
    }
    return {};
}

QString SignatureReportJson::statusKeyword(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Verified:
        return QStringLiteral("verified");
    case SignatureStatus::SignedNotVerified:
        return QStringLiteral("signed-not-verified");
    case SignatureStatus::Invalid:
        return QStringLiteral("invalid");
    case SignatureStatus::NotSigned:
        return QStringLiteral("not-signed");
    }
    return {};
}

QString SignatureReportJson::badgeKeyword(TrustBadge badge)
{
    switch (badge) {
    case TrustBadge::Unsigned:
        return QStringLiteral("unsigned");
    case TrustBadge::SignedNotVerified:
        return QStringLiteral("signed-not-verified");
    case TrustBadge::Verified:
        return QStringLiteral("verified");
    case TrustBadge::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString SignatureReportJson::sourceKeyword(store::ReferrerSource source)
{
    switch (source) {
    case store::ReferrerSource::Api:
        return QStringLiteral("referrers-api");
    case store::ReferrerSource::FallbackTag:
        return QStringLiteral("fallback-tag");
    case store::ReferrerSource::CosignTag:
        return QStringLiteral("cosign-tag");
    case store::ReferrerSource::Layout:
        return QStringLiteral("layout");
    }
    return {};
}

QJsonObject SignatureReportJson::toJson(const CertificateInfo& certificate)
{
    QJsonObject object;
    insertIfSet(object, QStringLiteral("subject"), certificate.subject);
    insertIfSet(object, QStringLiteral("issuer"), certificate.issuer);
    insertIfSet(object, QStringLiteral("serialNumber"), certificate.serialNumber);
    insertIfSet(object, QStringLiteral("notBefore"), isoTime(certificate.notBefore));
    insertIfSet(object, QStringLiteral("notAfter"), isoTime(certificate.notAfter));
    if (!certificate.subjectAlternativeNames.isEmpty())
        object.insert(QStringLiteral("subjectAlternativeNames"),
                      QJsonArray::fromStringList(certificate.subjectAlternativeNames));
    insertIfSet(object, QStringLiteral("oidcIssuer"), certificate.oidcIssuer);
    insertIfSet(object, QStringLiteral("sha256"), certificate.sha256Fingerprint);
    insertIfSet(object, QStringLiteral("key"), certificate.keyDescription);
    return object;
}

QJsonObject SignatureReportJson::toJson(const SignatureReport& report)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), kindKeyword(report.kind));
    object.insert(QStringLiteral("status"), statusKeyword(report.status));
    object.insert(QStringLiteral("message"), report.statusMessage);
    insertIfSet(object, QStringLiteral("signatureManifest"), report.signatureManifest.digest.toString());
    insertIfSet(object, QStringLiteral("layer"), report.layer.digest.toString());
    object.insert(QStringLiteral("source"), sourceKeyword(report.source));
    insertIfSet(object, QStringLiteral("signedDigest"), report.signedDigest);
    object.insert(QStringLiteral("subjectMatches"), report.subjectMatches);
    insertIfSet(object, QStringLiteral("algorithm"), report.algorithm);
    insertIfSet(object, QStringLiteral("key"), report.keyDescription);
    insertIfSet(object, QStringLiteral("signingTime"), isoTime(report.signingTime));
    insertIfSet(object, QStringLiteral("dockerReference"), report.dockerReference);
    insertIfSet(object, QStringLiteral("signingAgent"), report.signingAgent);
    if (!report.certificates.isEmpty()) {
        QJsonArray certificates;
        for (const CertificateInfo& certificate : report.certificates)
            certificates.append(toJson(certificate));
        object.insert(QStringLiteral("certificates"), certificates);
    }
    if (report.tlog) {
        QJsonObject tlog;
        insertIfSet(tlog, QStringLiteral("logIndex"), report.tlog->logIndex);
        insertIfSet(tlog, QStringLiteral("logId"), report.tlog->logId);
        insertIfSet(tlog, QStringLiteral("kind"), report.tlog->kind);
        insertIfSet(tlog, QStringLiteral("kindVersion"), report.tlog->kindVersion);
        insertIfSet(tlog, QStringLiteral("integratedTime"), isoTime(report.tlog->integratedTime));
        tlog.insert(QStringLiteral("inclusionProof"), report.tlog->hasInclusionProof);
        tlog.insert(QStringLiteral("inclusionPromise"), report.tlog->hasInclusionPromise);
        object.insert(QStringLiteral("tlog"), tlog);
    }
    insertIfSet(object, QStringLiteral("payloadType"), report.payloadType);
    insertIfSet(object, QStringLiteral("predicateType"), report.predicateType);
    if (!report.subjects.isEmpty()) {
        QJsonArray subjects;
        for (const InTotoSubject& subject : report.subjects) {
            QJsonObject digests;
            for (auto it = subject.digests.begin(); it != subject.digests.end(); ++it)
                digests.insert(it.key(), it.value());
            subjects.append(
                QJsonObject{{QStringLiteral("name"), subject.name}, {QStringLiteral("digest"), digests}});
        }
        object.insert(QStringLiteral("subjects"), subjects);
    }
    if (!report.predicateJson.isEmpty()) {
        // The predicate as a JSON value, not a string of JSON: tools read it directly.
        const QJsonDocument predicate = QJsonDocument::fromJson(report.predicateJson);
        if (predicate.isObject())
            object.insert(QStringLiteral("predicate"), predicate.object());
        else if (predicate.isArray())
            object.insert(QStringLiteral("predicate"), predicate.array());
    }
    return object;
}

} // namespace lading::inspect
